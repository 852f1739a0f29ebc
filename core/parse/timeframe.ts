/**
 * Timeframe cells of task tables ("Thời gian thực hiện"): every form the plans use (BRIEF §2)
 * becomes a typed `Timeframe`; anything else is kept as `unknown` with a message saying which
 * forms are accepted. Total: never throws.
 *
 * Decision: a quarter ("Quý IV/2024") is read as a deadline at the quarter's last month
 * (month 12/2024), with a warning, because the model has no quarter kind and a task "in Q4"
 * is due when Q4 ends.
 */
import { cellText, isEmptyCell, type Cell } from "../grid";
import { msg, type Message } from "../i18n";
import type { ParsedTimeframe, Timeframe } from "../model/timeframe";
import { cleanText, nfc } from "../text";
import { matchTimeframeShape, timeframeKey, type TimeframeShape } from "./timeframe-patterns";

export { formatTimeframe } from "./timeframe-format";

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
    case "ongoing":
      return result(text, { kind: shape.kind });
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
    case "quarter": {
      const month = shape.quarter * 3;
      const warning = msg("timeframe.quarterAsMonth", { text: bodyText(cleaned), month, year: shape.year });
      return monthResult(text, shape.year, month, [warning]);
    }
  }
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
  // Spreadsheets turn "10/2024" into the 1st of that month; read it back as the month.
  const year = value.getUTCFullYear();
  const month = value.getUTCMonth() + 1;
  const warning = msg("timeframe.dateAsMonth", { date: text, month, year });
  return monthResult(text, year, month, [warning]);
}

function parseText(text: string): ParsedTimeframe {
  const cleaned = cleanText(text);
  const body = bodyText(cleaned);
  const conditional = CONDITIONAL.exec(body);
  if (conditional) {
    const trigger = body.slice(conditional[0].length).trim();
    if (trigger === "") {
      return unknown(text, msg("timeframe.emptyTrigger", { text: body }), msg("timeframe.triggerExample"));
    }
    return result(text, { kind: "conditional", trigger });
  }
  const shape = matchTimeframeShape(timeframeKey(cleaned));
  if (shape) return fromShape(text, cleaned, shape);
  return unknown(text, msg("timeframe.unknown", { text: cleaned }), msg("timeframe.acceptedForms"));
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
