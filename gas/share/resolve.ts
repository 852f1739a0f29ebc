import { msg } from "../../core/i18n";
import { displayValue, Labels, openConflicts, resolveConflict, type ConflictData, type ShareMaster } from "../../core/share";
import { now } from "../clock";
import type { Env } from "../env";
import { langOf } from "../env";
import { UserError } from "../errors";
import { applyPatch } from "../host/apply-patch";
import { withDocumentLock } from "../lock";
import { notesReader, openMaster } from "./reader";
import type { Shown as Message } from "./store";

/** An open conflict as the sidebar lists it, with its two one-click resolutions. */
export interface ConflictView {
  id: number;
  sheet: string;
  row: string;
  column: string;
  base: string;
  master: string;
  value: string;
  agency: string;
  source: string;
}

export interface ResolveInput {
  id: number;
  take: "package" | "master";
  by: string;
  reason: string;
}

function views(master: ShareMaster, lang: "vi" | "en"): ConflictView[] {
  const labels = new Labels(master.workbook.plan);
  const shown = (v: ConflictData["value"]) => (v === null ? msg("share.change.empty")[lang] : displayValue(v));
  return openConflicts(master).map((c) => ({
    id: c.id,
    sheet: c.sheetKind === "indicators" ? master.workbook.meta.indicatorLayout.sheet : master.workbook.meta.taskLayout.sheet,
    row: c.rowId,
    column: labels.column(c.sheetKind, c.column, lang),
    base: shown(c.base),
    master: shown(c.master),
    value: shown(c.value),
    agency: c.agencyName,
    source: c.source,
  }));
}

/** The open conflicts of the "Xung đột" sheet. */
export function listConflicts(env: Env): { conflicts: ConflictView[] } {
  const { master } = openMaster(env.ss);
  return { conflicts: views(master, langOf(env)) };
}

/**
 * One click on a conflict: the core takes the agency's value or keeps the master's, unmarks the
 * cell and logs who decided and why; written under the document lock, like every sharing write.
 */
export function resolve(env: Env, input: ResolveInput): { message: Message; conflicts: ConflictView[] } {
  return withDocumentLock(env, () => {
    const lang = langOf(env);
    const { master } = openMaster(env.ss);
    const result = resolveConflict(master, { ...input, now: now(), lang, notes: notesReader(env.ss) });
    if (!result.patch) throw new UserError(result.error ?? msg("share.resolve.noSheet"));
    applyPatch({ app: env.svc.spreadsheetApp, spreadsheet: env.ss, properties: env.props, lang }, result.patch);
    const again = openMaster(env.ss).master;
    return { message: result.message ?? msg("share.resolve.noSheet"), conflicts: views(again, lang) };
  });
}
