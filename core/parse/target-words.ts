/**
 * The words plans use around a target value, matched on a folded copy of the text (lower case,
 * no diacritics) that keeps every character at its index, so slices of the original stay exact.
 */
import { stripDiacritics } from "../text";

/** Folds each character on its own (lower case, no accents) keeping indices aligned. */
export function foldAligned(s: string): string {
  let out = "";
  for (const ch of s) {
    const f = stripDiacritics(ch).toLowerCase();
    out += f.length === ch.length ? f : ch;
  }
  return out;
}

export type Comparator = "gt" | "ge" | "lt" | "le" | "eq";

/** A phrase ending on a word boundary (or a symbol), at the current position. */
function phrase(words: string[]): RegExp {
  const alternatives = words.map((w) => w.replace(/ /g, "\\s+")).join("|");
  return new RegExp(`(?:${alternatives})(?![\\p{L}\\p{N}])`, "uy");
}

/** Ordered: longer phrases first so "không dưới" is not read as "dưới". */
export const COMPARATOR_WORDS: [RegExp, Comparator][] = [
  [/(?:<=|=<|≤|⩽)/y, "le"],
  [/(?:>=|=>|≥|⩾)/y, "ge"],
  [/</y, "lt"],
  [/>/y, "gt"],
  [/=/y, "eq"],
  [
    phrase([
      "khong vuot qua", "khong vuot", "khong qua", "toi da", "nhieu nhat", "khong cao hon", "khong lon hon",
      "khong nhieu hon", "khong hon",
    ]),
    "le",
  ],
  [phrase(["khong duoi", "khong thap hon", "khong it hon", "khong nho hon", "toi thieu", "it nhat"]), "ge"],
  [phrase(["lon hon", "cao hon", "nhieu hon", "tren", "hon", "vuot"]), "gt"],
  [phrase(["nho hon", "thap hon", "it hon", "duoi"]), "lt"],
];

/** "trên dưới 30" is approximate, not a bound: checked before the comparators. */
export const APPROX = /(?:(?:tren\s+duoi|khoang|xap\s+xi|gan|chung|uoc\s+tinh|uoc\s+dat|uoc)(?![\p{L}\p{N}])|[~≈])/uy;
export const FILLER = phrase(["binh quan", "trung binh", "phan dau", "dat muc", "dat", "duy tri", "o muc", "muc", "la"]);
export const PER_YEAR_PREFIX = phrase(["moi nam", "hang nam", "mot nam"]);
export const MULTIPLY = phrase(["tang gap", "gap"]);
export const LEVEL_DOWN = phrase(["giam xuong con", "giam xuong", "giam con", "ha xuong", "xuong con", "xuong", "con"]);
export const LEVEL_UP = phrase(["tang len", "nang len", "len"]);
export const CHANGE = phrase(["giam them", "tang them", "giam", "tang"]);
export const FROM = phrase(["tu"]);
/** Range separators between two values. */
export const RANGE_SEP = /\s*(?:-|~|(?:den|toi)(?![\p{L}\p{N}]))\s*/uy;
/** Currency or percent written before the value ("$ 100", "% 95" is rare but seen). */
export const UNIT_BEFORE = /(?:%|\$|€|usd|vnd)(?![\p{L}])\s*/uy;

/** Suffixes, matched at the end of the folded tail. */
export const SUFFIX_GE = /\s*tro\s+len$/u;
export const SUFFIX_LE = /\s*tro\s+xuong$/u;
export const SUFFIX_PER_YEAR = /\s*(?:moi\s+nam|hang\s+nam|mot\s+nam)$/u;

/** Matches `re` (sticky) at `at` in `s`; returns the end index or -1. */
export function matchAt(re: RegExp, s: string, at: number): { end: number; text: string } | null {
  re.lastIndex = at;
  const m = re.exec(s);
  return m ? { end: at + m[0].length, text: m[0] } : null;
}
