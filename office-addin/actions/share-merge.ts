/// <reference types="office-js" />
import { msg, type Message } from "../../core/i18n";
import { SHEETS } from "../../core/layout";
import { mergePackages, type MergeResult, type PackageInput } from "../../core/share";
import { applyPatch } from "../excel/apply-patch";
import { queueSheetValues } from "../excel/read-sheets";
import type { Session } from "../excel/session";
import { queueWorkbookState } from "../excel/workbook-state";
import { applyEnv, openWorkbook, queueOpen, trackingSheets } from "./context";

export type MergeOutcome = { kind: "merged"; result: MergeResult } | { kind: "error"; error: Message };

/**
 * Consolidates returned packages into the open master: the tracking sheets, the "Nhật ký" log and
 * the workbook state are read in one request, the core merges (every package re-checked; a
 * rejected one changes nothing), and the values and log rows are written through the patch
 * applier in one more (text that looks like a formula is written as text). The workbook is then
 * read again so live validation sees the new values: three requests in all.
 */
export async function consolidatePackages(
  context: Excel.RequestContext,
  session: Session,
  inputs: readonly PackageInput[],
  options: { now: string },
): Promise<MergeOutcome> {
  const read = queueOpen(context, session);
  const log = queueSheetValues(context, [SHEETS.log]);
  // The log sheet is protected once made: the applier must know to unprotect it first.
  const readState = queueWorkbookState(context, [...trackingSheets(session), SHEETS.log]);
  await context.sync();
  let { wb, error, unread } = read.open();
  if (wb && unread.length > 0) {
    // The meta names other sheets than the last known ones: read those too.
    ({ wb, error } = await openWorkbook(context, session));
  }
  if (!wb) return { kind: "error", error: error ?? msg("excel.error.noWorkbook") };
  session.wb = wb;
  const state = readState();
  const result = mergePackages(wb, inputs, { now: options.now, log: log().get(SHEETS.log) ?? null, lang: session.lang });
  if (result.patch.length > 0) {
    await applyPatch(context, result.patch, applyEnv(session, state));
    await openWorkbook(context, session);
  }
  return { kind: "merged", result };
}
