import type { IndicatorRecord, TaskRecord } from "../layout";
import type { Finding } from "../model";
import { sortFindings } from "./finding";
import { planLookup, type PlanLookup } from "./plan-lookup";
import { RowView, type AnyRecord } from "./row-view";
import type { ViewRowRule } from "./rule";
import { INDICATOR_ROW_RULES, INDICATOR_SHEET_RULES, TASK_ROW_RULES, TASK_SHEET_RULES } from "./rules";
import type { SheetRule, ValidationContext } from "./types";

/** All row rules on one record, sharing one view so each cell is parsed once. */
function runRow<R extends AnyRecord>(
  rules: readonly ViewRowRule<R>[],
  record: R,
  ctx: ValidationContext,
  out: Finding[],
  lookup: PlanLookup = planLookup(ctx.plan),
): void {
  const view = new RowView(record, ctx, lookup);
  for (const rule of rules) rule.run(view, out);
}

function runSheet<R extends AnyRecord>(
  row: readonly ViewRowRule<R>[],
  sheet: readonly SheetRule<R>[],
  records: readonly R[],
  ctx: ValidationContext,
): Finding[] {
  const out: Finding[] = [];
  const lookup = planLookup(ctx.plan);
  for (const record of records) runRow(row, record, ctx, out, lookup);
  for (const rule of sheet) for (const f of rule.check(records, ctx)) out.push(f);
  return sortFindings(out);
}

/** Row-level rules on one indicator row (live validation of an edit). */
export function validateIndicatorRow(record: IndicatorRecord, ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  runRow(INDICATOR_ROW_RULES, record, ctx, out);
  return sortFindings(out);
}

/** Row-level rules on one task row. */
export function validateTaskRow(record: TaskRecord, ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  runRow(TASK_ROW_RULES, record, ctx, out);
  return sortFindings(out);
}

/** Every row rule on every row, then the sheet rules; sorted by row, then column. */
export function validateIndicatorSheet(records: readonly IndicatorRecord[], ctx: ValidationContext): Finding[] {
  return runSheet(INDICATOR_ROW_RULES, INDICATOR_SHEET_RULES, records, ctx);
}

export function validateTaskSheet(records: readonly TaskRecord[], ctx: ValidationContext): Finding[] {
  return runSheet(TASK_ROW_RULES, TASK_SHEET_RULES, records, ctx);
}

/** Both sheets, indicators first: the full re-check before a summary or a merge. */
export function validateAll(
  input: { indicators: readonly IndicatorRecord[]; tasks: readonly TaskRecord[] },
  ctx: ValidationContext,
): Finding[] {
  return [...validateIndicatorSheet(input.indicators, ctx), ...validateTaskSheet(input.tasks, ctx)];
}
