/**
 * The value of a target, or the two values of a range: "95", "1.000-2.000", "28% - 30%",
 * "từ 28 đến 30", "1 - 1,5". Numbers follow the sheet's convention (number-read.ts); an amount
 * after an English currency sign ("$7,900") follows English notation when that reads cleanly.
 */
import { msg, type Message } from "../i18n";
import { NUMERAL, readNumeral, readSignedAmount, type NumberLocale } from "./number-read";
import { listMatcher } from "./word-match";
import { RANGE_SEPARATORS } from "./words";

export interface NumberToken {
  value: number;
  start: number;
  end: number;
  /** The number rewritten in the sheet's convention when it was read with a warning. */
  rewrite: string | null;
  warnings: Message[];
}

export interface Values {
  first: NumberToken;
  second: NumberToken | null;
  /** "%" or "‰" written after the first value of a range ("28%-30%"). */
  unitLo: string | null;
  end: number;
}

export type ValuesResult =
  | { ok: true; values: Values }
  | { ok: false; error: Message; suggestion: Message | null; noNumber?: true };

const NUMBER = new RegExp(`([+-])?(${NUMERAL})`, "y");
const PERCENT_AFTER = /\s*([%‰])/y;
const separator = listMatcher(RANGE_SEPARATORS);

type TokenResult = NumberToken | { error: Message; suggestion: Message | null } | null;

function readToken(clean: string, at: number, locale: NumberLocale, english: boolean): TokenResult {
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(clean);
  if (!m) return null;
  const token = m[0];
  const negative = m[1] === "-";
  const reading = english ? readSignedAmount(m[2], negative, locale, token) : readNumeral(m[2], negative, locale, token);
  if (reading.value === null) {
    return { error: reading.error ?? msg("target.notUnderstood", { text: clean }), suggestion: reading.suggestion };
  }
  return { value: reading.value, start: at, end: at + token.length, rewrite: reading.rewritten, warnings: reading.warnings };
}

/** The index after a range separator at `at` (spaces around it included), or -1. */
function separatorEnd(clean: string, key: string, at: number): number {
  let p = at;
  while (clean[p] === " ") p++;
  const sep = separator.at(key, p);
  if (!sep) return -1;
  p = sep.end;
  while (clean[p] === " ") p++;
  return p;
}

/**
 * Reads the value at `at`, then a second value after a range separator when one follows.
 * `english`: the value follows an English currency sign.
 */
export function readValues(clean: string, key: string, at: number, locale: NumberLocale, english: boolean): ValuesResult {
  const first = readToken(clean, at, locale, english);
  if (first === null) return { ok: false, error: msg("target.notUnderstood", { text: clean }), suggestion: msg("target.howToWrite"), noNumber: true };
  if ("error" in first) return { ok: false, error: first.error, suggestion: first.suggestion };

  PERCENT_AFTER.lastIndex = first.end;
  const pct = PERCENT_AFTER.exec(clean);
  const afterPct = pct ? first.end + pct[0].length : first.end;
  const sepEnd = separatorEnd(clean, key, afterPct);
  if (sepEnd < 0) return { ok: true, values: { first, second: null, unitLo: null, end: first.end } };
  const second = readToken(clean, sepEnd, locale, english);
  if (second === null) return { ok: true, values: { first, second: null, unitLo: null, end: first.end } };
  if ("error" in second) return { ok: false, error: second.error, suggestion: second.suggestion };
  return { ok: true, values: { first, second, unitLo: pct ? pct[1] : null, end: second.end } };
}
