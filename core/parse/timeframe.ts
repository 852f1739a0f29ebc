/**
 * Timeframe cells of task tables ("Thời gian thực hiện"): every form the plans use (years,
 * periods, months, quarters, half years, deadline dates, recurring and on-occurrence tasks,
 * conditions, programme reviews; docs/domain.md) becomes a typed `Timeframe`; anything else is
 * kept as `unknown` with a message saying which forms are accepted. Total: never throws.
 */
import { cellText, isEmptyCell, type Cell } from "../grid";
import { msg, type Message } from "../i18n";
import type { ParsedTimeframe, Timeframe } from "../model/timeframe";
import { cleanText, nfc } from "../text";
import { formatTimeframe } from "./timeframe-format";
import { isOnOccurrence, matchTimeframeShape, timeframeKey, type TimeframeShape } from "./timeframe-patterns";
import { proseCondition, readProse } from "./timeframe-prose";

export { formatTimeframe, timeframeYears } from "./timeframe-format";

/** Plausible years for a plan's timeframe. */
export const TIMEFRAME_MIN_YEAR = 1990;
export const TIMEFRAME_MAX_YEAR = 2100;

const CONDITIONAL = /^(?:ngay\s+)?(?:sau\s+)?khi(?:\s+|$)/i;

function result(
  text: string,
  timeframe: Timeframe,
  extra: Partial<Pick<ParsedTimeframe, "warnings" | "error" | "suggestion">> = {},
): ParsedTimeframe {
  return { text, timeframe, warnings: extra.warnings ?? [], error: extra.error ?? null, suggestion: extra.suggestion ?? null };
}

function unknown(text: string, error: Message, suggestion: Message): ParsedTimeframe {
  return result(text, { kind: "unknown" }, { error, suggestion });
}

function yearsError(text: string, years: number[]): ParsedTimeframe | null {
  const bad = years.find((y) => !Number.isInteger(y) || y < TIMEFRAME_MIN_YEAR || y > TIMEFRAME_MAX_YEAR);
  if (bad === undefined) return null;
  return unknown(
    text,
    msg("timeframe.yearOutOfRange", { year: bad, min: TIMEFRAME_MIN_YEAR, max: TIMEFRAME_MAX_YEAR }),
    msg("timeframe.checkYear"),
  );
}

/** Text after the leading bullet and without closing punctuation: what event texts keep. */
function bodyText(cleaned: string): string {
  return cleaned
    .replace(/^[-+•*]+\s*/, "")
    .replace(/[\s.,;:!]+$/, "")
    .trim();
}

