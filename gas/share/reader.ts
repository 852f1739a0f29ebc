import { msg } from "../../core/i18n";
import { openShareMaster, type NoteLookup, type ShareMaster } from "../../core/share";
import type { SheetReader } from "../../core/workbook";
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

/**
 * The notes of a spreadsheet's cells, one getNotes per sheet, read when first asked for: a
 * conflict mark or a return note keeps a person's own note text.
 */
export function notesReader(ss: SpreadsheetApi): NoteLookup {
  const sheets = new Map<string, string[][] | null>();
  return (name, row, col) => {
    if (!sheets.has(name)) {
      const sheet = ss.getSheetByName(name);
      const rows = sheet?.getLastRow() ?? 0;
      const cols = sheet?.getLastColumn() ?? 0;
      sheets.set(name, sheet && rows > 0 && cols > 0 ? sheet.getRange(1, 1, rows, cols).getNotes() : null);
    }
    const text = sheets.get(name)?.[row]?.[col] ?? "";
    return text === "" ? null : text;
  };
}

/** The open spreadsheet as a sharing master, or a message saying what to do. */
export function openMaster(ss: SpreadsheetApi): { master: ShareMaster; read: SheetReader } {
  const { master, error } = openShareMaster(sheetReader(ss), { now: now() });
  if (!master) throw new UserError(error ?? msg("gas.noWorkbook"));
  return { master, read: master.read };
}
