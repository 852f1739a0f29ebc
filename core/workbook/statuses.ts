import { reportsFromRecords, statusPatch, type SheetRecord } from "../layout";
import type { Baseline, Finding, IndicatorStatus, Observation, TaskProgress, TaskStatus } from "../model";
import type { PatchOp } from "../patch";
import { indicatorStatusWithIssues, planStatuses, taskAsOfDate, taskStatusWithIssues } from "../status";
import { checkRows, checkWorkbook } from "./check";
import { cellIssuesOf, withoutBadValues, type CellIssues } from "./data-issues";
import type { TrackingWorkbook } from "./open";
import { reportingYearOf, todayOf, type JobOptions } from "./options";
import { overviewOf, type Overview } from "./overview";

export interface StatusResult {
  asOf: number;
  /** True when the year follows today's date (not a person's choice). */
  autoYear: boolean;
  /** As-of date of task statuses (yyyy-mm-dd). */
  asOfDate: string;
  /** Every indicator × milestone. */
  indicatorStatuses: IndicatorStatus[];
  /** One per indicator row: the milestone "as of" judges. */
  current: IndicatorStatus[];
  taskStatuses: TaskStatus[];
  /** What was reported, without the values held back for correction. */
  observations: Observation[];
  baselines: Baseline[];
  progress: TaskProgress[];
  /** Findings on the cells the statuses read: the errors are the cells to correct. */
  issues: CellIssues;
}

/** The day tasks are judged on for a reporting year (today while it runs, else 31/12). */
export const asOfDate = taskAsOfDate;

/** Rows to judge (all of them by default). */
export interface RowScope {
  indicatorRows?: readonly number[];
  taskRows?: readonly number[];
}

/** The records of the given rows (all of them when no rows are given). */
function pick<R extends SheetRecord<string>>(records: R[], rows?: readonly number[]): R[] {
  if (!rows) return records;
  const wanted = new Set(rows);
  return records.filter((r) => wanted.has(r.row));
}

/**
 * Statuses of the indicators and tasks of the given records (all of them by default), never
 * from a value with an error finding (docs/domain.md): those are held back, and the statuses
 * that would read them say "Số liệu cần sửa". `findings`: the rule findings already computed
 * for these rows (else they are computed here: row rules for some rows, everything for all).
 */
export function computeStatuses(wb: TrackingWorkbook, o: JobOptions = {}, only?: RowScope, findings?: readonly Finding[]): StatusResult {
  const year = reportingYearOf(wb, o);
  const asOf = year.year;
  const options = { ...o, asOf };
  const indicatorRecords = pick(wb.indicatorRecords, only?.indicatorRows);
  const taskRecords = pick(wb.taskRecords, only?.taskRows);
  const found =
    findings ??
    (only
      ? [...checkRows(wb, "indicators", indicatorRecords.map((r) => r.row), options), ...checkRows(wb, "tasks", taskRecords.map((r) => r.row), options)]
      : checkWorkbook(wb, options));
  const issues = cellIssuesOf(wb, found);
  const reports = withoutBadValues(reportsFromRecords(wb.plan, indicatorRecords, taskRecords, { locale: o.locale, asOf }), issues);
  const ids = (records: readonly SheetRecord<string>[]) => new Set(records.flatMap((r) => (r.rowId === null ? [] : [r.rowId])));
  const statuses = planStatuses(wb.plan, reports, {
    asOf,
    projection: o.projection ?? wb.meta.settings.projection,
    today: todayOf(o),
    only: { indicators: ids(indicatorRecords), tasks: ids(taskRecords) },
  });
  const judged = new Map<IndicatorStatus, IndicatorStatus>();
  const indicatorStatuses = statuses.indicators.map((s) => {
    const out = indicatorStatusWithIssues(s, issues.indicators.get(s.indicatorId) ?? []);
    judged.set(s, out);
    return out;
  });
  return {
    asOf,
    autoYear: year.auto,
    asOfDate: statuses.asOfDate,
    indicatorStatuses,
    current: statuses.current.map((s) => judged.get(s) ?? s),
    taskStatuses: statuses.tasks.map((s) => taskStatusWithIssues(s, issues.tasks.get(s.taskId) ?? [])),
    ...reports,
    issues,
  };
}

/**
 * Writes the computed columns (status per milestone, progress, task assessment) of both sheets,
 * in the workbook's own language whatever the person's: its conditional formats colour those labels.
 */
export function statusMarks(wb: TrackingWorkbook, result: StatusResult, only?: RowScope): PatchOp[] {
  const lang = wb.meta.settings.lang;
  return [
    ...statusPatch(wb.meta.indicatorLayout, pick(wb.indicatorRecords, only?.indicatorRows), result.indicatorStatuses, [], lang),
    ...statusPatch(wb.meta.taskLayout, pick(wb.taskRecords, only?.taskRows), [], result.taskStatuses, lang),
  ];
}

/** "Tính trạng thái", as one outcome: the statuses, their cells, and the overview counts. */
export interface StatusOutcome {
  result: StatusResult;
  /** The status columns of both sheets. */
  marks: PatchOp[];
  overview: Overview;
}

export function statusJob(wb: TrackingWorkbook, o: JobOptions = {}, findings?: readonly Finding[]): StatusOutcome {
  const result = computeStatuses(wb, o, undefined, findings);
  return { result, marks: statusMarks(wb, result), overview: overviewOf(wb, result, o) };
}
