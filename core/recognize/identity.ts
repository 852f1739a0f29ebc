/**
 * A plan's identity — type, number, date, issuing body, province, title — read from the head of
 * its document (issuer lines, "Số: ...", "<place>, ngày ... tháng ... năm ...", the type and title
 * lines) or from the title block of a pasted appendix ("(Kèm theo Kế hoạch số 328/KH-UBND ngày
 * 07/10/2024 của UBND tỉnh Đồng Tháp)"). What the lines do not say stays null: the user is asked
 * for it, it is never guessed from a file or sheet name.
 */
import { defaultAgencyIndex, matchAgencies, PROVINCE_NAMES } from "../agency";
import { cleanText, foldKey } from "../text";

export interface PlanIdentity {
  /** "Kế hoạch", "Quyết định", "Nghị quyết"... */
  type: string | null;
  /** "328/KH-UBND" as printed. */
  number: string | null;
  /** yyyy-mm-dd. */
  issuedOn: string | null;
  /** "Ủy ban nhân dân tỉnh Đồng Tháp", "Thủ tướng Chính phủ". */
  issuer: string | null;
  /** Province or city of a local body; null for a central one or when not said. */
  province: string | null;
  /** "Kế hoạch chuyển đổi số ..." in sentence case. */
  title: string | null;
}

export type IdentityField = "number" | "issuedOn" | "issuer" | "title";
export const IDENTITY_FIELDS: readonly IdentityField[] = ["number", "issuedOn", "issuer", "title"];

export const EMPTY_IDENTITY: PlanIdentity = { type: null, number: null, issuedOn: null, issuer: null, province: null, title: null };

const DOC_TYPES = [
  "Kế hoạch", "Quyết định", "Nghị quyết", "Thông báo", "Chương trình", "Đề án", "Chỉ thị", "Công văn", "Hướng dẫn", "Báo cáo",
];
const TYPE_KEYS = new Map(DOC_TYPES.map((t) => [foldKey(t), t]));

/** Words kept in capitals when a line in capitals is put into sentence case. */
const PROPER = [
  "Việt Nam", "Chính phủ", "Thủ tướng", "Quốc hội", "Trung ương", "Bộ Chính trị", "Ban Chấp hành", "Hồ Chí Minh", "Đảng",
  "Ủy ban Thường vụ Quốc hội", "Mặt trận Tổ quốc",
  ...PROVINCE_NAMES,
].sort((a, b) => b.length - a.length);

