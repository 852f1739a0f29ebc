/**
 * parseNumber: one number from a cell, Vietnamese convention by default ("19,04", "6.100",
 * "1 234,5"), with the unit written after it kept apart ("95%", "30 người", "30 giường bệnh/1 vạn
 * dân", "59,61 triệu đồng"). Words that say the figure is not final ("ước đạt", "ước tính",
 * "dự kiến", "khoảng") are read and flagged (`estimate`); "đạt" is read and ignored; bounds,
 * ranges and other shapes are refused with their own message. Total: any input gives a result,
 * never an exception. An empty cell is not an error here (value null, error null): whether a
 * value is required is the caller's decision.
 */
import type { Cell } from "../grid";
import type { PerPopulation } from "../model";
import { cleanText, nfc } from "../text";
import { msg, type Message } from "../i18n";
import { NUMERAL, readNumeral, readSignedAmount, separatorsOf, writeDigits, type NumberLocale } from "./number-read";
import { leadingTextProblem, trailingProblem, wholeCellProblem } from "./number-shapes";
import { readPrefix, type Prefix } from "./target-prefix";
import { currencyOf, readUnit } from "./unit-read";
import { foldAligned } from "./word-match";
import { textMemo, type TextMemo } from "./memo";

export type { NumberLocale } from "./number-read";
export { sameUnit } from "./unit-read";

export interface ParsedNumber {
  /** The input as text (NFC), as typed. */
  text: string;
  value: number | null;
  /** Unit written with the number, kept as written ("%", "người", "m2", "$"); never used to scale. */
  unit: string | null;
  warnings: Message[];
  error: Message | null;
  suggestion: Message | null;
  /** Written as a figure that is not final: "ước đạt 59,61", "dự kiến 95%", "khoảng 30". */
  estimate: boolean;
  /** ISO code of the currency the unit names ("triệu đồng" → VND, "$" → USD), or null. */
  currency: string | null;
  /** The denominator of a rate per population ("/1 vạn dân" → 10.000 dân), or null. */
  per: PerPopulation | null;
}

export interface NumberOptions {
  /** Sheet convention: "vi-VN" (default: 1.234,5) or "en-US" (1,234.5). */
  locale?: NumberLocale;
}

// The sign must touch the digits: "- 5" is more likely a list bullet than minus five.
const LEADING = new RegExp(`^([+-])?(${NUMERAL})([^]*)$`);

/** Every field written out (object spread here made each parse several times slower). */
function result(text: string, p: Partial<ParsedNumber>): ParsedNumber {
  return {
    text,
    value: p.value ?? null,
    unit: p.unit ?? null,
    warnings: p.warnings ?? [],
    error: p.error ?? null,
    suggestion: p.suggestion ?? null,
    estimate: p.estimate ?? false,
    currency: p.currency ?? null,
    per: p.per ?? null,
  };
}

function dateText(d: Date): string {
  return Number.isNaN(d.getTime()) ? "Invalid Date" : d.toISOString().slice(0, 10);
}

/** Suggests the quotient for "1/2" or "3:1" when both sides read cleanly. */
function fractionSuggestion(numerator: number | null, rest: string, locale: NumberLocale): Message | null {
  const m = new RegExp(`^[/:]\\s*(${NUMERAL})$`).exec(rest);
  if (!m || numerator === null) return null;
  const den = readNumeral(m[1], false, locale, m[1]).value;
  if (den === null || den === 0) return null;
  return msg("number.fractionFix", { example: formatNumber(numerator / den, { locale, maxDecimals: 4 }) });
}

/**
 * The words a value cell may start with: an estimate ("ước đạt", "dự kiến", "khoảng"), "đạt", and
 * a unit written first ("$7,900"). Null when the words say more (a bound, a range, a change).
 */
function valuePrefix(clean: string): Prefix | null {
  const r = readPrefix(clean, foldAligned(clean), 0);
  if (!r.ok) return null;
  const p = r.prefix;
  const more = p.comparators.length > 0 || p.from || p.movement !== null || p.steady || p.perYear;
  return more ? null : p;
}

function parseText(text: string, locale: NumberLocale): ParsedNumber {
  const clean = cleanText(text);
  if (clean === "") return result(text, {});
  const whole = wholeCellProblem(clean);
  if (whole) return result(text, whole);

  const prefix = valuePrefix(clean);
  const m = prefix ? LEADING.exec(clean.slice(prefix.end)) : null;
  if (!prefix || !m) return result(text, leadingTextProblem(clean, separatorsOf(locale).decimal));
  const [, sign, numeral, tail] = m;
  const rest = tail.trim();
  const before = prefix.unitBefore;
  const reading = before?.english
    ? readSignedAmount(numeral, sign === "-", locale, clean)
    : readNumeral(numeral, sign === "-", locale, clean);

  const unit = readUnit(rest, locale);
  // "16/1.000 trẻ đẻ sống" is a rate per population, not the fraction 16/1000.
  if (rest !== "" && !unit?.per) {
    const problem = trailingProblem(clean, rest);
    if (problem) {
      const suggestion =
        problem.error.code === "number.fraction" ? fractionSuggestion(reading.value, rest, locale) : problem.suggestion;
      return result(text, { error: problem.error, suggestion });
    }
  }
  if (!unit || (before && unit.unit !== null)) {
    const error = /\d/.test(rest) ? msg("number.several", { text: clean }) : msg("number.malformed", { text: clean });
    return result(text, { error, suggestion: msg("number.digitsFix") });
  }
  const { value, warnings, error, suggestion } = reading;
  if (value === null) return result(text, { error, suggestion });
  return result(text, {
    value,
    warnings,
    suggestion,
    unit: unit.unit ?? before?.text ?? null,
    estimate: prefix.estimate || prefix.approx,
    currency: unit.currency ?? (before ? currencyOf(before.text) : null),
    per: unit.per,
  });
}

