/**
 * Reading one numeral (digits with separators, sign given apart) under a sheet convention.
 * Shared by parseNumber and parseTarget so both apply exactly the same rules.
 */
import { msg, type Message } from "../i18n";

export type NumberLocale = "vi-VN" | "en-US";

export interface Separators {
  decimal: string;
  group: string;
}

export function separatorsOf(locale: NumberLocale): Separators {
  return locale === "en-US" ? { decimal: ".", group: "," } : { decimal: ",", group: "." };
}

/**
 * A numeral as it appears in cleaned text: digit runs joined by "." or "," or by a space that is
 * followed by exactly three digits (a thousands group). Interpretation is readNumeral's job, so
 * malformed forms ("1.23.456") are captured whole and reported, not silently cut.
 */
export const NUMERAL = String.raw`\d+(?:[.,]\d+| \d{3}(?!\d))*`;

export interface NumeralReading {
  value: number | null;
  warnings: Message[];
  error: Message | null;
  suggestion: Message | null;
  /** The numeral written correctly in the convention, when it was read with a warning. */
  rewritten: string | null;
}

/** Digits grouped by threes: "1234567" → "1.234.567" (leading zeros kept as written). */
export function groupDigits(digits: string, group: string): string {
  const out: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) out.unshift(digits.slice(Math.max(0, end - 3), end));
  return out.join(group);
}

/**
 * Writes digits in the convention, never ambiguously: a fraction of exactly three digits after a
 * short ungrouped non-zero integer part gets a trailing zero ("1,2340"), which means the same.
 */
export function writeDigits(intDigits: string, fracDigits: string, negative: boolean, seps: Separators): string {
  const int = intDigits.replace(/^0+(?=\d)/, "");
  let frac = fracDigits;
  if (frac.length === 3 && int.length <= 3 && Number(int) !== 0) frac += "0";
  const sign = negative ? "-" : "";
  return sign + groupDigits(int, seps.group) + (frac ? seps.decimal + frac : "");
}

interface Split {
  groups: string[];
  seps: string[];
}

function split(numeral: string): Split {
  const groups: string[] = [];
  const seps: string[] = [];
  for (const m of numeral.matchAll(/(\d+)|([., ])/g)) {
    if (m[1] !== undefined) groups.push(m[1]);
    else seps.push(m[2]);
  }
  return { groups, seps };
}

/** Groups joined by one kind of thousands separator: first 1–3 digits (no leading 0), then threes. */
function validGrouping(groups: string[], seps: string[]): boolean {
  if (seps.length === 0) return true;
  if (new Set(seps).size > 1) return false;
  const [first, ...rest] = groups;
  if (first.length > 3 || first.startsWith("0")) return false;
  return rest.every((g) => g.length === 3);
}

function finish(intDigits: string, fracDigits: string, negative: boolean, text: string): NumeralReading {
  const abs = Number(intDigits + (fracDigits ? "." + fracDigits : ""));
  if (!Number.isFinite(abs)) return fail(msg("number.notFinite", { text }), msg("number.retype"));
  const value = negative && abs !== 0 ? -abs : abs;
  return { value, warnings: [], error: null, suggestion: null, rewritten: null };
}

function fail(error: Message, suggestion: Message | null): NumeralReading {
  return { value: null, warnings: [], error, suggestion, rewritten: null };
}

function malformedGrouping(groups: string[], seps: Separators, text: string): NumeralReading {
  const digits = groups.join("").replace(/^0+(?=\d)/, "");
  return fail(
    msg("number.malformedGrouping", { text, group: seps.group, example: groupDigits(digits, seps.group) }),
    msg("number.groupingFix", {
      example: groupDigits(digits, seps.group),
      plain: digits,
      decimal: seps.decimal,
      decimalExample: `12${seps.decimal}5`,
    }),
  );
}

/** Reads the numeral as written in the other convention, if it is a clean number there. */
function readForeign(groups: string[], seps: string[], own: Separators): { int: string; frac: string } | null {
  // In the other convention our decimal separator groups thousands and our group mark is decimal.
  if (seps.includes(" ")) return null;
  const last = seps[seps.length - 1];
  const hasFrac = last === own.group;
  const intSeps = hasFrac ? seps.slice(0, -1) : seps;
  const intGroups = hasFrac ? groups.slice(0, -1) : groups;
  if (intSeps.length === 0 || intSeps.some((s) => s !== own.decimal)) return null;
  if (!validGrouping(intGroups, intSeps)) return null;
  return { int: intGroups.join(""), frac: hasFrac ? groups[groups.length - 1] : "" };
}

