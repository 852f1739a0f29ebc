import { cleanText } from "../text";

/** The shape of a code cell ("TT"): it decides what a row is. */
export type CodeShape =
  | { kind: "none" }
  | { kind: "letter"; key: string } // A, B (groups above roman numerals)
  | { kind: "roman"; key: string } // I, II, VII
  | { kind: "integer"; key: string } // 1., 2, 10.
  | { kind: "dotted"; key: string; major: string } // 2.1, 10.10, 1.2.3, I.1, II.2
  | { kind: "marker"; key: string } // -, +, *, a), b.
  | { kind: "other"; key: string };

const ROMAN = /^(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** Classifies a code cell's text; `key` is the code without its trailing dot or brackets. */
export function codeShape(raw: string): CodeShape {
  const text = cleanText(raw);
  if (text === "") return { kind: "none" };
  const bare = text.replace(/^\((.*)\)$/, "$1").replace(/[.):]$/, "").trim();
  if (/^\d{1,3}$/.test(bare)) return { kind: "integer", key: String(Number(bare)) };
  if (/^\d{1,3}(\.\d{1,3})+$/.test(bare)) return { kind: "dotted", key: bare, major: String(Number(bare.split(".")[0])) };
  const romanDotted = /^([IVXL]+)((?:\.\d{1,3})+)$/.exec(bare);
  if (romanDotted && ROMAN.test(romanDotted[1])) return { kind: "dotted", key: bare, major: romanDotted[1] };
  if (bare !== "" && ROMAN.test(bare)) return { kind: "roman", key: bare };
  if (/^[A-HJ-KM-UWYZĐ]$/.test(bare)) return { kind: "letter", key: bare };
  if (/^[-+*•–—·○▪◦]$/.test(text) || /^[a-zđ][).]?$/.test(text) || /^\([a-zđ]\)$/.test(text)) return { kind: "marker", key: text };
  return { kind: "other", key: text };
}

/** The shapes that can head a group of rows, outermost first. */
export const GROUP_LEVEL: Partial<Record<CodeShape["kind"], number>> = { letter: 0, roman: 1, integer: 2 };

/**
 * A code written at the start of a group row's text ("I. LĨNH VỰC Y TẾ", "A - KINH TẾ",
 * "Phần I: ..."): the code and the rest, or null when the text does not start with one.
 */
export function leadingCode(text: string): { code: string; shape: CodeShape; rest: string } | null {
  const t = cleanText(text);
  const m = /^(?:(?:phần|phan|mục|muc|nhóm|nhom|chương|chuong)\s+)?([IVXL]+|[A-Z]|\d{1,2}(?:\.\d{1,2})*)\s*([.):\-])\s*(\S.*)$/u.exec(t);
  if (!m) return null;
  const shape = codeShape(m[1]);
  if (shape.kind === "other" || shape.kind === "none" || shape.kind === "marker") return null;
  // As printed: "1." and "a)" keep their mark, "A -" and "I:" do not.
  return { code: m[2] === "." || m[2] === ")" ? m[1] + m[2] : m[1], shape, rest: m[3].trim() };
}

/**
 * A spreadsheet turns a pasted "10.10" into the number 10.1. When the code above is "10.9", the
 * number only makes sense as "10.10": returns that text, or null when nothing needs restoring.
 */
export function restoreNumericCode(cell: unknown, previousKey: string | null): string | null {
  if (typeof cell !== "number" || Number.isInteger(cell) || previousKey === null) return null;
  const parts = String(cell).split(".");
  const prev = previousKey.split(".");
  if (parts.length !== 2 || prev.length !== 2 || parts[0] !== prev[0]) return null;
  const next = Number(prev[1]) + 1;
  if (Number(parts[1]) === next) return null;
  for (let zeros = "0"; zeros.length <= 2; zeros += "0") {
    if (Number(parts[1] + zeros) === next) return `${parts[0]}.${parts[1]}${zeros}`;
  }
  return null;
}
