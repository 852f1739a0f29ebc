import type { Lang } from "../i18n";
import { BODY_PT, type Align, type ReportParagraph, type ReportRun } from "./model";

/**
 * Characters no .docx can hold (XML 1.0 forbids C0 controls but tab, line feed and carriage
 * return, lone surrogates, U+FFFE/U+FFFF). Replaced by U+FFFD, a visible mark, rather than
 * dropped: a person sees something was there.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** A surrogate pair (kept) or a lone surrogate (marked); no lookbehind (older Safari in Excel for Mac). */
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/** Text as a document can hold it: NFC, line ends as "\n", impossible characters marked. */
export function cleanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL, "\uFFFD")
    .replace(SURROGATES, (m) => (m.length === 2 ? m : "\uFFFD"));
}

export interface ParaOptions {
  align?: Align;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  highlight?: boolean;
  firstLineMm?: number;
  leftMm?: number;
  rightMm?: number;
  before?: number;
  after?: number;
  borderBottom?: boolean;
  keepNext?: boolean;
}

export function run(text: string, style: Omit<ReportRun, "text"> = {}): ReportRun {
  return { text: cleanText(text), ...style };
}

/** One paragraph of runs (or of one text with the run style of `o`). */
export function para(content: string | ReportRun[], o: ParaOptions = {}): ReportParagraph {
  const runs =
    typeof content === "string"
      ? [run(content, { ...(o.bold ? { bold: true } : {}), ...(o.italic ? { italic: true } : {}), ...(o.highlight ? { highlight: true } : {}) })]
      : content;
  const p: ReportParagraph = { kind: "paragraph", runs, align: o.align ?? "left", size: o.size ?? BODY_PT };
  if (o.firstLineMm !== undefined) p.firstLineMm = o.firstLineMm;
  if (o.leftMm !== undefined) p.leftMm = o.leftMm;
  if (o.rightMm !== undefined) p.rightMm = o.rightMm;
  if (o.before !== undefined) p.before = o.before;
  if (o.after !== undefined) p.after = o.after;
  if (o.borderBottom) p.borderBottom = true;
  if (o.keepNext) p.keepNext = true;
  return p;
}

/** Body text as Nghị định 30 sets it: justified, 10 mm first-line indent, 6 pt after. */
export function body(content: string | ReportRun[], o: ParaOptions = {}): ReportParagraph {
  return para(content, { align: "justify", firstLineMm: 10, after: 6, ...o });
}

/** A heading inside the body: bold, kept with what follows. */
export function heading(text: string, o: ParaOptions = {}): ReportParagraph {
  return para(text, { align: "justify", firstLineMm: 10, bold: true, before: 6, after: 6, keepNext: true, ...o });
}

const VI_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];
const EN_LETTERS = "abcdefghijklmnopqrstuvwxyz".split("");

/** "a", "b", … "đ" …: how Vietnamese administrative texts letter their points (no f, j, w, z). */
export function pointLetter(index: number, lang: Lang): string {
  const letters = lang === "vi" ? VI_LETTERS : EN_LETTERS;
  return index < letters.length ? letters[index] : `${letters[letters.length - 1]}${index - letters.length + 2}`;
}

/** Upper case as Vietnamese writes a heading (diacritics kept: "Ủy" → "ỦY"; no locale rule differs). */
export function upper(text: string): string {
  return text.toUpperCase();
}