function fromShape(text: string, cleaned: string, shape: TimeframeShape): ParsedTimeframe {
  switch (shape.kind) {
    case "annual":
    case "onOccurrence":
      return result(text, { kind: shape.kind });
    case "ongoing":
      return result(text, shape.report === null ? { kind: "ongoing" } : { kind: "ongoing", report: shape.report });
    case "recurring":
      return result(text, { kind: "recurring", every: shape.every });
    case "milestoneEvent":
      return result(text, { kind: "milestoneEvent", event: bodyText(cleaned) });
    case "annualFrom":
      return yearsError(text, [shape.from]) ?? result(text, { kind: "annualFrom", from: shape.from });
    case "period": {
      const bad = yearsError(text, [shape.from, shape.to]);
      if (bad) return bad;
      if (shape.from > shape.to) {
        return unknown(text, msg("timeframe.periodReversed", shape), msg("timeframe.periodSwap", shape));
      }
      return result(text, { kind: "period", from: shape.from, to: shape.to });
    }
    case "years": {
      const bad = yearsError(text, shape.years);
      if (bad) return bad;
      const unique = [...new Set(shape.years)].sort((a, b) => a - b);
      const warnings = shape.years
        .filter((y, i) => shape.years.indexOf(y) !== i)
        .filter((y, i, all) => all.indexOf(y) === i)
        .map((year) => msg("timeframe.duplicateYears", { year }));
      return result(text, { kind: "years", years: unique }, { warnings });
    }
    case "month":
      return monthResult(text, shape.year, shape.month, []);
    case "quarter":
      return yearsError(text, [shape.year]) ?? result(text, { kind: "quarter", year: shape.year, quarter: shape.quarter });
    case "half":
      return (shape.year === null ? null : yearsError(text, [shape.year])) ?? result(text, { kind: "half", year: shape.year, half: shape.half });
    case "deadline":
      return deadlineResult(text, shape.year, shape.month, shape.day, []);
  }
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** A deadline date, refused (not rolled over) when the day does not exist: 31/6, 29/2/2025. */
function deadlineResult(text: string, year: number, month: number, day: number, warnings: Message[]): ParsedTimeframe {
  const bad = yearsError(text, [year]);
  if (bad) return bad;
  const probe = new Date(Date.UTC(2000, month - 1, day));
  probe.setUTCFullYear(year, month - 1, day);
  if (month < 1 || month > 12 || day < 1 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return unknown(text, msg("timeframe.badDate", { day, month, year }), msg("timeframe.dateExample"));
  }
  return result(text, { kind: "deadline", date: `${pad(year, 4)}-${pad(month)}-${pad(day)}` }, { warnings });
}

function monthResult(text: string, year: number, month: number, warnings: Message[]): ParsedTimeframe {
  const bad = yearsError(text, [year]);
  if (bad) return bad;
  if (month < 1 || month > 12) {
    return unknown(text, msg("timeframe.monthOutOfRange", { month }), msg("timeframe.monthExample"));
  }
  return result(text, { kind: "month", year, month }, { warnings });
}

function parseNumber(text: string, value: number): ParsedTimeframe {
  if (!Number.isInteger(value)) {
    return unknown(text, msg("timeframe.unknown", { text }), msg("timeframe.acceptedForms"));
  }
  return yearsError(text, [value]) ?? result(text, { kind: "years", years: [value] });
}

function parseDate(text: string, value: Date): ParsedTimeframe {
  if (Number.isNaN(value.getTime())) {
    return unknown(text, msg("timeframe.unknown", { text }), msg("timeframe.acceptedForms"));
  }
  const year = value.getUTCFullYear();
  const month = value.getUTCMonth() + 1;
  const day = value.getUTCDate();
  // A typed date is a deadline; but spreadsheets turn "10/2024" into the 1st of that month, so a
  // 1st is read back as the month, with a warning saying so.
  if (day !== 1) return deadlineResult(text, year, month, day, []);
  const warning = msg("timeframe.dateAsMonth", { date: text, month, year });
  return monthResult(text, year, month, [warning]);
}

function parseText(text: string): ParsedTimeframe {
  const cleaned = cleanText(text);
  const body = bodyText(cleaned);
  const key = timeframeKey(cleaned);
  if (isOnOccurrence(key)) return result(text, { kind: "onOccurrence" });
  const conditional = CONDITIONAL.exec(body);
  if (conditional) {
    const trigger = body.slice(conditional[0].length).trim();
    if (trigger === "") {
      return unknown(text, msg("timeframe.emptyTrigger", { text: body }), msg("timeframe.triggerExample"));
    }
    return result(text, { kind: "conditional", trigger });
  }
  const shape = matchTimeframeShape(key);
  if (shape) return fromShape(text, cleaned, shape);
  return fromProse(text, cleaned) ?? unknown(text, msg("timeframe.unknown", { text: cleaned }), msg("timeframe.acceptedForms"));
}

/** A timeframe stated in a sentence: read, and said to be read, so a person can check it. */
function fromProse(text: string, cleaned: string): ParsedTimeframe | null {
  const trigger = proseCondition(cleaned);
  const shape = trigger === null ? readProse(text) : null;
  if (trigger === null && shape === null) return null;
  const read = trigger !== null ? result(text, { kind: "conditional", trigger }) : fromShape(text, cleaned, shape as TimeframeShape);
  if (read.error) return read;
  const reading = formatTimeframe(read.timeframe);
  return { ...read, warnings: [...read.warnings, msg("timeframe.fromProse", { reading, text: cleaned })] };
}

/** Reads a timeframe cell. Accent-, case-, space- and dash-insensitive; never throws. */
export function parseTimeframe(input: Cell | undefined): ParsedTimeframe {
  try {
    const text = nfc(cellText(input)).trim();
    if (isEmptyCell(input) || text === "") {
      return unknown(text, msg("timeframe.empty"), msg("timeframe.acceptedForms"));
    }
    if (typeof input === "number") return parseNumber(text, input);
    if (input instanceof Date) return parseDate(text, input);
    if (typeof input === "boolean") {
      return unknown(text, msg("timeframe.notText", { text }), msg("timeframe.acceptedForms"));
    }
    return parseText(text);
  } catch {
    // Defensive: a parser must stay total even on inputs no test imagined.
    const text = typeof input === "string" ? input : "";
    return unknown(text, msg("timeframe.unknown", { text }), msg("timeframe.acceptedForms"));
  }
}
