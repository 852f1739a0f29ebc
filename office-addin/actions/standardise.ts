/// <reference types="office-js" />
import { msg, type Message } from "../../core/i18n";
import { SHEETS } from "../../core/layout";
import { fullCheck, keptLines, standardiseNumbers, type StandardiseOutcome } from "../../core/workbook";
import { scanAnnotations } from "../excel/annotations";
import { applyPatch } from "../excel/apply-patch";
import { queueSheetValues } from "../excel/read-sheets";
import { replaceFindings, type Session } from "../excel/session";
import { notesOfSession, sheetsToScan } from "./check-all";
import { applyEnv, jobOptions, queueOpen } from "./context";

export type StandardiseRun =
  | { kind: "error"; error: Message }
  | { kind: "done"; outcome: StandardiseOutcome; lines: Message[]; syncs: number };

/**
 * "Chuẩn hóa số liệu" in Excel: one request reads the workbook and its log (and starts the note
 * scan), one locates the notes, one writes the numbers, the log rows and the marks checked again.
 */
export async function standardiseInExcel(context: Excel.RequestContext, session: Session): Promise<StandardiseRun> {
  let syncs = 0;
  const read = queueOpen(context, session);
  const log = queueSheetValues(context, [SHEETS.log]);
  const scan = scanAnnotations(context, session.notes, sheetsToScan(session));
  await context.sync();
  syncs++;
  const opened = read.open();
  if (!opened.wb) return { kind: "error", error: opened.error ?? msg("excel.error.noWorkbook") };
  if (scan) {
    scan.locate();
    await context.sync();
    syncs++;
    scan.finish();
  }
  const o = jobOptions(session);
  const outcome = standardiseNumbers(opened.wb, log().get(SHEETS.log) ?? null, o);
  const check = fullCheck(outcome.after, o, notesOfSession(session, outcome.after));
  syncs += await applyPatch(context, [...outcome.patch, ...check.marks], applyEnv(session, read.state()));
  session.wb = outcome.after;
  replaceFindings(session, outcome.after.meta.indicatorLayout.sheet, "all", check.findings);
  replaceFindings(session, outcome.after.meta.taskLayout.sheet, "all", check.findings);
  return { kind: "done", outcome, lines: [outcome.message, ...keptLines(outcome)], syncs };
}
