/**
 * Recognises the families of cell text that are not one number (placeholders, bounds, ranges,
 * ranks, dates, fractions, lists) so each gets its own message instead of a generic one. Bounds
 * and ranges are told by the word table (words.ts), as the target grammar reads them.
 */
import { msg, type Message } from "../i18n";
import { readPrefix } from "./target-prefix";
import { containsWord, foldAligned, wordMatcher } from "./word-match";
import { SUFFIXES } from "./words";

export interface ShapeProblem {
  error: Message;
  suggestion: Message | null;
}

const PLACEHOLDER = /^(?:-+|x+|\.{2,}|…+|n\/a|na|\?+|\*+)$/i;

const DATE = [
  /^(0?[1-9]|[12]\d|3[01])([/.-])(0?[1-9]|1[0-2])\2(\d{2}|\d{4})$/,
  /^\d{4}([/.-])(0?[1-9]|1[0-2])\1(0?[1-9]|[12]\d|3[01])$/,
  /^(0?[1-9]|1[0-2])\/\d{4}$/,
];

const RANK_WORDS = /^(?:thu|hang|xep thu|xep hang|top)(?!\p{L})/u;
const rangeEnd = containsWord(["đến", "tới"]);
const suffixWords = wordMatcher(SUFFIXES);

function firstNumeral(text: string): string {
  return /\d+(?:[.,]\d+)*/.exec(text)?.[0] ?? "95";
}

function oneValue(error: Message, text: string): ShapeProblem {
  return { error, suggestion: msg("number.oneValue", { example: firstNumeral(text) }) };
}

/** Whole-cell shapes checked before any number is read: placeholders, words, dates. */
export function wholeCellProblem(text: string): ShapeProblem | null {
  if (PLACEHOLDER.test(text)) {
    return { error: msg("number.placeholder", { text }), suggestion: msg("number.placeholderFix") };
  }
  if (!/\d/.test(text)) return { error: msg("number.words", { text }), suggestion: msg("number.digitsFix") };
  if (DATE.some((re) => re.test(text))) {
    return { error: msg("number.date", { text }), suggestion: msg("number.dateFix") };
  }
  return null;
}

/** Text that does not start with a number (nor with words a value may start with): which family is it? */
export function leadingTextProblem(text: string, decimal: string): ShapeProblem {
  const key = foldAligned(text);
  const read = readPrefix(text, key, 0);
  if (!read.ok) return oneValue(msg("number.bound", { text }), text);
  const p = read.prefix;
  if (p.from && rangeEnd(key)) return oneValue(msg("number.range", { text }), text);
  if (p.comparators.length > 0 || p.from || p.movement?.kind === "level") return oneValue(msg("number.bound", { text }), text);
  if (p.approx || p.estimate) return oneValue(msg("number.approx", { text }), text);
  if (RANK_WORDS.test(key)) return oneValue(msg("number.rank", { text }), text);
  const bare = /^([+-])?\s?[.,](\d+)$/.exec(text);
  if (bare) {
    return {
      error: msg("number.malformed", { text }),
      suggestion: msg("number.write", { suggested: `${bare[1] === "-" ? "-" : ""}0${decimal}${bare[2]}` }),
    };
  }
  return oneValue(msg("number.textBefore", { text }), text);
}

/** What follows the number, when it is not a unit: another value, a range, a fraction, a bound... */
export function trailingProblem(text: string, rest: string): ShapeProblem | null {
  const key = foldAligned(rest);
  if (/^[eE][+-]?\d/.test(rest)) return { error: msg("number.scientific", { text }), suggestion: msg("number.retype") };
  if (/^[%‰]?\s*(?:-|~|(?:den|toi)(?!\p{L}))\s*[+-]?\d/u.test(key)) return oneValue(msg("number.range", { text }), text);
  if (/^[/:]\s*\d/.test(rest)) return { error: msg("number.fraction", { text }), suggestion: null };
  if (/^[,;]\s*[+-]?\d/.test(rest) || /^\d/.test(rest)) return { error: msg("number.several", { text }), suggestion: null };
  if (/^\+/.test(rest) || suffixWords.atEnd(key)?.means.role === "compare") return oneValue(msg("number.bound", { text }), text);
  return null;
}
