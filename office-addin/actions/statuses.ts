/// <reference types="office-js" />
import type { Message } from "../../core/i18n";
import type { Finding } from "../../core/model";
import { statusJob, summaryJob, type ErrorReport, type Overview, type StatusResult, type Summary } from "../../core/workbook";
import { scanAnnotations } from "../excel/annotations";
import { applyPatch } from "../excel/apply-patch";
import { replaceFindings, type Session } from "../excel/session";
import { notesOfSession, sheetsToScan } from "./check-all";
import { applyEnv, jobOptions, queueOpen } from "./context";

export interface StatusRun {
  error: Message | null;
  result: StatusResult | null;
  /** The core's overview counts (the same in every host). */
  overview: Overview | null;
  findings: Finding[];
  summary: Summary | null;
  /** With the summary: how many errors remain and where. */
  errors: ErrorReport | null;
  syncs: number;
}

/**
 * Computes every status (the core's status job) and writes the computed columns; with
 * `summary`, runs the core's summary job instead: re-checks everything first (a summary is
 * never built on unchecked data), then also writes the "Tổng hợp" sheet with its charts,
 * calculation suspended during the write. Three requests: read, locate notes, write.
 */
export async function runStatuses(context: Excel.RequestContext, session: Session, options: { summary?: boolean } = {}): Promise<StatusRun> {
  let syncs = 0;
  const read = queueOpen(context, session);
  const scan = options.summary ? scanAnnotations(context, session.notes, sheetsToScan(session)) : null;
  await context.sync();
  syncs++;
  const opened = read.open();
  if (!opened.wb) return { error: opened.error, result: null, overview: null, findings: [], summary: null, errors: null, syncs };
  const wb = opened.wb;
  session.wb = wb;
  if (scan) {
    scan.locate();
    await context.sync();
    syncs++;
    scan.finish();
  }
  const o = jobOptions(session);
  if (!options.summary) {
    const outcome = statusJob(wb, o);
    syncs += await applyPatch(context, outcome.marks, applyEnv(session, read.state()));
    return { error: null, result: outcome.result, overview: outcome.overview, findings: session.findings, summary: null, errors: null, syncs };
  }
  const outcome = summaryJob(wb, o, notesOfSession(session, wb));
  replaceFindings(session, wb.meta.indicatorLayout.sheet, "all", outcome.check.findings);
  replaceFindings(session, wb.meta.taskLayout.sheet, "all", outcome.check.findings);
  syncs += await applyPatch(context, outcome.patch, applyEnv(session, read.state(), { suspendCalculation: true }));
  return {
    error: null,
    result: outcome.result,
    overview: outcome.overview,
    findings: outcome.check.findings,
    summary: outcome.summary,
    errors: outcome.errors,
    syncs,
  };
}
