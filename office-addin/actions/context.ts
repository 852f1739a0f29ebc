/// <reference types="office-js" />
import type { Grid } from "../../core/grid";
import type { Message } from "../../core/i18n";
import { SHEETS } from "../../core/layout";
import { openTrackingWorkbook, type JobOptions, type TrackingWorkbook } from "../../core/workbook";
import { queueSheetValues } from "../excel/read-sheets";
import type { Session } from "../excel/session";
import { queueWorkbookState, type WorkbookState } from "../excel/workbook-state";
import type { ApplyEnv } from "../excel/apply-patch";

/** Options every job gets from the session: the host's clock (status cells are written in the workbook's language). */
export function jobOptions(session: Session): JobOptions {
  return { now: session.now() };
}

export function applyEnv(session: Session, state: WorkbookState, extra: Partial<ApplyEnv> = {}): ApplyEnv {
  return { caps: session.caps, state, notes: session.notes, budget: session.budget, journal: session.journal, lang: session.lang, ...extra };
}

/** The sheets a tracking workbook is read from: the meta sheet and the layouts' sheets. */
export function trackingSheets(session: Session): string[] {
  const meta = session.wb?.meta;
  return [SHEETS.meta, meta?.indicatorLayout.sheet ?? SHEETS.indicators, meta?.taskLayout.sheet ?? SHEETS.tasks];
}

export interface OpenRead {
  /** After the sync: the workbook (and which layout sheets were not read, if the meta moved them). */
  open(): { wb: TrackingWorkbook | null; error: Message | null; unread: string[] };
  state(): WorkbookState;
}

/**
 * Queues everything needed to open the tracking workbook into the caller's first request: the
 * meta sheet, the sheets the last known layout names (the defaults at first) and the workbook
 * state. If the meta names other sheets, `unread` lists them and the caller reads them once more.
 */
export function queueOpen(context: Excel.RequestContext, session: Session): OpenRead {
  const names = trackingSheets(session);
  const grids = queueSheetValues(context, names);
  const state = queueWorkbookState(context, names);
  let cached: Map<string, Grid | null> | null = null;
  return {
    state,
    open: () => {
      cached = cached ?? grids();
      const got = cached;
      const unread: string[] = [];
      const { workbook, error } = openTrackingWorkbook(
        (sheet) => {
          if (!got.has(sheet)) {
            unread.push(sheet);
            return [];
          }
          return got.get(sheet) ?? null;
        },
        { now: session.now() },
      );
      return { wb: workbook, error, unread };
    },
  };
}

/** Opens the workbook in one request (two when the layout moved to other sheets). */
export async function openWorkbook(
  context: Excel.RequestContext,
  session: Session,
): Promise<{ wb: TrackingWorkbook | null; error: Message | null; state: WorkbookState; syncs: number }> {
  const read = queueOpen(context, session);
  await context.sync();
  let syncs = 1;
  let result = read.open();
  let state = read.state();
  if (result.unread.length > 0 && result.wb) {
    // The metadata points at sheets not read yet (a recognised table on the user's own sheet).
    session.wb = result.wb;
    const again = queueOpen(context, session);
    await context.sync();
    syncs++;
    result = again.open();
    state = again.state();
  }
  session.wb = result.wb;
  return { wb: result.wb, error: result.error, state, syncs };
}
