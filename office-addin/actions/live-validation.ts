/// <reference types="office-js" />
import { layoutSpan, type SheetLayout } from "../../core/layout";
import type { Finding, IndicatorStatus, TaskStatus } from "../../core/model";
import { a1, parseA1, type Range } from "../../core/patch";
import { liveEdit } from "../../core/workbook";
import { probeNotes } from "../excel/annotations";
import { applyPatch } from "../excel/apply-patch";
import { queueBlock } from "../excel/read-sheets";
import { replaceFindings, type Session } from "../excel/session";
import { queueWorkbookState } from "../excel/workbook-state";
import { applyEnv, jobOptions } from "./context";

/** What the onChanged handler needs from Excel's event (plain, so tests build it by hand). */
export interface ChangeEvent {
  worksheetName: string;
  address: string;
  /** ExcelApi 1.14. */
  triggerSource?: string;
}

export type EditOutcome =
  | { kind: "ignored"; reason: "own" | "notTracked" | "noDataRows" | "notOpen" }
  | {
      kind: "checked";
      sheet: string;
      rows: number[];
      findings: Finding[];
      /** The rows' recomputed statuses (the core's live-edit job). */
      statuses: { indicators: IndicatorStatus[]; tasks: TaskStatus[] };
      syncs: number;
    };

/** Rows of a change that fall on data rows of the layout. */
function dataRows(layout: SheetLayout, changed: Range): number[] {
  const first = Math.max(changed.row, layout.firstDataRow);
  const last = changed.row + changed.rows - 1;
  const out: number[] = [];
  for (let r = first; r <= last; r++) out.push(r);
  return out;
}

/**
 * Live validation of one edit by the core's live-edit job: re-reads the changed rows (the
 * event's details exist only for single cells, and a paste changes many), then writes the job's
 * marks (findings set or cleared) and the rows' recomputed statuses. Two requests: read
 * (values, notes, protection) and write.
 */
export async function validateEdit(context: Excel.RequestContext, session: Session, event: ChangeEvent): Promise<EditOutcome> {
  const changed = parseA1(event.address);
  if (event.triggerSource === "ThisLocalAddin") return { kind: "ignored", reason: "own" };
  if (!changed) return { kind: "ignored", reason: "notTracked" };
  if (!session.caps.triggerSource && session.journal.isOwn(event.worksheetName, changed)) return { kind: "ignored", reason: "own" };
  const wb = session.wb;
  if (!wb) return { kind: "ignored", reason: "notOpen" };
  const kind = wb.meta.indicatorLayout.sheet === event.worksheetName ? "indicators" : wb.meta.taskLayout.sheet === event.worksheetName ? "tasks" : null;
  if (kind === null) return { kind: "ignored", reason: "notTracked" };
  const layout: SheetLayout = kind === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout;
  if (layout.columns.length === 0) return { kind: "ignored", reason: "notTracked" };
  const rows = dataRows(layout, changed);
  if (rows.length === 0) return { kind: "ignored", reason: "noDataRows" };

  const span = layoutSpan(layout);
  const block = queueBlock(context, layout.sheet, a1({ row: rows[0], col: span.col, rows: rows.length, cols: span.cols }));
  const notesRead = probeNotes(context, session.notes, layout.sheet, rows, span.col, span.cols);
  const state = queueWorkbookState(context, [layout.sheet]);
  await context.sync();
  notesRead();
  const outcome = liveEdit(wb, { kind, rows, grid: block(), notes: session.notes.grid(layout.sheet, rows, span.col, span.cols) }, jobOptions(session));
  const syncs = 1 + (await applyPatch(context, outcome.marks, applyEnv(session, state())));
  replaceFindings(session, layout.sheet, rows, outcome.findings);
  return { kind: "checked", sheet: layout.sheet, rows, findings: outcome.findings, statuses: outcome.statuses, syncs };
}

/**
 * Registers the handler on both tracking sheets. Each event runs in its own batch with
 * `delayForCellEdit`, so Excel waits until the person leaves the cell instead of failing.
 */
export async function watchEdits(
  context: Excel.RequestContext,
  session: Session,
  onOutcome: (outcome: EditOutcome) => void,
  onError: (error: unknown) => void,
): Promise<void> {
  const wb = session.wb;
  if (!wb) return;
  const names = [...new Set([wb.meta.indicatorLayout.sheet, wb.meta.taskLayout.sheet])];
  // Writes made before anyone listened send no events to us: forget them, or the first edits
  // inside them would pass for our own.
  session.journal.clear();
  for (const name of names) {
    const sheet = context.workbook.worksheets.getItem(name);
    sheet.onChanged.add(async (args: Excel.WorksheetChangedEventArgs) => {
      try {
        const outcome = await Excel.run({ delayForCellEdit: true }, (ctx) =>
          validateEdit(ctx, session, { worksheetName: name, address: args.address, triggerSource: args.triggerSource }),
        );
        onOutcome(outcome);
      } catch (e) {
        onError(e);
      }
    });
  }
  await context.sync();
}