/** "ĐỒNG THÁP" → "Đồng Tháp" inside a line put into sentence case; abbreviations (QĐ-TTg, NQ/TW, IoT) kept. */
export function sentenceCase(line: string, original = line): string {
  const t = cleanText(line);
  if (t !== t.toUpperCase()) return t; // already written in normal case
  // Words with digits ("5G", "06") keep their letters.
  let out = t.replace(/[\p{L}\d]+/gu, (w) => (/\d/.test(w) ? w : w.toLowerCase()));
  out = out.charAt(0).toUpperCase() + out.slice(1);
  for (const p of PROPER) {
    const re = new RegExp(`(^|[^\\p{L}])${escape(p.toLowerCase())}(?=$|[^\\p{L}])`, "giu");
    out = out.replace(re, (_, pre: string) => pre + p);
  }
  // Document numbers and abbreviations keep their letters as printed ("Số 1899/QĐ-TTg", "57-NQ/TW").
  const codes = cleanText(original).match(/\b[\p{L}\d]+[-/][\p{L}\d/-]+\b/gu) ?? [];
  for (const c of codes) out = out.replace(new RegExp(escape(c.toLowerCase()), "gu"), c.replace(/TTG\b/g, "TTg"));
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const pad = (n: number) => String(n).padStart(2, "0");

/** yyyy-mm-dd from "07/10/2024", "7-10-2024" or "07 tháng 10 năm 2024"; null when not a real date. */
export function readDate(text: string): string | null {
  const t = cleanText(text);
  const m = /(\d{1,2})\s*(?:\/|-|\.|\s+tháng\s+)\s*(\d{1,2})\s*(?:\/|-|\.|\s+năm\s+)\s*(\d{4})/iu.exec(t);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** A document number: digits, "/", then the issuer's code ("328/KH-UBND", "1339/NQ-UBTVQH15"). */
const NUMBER = /(\d{1,5}[a-zA-Z]?\/[\p{Lu}\p{L}\d]+(?:[-/][\p{L}\d]+)*)/u;

function provinceIn(text: string): string | null {
  const k = foldKey(text);
  let best: string | null = null;
  for (const p of PROVINCE_NAMES) {
    if (new RegExp(`(^|\\s)${escape(foldKey(p))}($|\\s|[,.)])`).test(k) && (best === null || p.length > best.length)) best = p;
  }
  return best;
}

/** The full name of an issuing body written in capitals over one or more lines, or after "của". */
export function issuerName(text: string): string {
  let t = sentenceCase(cleanText(text));
  t = t.replace(/^(UBND|Uỷ ban nhân dân|Ủy ban nhân dân)\b/iu, "Ủy ban nhân dân").replace(/^Chủ tịch\s+/iu, "");
  t = t.replace(/^Uỷ ban/u, "Ủy ban").replace(/\b(TP\.?)\s+/u, "thành phố ");
  // A central body the registry knows is written as the registry writes it.
  const index = defaultAgencyIndex();
  const m = matchAgencies(t, index);
  if (m.bodies.length === 1 && m.bodies[0].ids.length === 1 && index.byId.get(m.bodies[0].ids[0])?.kind === "central") {
    return index.byId.get(m.bodies[0].ids[0])?.name ?? t;
  }
  // "Bộ văn hóa, thể thao và du lịch" → "Bộ Văn hóa, Thể thao và Du lịch": a ministry's name capitalises its fields.
  if (/^Bộ\s/u.test(t) && t === sentenceCase(text)) t = t.replace(/(^Bộ\s|,\s)(\p{Ll})/gu, (_, pre: string, c: string) => pre + c.toUpperCase()).replace(/\svà\s(\p{Ll})/gu, (_, c: string) => ` và ${c.toUpperCase()}`);
  return t;
}

/** How an issuing body's name begins (folded). */
const ISSUER_START = /^(uy ban|ubnd|hoi dong|bo |thu tuong|chinh phu|van phong|so |ban |quoc hoi|tinh uy|thanh uy|huyen uy|tong cuc|cuc |ngan hang|thanh tra|kiem toan|toa an|vien |dai hoc|hoc vien|truong |benh vien|tap doan|tong cong ty|cong ty|hoi |lien doan|trung uong|mat tran)/;

const CENTRAL = /^(Thủ tướng|Chính phủ|Bộ\s|Văn phòng Chính phủ|Quốc hội|Ủy ban Thường vụ Quốc hội|Uỷ ban Thường vụ Quốc hội|Ngân hàng Nhà nước|Thanh tra Chính phủ|Ban Chỉ đạo|Ban Chấp hành Trung ương|Bộ Chính trị)/iu;

/** Reads a plan's identity from lines of text (a document's head, or an appendix's title block). */
export function readIdentity(lines: readonly string[]): PlanIdentity {
  const id: PlanIdentity = { ...EMPTY_IDENTITY };
  const clean = lines.map((l) => cleanText(l)).filter((l) => l !== "" && !/^[-_=*.\s]+$/.test(l));
  const issuerLines: string[] = [];
  let titleStart = -1;
  let motto = false;
  for (let i = 0; i < clean.length; i++) {
    const line = clean[i];
    const k = foldKey(line);
    if (/cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc/.test(k)) {
      motto = true;
      continue;
    }
    const num = /^số\s*[:.]?\s*(.*)$/iu.exec(line);
    if (num && id.number === null) {
      const n = NUMBER.exec(num[1]);
      if (n) id.number = n[1];
      continue;
    }
    const placeDate = /^([^,]{2,40}),\s*ngày\b(.*)$/iu.exec(line);
    if (placeDate && id.issuedOn === null) {
      id.issuedOn = readDate(placeDate[2]);
      if (!id.province) id.province = provinceIn(placeDate[1]);
      continue;
    }
    const annex = /^\(?\s*(?:ban hành\s+)?kèm theo\s+(.*?)\)?\s*$/iu.exec(line);
    if (annex) {
      readAnnexLine(annex[1], id);
      continue;
    }
    // "V/v ...": a letter's subject line is its title.
    if (/^v\/v\b/iu.test(line) && titleStart < 0) {
      id.type ??= "Công văn";
      titleStart = i;
    }
    const type = TYPE_KEYS.get(k.replace(/[:.]$/, ""));
    if (type && id.type === null && titleStart < 0) {
      id.type = type;
      titleStart = i + 1;
      continue;
    }
    // Issuer lines: the capitals above the number, before the type line, starting with a body's
    // name ("ỦY BAN NHÂN DÂN", "BỘ Y TẾ", "THỦ TƯỚNG CHÍNH PHỦ"); an appendix's title is not one.
    if (titleStart < 0 && id.number === null && !motto && line === line.toUpperCase() && /\p{L}/u.test(line) && !/^phụ lục/iu.test(line)) {
      if (issuerLines.length > 0 || ISSUER_START.test(foldKey(line))) issuerLines.push(line);
    }
  }
  if (issuerLines.length > 0 && id.issuer === null) id.issuer = issuerName(issuerLines.join(" "));
  if (titleStart >= 0) {
    const parts: string[] = [];
    for (let i = titleStart; i < clean.length; i++) {
      const line = clean[i];
      // The preamble ("Căn cứ ...", "Thực hiện Nghị quyết ...") ends the title; a title line in
      // capitals may itself start with "THỰC HIỆN".
      const caps = line === line.toUpperCase();
      if (/^(phụ lục|\(|số\s*:|i\.\s)/iu.test(line)) break;
      if (!caps && /^(căn cứ|thực hiện|theo đề nghị|xét đề nghị|quyết định\s*:|điều \d|phần|kính gửi)/iu.test(line)) break;
      if (/^(ủy ban nhân dân|uỷ ban nhân dân|thủ tướng chính phủ|chính phủ|bộ trưởng)\b/iu.test(line) && line === line.toUpperCase() && parts.length > 0) break;
      parts.push(sentenceCase(line.replace(/^v\/v\s*/iu, "về việc ")));
    }
    if (parts.length > 0 && id.type) id.title = `${id.type} ${parts.join(" ").replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`.replace(/\s+/g, " ");
    id.title = id.title ? restoreCapitals(id.title).replace(/[\s.;,:]+$/u, "") : null;
  }
  if (id.issuer && id.province === null && !CENTRAL.test(id.issuer)) id.province = provinceIn(id.issuer);
  if (id.issuer && CENTRAL.test(id.issuer)) id.province = null;
  return id;
}

/** "Kế hoạch chuyển đổi số tỉnh hải dương" → proper nouns capitalised again after lower-casing the first letter. */
function restoreCapitals(title: string): string {
  let out = title;
  for (const p of PROPER) out = out.replace(new RegExp(`(^|[^\\p{L}])${escape(p.toLowerCase())}(?=$|[^\\p{L}])`, "gu"), (_, pre: string) => pre + p);
  return out;
}

/** "Kế hoạch số 328/KH-UBND ngày 07/10/2024 của UBND tỉnh Đồng Tháp" (the inside of "Kèm theo ..."). */
function readAnnexLine(text: string, id: PlanIdentity): void {
  const t = cleanText(text);
  const type = DOC_TYPES.find((d) => foldKey(t).startsWith(foldKey(d)) || foldKey(t).includes(` ${foldKey(d)} so`));
  if (type && id.type === null) id.type = type;
  const afterSo = /\bsố\s*[:.]?\s*(.*)$/iu.exec(t);
  if (afterSo && id.number === null) {
    const n = NUMBER.exec(afterSo[1].split(/\s+ngày\b/iu)[0]);
    if (n) id.number = n[1];
  }
  // A draft's "số   /KH-UBND ngày   /  /2025" has neither: its date is no date either.
  const date = /\bngày\s+(.*?)(?:\s+của\b|$)/iu.exec(t);
  if (date && id.issuedOn === null && id.number !== null) id.issuedOn = readDate(date[1]);
  const of = /\bcủa\s+(.+?)\s*\)?\s*$/iu.exec(t);
  if (of && id.issuer === null) {
    const who = of[1].replace(/\)$/, "").trim();
    // "của UBND tỉnh" names no province: the body is known, its province is not.
    id.issuer = issuerName(who);
  }
}

/** The identity fields still missing (what the user must be asked for). */
export function missingIdentity(id: PlanIdentity): IdentityField[] {
  return IDENTITY_FIELDS.filter((f) => id[f] === null || id[f] === "");
}

/** Fields given by the user win over what was read. */
export function withIdentity(read: PlanIdentity, given: Partial<PlanIdentity>): PlanIdentity {
  const out = { ...read };
  for (const [k, v] of Object.entries(given) as [keyof PlanIdentity, string | null | undefined][]) {
    if (typeof v === "string" && v.trim() !== "") out[k] = cleanText(v);
  }
  if (given.issuer && !given.province) out.province = CENTRAL.test(out.issuer ?? "") ? null : (provinceIn(out.issuer ?? "") ?? out.province);
  return out;
}

const slug = (s: string) =>
  foldKey(s)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

/** A plan id from its identity: "dong-thap-328-2024", "ttg-2530-2025"; null without a number. */
export function planIdOf(id: PlanIdentity): string | null {
  if (!id.number) return null;
  const [digits, code = ""] = id.number.split("/");
  const who = id.province ? slug(id.province) : slug(code.split("-").pop() ?? "");
  const year = id.issuedOn ? id.issuedOn.slice(0, 4) : "";
  return [who, slug(digits), year].filter((x) => x !== "").join("-") || null;
}
