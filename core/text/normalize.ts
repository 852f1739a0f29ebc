/**
 * Text normalisation shared by every parser and matcher. Vietnamese text is stored and compared
 * in NFC; matching additionally folds case, dashes, spaces and (for keys) diacritics.
 */

/** NFC form; the only form we store. */
export function nfc(s: string): string {
  return s.normalize("NFC");
}

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g;

/** Every dash-like character (en dash, em dash, unicode minus, ...) becomes "-". */
export function normalizeDashes(s: string): string {
  return s.replace(DASHES, "-");
}

/** Runs of any whitespace (incl. no-break and zero-width) become one space; ends trimmed. */
export function collapseSpaces(s: string): string {
  return s.replace(SPACES, " ").trim();
}

/** NFC, one kind of dash, single spaces. What a cell's text looks like before parsing. */
export function cleanText(s: string): string {
  return collapseSpaces(normalizeDashes(nfc(s)));
}

const ASCII = /^[\x00-\x7F]*$/;

/**
 * Text kept as printed (names, task texts, units): NFC and single spaces only; dashes and
 * punctuation stay exactly as the plan wrote them.
 */
export function printedText(s: string): string {
  return collapseSpaces(nfc(s));
}

/** Removes Vietnamese diacritics (đ → d) for accent-insensitive matching. */
export function stripDiacritics(s: string): string {
  // Most keys are plain ASCII already: skip the two normalisations (a hot path in matching).
  if (ASCII.test(s)) return s;
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/** Key for accent-, case-, dash- and space-insensitive comparison (headers, words). */
export function foldKey(s: string): string {
  return collapseSpaces(stripDiacritics(normalizeDashes(nfc(s))).toLowerCase());
}