/**
 * Interprets an unsigned numeral (matching NUMERAL) under the locale. `text` is what messages
 * quote. Rules (vi-VN; en-US mirrored): "," decimal, "." or space between thousands groups;
 * a "." not followed by exactly three digits can only be a decimal point (read so, warned);
 * "1,234" (one comma, three digits, short non-zero integer part, no grouping) is ambiguous.
 */
export function readNumeral(numeral: string, negative: boolean, locale: NumberLocale, text: string): NumeralReading {
  const seps = separatorsOf(locale);
  const { groups, seps: marks } = split(numeral);
  const decimals = marks.filter((s) => s === seps.decimal).length;

  if (decimals === 0) {
    if (marks.length === 1 && marks[0] === seps.group && !validGrouping(groups, marks)) {
      // Cannot be a thousands group, so it can only be a decimal point.
      const [int, frac] = groups;
      const reading = finish(int, frac, negative, text);
      if (reading.value === null) return reading;
      const suggested = writeDigits(int, frac, negative, seps);
      reading.warnings.push(
        msg("number.groupSeparatorAsDecimal", { text, suggested, sep: seps.group, decimal: seps.decimal }),
      );
      reading.suggestion = msg("number.write", { suggested });
      reading.rewritten = suggested;
      return reading;
    }
    if (!validGrouping(groups, marks)) return malformedGrouping(groups, seps, text);
    return finish(groups.join(""), "", negative, text);
  }

  if (decimals === 1 && marks[marks.length - 1] === seps.decimal) {
    const intGroups = groups.slice(0, -1);
    const intMarks = marks.slice(0, -1);
    const frac = groups[groups.length - 1];
    if (!validGrouping(intGroups, intMarks)) return malformedGrouping(intGroups, seps, text);
    const int = intGroups.join("");
    if (intMarks.length === 0 && frac.length === 3 && int.length <= 3 && Number(int) !== 0) {
      const sign = negative ? "-" : "";
      const thousands = sign + String(Number(int + frac));
      const params = { text, sep: seps.decimal, thousands, intPart: sign + String(Number(int)), fracPart: frac };
      return fail(
        msg("number.ambiguous", params),
        msg("number.ambiguousFix", {
          ...params,
          thousandsText: writeDigits(int + frac, "", negative, seps),
          decimalText: writeDigits(int, frac, negative, seps),
        }),
      );
    }
    return finish(int, frac, negative, text);
  }

  const foreign = readForeign(groups, marks, seps);
  if (foreign) {
    return fail(
      msg("number.otherConvention", { text, decimal: seps.decimal, group: seps.group }),
      msg("number.write", { suggested: writeDigits(foreign.int, foreign.frac, negative, seps) }),
    );
  }
  return malformedGrouping(groups, seps, text);
}

const clean = (r: NumeralReading): boolean => r.value !== null && r.error === null && r.warnings.length === 0;

/**
 * Reads the numeral of an amount written after a currency sign that comes with English digits
 * ("$7,900"): in English notation when that reads cleanly, else in the sheet's own convention.
 * When the sheet would read it otherwise (or not at all), a warning says which reading was taken.
 */
export function readSignedAmount(numeral: string, negative: boolean, locale: NumberLocale, text: string): NumeralReading {
  const own = readNumeral(numeral, negative, locale, text);
  if (locale === "en-US" || clean(own)) return own;
  const english = readNumeral(numeral, negative, "en-US", text);
  if (!clean(english) || english.value === null) return own;
  const suggested = formatWith(english.value, separatorsOf(locale));
  return {
    ...english,
    warnings: [msg("number.englishAfterSign", { text, suggested })],
    suggestion: msg("number.write", { suggested }),
    rewritten: suggested,
  };
}

/** The value written in the convention (up to 6 decimals, never ambiguously). */
function formatWith(value: number, seps: Separators): string {
  const [int, frac = ""] = Math.abs(value).toFixed(6).split(".");
  return writeDigits(int, frac.replace(/0+$/, ""), value < 0, seps);
}
