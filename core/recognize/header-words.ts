import { foldKey } from "../text";

/** A value column that is not a target: the year before the plan, an estimate, a result. */
export type ReferenceKind = "baseline" | "estimate" | "actual";

/** What one header cell says, once folded (accent-, case-, punctuation-insensitive). */
export type HeaderWord =
  | { kind: "code" }
  | { kind: "name"; flavour: "indicators" | "tasks" | null }
  | { kind: "unit" }
  | { kind: "target"; year: number }
  | { kind: "targetGroup" }
  | { kind: "reference"; ref: ReferenceKind; year: number | null }
  | { kind: "lead" }
  | { kind: "partners" }
  | { kind: "assignmentGroup" }
  | { kind: "timeframe" }
  | { kind: "approvalLevel" }
  | { kind: "expectedOutput" }
  | { kind: "note" }
  /** Known header words of columns we keep but do not read (budget, funding source). */
  | { kind: "other" };

/** Folded header text: no diacritics, lower case, punctuation as spaces ("Kết quả, sản phẩm" → "ket qua san pham"). */
export function headerKey(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The meaning families of header words, as folded phrases. A header cell belongs to a family when
 * it contains one of its phrases as whole words; wording varies from plan to plan ("Cơ quan chủ trì
 * theo dõi, đánh giá", "Thời gian dự kiến hoàn thành", "Nội dung công việc"), the family words do not.
 */
const FAMILIES = {
  // Law-making tables: the drafting body leads, the reviewing bodies take part.
  lead: ["chu tri", "co quan soan thao", "soan thao"],
  partners: ["phoi hop", "tham tra", "chuan bi y kien", "gop y"],
  assignment: [
    "don vi thuc hien", "co quan thuc hien", "co quan don vi thuc hien", "phan cong", "trach nhiem",
    "to chuc thuc hien", "don vi duoc giao", "co quan duoc giao", "don vi giao", "co quan dau moi", "dau moi",
    "don vi dam nhiem", "co quan dam nhiem", "cq thuc hien", "dv thuc hien",
  ],
  timeframe: ["thoi gian", "thoi han", "tien do", "moc thoi gian", "lo trinh", "thoi diem", "nam hoan thanh", "tg hoan thanh", "tg thuc hien"],
  approvalLevel: ["cap trinh", "cap ban hanh", "cap phe duyet", "cap quyet dinh", "co quan ban hanh", "cap co tham quyen"],
  expectedOutput: ["san pham", "ket qua", "dau ra", "hinh thuc van ban", "hinh thuc", "ho so"],
  unitExact: ["dvt", "don vi tinh", "don vi do", "don vi", "don vi tinh dvt", "dv tinh", "dvt tinh"],
  note: ["ghi chu"],
  other: [
    "kinh phi", "nguon kinh phi", "nguon von", "tong muc dau tu", "dia diem", "quy mo", "nguoi dung dau",
    "lanh dao phu trach", "lanh dao chi dao", "can bo phu trach", "nguon luc", "tinh trang", "van ban giao", "co quan trinh",
  ],
  indicatorName: ["chi tieu", "chi so", "tieu chi"],
  taskName: ["nhiem vu", "giai phap", "cong viec", "hoat dong", "de an", "du an", "chuong trinh", "ten van ban", "mo hinh"],
  neutralName: ["noi dung", "danh muc", "ten"],
  targetGroup: [
    "muc tieu", "chi tieu ke hoach", "chi tieu phan dau", "muc tieu phan dau", "muc tieu can dat", "gia tri muc tieu",
    "ke hoach", "chi tieu giao", "muc tieu den nam", "muc tieu dat duoc", "chi tieu can dat", "phan dau dat",
    // Budget tables: the year's "Dự toán" (assigned or decided) is its target.
    "du toan", "du toan ttg giao", "du toan hdnd tinh quyet dinh", "du toan duoc giao", "du kien du toan",
  ],
  reference: {
    baseline: ["nam goc", "goc", "co so", "hien trang", "thuc trang", "xuat phat"],
    estimate: ["uoc thuc hien", "uoc th", "uth", "uoc tinh", "uoc dat", "uoc", "danh gia thuc hien"],
    actual: ["thuc hien", "ket qua thuc hien", "ket qua dat duoc", "da dat", "so lieu", "dat duoc"],
  },
} as const;

const CODE = /^(so )?(tt|stt|t t|s tt)$|^so thu tu$|^thu tu$|^ma( so)?( chi tieu| nhiem vu)?$|^ky hieu$|^so$|^muc$/;
// Words a target header may hold besides its year(s): "Mục tiêu đến năm 2025", "Chỉ tiêu KH 2025", "Giai đoạn 2021-2025".
const TARGET_FILLER = new Set([
  "muc", "tieu", "chi", "ke", "hoach", "kh", "mt", "phan", "dau", "den", "toi", "vao", "trong", "nam", "giai", "doan",
  "dinh", "huong", "tam", "nhin", "giao", "can", "dat", "gia", "tri", "so", "lieu", "ket", "qua", "du", "kien", "va", "cua",
  "tu", "cuoi", "ky", "nhiem", "gd", "toan", "dt", "hdnd", "tinh", "quyet", "dinh", "ttg", "duoc", "von",
]);

/** True when `words` contains `phrase` as whole consecutive words. */
function has(key: string, phrase: string): boolean {
  return ` ${key} `.includes(` ${phrase} `);
}
const hasAny = (key: string, list: readonly string[]) => list.some((p) => has(key, p));

const YEAR = /\b((?:19|20)\d\d)\b/g;

/** Recognises one header cell, or null (a title line, a data cell, a sentence). */
export function matchHeaderWord(text: string): HeaderWord | null {
  const k = headerKey(text);
  if (k === "") return null;
  const words = k.split(" ");
  // Header cells are short; a long sentence naming "chỉ tiêu" is a title or a data cell.
  if (words.length > 12) return null;
  if (CODE.test(k)) return { kind: "code" };

  // A comparison column ("So sánh năm 2026 với ƯTH năm 2025", "DT 2026 với UTH 2025 (%)") holds ratios.
  if (has(k, "so sanh") || has(k, "so voi") || (has(k, "voi") && [...k.matchAll(YEAR)].length >= 2)) return { kind: "other" };
  const years = [...k.matchAll(YEAR)].map((m) => Number(m[1]));
  if (years.length > 0) return yearHeader(k, words, years);

  // "Người đứng đầu chịu trách nhiệm", "Lãnh đạo phụ trách": a person, not a body.
  if (hasAny(k, ["nguoi dung dau", "lanh dao phu trach", "lanh dao chi dao", "can bo phu trach", "van ban giao"]) || k === "co quan trinh") return { kind: "other" };
  // "Thuộc nhóm nhiệm vụ, hành động": the group a task belongs to, not the task; the agency
  // register's "Tên đơn vị", "Đầu mối liên hệ" name bodies and people, not plan rows.
  if (hasAny(k, ["thuoc nhom", "nhom nhiem vu", "ten don vi", "ten co quan", "lien he", "ma dong", "viet tat"])) return { kind: "other" };
  const lead = hasAny(k, FAMILIES.lead);
  const partners = hasAny(k, FAMILIES.partners);
  const roles: HeaderWord[] = [];
  if (lead && partners) roles.push({ kind: "assignmentGroup" });
  else if (lead) roles.push({ kind: "lead" });
  else if (partners) roles.push({ kind: "partners" });
  else if (hasAny(k, FAMILIES.assignment)) roles.push({ kind: "assignmentGroup" });
  if (hasAny(k, FAMILIES.timeframe)) roles.push({ kind: "timeframe" });
  if (hasAny(k, FAMILIES.approvalLevel)) roles.push({ kind: "approvalLevel" });
  else if (hasAny(k, FAMILIES.expectedOutput) && !hasAny(k, FAMILIES.reference.actual)) roles.push({ kind: "expectedOutput" });
  if (hasAny(k, FAMILIES.note)) roles.push({ kind: "note" });

  const name = nameWord(k);
  const target = FAMILIES.targetGroup.some((p) => k === p || (has(k, p) && words.length <= 4)) && !name ? ({ kind: "targetGroup" } as const) : null;
  if (roles.length === 0) {
    if (FAMILIES.unitExact.includes(k as never) || /^don vi tinh\b/.test(k) || /^dvt\b/.test(k)) return { kind: "unit" };
    if (target) return target;
    if (name) return name;
    if (hasAny(k, FAMILIES.other)) return { kind: "other" };
    const ref = referenceKind(k);
    if (ref && words.length <= 4) return { kind: "reference", ref, year: null };
    return null;
  }
  // A name and an agency role in one cell is a title line ("CÁC CHỈ TIÊU ... VÀ PHÂN CÔNG THỰC HIỆN"),
  // except an output family word inside a task name ("Nhiệm vụ, sản phẩm").
  if (name) {
    if (roles.every((r) => r.kind === "expectedOutput")) return name;
    return null;
  }
  if (roles.length > 1) {
    // "Thời gian hoàn thành, sản phẩm"? Two roles in one header: not ours to guess.
    const kinds = new Set(roles.map((r) => r.kind));
    if (kinds.size === 2 && kinds.has("note")) return roles.find((r) => r.kind !== "note") ?? null;
    return null;
  }
  return roles[0];
}

function nameWord(k: string): HeaderWord | null {
  if (hasAny(k, FAMILIES.indicatorName) && !has(k, "chi tieu ke hoach")) return { kind: "name", flavour: "indicators" };
  if (hasAny(k, FAMILIES.taskName)) return { kind: "name", flavour: "tasks" };
  if (hasAny(k, FAMILIES.neutralName)) {
    const n = k.split(" ").length;
    return n <= 5 ? { kind: "name", flavour: null } : null;
  }
  return null;
}

function referenceKind(k: string): ReferenceKind | null {
  if (hasAny(k, FAMILIES.reference.estimate)) return "estimate";
  if (hasAny(k, FAMILIES.reference.baseline)) return "baseline";
  if (hasAny(k, FAMILIES.reference.actual)) return "actual";
  return null;
}

/** A header naming a year: a target ("Đến năm 2025", "KH 2025", "Giai đoạn 2021-2025") or a reference value ("Thực hiện 2020", "ƯTH 2025"). */
function yearHeader(k: string, words: string[], years: number[]): HeaderWord | null {
  const ref = referenceKind(k);
  const targetish = hasAny(k, ["muc tieu", "ke hoach", "kh", "phan dau", "den nam", "chi tieu", "giai doan", "du toan", "dt"]);
  const rest = words.filter((w) => !/^\d+$/.test(w) && !TARGET_FILLER.has(w));
  if (ref && !(targetish && ref === "actual" && !has(k, "thuc hien"))) {
    if (rest.filter((w) => !["uoc", "th", "uth", "thuc", "hien", "goc", "co", "so", "trang", "hien", "tinh", "nam"].includes(w)).length > 1) return null;
    return { kind: "reference", ref, year: years[years.length - 1] };
  }
  // Every other word must be one a target header uses: "Mốc 2025" (a status column) is not a target.
  if (rest.length > 0) return null;
  // A period ("Giai đoạn 2021-2025") targets its end year.
  return { kind: "target", year: years[years.length - 1] };
}

/**
 * How surely a header names its role, for two columns claiming one role whatever their order:
 * "Thời hạn" beats "Tiến độ" (often a progress column), "Tên nhiệm vụ" beats "Nội dung chính".
 */
export function headerStrength(text: string): number {
  const k = headerKey(text);
  const w = matchHeaderWord(text);
  if (!w) return 0;
  // "Chỉ tiêu đạt được" / "cần đạt" states a result, not the row's name.
  if (w.kind === "name") return w.flavour === null || hasAny(k, ["dat duoc", "can dat"]) ? 1 : 2;
  if (w.kind === "timeframe") return hasAny(k, ["thoi gian", "thoi han", "moc thoi gian", "thoi diem", "nam hoan thanh"]) ? 2 : 1;
  return 2;
}

/** A bare year is weak evidence of a header; the other words are strong. */
export function isStrongHeaderWord(word: HeaderWord): boolean {
  return word.kind !== "target" && word.kind !== "reference" && word.kind !== "other";
}

/** "(1)", "2", "A": the column-numbering row some plans put under the header. */
export function isColumnNumber(text: string): boolean {
  return /^\(?(\d{1,2}|[A-Za-z])\)?$/.test(text.trim()) || /^\(?\d{1,2}\)?\s*=\s*\(?\d/.test(text.trim());
}