// Text cells per locale (see memo.ts: results are shared, immutable).
const memos: Record<NumberLocale, TextMemo<ParsedNumber>> = { "vi-VN": textMemo(20_000), "en-US": textMemo(20_000) };
const parseVi = (s: string): ParsedNumber => parseTextCell(s, "vi-VN");
const parseEn = (s: string): ParsedNumber => parseTextCell(s, "en-US");

function parseTextCell(input: string, locale: NumberLocale): ParsedNumber {
  try {
    return parseText(nfc(input), locale);
  } catch {
    return result(input, { error: msg("number.malformed", { text: input }), suggestion: msg("number.retype") });
  }
}

/**
 * Typed numbers, memoised by value like text cells (a sheet repeats the same few hundred values
 * over its rows; String(x) of a fraction is not cheap). Zero is left out: 0 and -0 share a Map
 * key. Shared, immutable; bounded (dropped and refilled when full).
 */
const NUMBER_LIMIT = 20_000;
let typed = new Map<number, ParsedNumber>();

function typedNumber(x: number): ParsedNumber {
  let hit = typed.get(x);
  if (hit === undefined) {
    hit = { text: String(x), value: x, unit: null, warnings: [], error: null, suggestion: null, estimate: false, currency: null, per: null };
    if (typed.size >= NUMBER_LIMIT) typed = new Map();
    typed.set(x, hit);
  }
  return hit;
}

/**
 * Reads one number from a cell. See the module comment for the rules. Text and typed-number
 * cells are memoised: the result may be shared with other callers and must be treated as immutable.
 */
export function parseNumber(input: Cell | undefined, options?: NumberOptions): ParsedNumber {
  const locale = options?.locale ?? "vi-VN";
  if (typeof input === "string" && (locale === "vi-VN" || locale === "en-US")) {
    return memos[locale].get(input, locale === "vi-VN" ? parseVi : parseEn);
  }
  try {
    if (input === null || input === undefined) {
      return { text: "", value: null, unit: null, warnings: [], error: null, suggestion: null, estimate: false, currency: null, per: null };
    }
    if (typeof input === "number") {
      // The common case (a typed number), built literally: no spread on a hot path.
      if (Number.isFinite(input)) {
        if (input === 0) {
          return { text: "0", value: input, unit: null, warnings: [], error: null, suggestion: null, estimate: false, currency: null, per: null };
        }
        return typedNumber(input);
      }
      return result(String(input), { error: msg("number.notFinite", { text: String(input) }), suggestion: msg("number.retype") });
    }
    if (typeof input === "boolean") {
      return result(String(input), { error: msg("number.boolean", { text: String(input) }), suggestion: msg("number.retype") });
    }
    if (input instanceof Date) {
      const text = dateText(input);
      return result(text, { error: msg("number.date", { text }), suggestion: msg("number.dateFix") });
    }
    return parseText(nfc(String(input)), locale);
  } catch {
    // Defensive: the rules above are total, but a parser must never take a sheet down.
    const text = typeof input === "string" ? input : "";
    return result(text, { error: msg("number.malformed", { text }), suggestion: msg("number.retype") });
  }
}

export interface FormatNumberOptions {
  locale?: NumberLocale;
  /** Decimals kept at most (rounded; trailing zeros dropped). Default 6. */
  maxDecimals?: number;
}

/**
 * Writes a number the way parseNumber reads it: "6.100", "19,04", "-1.234,5" (vi-VN). Never
 * ambiguous: 1.234 becomes "1,2340" rather than "1,234". Non-finite values give "NaN"/"Infinity".
 */
export function formatNumber(value: number, options?: FormatNumberOptions): string {
  if (!Number.isFinite(value)) return String(value);
  const seps = separatorsOf(options?.locale ?? "vi-VN");
  const decimals = Math.min(20, Math.max(0, Math.floor(options?.maxDecimals ?? 6)));
  const abs = Math.abs(value);
  // toFixed switches to exponent form from 1e21; such doubles are integers anyway.
  const fixed = abs >= 1e21 ? BigInt(Math.round(abs)).toString() : abs.toFixed(decimals);
  const [int, frac = ""] = fixed.split(".");
  const fracDigits = frac.replace(/0+$/, "");
  const negative = value < 0 && /[1-9]/.test(int + fracDigits);
  return writeDigits(int, fracDigits, negative, seps);
}
