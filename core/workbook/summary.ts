import type { PatchOp } from "../patch";
import { buildSummary, summaryToPatch, type Summary } from "../summary";
import { fullCheck, type CheckOutcome, type ErrorReport, type NotesOf } from "./check";
import type { TrackingWorkbook } from "./open";
import { langOf, todayOf, type JobOptions } from "./options";
import { overviewOf, type Overview } from "./overview";
import { computeStatuses, statusMarks, type StatusResult } from "./statuses";

/** The summary model and the patch that writes the "Tổng hợp" sheet with its charts. */
export function summarize(
  wb: TrackingWorkbook,
  result: StatusResult,
  o: JobOptions & { notice?: string } = {},
): { summary: Summary; patch: PatchOp[] } {
  const names = new Map(wb.registry.agencies.map((a) => [a.id, a.name]));
  const rowIdAt = new Map<string, string>();
  for (const r of wb.indicatorRecords) if (r.rowId !== null) rowIdAt.set(`${wb.meta.indicatorLayout.sheet}\u0000${r.row}`, r.rowId);
  for (const r of wb.taskRecords) if (r.rowId !== null) rowIdAt.set(`${wb.meta.taskLayout.sheet}\u0000${r.row}`, r.rowId);
  const toCorrect = result.issues.errors.flatMap((issue) => {
    const rowId = rowIdAt.get(`${issue.sheet}\u0000${issue.row}`);
    if (rowId === undefined) return [];
    return [{ rowId, kind: issue.sheet === wb.meta.taskLayout.sheet ? ("task" as const) : ("indicator" as const), issue }];
  });
  const summary = buildSummary({
    plan: wb.plan,
    asOf: result.asOf,
    today: todayOf(o) ?? result.asOfDate,
    indicatorStatuses: result.current,
    taskStatuses: result.taskStatuses,
    observations: result.observations,
    progress: result.progress,
    agencyName: (id) => names.get(id) ?? id,
    toCorrect,
  });
  return { summary, patch: summaryToPatch(summary, { lang: langOf(wb, o), notice: o.notice }) };
}

/** The whole summary run, as one outcome. */
export interface SummaryOutcome {
  /** The full check made first (a summary is never built on unchecked data). */
  check: CheckOutcome;
  /** How many errors remain and where: said before the summary is written and again after. */
  errors: ErrorReport;
  result: StatusResult;
  overview: Overview;
  summary: Summary;
  /** Finding marks and status cells on the tracking sheets. */
  marks: PatchOp[];
  /** The "Tổng hợp" sheet with its charts. */
  sheet: PatchOp[];
  /** Both, marks first. */
  patch: PatchOp[];
}

/**
 * "Lập báo cáo tổng hợp": re-checks everything (pastes can bypass live checks), computes every
 * status with bad values held back, and writes the marks, the status columns and the summary.
 */
export function summaryJob(wb: TrackingWorkbook, o: JobOptions & { notice?: string }, notes: NotesOf): SummaryOutcome {
  const check = fullCheck(wb, o, notes);
  const result = computeStatuses(wb, o, undefined, check.findings);
  const built = summarize(wb, result, o);
  const marks = [...check.marks, ...statusMarks(wb, result)];
  return {
    check,
    errors: check.errors,
    result,
    overview: overviewOf(wb, result, o),
    summary: built.summary,
    marks,
    sheet: built.patch,
    patch: [...marks, ...built.patch],
  };
}
