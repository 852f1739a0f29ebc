import { msg, type Lang, type MessageCode } from "../i18n";
import type { PatchOp } from "../patch";
import { SHEETS } from "./columns";
import { LAYOUT_COLOURS } from "./style";

/** Columns of the change log ("Nhật ký"), in order: who changed what, when, from what to what. */
export const LOG_COLUMNS = ["time", "agency", "sheet", "row", "column", "old", "new", "source"] as const;
export type LogColumn = (typeof LOG_COLUMNS)[number];

const LOG_HEADER: Record<LogColumn, MessageCode> = {
  time: "layout.log.time",
  agency: "layout.log.agency",
  sheet: "layout.log.sheet",
  row: "layout.log.row",
  column: "layout.log.column",
  old: "layout.log.old",
  new: "layout.log.new",
  source: "layout.log.source",
};
const LOG_WIDTHS = [150, 200, 100, 60, 120, 180, 180, 160];

/**
 * The log sheet: header only. An existing log is kept (addSheet without replace): the audit
 * trail must survive re-creating the workbook. Protected with a warning only, because entries
 * are appended as the person who made the change.
 */
export function logSheetPatch(lang: Lang, index: number): PatchOp[] {
  const sheet = SHEETS.log;
  const cols = LOG_COLUMNS.length;
  return [
    { op: "addSheet", sheet, replace: false, hidden: false, index },
    { op: "setValues", sheet, row: 0, col: 0, values: [LOG_COLUMNS.map((c) => msg(LOG_HEADER[c])[lang])] },
    { op: "setFills", sheet, row: 0, col: 0, fills: [LOG_COLUMNS.map(() => LAYOUT_COLOURS.header)] },
    { op: "setFontStyles", sheet, row: 0, col: 0, styles: [LOG_COLUMNS.map(() => ({ bold: true, italic: false, color: null }))] },
    { op: "setColumnWidths", sheet, col: 0, widths: LOG_WIDTHS.slice(0, cols) },
    { op: "freeze", sheet, rows: 1, cols: 0 },
    { op: "protectSheet", sheet, description: msg("layout.protect.log")[lang], warningOnly: true },
  ];
}

/** The summary sheet before the first summary: one line saying how it gets filled. */
export function summaryPlaceholderPatch(lang: Lang, index: number): PatchOp[] {
  const sheet = SHEETS.summary;
  return [
    { op: "addSheet", sheet, replace: true, hidden: false, index },
    { op: "setValues", sheet, row: 0, col: 0, values: [[msg("layout.summaryPlaceholder")[lang]]] },
    { op: "setFontStyles", sheet, row: 0, col: 0, styles: [[{ bold: false, italic: true, color: LAYOUT_COLOURS.muted }]] },
  ];
}
