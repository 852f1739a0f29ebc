/// <reference types="office-js" />
import { msg, type Message } from "../../core/i18n";
import { mergePackages, type MergeResult, type PackageInput } from "../../core/share";
import { applyPatch } from "../excel/apply-patch";
import type { Session } from "../excel/session";
import { applyEnv, openWorkbook } from "./context";
import { openMasterIn, probeCells, sessionNotes } from "./share-master";

export type MergeOutcome = { kind: "merged"; result: MergeResult } | { kind: "error"; error: Message };

/**
 * Consolidates returned packages into the open master: the master (tracking sheets, log,
 * conflicts, record of sent packages) is read in one request; the core merges three ways against
 * that record; the notes of the cells it marks as conflicts are probed (one request, only when
 * there are conflicts, so a person's note is kept) and the merge run again with them (it is pure);
 * the patch (log rows first, values, marks, the conflicts sheet, statuses and the summary) is
 * applied, and the workbook read again so live validation sees the new values.
 */
export async function consolidatePackages(
  context: Excel.RequestContext,
  session: Session,
  inputs: readonly PackageInput[],
): Promise<MergeOutcome> {
  const opened = await openMasterIn(context, session);
  if (!opened.master) return { kind: "error", error: opened.error ?? msg("excel.error.noWorkbook") };
  const master = opened.master;
  // One instant for both runs: the second gives the same result with the probed notes.
  const now = session.now();
  const merge = () => mergePackages(master, inputs, { now, lang: session.lang, notes: sessionNotes(session) });
  let result = merge();
  const tracking = new Set([master.workbook.meta.indicatorLayout.sheet, master.workbook.meta.taskLayout.sheet]);
  const cells = result.patch.flatMap((op) => (op.op === "setNotes" && tracking.has(op.sheet) ? [{ sheet: op.sheet, row: op.row, col: op.col }] : []));
  if (cells.length > 0) {
    await probeCells(context, session, cells);
    result = merge();
  }
  if (result.patch.length > 0) {
    await applyPatch(context, result.patch, applyEnv(session, opened.state));
    await openWorkbook(context, session);
  }
  return { kind: "merged", result };
}
