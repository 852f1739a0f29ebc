import { foldKey } from "../text";

/** What one header cell says, once folded (accent-, case-, punctuation-insensitive). */
export type HeaderWord =
  | { kind: "code" }
  | { kind: "name"; flavour: "indicators" | "tasks" | null }
  | { kind: "unit" }
  | { kind: "target"; year: number }
  | { kind: "targetGroup" }
  | { kind: "lead" }
  | { kind: "partners" }
  | { kind: "assignmentGroup" }
  | { kind: "timeframe" }
  | { kind: "approvalLevel" }
  | { kind: "expectedOutput" }
  | { kind: "note" };

/** Folded header text: no diacritics, lower case, punctuation as spaces ("Kết quả, sản phẩm" → "ket qua san pham"). */
export function headerKey(text: string): string {
  return foldKey(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

// Whole-cell patterns: a title line such as "CÁC CHỈ TIÊU CHỦ YẾU VÀ PHÂN CÔNG THỰC HIỆN" must not match.
const PATTERNS: [RegExp, HeaderWord][] = [
  [/^(so )?(tt|stt)$|^so thu tu$|^thu tu$|^ma( so)?$/, { kind: "code" }],
  [/^(ten |noi dung )?(cac )?chi tieu( chu yeu| cu the)?$/, { kind: "name", flavour: "indicators" }],
  [/^(ten |noi dung )?(cac )?nhiem vu( cu the| chu yeu| giai phap)?$|^cong viec$|^noi dung cong viec$/, { kind: "name", flavour: "tasks" }],
  [/^noi dung( thuc hien)?$|^danh muc$/, { kind: "name", flavour: null }],
  [/^(don vi|don vi tinh|dvt|don vi tinh dvt|don vi do)$/, { kind: "unit" }],
  [/^(muc tieu|muc tieu phan dau|muc tieu can dat|chi tieu ke hoach|ke hoach)$/, { kind: "targetGroup" }],
  [/^((co quan|don vi) )?chu tri( thuc hien)?$/, { kind: "lead" }],
  [/^((co quan|don vi) )?phoi hop( thuc hien)?$/, { kind: "partners" }],
  [
    /^phan cong( (don vi|co quan))?( thuc hien)?$|^to chuc thuc hien$|^(co quan|don vi) thuc hien$|^trach nhiem( thuc hien)?$/,
    { kind: "assignmentGroup" },
  ],
  [/^thoi gian( thuc hien| hoan thanh)?$|^thoi han( hoan thanh)?$|^tien do( thuc hien| hoan thanh)?$|^moc thoi gian$/, { kind: "timeframe" }],
  [/^cap (trinh|ban hanh|phe duyet)( ban hanh)?$/, { kind: "approvalLevel" }],
  [/^(ket qua )?san pham( dau ra| hoan thanh)?$|^ket qua( dau ra)?$/, { kind: "expectedOutput" }],
  [/^ghi chu$/, { kind: "note" }],
];

// "Đến năm 2025", "Năm 2030", "2025", "Mục tiêu đến năm 2025", "Chỉ tiêu năm 2025".
const TARGET_YEAR = /^(?:(?:muc tieu|chi tieu|ke hoach|phan dau) )?(?:(?:den|toi|vao|trong) )?(?:nam )?((?:19|20)\d\d)$/;

/** Recognises one header cell, or null. */
export function matchHeaderWord(text: string): HeaderWord | null {
  const k = headerKey(text);
  if (k === "") return null;
  const year = TARGET_YEAR.exec(k);
  if (year) return { kind: "target", year: Number(year[1]) };
  for (const [re, word] of PATTERNS) if (re.test(k)) return word;
  return null;
}

/** A bare year is weak evidence of a header; the other words are strong. */
export function isStrongHeaderWord(word: HeaderWord): boolean {
  return word.kind !== "target";
}

/** "(1)", "2": the column-numbering row some plans put under the header. */
export function isColumnNumber(text: string): boolean {
  return /^\(?\d{1,2}\)?$/.test(text.trim());
}
