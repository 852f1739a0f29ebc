/**
 * Recognises the families of cell text that are not one number (placeholders, bounds, ranges,
 * ranks, dates, fractions, lists) so each gets its own message instead of a generic one.
 */
import { foldKey } from "../text";
import { msg, type Message } from "../i18n";

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

/** Words (folded) that make a bound, a range, an approximation or a rank, at the start. */
const BOUND_WORDS = /^(?:tren|duoi|hon|toi thieu|toi da|it nhat|nhieu nhat|khong (?:qua|vuot|duoi|thap|cao|it|nhieu|lon|nho|hon)|lon hon|nho hon|cao hon|thap hon|it hon|nhieu hon|tu)\b/;
const RANGE_WORDS = /^tu\b.*\b(?:den|toi)\b/;
const APPROX_WORDS = /^(?:khoang|xap xi|gan|tren duoi|chung|uoc|~|≈)/;
const RANK_WORDS = /^(?:thu|hang|xep thu|xep hang|top)\b/;
const COMPARATOR = /^(?:<|>|≤|≥|=<|=>|⩽|⩾)/;

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

/** Text that does not start with a number: which family is it? */
export function leadingTextProblem(text: string, decimal: string): ShapeProblem {
  const key = foldKey(text);
  if (COMPARATOR.test(key)) return oneValue(msg("number.bound", { text }), text);
  if (RANGE_WORDS.test(key)) return oneValue(msg("number.range", { text }), text);
  if (APPROX_WORDS.test(key)) return oneValue(msg("number.approx", { text }), text);
  if (BOUND_WORDS.test(key)) return oneValue(msg("number.bound", { text }), text);
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

/** What follows the number, when it is not a unit: another value, a range, a fraction... */
export function trailingProblem(text: string, rest: string): ShapeProblem | null {
  const key = foldKey(rest);
  if (/^[eE][+-]?\d/.test(rest)) return { error: msg("number.scientific", { text }), suggestion: msg("number.retype") };
  if (/^%?\s*(?:-|~|den\b|toi\b)\s*[+-]?\d/.test(key)) return oneValue(msg("number.range", { text }), text);
  if (/^[/:]\s*\d/.test(rest)) return { error: msg("number.fraction", { text }), suggestion: null };
  if (/^[,;]\s*[+-]?\d/.test(rest) || /^\d/.test(rest)) return { error: msg("number.several", { text }), suggestion: null };
  if (/^\+/.test(rest) || /\btro (?:len|xuong)\b/.test(key)) return oneValue(msg("number.bound", { text }), text);
  return null;
}
