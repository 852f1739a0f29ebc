import { msg } from "../../core/i18n";
import { openTrackingWorkbook, type SheetReader, type TrackingWorkbook } from "../../core/workbook";
import { now } from "../clock";
import { UserError } from "../errors";
import { toGrid } from "../host/cells";
import type { SpreadsheetApi } from "../host/surface";

/** Reads whole sheets of a spreadsheet (the master or a copy): one getValues per sheet. */
export function sheetReader(ss: SpreadsheetApi): SheetReader {
  return (name) => {
    const sheet = ss.getSheetByName(name);
    if (!sheet) return null;
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    if (rows === 0 || cols === 0) return [];
    return toGrid(sheet.getRange(1, 1, rows, cols).getValues());
  };
}

/** The open spreadsheet as a tracking workbook, or a message saying what to do. */
export function openMaster(ss: SpreadsheetApi): { workbook: TrackingWorkbook; read: SheetReader } {
  const read = sheetReader(ss);
  const { workbook, error } = openTrackingWorkbook(read, { now: now() });
  if (!workbook) throw new UserError(error ?? msg("gas.noWorkbook"));
  return { workbook, read };
}
