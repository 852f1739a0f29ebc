/**
 * What may follow a number as its unit, and what the unit says: "%", "người", "m2 sàn/người",
 * "%/năm" (a rate per year), "triệu đồng" (a currency), "giường bệnh/1 vạn dân" (a rate per
 * population). The unit is kept exactly as written and never used to scale the value. A unit never
 * holds a number of its own (that would be a second value read silently), except an exponent
 * glued to a letter ("m2", "m 2" from Word's superscript) and a per-population denominator.
 */
import type { PerPopulation } from "../model";
import { NUMERAL, readNumeral, type NumberLocale } from "./number-read";
import { alternation, containsWord, foldAligned, foldWord } from "./word-match";
import { CURRENCIES, KNOWN_UNITS, PER_WORDS, SCALES, STOP_WORDS } from "./words";

export type { PerPopulation };

export interface UnitReading {
  /** As written (trimmed), or null when nothing follows the value. */
  unit: string | null;
  /** ISO code when the unit names a currency ("đồng" → VND, "USD/người" → USD). */
  currency: string | null;
  per: PerPopulation | null;
  perYear: boolean;
}

export const NO_UNIT: UnitReading = Object.freeze({ unit: null, currency: null, per: null, perYear: false });

/**
 * Letters, %, ‰, ° or a currency sign first (or "/letters"), no comparator, no digit but exponents
 * glued to a letter.
 */
export function isUnitText(s: string): boolean {
  if (s === "") return false;
  if (!/^(?:[%‰°\p{L}\p{Sc}]|\/\s*\p{L})/u.test(s)) return false;
  // A comparator or a list separator says more than a unit ("%, duy trì hằng năm").
  if (/[<>≤≥=,;]/.test(s)) return false;
  const withoutExponents = s.replace(/(\p{L}) ?[23²³](?!\d)/gu, "$1");
  return !/(?:^|[^\p{L}\d])\d/u.test(withoutExponents);
}

/** A per-year rate written in the unit ("%/năm", "lần / năm"). */
export function isPerYearUnit(unit: string): boolean {
  return /\/\s*nam$/.test(foldAligned(unit).trim());
}

/** Units written on most rows, read once. */
const COMMON = new Map<string, UnitReading>(
  ["%", "‰", "người", "lần", "hộ", "xã", "%/năm"].map((u) => [u, Object.freeze({ unit: u, currency: null, per: null, perYear: u === "%/năm" })]),
);

const hasStopWord = containsWord(STOP_WORDS);

const scaleOf = new Map(SCALES.flatMap((s) => s.words.map((w) => [foldWord(w), s.means] as const)));
const SCALE = alternation(SCALES.flatMap((s) => s.words));
// "/" anywhere; a word ("trên", "mỗi") after a space: the space is part of the unit's head, trimmed.
const PER_SEP = PER_WORDS.map((w) => (w === "/" ? "\\/" : `(?:^|\\s)${foldWord(w)}\\s`)).join("|");
// The denominator: a numeral and/or a scale word, then one to four words naming the population.
const PER = new RegExp(`(?:${PER_SEP})\\s*(${NUMERAL})?\\s*(${SCALE})?\\s*(\\p{L}+(?: \\p{L}+){0,3})$`, "u");

function readPer(key: string, text: string, locale: NumberLocale): { at: number; per: PerPopulation } | null {
  const m = PER.exec(key);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  let value = 1;
  if (m[1] !== undefined) {
    const r = readNumeral(m[1], false, locale, m[1]);
    if (r.value === null || r.warnings.length > 0 || r.value <= 0) return null;
    value = r.value;
  }
  if (m[2] !== undefined) value *= scaleOf.get(m[2].replace(/\s+/g, " ")) ?? 1;
  const nounStart = m.index + m[0].length - m[3].length;
  return { at: m.index, per: { value, unit: text.slice(nounStart).trim() } };
}

const CURRENCY_WORDS = new Map(CURRENCIES.flatMap((c) => c.words.map((w) => [foldWord(w), c.code] as const)));
const CURRENCY = new RegExp(`^(?:(?:${SCALE})\\s*)?(${alternation(CURRENCIES.flatMap((c) => c.words))})$`, "u");

/** The currency a unit names in its first part ("triệu đồng/người/năm" → VND), or null. */
export function currencyOf(unit: string): string | null {
  const head = foldAligned(unit).split("/")[0].trim();
  const m = CURRENCY.exec(head);
  return m ? (CURRENCY_WORDS.get(m[1].replace(/\s+/g, " ")) ?? null) : null;
}

/** A unit split into what is counted ("giường bệnh") and its per-population denominator, if any. */
function splitUnit(unit: string, locale: NumberLocale): { head: string; per: PerPopulation | null } | null {
  const key = foldAligned(unit);
  const per = readPer(key, unit, locale);
  const head = per ? unit.slice(0, per.at).trim() : unit;
  if (head !== "" && (!isUnitText(head) || hasStopWord(per ? key.slice(0, per.at) : key))) return null;
  if (per && hasStopWord(foldAligned(per.per.unit))) return null;
  return { head, per: per?.per ?? null };
}

/**
 * Reads the text after a value as a unit, or null when it is more than a unit (a second number,
 * a comparator, a word such as "xuống" or "so với"). `locale` reads a denominator's numeral.
 */
export function readUnit(text: string, locale: NumberLocale): UnitReading | null {
  const unit = text.trim();
  if (unit === "") return NO_UNIT;
  const common = COMMON.get(unit);
  if (common) return common;
  const split = splitUnit(unit, locale);
  if (!split) return null;
  return { unit, currency: currencyOf(split.head || unit), per: split.per, perYear: isPerYearUnit(unit) };
}

const flat = (s: string): string => foldAligned(s).replace(/\s+/g, "");

/**
 * Whether two units are one unit written two ways: case, accents and spaces aside, a currency
 * by its sign or its code ("$", "USD", "đô la"), a denominator with or without its 1 ("giường
 * bệnh/vạn dân", "Giường bệnh / 1 vạn dân", "giường bệnh/10.000 dân"). Scales differ: "triệu
 * đồng" is not "đồng".
 */
export function sameUnit(a: string, b: string, locale: NumberLocale = "vi-VN"): boolean {
  return unitKey(a, locale) === unitKey(b, locale);
}

function unitKey(unit: string, locale: NumberLocale): string {
  const split = splitUnit(unit.trim(), locale);
  if (!split) return flat(unit);
  const [first, ...rest] = split.head.split("/");
  const m = CURRENCY.exec(foldAligned(first).trim());
  const code = m ? CURRENCY_WORDS.get(m[1].replace(/\s+/g, " ")) : undefined;
  const counted = code && m ? flat(first).slice(0, flat(first).length - flat(m[1]).length) + code : flat(first);
  const per = split.per ? `/${split.per.value}${flat(split.per.unit)}` : "";
  return [counted, ...rest.map(flat)].join("/") + per;
}

const known = new Set(KNOWN_UNITS.map(flat));

/**
 * A unit of the word table, a share, a currency, a rate per year or per population: what a
 * reader can tell is a unit without the row's unit column ("Đông Nam Á" after "≤ 3" is not one).
 */
export function isKnownUnit(unit: string, locale: NumberLocale = "vi-VN"): boolean {
  const r = readUnit(unit, locale);
  if (!r || r.unit === null) return false;
  if (/^[%‰]/.test(r.unit) || r.currency !== null || r.per !== null || r.perYear) return true;
  return r.unit.split("/").every((part) => known.has(flat(part)));
}
