/// <reference types="office-js" />
import { layoutSpan } from "../../core/layout";
import type { Message } from "../../core/i18n";
import type { Finding } from "../../core/model";
import { fullCheck, type CheckOutcome, type NotesOf, type TrackingWorkbook } from "../../core/workbook";
import { scanAnnotations } from "../excel/annotations";
import { applyPatch } from "../excel/apply-patch";
import { replaceFindings, type Session } from "../excel/session";
import { applyEnv, jobOptions, queueOpen, trackingSheets } from "./context";

export interface CheckResult {
  error: Message | null;
  /** The core's full-check outcome (findings, counts, errors left and where). */
  outcome: CheckOutcome | null;
  findings: Finding[];
  /** Requests made (budget: 3). */
  syncs: number;
}

/** The notes the session knows, as the core's jobs take them (a person's own notes are kept). */
export function notesOfSession(session: Session, wb: TrackingWorkbook): NotesOf {
  return (kind, rows) => {
    const layout = kind === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout;
    const span = layoutSpan(layout);
    return session.notes.grid(layout.sheet, rows, span.col, span.cols);
  };
}

/**
 * "Check everything": one request reads the workbook (and starts the note scan), one locates
 * the notes, one writes every mark of the core's full check. Pastes and multi-cell edits that
 * bypassed live checks are caught here; the task pane lists every finding.
 */
export async function checkEverything(context: Excel.RequestContext, session: Session): Promise<CheckResult> {
  let syncs = 0;
  const read = queueOpen(context, session);
  const scan = scanAnnotations(context, session.notes, sheetsToScan(session));
  await context.sync();
  syncs++;
  const opened = read.open();
  if (!opened.wb) return { error: opened.error, outcome: null, findings: [], syncs };
  const wb = opened.wb;
  session.wb = wb;
  if (scan) {
    scan.locate();
    await context.sync();
    syncs++;
    scan.finish();
  }
  const outcome = fullCheck(wb, jobOptions(session), notesOfSession(session, wb));
  syncs += await applyPatch(context, outcome.marks, applyEnv(session, read.state()));
  replaceFindings(session, wb.meta.indicatorLayout.sheet, "all", outcome.findings);
  replaceFindings(session, wb.meta.taskLayout.sheet, "all", outcome.findings);
  return { error: null, outcome, findings: outcome.findings, syncs };
}

/** The tracking sheets whose notes matter (not the meta sheet). */
export function sheetsToScan(session: Session): string[] {
  return trackingSheets(session).slice(1);
}
