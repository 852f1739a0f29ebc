/// <reference types="office-js" />
import { msg, type Message } from "../../core/i18n";
import type { ReportDocument } from "../../core/report";
import { annualReport } from "../../core/workbook";
import type { Session } from "../excel/session";
import { jobOptions, openWorkbook } from "./context";

export type ReportRun =
  | { kind: "error"; error: Message }
  | { kind: "report"; report: ReportDocument; year: number; indicators: number; tasks: number; notes: Message[]; syncs: number };

/**
 * The annual report of the open workbook: one read (two when the layout moved to other sheets),
 * then the core's job (full check, statuses, summary, report). Nothing is written to the
 * workbook; the task pane turns the document into a .docx to download.
 */
export async function annualReportOf(context: Excel.RequestContext, session: Session): Promise<ReportRun> {
  const opened = await openWorkbook(context, session);
  if (!opened.wb) return { kind: "error", error: opened.error ?? msg("excel.error.noWorkbook") };
  const outcome = annualReport(opened.wb, { ...jobOptions(session), lang: session.lang });
  return {
    kind: "report",
    report: outcome.report,
    year: outcome.result.asOf,
    indicators: outcome.summary.indicatorCount,
    tasks: outcome.summary.taskCount,
    notes: outcome.notes,
    syncs: opened.syncs,
  };
}
