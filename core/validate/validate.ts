import type { IndicatorRecord, TaskRecord } from "../layout";
import type { Finding } from "../model";
import { compareFindings, sortFindings } from "./finding";
import { planLookup } from "./plan-lookup";
import { RowView, type AnyRecord } from "./row-view";
import type { ViewRowRule, ViewSheetRule } from "./rule";
import { INDICATOR_ROW_RULES, INDICATOR_SHEET_RULES, TASK_ROW_RULES, TASK_SHEET_RULES } from "./rules";
import { SheetIndex } from "./sheet-index";
import type { ValidationContext } from "./types";

/** All row rules on one record, sharing one view so each cell is parsed once. */
function runRow<R extends AnyRecord>(rules: readonly ViewRowRule<R>[], view: RowView<R>, out: Finding[]): void {
  for (const rule of rules) rule.run(view, out);
}

/** Stable in-place insertion sort of out[from..]: a row gives a handful of findings. */
function sortTail(out: Finding[], from: number): void {
  for (let i = from + 1; i < out.length; i++) {
    const f = out[i];
    let j = i - 1;
    while (j >= from && compareFindings(out[j], f) > 0) {
      out[j + 1] = out[j];
      j--;
    }
    out[j + 1] = f;
  }
}

/** Merges two sorted lists; on ties `a` comes first, as a stable sort of a-then-b would give. */
function merge(a: Finding[], b: Finding[]): Finding[] {
  if (b.length === 0) return a;
  const out = new Array<Finding>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compareFindings(b[j], a[i]) < 0 ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/**
 * Row rules on every record, then the sheet rules; the result is sorted as `sortFindings` sorts.
 * Hosts hand records in grid order, so each row's few findings are sorted as they come and the
 * sheet findings merged in, instead of sorting hundreds of thousands of findings at the end.
 */
function runSheet<R extends AnyRecord>(
  row: readonly ViewRowRule<R>[],
  sheet: readonly ViewSheetRule<R>[],
  records: readonly R[],
  ctx: ValidationContext,
): Finding[] {
  const out: Finding[] = [];
  const lookup = planLookup(ctx.plan);
  let inOrder = true;
  let prevRow = -Infinity;
  let view: RowView<R> | null = null;
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (view === null) view = new RowView(record, ctx, lookup);
    view.reset(record, i);
    const from = out.length;
    runRow(row, view, out);
    if (out.length - from > 1) sortTail(out, from);
    // Two records on one row would interleave their findings: only strictly rising rows are in order.
    if (record.row <= prevRow) inOrder = false;
    prevRow = record.row;
  }
  const index = new SheetIndex(records, ctx, lookup);
  const fromSheet: Finding[] = [];
  for (const rule of sheet) rule.run(index, fromSheet);
  if (!inOrder) return sortFindings([...out, ...fromSheet]);
  return merge(out, sortFindings(fromSheet));
}

/** Row-level rules on one indicator row (live validation of an edit). */
export function validateIndicatorRow(record: IndicatorRecord, ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  runRow(INDICATOR_ROW_RULES, new RowView(record, ctx), out);
  return sortFindings(out);
}

/** Row-level rules on one task row. */
export function validateTaskRow(record: TaskRecord, ctx: ValidationContext): Finding[] {
  const out: Finding[] = [];
  runRow(TASK_ROW_RULES, new RowView(record, ctx), out);
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
