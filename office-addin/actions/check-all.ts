/// <reference types="office-js" />
import { layoutSpan } from "../../core/layout";
import type { Message } from "../../core/i18n";
import type { Finding } from "../../core/model";
import type { PatchOp } from "../../core/patch";
import { checkWorkbook, findingMarks, type TrackingWorkbook } from "../../core/workbook";
import { scanAnnotations } from "../excel/annotations";
import { applyPatch } from "../excel/apply-patch";
import { replaceFindings, type Session } from "../excel/session";
import { applyEnv, jobOptions, queueOpen, trackingSheets } from "./context";

export interface CheckResult {
  error: Message | null;
  findings: Finding[];
  /** Requests made (budget: 3). */
  syncs: number;
}

/** The finding marks of every row of both tracking sheets. */
export function allMarks(session: Session, wb: TrackingWorkbook, findings: readonly Finding[]): PatchOp[] {
  const ops: PatchOp[] = [];
  for (const kind of ["indicators", "tasks"] as const) {
    const layout = kind === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout;
    if (layout.columns.length === 0) continue;
    const rows = (kind === "indicators" ? wb.indicatorRecords : wb.taskRecords).map((r) => r.row);
    const span = layoutSpan(layout);
    ops.push(...findingMarks(wb, kind, rows, findings, session.notes.grid(layout.sheet, rows, span.col, span.cols), jobOptions(session)));
  }
  return ops;
}

/**
 * "Check everything": one request reads the workbook (and starts the note scan), one locates
 * the notes, one writes every mark. Pastes and multi-cell edits that bypassed live checks are
 * caught here; the task pane lists every finding.
 */
export async function checkEverything(context: Excel.RequestContext, session: Session): Promise<CheckResult> {
  let syncs = 0;
  const read = queueOpen(context, session);
  const scan = scanAnnotations(context, session.notes, sheetsToScan(session));
  await context.sync();
  syncs++;
  const opened = read.open();
  if (!opened.wb) return { error: opened.error, findings: [], syncs };
  const wb = opened.wb;
  session.wb = wb;
  if (scan) {
    scan.locate();
    await context.sync();
    syncs++;
    scan.finish();
  }
  const findings = [...wb.planFindings, ...checkWorkbook(wb, jobOptions(session))];
  syncs += await applyPatch(context, allMarks(session, wb, findings), applyEnv(session, read.state()));
  replaceFindings(session, wb.meta.indicatorLayout.sheet, "all", findings);
  replaceFindings(session, wb.meta.taskLayout.sheet, "all", findings);
  return { error: null, findings, syncs };
}

/** The tracking sheets whose notes matter (not the meta sheet). */
export function sheetsToScan(session: Session): string[] {
  return trackingSheets(session).slice(1);
}
