import { msg, type Message } from "../i18n";
import { buildReport, reportParties, type ReportDocument, type ReportInput } from "../report";
import type { Summary } from "../summary";
import type { TrackingWorkbook } from "./open";
import { langOf, todayOf, type JobOptions } from "./options";
import { computeStatuses, type StatusResult } from "./statuses";
import { summarize } from "./summary";

export interface ReportOutcome {
  report: ReportDocument;
  summary: Summary;
  /** Statuses after the full check (a report is never written from unchecked data). */
  result: StatusResult;
  /** What the person should know before sending it (values held back, a reporting body to choose). */
  notes: Message[];
}

/**
 * "Lập báo cáo năm": the full check and every status (values with an error held back), the
 * summary, then the annual report document built from their outcome.
 */
export function annualReport(wb: TrackingWorkbook, o: JobOptions = {}): ReportOutcome {
  const result = computeStatuses(wb, o);
  const { summary } = summarize(wb, result, o);
  const input: ReportInput = {
    plan: wb.plan,
    lang: langOf(wb, o),
    asOf: result.asOf,
    today: todayOf(o) ?? result.asOfDate,
    summary,
    current: result.current,
    taskStatuses: result.taskStatuses,
    observations: result.observations,
    progress: result.progress,
    heldBack: result.issues.indicators,
    agencies: wb.agencies,
  };
  const report = buildReport(input);
  const notes: Message[] = [];
  if (result.issues.errors.length > 0) notes.push(msg("report.withErrors", { count: result.issues.errors.length }));
  const parties = reportParties(input);
  if (parties.candidates.length > 0) notes.push(msg("report.toChoose", { coordinator: wb.plan.coordinator, names: parties.candidates.join(", ") }));
  return { report, summary, result, notes };
}
