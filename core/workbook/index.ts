/**
 * The one door into the core for hosts (the Sheets add-on, the Excel add-in, the CLI): opening a
 * tracking workbook and the product's jobs on it, each with one outcome type. Hosts read once,
 * call a job, apply its patch; they import nothing below this folder's jobs (core/validate,
 * core/status and core/summary stay behind it; tests/architecture/door.test.ts checks).
 */
export { openTrackingWorkbook, openWithMeta } from "./open";
export type { TrackingWorkbook, SheetReader, OpenOptions } from "./open";
export { reportingYearOf, checkYear, todayOf } from "./options";
export type { JobOptions, ReportingYear } from "./options";
export { validationContextOf, checkWorkbook, checkRows, findingMarks, fullCheck, countFindings, errorReport, ERROR_CELLS_NAMED } from "./check";
export type { CheckOutcome, ErrorReport, FindingCounts, NotesOf } from "./check";
export { liveEdit } from "./live-edit";
export type { LiveEdit, LiveEditOutcome } from "./live-edit";
export { computeStatuses, statusMarks, statusJob, asOfDate } from "./statuses";
export type { StatusResult, StatusOutcome, RowScope } from "./statuses";
export { overviewOf, reportingYearLine } from "./overview";
export type { Overview, OverviewLine } from "./overview";
export { summarize, summaryJob } from "./summary";
export type { SummaryOutcome } from "./summary";
export type { CellIssues } from "./data-issues";
export { samplePatch } from "./sample";
export { trackInPlace } from "./in-place";
export type { InPlaceResult } from "./in-place";
export { planFromDocument, placeInDocument, documentReview, identityMissing } from "./document-plan";
export type { DocumentPlanResult, DocumentPlanOptions } from "./document-plan";
/** The clock: hosts pass `Date.now()`; stamps and "today" are Viet Nam's (core/period). */
export { vietnamDate, vietnamStamp, reportingPeriod } from "../period";
export type { ReportingPeriod } from "../period";
/** Status presentation (labels, colours, order) for hosts that show statuses: the one table in core/status. */
export {
  INDICATOR_STATUS_LOOK,
  TASK_STATUS_LOOK,
  INDICATOR_STATUS_ORDER,
  TASK_STATUS_ORDER,
  statusLabel,
  taskStatusLabel,
} from "../status";
export type { StatusLook } from "../status";
export type { Summary } from "../summary";
