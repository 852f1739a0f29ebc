/**
 * What converting a template source shares between the indicator and the task table: the agency
 * index, and the list of problems found (parse errors, unknown agency names), each anchored to
 * the source row it came from so the transcription or the registry can be fixed.
 */
import { describeUnknownAgencies, matchAgencies, toAgencyRef, type AgencyIndex } from "../agency";
import type { AgencyRef, Finding, ParsedTarget, ParsedTimeframe } from "../model";

export interface ConvertContext {
  index: AgencyIndex;
  problems: Finding[];
}

/** Source table a problem points into: `row` is the index in that array of the source file. */
export type SourceTable = "indicatorRows" | "taskRows" | "plan";

/** A message as stored in a finding (parsers hand theirs over in this stored shape). */
type Message = Finding["message"];

function push(
  ctx: ConvertContext,
  table: SourceTable,
  row: number,
  column: string,
  severity: Finding["severity"],
  message: Message,
  suggestion: Message | null,
): void {
  ctx.problems.push({ sheet: table, row, column, severity, code: message.code, message, suggestion });
}

/** Matches an agency cell; unknown parts become problems (with the closest names as suggestion). */
export function agencyRef(ctx: ConvertContext, raw: string, table: SourceTable, row: number, column: string): AgencyRef {
  const match = matchAgencies(raw, ctx.index);
  for (const u of describeUnknownAgencies(match)) push(ctx, table, row, column, "warning", u.error, u.suggestion);
  return toAgencyRef(match);
}

/** Records a parsed cell's error (severity error) and warnings. */
export function noteParse(
  ctx: ConvertContext,
  parsed: ParsedTarget | ParsedTimeframe,
  table: SourceTable,
  row: number,
  column: string,
): void {
  if (parsed.error) push(ctx, table, row, column, "error", parsed.error, parsed.suggestion);
  for (const w of parsed.warnings) push(ctx, table, row, column, "warning", w, parsed.suggestion);
}

export function noteInvalid(ctx: ConvertContext, message: Message, suggestion: Message | null): void {
  push(ctx, "plan", 0, "", "error", message, suggestion);
}

/** "2." → "2", "1.2" → "1.2": codes are printed with or without a final dot. */
export const stripDot = (code: string): string => code.trim().replace(/\.+$/, "");
