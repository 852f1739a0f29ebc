import type { IndicatorRecord, TaskRecord } from "../layout";
import * as num from "./indicator-number-rules";
import * as ind from "./indicator-row-rules";
import * as indSheet from "./indicator-sheet-rules";
import { rowIdDuplicate, rowIdUnknown, rowMissing } from "./sheet-common";
import * as task from "./task-row-rules";
import * as taskSheet from "./task-sheet-rules";
import type { ViewRowRule, ViewSheetRule } from "./rule";
import type { Rule, RuleScope } from "./types";

/**
 * The rule tables. Adding a check means adding an entry here; every entry has a stable code,
 * a severity, the columns it reads and its catalogue message `validation.<code>`.
 */

/** Row rules of the indicator sheet (internal form: they can share one parse of the row). */
export const INDICATOR_ROW_RULES: readonly ViewRowRule<IndicatorRecord>[] = [
  num.actualNotANumber,
  num.actualPlaceholder,
  num.baselineNotANumber,
  num.valueAmbiguous,
  num.valueStyle,
  num.percentOutOfRange,
  num.unitMismatch,
  num.actualYearOutsidePlan,
  num.actualFutureYear,
  num.implausibleJump,
  num.useAssessment,
  ind.baselineYearInvalid,
  ind.baselineAfterReporting,
  ind.baselineIncomplete,
  ind.targetUnparseable,
  ind.targetDiffersFromPlan,
  ind.targetLessAmbitious,
  ind.directionUnknown,
  ind.assessmentUnknown,
  ind.indicatorAgencyUnknown,
];

export const INDICATOR_SHEET_RULES: readonly ViewSheetRule<IndicatorRecord>[] = [
  indSheet.indicatorCodeDuplicate,
  indSheet.indicatorOrphan,
  rowMissing<IndicatorRecord>("indicator", "validation.indicator.row.missing"),
  rowIdDuplicate<IndicatorRecord>("indicator", "validation.indicator.rowId.duplicate"),
  rowIdUnknown<IndicatorRecord>("indicator", "validation.indicator.rowId.unknown"),
];

export const INDICATOR_RULES: readonly Rule<IndicatorRecord>[] = [...INDICATOR_ROW_RULES, ...INDICATOR_SHEET_RULES];

export const TASK_ROW_RULES: readonly ViewRowRule<TaskRecord>[] = [
  task.stateUnknown,
  task.percentNotANumber,
  task.percentOutOfRange,
  task.doneWithoutDate,
  task.completedOnInvalid,
  task.completedOnFuture,
  task.fullButNotDone,
  task.doneBelow100,
  task.evidenceMissing,
  task.timeframeUnparseable,
  task.timeframeDiffers,
  task.taskAgencyUnknown,
];

export const TASK_SHEET_RULES: readonly ViewSheetRule<TaskRecord>[] = [
  taskSheet.taskCodeDuplicate,
  rowMissing<TaskRecord>("task", "validation.task.row.missing"),
  rowIdDuplicate<TaskRecord>("task", "validation.task.rowId.duplicate"),
  rowIdUnknown<TaskRecord>("task", "validation.task.rowId.unknown"),
];

export const TASK_RULES: readonly Rule<TaskRecord>[] = [...TASK_ROW_RULES, ...TASK_SHEET_RULES];

function reads(rule: { columns: readonly string[] }, key: string): boolean {
  const colon = key.indexOf(":");
  const star = colon < 0 ? null : key.slice(0, colon) + ":*";
  return rule.columns.some((c) => c === key || c === star);
}

/** The rules an edit of column `key` ("actual:2026", "state") can change the outcome of. */
export function rulesForColumn(scope: "indicator", key: string): readonly Rule<IndicatorRecord>[];
export function rulesForColumn(scope: "task", key: string): readonly Rule<TaskRecord>[];
export function rulesForColumn(scope: RuleScope, key: string): readonly (Rule<IndicatorRecord> | Rule<TaskRecord>)[] {
  return scope === "indicator"
    ? INDICATOR_RULES.filter((r) => reads(r, key))
    : TASK_RULES.filter((r) => reads(r, key));
}
