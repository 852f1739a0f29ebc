/// <reference types="office-js" />
import { msg, type Lang, type Message } from "../../core/i18n";
import { metaPatch } from "../../core/layout";
import type { Projection } from "../../core/model";
import { checkYear, reportingYearOf } from "../../core/workbook";
import { a1 } from "../../core/patch";
import { applyPatch, PROTECTION_OPTIONS } from "../excel/apply-patch";
import type { Session } from "../excel/session";
import { hasSheet, queueWorkbookState } from "../excel/workbook-state";
import { applyEnv, openWorkbook } from "./context";

/** The settings a person saves in the task pane; `asOf` null: automatic (the year being prepared today). */
export interface PaneSettings {
  asOf: number | null;
  lang: Lang;
  projection: Projection;
}

/**
 * Saves the workbook settings (reporting year, language, projection) into the meta sheet. A year
 * outside the plan is refused with the core's message (the plan's years in it).
 */
export async function saveSettings(context: Excel.RequestContext, session: Session, settings: PaneSettings): Promise<{ error: Message | null }> {
  const opened = await openWorkbook(context, session);
  if (!opened.wb) return { error: opened.error ?? msg("excel.error.noWorkbook") };
  if (settings.asOf !== null) {
    const problem = checkYear(opened.wb, settings.asOf);
    if (problem) return { error: problem };
  }
  const stored = opened.wb.meta.settings;
  const meta = {
    ...opened.wb.meta,
    settings: {
      asOf: settings.asOf ?? stored.asOf,
      yearMode: settings.asOf === null ? ("auto" as const) : ("fixed" as const),
      lang: settings.lang,
      projection: settings.projection,
    },
  };
  await applyPatch(context, metaPatch(meta, settings.lang), applyEnv(session, opened.state));
  session.lang = settings.lang;
  // The session's workbook with the new settings; an automatic year is the year being prepared today.
  const year = reportingYearOf({ meta }, { now: session.now() }).year;
  session.wb = { ...opened.wb, meta: { ...meta, settings: { ...meta.settings, asOf: year } } };
  return { error: null };
}

/**
 * Locks or unlocks the tracking sheets. The locked cells (structural and computed columns) were
 * set when the sheets were made; this only switches the sheet protection (ExcelApi 1.2).
 */
export async function setStructureLock(context: Excel.RequestContext, session: Session, on: boolean): Promise<{ error: Message | null }> {
  const wb = session.wb;
  if (!wb) return { error: msg("excel.error.noWorkbook") };
  const names = [...new Set([wb.meta.indicatorLayout.sheet, wb.meta.taskLayout.sheet])];
  const readState = queueWorkbookState(context, names);
  await context.sync();
  const state = readState();
  for (const name of names) {
    if (!hasSheet(state, name)) continue;
    const protection = context.workbook.worksheets.getItem(name).protection;
    const isOn = state.protectedSheets.has(name);
    if (on && !isOn) protection.protect(PROTECTION_OPTIONS);
    if (!on && isOn) protection.unprotect();
  }
  await context.sync();
  return { error: null };
}

/** Click-to-select: shows the cell of a finding. */
export async function selectCell(context: Excel.RequestContext, sheet: string, row: number, col: number): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(a1({ row, col, rows: 1, cols: 1 })).select();
  await context.sync();
}
