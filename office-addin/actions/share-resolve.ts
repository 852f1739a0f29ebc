/// <reference types="office-js" />
import { msg, type Message } from "../../core/i18n";
import { openConflicts, resolveConflict, type ConflictData } from "../../core/share";
import { applyPatch } from "../excel/apply-patch";
import type { Session } from "../excel/session";
import { applyEnv, openWorkbook } from "./context";
import { openMasterIn, probeCells, sessionNotes } from "./share-master";

export type ConflictsOutcome = { kind: "conflicts"; conflicts: ConflictData[] } | { kind: "error"; error: Message };
export type ResolveOutcome = { kind: "resolved"; message: Message; conflicts: ConflictData[] } | { kind: "error"; error: Message };

export interface ResolveRequest {
  id: number;
  take: "package" | "master";
  by: string;
  reason: string;
}

/** The open conflicts of the workbook's "Xung đột" sheet (one request). */
export async function listConflicts(context: Excel.RequestContext, session: Session): Promise<ConflictsOutcome> {
  const opened = await openMasterIn(context, session);
  if (!opened.master) return { kind: "error", error: opened.error ?? msg("excel.error.noWorkbook") };
  return { kind: "conflicts", conflicts: openConflicts(opened.master) };
}

/**
 * One click on a conflict: the master read in one request, the note of the conflict's cell probed
 * (so the person's own note is kept when the mark comes off), the core decides and the patch is
 * applied: the value taken or kept, the mark removed, the conflict row and "Nhật ký" updated with
 * who decided and why.
 */
export async function resolveInWorkbook(context: Excel.RequestContext, session: Session, request: ResolveRequest): Promise<ResolveOutcome> {
  const opened = await openMasterIn(context, session);
  if (!opened.master) return { kind: "error", error: opened.error ?? msg("excel.error.noWorkbook") };
  const master = opened.master;
  const target = openConflicts(master).find((c) => c.id === request.id);
  if (target) {
    const layout = target.sheetKind === "indicators" ? master.workbook.meta.indicatorLayout : master.workbook.meta.taskLayout;
    const records = target.sheetKind === "indicators" ? master.workbook.indicatorRecords : master.workbook.taskRecords;
    const row = records.find((r) => r.rowId === target.rowId)?.row;
    const col = layout.columns.find((c) => c.key === target.column)?.col;
    if (row !== undefined && col !== undefined) await probeCells(context, session, [{ sheet: layout.sheet, row, col }]);
  }
  const result = resolveConflict(master, { ...request, now: session.now(), lang: session.lang, notes: sessionNotes(session) });
  if (!result.patch) return { kind: "error", error: result.error ?? msg("share.resolve.noSheet") };
  await applyPatch(context, result.patch, applyEnv(session, opened.state));
  await openWorkbook(context, session);
  const after = await openMasterIn(context, session);
  return { kind: "resolved", message: result.message ?? msg("share.resolve.noSheet"), conflicts: after.master ? openConflicts(after.master) : [] };
}
