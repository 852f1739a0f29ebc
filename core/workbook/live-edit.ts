import type { Grid } from "../grid";
import { planFromWorkbook, readRecords, type IndicatorRecord, type SheetKind, type TaskRecord } from "../layout";
import type { Finding, IndicatorStatus, TaskStatus } from "../model";
import type { PatchOp } from "../patch";
import { checkRows, findingMarks } from "./check";
import type { TrackingWorkbook } from "./open";
import type { JobOptions } from "./options";
import { computeStatuses, statusMarks } from "./statuses";

/** What a host read after an edit: the rows it re-read (a paste changes many), and their notes. */
export interface LiveEdit {
  kind: SheetKind;
  /** 0-based sheet rows re-read (data rows of the layout). */
  rows: readonly number[];
  /** Sheet-indexed grid holding at least those rows (other rows may be empty). */
  grid: Grid;
  /** notes[i][j]: the notes of rows[i] over the layout's columns, as read (a person's own are kept). */
  notes: readonly (readonly (string | null)[])[];
}

export interface LiveEditOutcome {
  sheet: string;
  rows: number[];
  /** Row rules on the edited rows, and the row's own plan problems (a row with content but no id). */
  findings: Finding[];
  /** The rows' recomputed statuses (bad values held back, as everywhere). */
  statuses: { indicators: IndicatorStatus[]; tasks: TaskStatus[] };
  /** Finding marks (fixed ones cleared) and the rows' status cells: one patch. */
  marks: PatchOp[];
}

/**
 * Plan problems that belong to a single row and can be seen from that row alone. Whole-sheet
 * ones (a duplicate id, a changed structure) need every row: the full check reports them.
 */
const ROW_PLAN_FINDINGS = new Set(["layout.row.noId"]);

/**
 * Live validation of an edit, the same in every host: the edited rows are read again from the
 * host's grid (the event's value is never trusted: pastes and multi-cell edits leave it empty),
 * checked with the row rules, marked, and their statuses recomputed and written.
 */
export function liveEdit(wb: TrackingWorkbook, edit: LiveEdit, o: JobOptions = {}): LiveEditOutcome {
  const layout = edit.kind === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout;
  const wanted = new Set(edit.rows);
  const records = readRecords(edit.grid, layout).filter((r) => wanted.has(r.row));
  const rows = [...wanted].sort((a, b) => a - b);
  // The opened workbook with just these rows read again: plan, agencies and settings stay as they are.
  const keep = <R extends { row: number }>(list: readonly R[]) => list.filter((r) => !wanted.has(r.row));
  const partial: TrackingWorkbook =
    edit.kind === "indicators"
      ? { ...wb, indicatorRecords: [...keep(wb.indicatorRecords), ...(records as IndicatorRecord[])].sort((a, b) => a.row - b.row) }
      : { ...wb, taskRecords: [...keep(wb.taskRecords), ...(records as TaskRecord[])].sort((a, b) => a.row - b.row) };
  const own = planFromWorkbook(
    wb.meta,
    edit.kind === "indicators" ? (records as IndicatorRecord[]) : [],
    edit.kind === "tasks" ? (records as TaskRecord[]) : [],
    wb.registry,
  ).findings.filter((f) => ROW_PLAN_FINDINGS.has(f.code) && wanted.has(f.row));
  const ruleFindings = checkRows(partial, edit.kind, rows, o);
  const findings = [...own, ...ruleFindings];
  const scope = edit.kind === "indicators" ? { indicatorRows: rows, taskRows: [] } : { indicatorRows: [], taskRows: rows };
  const result = computeStatuses(partial, o, scope, ruleFindings);
  const marks = [...findingMarks(partial, edit.kind, rows, findings, edit.notes, o), ...statusMarks(partial, result, scope)];
  return {
    sheet: layout.sheet,
    rows,
    findings,
    statuses: { indicators: result.indicatorStatuses, tasks: result.taskStatuses },
    marks,
  };
}
