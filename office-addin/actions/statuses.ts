/// <reference types="office-js" />
import type { Message } from "../../core/i18n";
import type { Finding } from "../../core/model";
import type { Summary } from "../../core/summary";
import { checkWorkbook, computeStatuses, statusMarks, summarize, type StatusResult } from "../../core/workbook";
import { scanAnnotations } from "../excel/annotations";
import { applyPatch } from "../excel/apply-patch";
import { replaceFindings, type Session } from "../excel/session";
import { allMarks, sheetsToScan } from "./check-all";
import { applyEnv, jobOptions, queueOpen } from "./context";

export interface StatusRun {
  error: Message | null;
  result: StatusResult | null;
  findings: Finding[];
  summary: Summary | null;
  syncs: number;
}

/**
 * Computes every status and writes the computed columns; with `summary`, first re-checks
 * everything (a summary is never built on unchecked data), then also writes the "Tổng hợp"
 * sheet with its charts, calculation suspended during the write. Three requests: read, locate
 * notes, write.
 */
export async function runStatuses(context: Excel.RequestContext, session: Session, options: { summary?: boolean } = {}): Promise<StatusRun> {
  let syncs = 0;
  const read = queueOpen(context, session);
  const scan = scanAnnotations(context, session.notes, sheetsToScan(session));
  await context.sync();
  syncs++;
  const opened = read.open();
  if (!opened.wb) return { error: opened.error, result: null, findings: [], summary: null, syncs };
  const wb = opened.wb;
  session.wb = wb;
  if (scan) {
    scan.locate();
    await context.sync();
    syncs++;
    scan.finish();
  }
  const o = jobOptions(session);
  const result = computeStatuses(wb, o);
  const ops = statusMarks(wb, result, o);
  let findings: Finding[] = session.findings;
  let summary: Summary | null = null;
  if (options.summary) {
    findings = [...wb.planFindings, ...checkWorkbook(wb, o)];
    ops.unshift(...allMarks(session, wb, findings));
    const built = summarize(wb, result, o);
    summary = built.summary;
    ops.push(...built.patch);
    replaceFindings(session, wb.meta.indicatorLayout.sheet, "all", findings);
    replaceFindings(session, wb.meta.taskLayout.sheet, "all", findings);
  }
  syncs += await applyPatch(context, ops, applyEnv(session, read.state(), { suspendCalculation: options.summary === true }));
  return { error: null, result, findings, summary, syncs };
}
