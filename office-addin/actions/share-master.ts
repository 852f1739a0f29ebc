/// <reference types="office-js" />
import type { Grid } from "../../core/grid";
import { msg, type Message } from "../../core/i18n";
import { SHEETS } from "../../core/layout";
import { CONFLICT_SHEET, openShareMaster, SPLIT_SHEET, type NoteLookup, type ShareMaster } from "../../core/share";
import { openTrackingWorkbook } from "../../core/workbook";
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
  const first = await readMaster(context, session);
  // The metadata names other sheets than the last known ones (a recognised table): read those too.
  const opened = first.unread ? await readMaster(context, session) : first;
  if (opened.unread) return { master: null, error: msg("excel.error.noWorkbook"), state: opened.state };
  return { master: opened.master, error: opened.master ? null : (opened.error ?? msg("excel.error.noWorkbook")), state: opened.state };
}

async function readMaster(context: Excel.RequestContext, session: Session): Promise<OpenedMaster & { unread: boolean }> {
  const names = [...trackingSheets(session), ...SHARE_SHEETS];
  const grids = queueSheetValues(context, names);
  const state = queueWorkbookState(context, names);
  await context.sync();
  const got = grids();
  let unread = false;
  const { master, error } = openShareMaster((sheet) => {
    if (!got.has(sheet)) {
      unread = true;
      return [] as Grid;
    }
    return got.get(sheet) ?? null;
  }, { now: session.now() });
  if (master) session.wb = master.workbook;
  else if (unread) {
    // Learn the sheets the metadata names, so the second read asks for them.
    const { workbook } = openTrackingWorkbook((sheet) => (got.has(sheet) ? (got.get(sheet) ?? null) : []), { now: session.now() });
    if (workbook) session.wb = workbook;
  }
  return { master, error, state: state(), unread };
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
