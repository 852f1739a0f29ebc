import { keyYear, type SheetLayout, type SheetRecord } from "../layout";
import type { Baseline, Finding, Observation, StatusIssue, TaskProgress } from "../model";
import { a1 } from "../patch";
import type { ValueIssue } from "../status";
import type { TrackingWorkbook } from "./open";

/** Indicator cells a status reads besides the yearly values: they count for every milestone. */
const INDICATOR_CELLS = new Set(["baselineYear", "baselineValue", "assessment"]);
/** Task cells a status reads. */
const TASK_CELLS = new Set(["state", "percent", "completedOn", "triggeredOn"]);

/** Findings (errors and warnings) on the cells statuses read, by plan row id. */
export interface CellIssues {
  indicators: Map<string, ValueIssue[]>;
  tasks: Map<string, StatusIssue[]>;
  /** Every error on such a cell, in sheet order: the cells to correct. */
  errors: StatusIssue[];
}

function issueOf(f: Finding, layout: SheetLayout): StatusIssue | null {
  if (f.severity === "info") return null;
  const col = layout.columns.find((c) => c.key === f.column)?.col;
  if (col === undefined) return null;
  return {
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    cell: a1({ row: f.row, col, rows: 1, cols: 1 }),
    severity: f.severity,
    code: f.code,
    message: f.message,
  };
}

function rowIds(records: readonly SheetRecord<string>[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of records) if (r.rowId !== null) out.set(r.row, r.rowId);
  return out;
}

/** Which statuses the findings touch: errors hold them back, warnings are mentioned. */
export function cellIssuesOf(wb: TrackingWorkbook, findings: readonly Finding[]): CellIssues {
  const { indicatorLayout, taskLayout } = wb.meta;
  const indicatorRows = rowIds(wb.indicatorRecords);
  const taskRows = rowIds(wb.taskRecords);
  const out: CellIssues = { indicators: new Map(), tasks: new Map(), errors: [] };
  for (const f of findings) {
    if (f.sheet === indicatorLayout.sheet && indicatorLayout.columns.length > 0) {
      const year = f.column.startsWith("actual:") ? keyYear(f.column) : null;
      if (year === null && !INDICATOR_CELLS.has(f.column)) continue;
      const id = indicatorRows.get(f.row);
      const issue = id === undefined ? null : issueOf(f, indicatorLayout);
      if (id === undefined || issue === null) continue;
      const list = out.indicators.get(id) ?? [];
      list.push({ year, issue });
      out.indicators.set(id, list);
      if (issue.severity === "error") out.errors.push(issue);
    } else if (f.sheet === taskLayout.sheet && taskLayout.columns.length > 0 && TASK_CELLS.has(f.column)) {
      const id = taskRows.get(f.row);
      const issue = id === undefined ? null : issueOf(f, taskLayout);
      if (id === undefined || issue === null) continue;
      const list = out.tasks.get(id) ?? [];
      list.push(issue);
      out.tasks.set(id, list);
      if (issue.severity === "error") out.errors.push(issue);
    }
  }
  out.errors.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row || a.column.localeCompare(b.column) : a.sheet === indicatorLayout.sheet ? -1 : 1));
  return out;
}

/**
 * What agencies reported, without the values that have an error finding: a bad value is kept as
 * typed (`raw`, so completeness still sees that something was sent) but never read as a number,
 * an assessment, a baseline or a task's progress.
 */
export function withoutBadValues(
  reports: { observations: Observation[]; baselines: Baseline[]; progress: TaskProgress[] },
  issues: CellIssues,
): { observations: Observation[]; baselines: Baseline[]; progress: TaskProgress[] } {
  const bad = (list: readonly { issue: StatusIssue }[] | undefined, test: (i: StatusIssue) => boolean): boolean =>
    !!list && list.some((x) => x.issue.severity === "error" && test(x.issue));
  const observations = reports.observations.map((o) => {
    const list = issues.indicators.get(o.indicatorId);
    if (!list) return o;
    const value = bad(list, (i) => i.column === `actual:${o.year}`);
    const assessment = value || bad(list, (i) => i.column === "assessment");
    return value || assessment ? { ...o, value: value ? null : o.value, assessment: assessment ? null : o.assessment } : o;
  });
  const baselines = reports.baselines.filter((b) => !bad(issues.indicators.get(b.indicatorId), (i) => i.column.startsWith("baseline")));
  const progress = reports.progress.map((p) => {
    const list = issues.tasks.get(p.taskId)?.filter((i) => i.severity === "error");
    if (!list || list.length === 0) return p;
    const hit = new Set(list.map((i) => i.column));
    return {
      ...p,
      state: hit.has("state") ? null : p.state,
      percent: hit.has("percent") ? null : p.percent,
      completedOn: hit.has("completedOn") ? null : p.completedOn,
      triggeredOn: hit.has("triggeredOn") ? null : p.triggeredOn,
    };
  });
  return { observations, baselines, progress };
}
