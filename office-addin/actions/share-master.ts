/// <reference types="office-js" />
import type { Grid } from "../../core/grid";
import { msg, type Message } from "../../core/i18n";
import { SHEETS } from "../../core/layout";
import { CONFLICT_SHEET, openShareMaster, SPLIT_SHEET, type NoteLookup, type ShareMaster } from "../../core/share";
import { queueSheetValues } from "../excel/read-sheets";
import type { Session } from "../excel/session";
import { queueWorkbookState, type WorkbookState } from "../excel/workbook-state";
import { probeNotes } from "../excel/annotations";
import { trackingSheets } from "./context";

/** The sheets sharing reads and writes besides the tracking sheets: the log, the conflicts, the record of packages sent. */
const SHARE_SHEETS = [SHEETS.log, CONFLICT_SHEET, SPLIT_SHEET];

export interface OpenedMaster {
  master: ShareMaster | null;
  error: Message | null;
  state: WorkbookState;
}

/**
 * Opens the workbook as a sharing master: the tracking sheets, the log, the conflicts sheet and
 * the record of sent packages read in one request (two when the metadata names other sheets),
 * with the protection state of every sheet the patch may write. Refused, with the core's message,
 * when its metadata contradicts its sheets or its record is damaged.
 */
export async function openMasterIn(context: Excel.RequestContext, session: Session): Promise<OpenedMaster> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const names = [...trackingSheets(session), ...SHARE_SHEETS];
    const grids = queueSheetValues(context, names);
    const state = queueWorkbookState(context, names);
    await context.sync();
    const got = grids();
    const unread: string[] = [];
    const { master, error } = openShareMaster((sheet) => {
      if (!got.has(sheet)) {
        unread.push(sheet);
        return [] as Grid;
      }
      return got.get(sheet) ?? null;
    });
    if (master) session.wb = master.workbook;
    if (unread.length === 0 || !master) return { master: unread.length === 0 ? master : null, error: error ?? (master ? null : msg("excel.error.noWorkbook")), state: state() };
  }
  return { master: null, error: msg("excel.error.noWorkbook"), state: { sheets: [], protectedSheets: new Set() } };
}

/** Cells to look at, by sheet: their notes are probed in one request (notes mode) so a mark keeps a person's note. */
export async function probeCells(context: Excel.RequestContext, session: Session, cells: readonly { sheet: string; row: number; col: number }[]): Promise<void> {
  if (cells.length === 0 || session.notes.mode !== "notes") return;
  const done = cells.map((c) => probeNotes(context, session.notes, c.sheet, [c.row], c.col, 1));
  await context.sync();
  for (const f of done) f();
}

/** The notes the session knows, as the core looks them up. */
export const sessionNotes = (session: Session): NoteLookup => (sheet, row, col) => session.notes.get(sheet, row, col)?.content ?? null;
