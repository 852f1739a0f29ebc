import { msg } from "../../core/i18n";
import { layoutSpan, type SheetLayout, type WorkbookMeta } from "../../core/layout";
import type { Finding, IndicatorStatus, TaskStatus } from "../../core/model";
import { liveEdit, openWithMeta } from "../../core/workbook";
import { now } from "../clock";
import { openEnv, settingsOf, type Env } from "../env";
import { isUserError } from "../errors";
import type { EditEventApi, SheetApi } from "../host/surface";
import { EDIT_WAIT_MS, withDocumentLock } from "../lock";
import { loadMeta } from "../document/meta-store";
import { readRows } from "../document/sheet-read";
import { jobOptions } from "../document/workbook";
import { applyOnRead } from "../document/write";

export interface EditOutcome {
  /** Why nothing was done, or null when the rows were validated. */
  skipped: "noWorkbook" | "otherSheet" | "outsideTable" | "busy" | null;
  rows: number;
  findings: Finding[];
  /** The edited rows' recomputed statuses. */
  statuses: { indicators: IndicatorStatus[]; tasks: TaskStatus[] };
}

function layoutOf(meta: WorkbookMeta, sheet: string): SheetLayout | null {
  if (meta.indicatorLayout.sheet === sheet && meta.indicatorLayout.columns.length > 0) return meta.indicatorLayout;
  if (meta.taskLayout.sheet === sheet && meta.taskLayout.columns.length > 0) return meta.taskLayout;
  return null;
}

/**
 * Live validation of an edit, by the core's live-edit job: re-reads the edited rows (multi-cell
 * edits and pastes leave `e.value` empty, so it is never used), then writes the job's marks and
 * the rows' statuses. Two reads and at most three writes, whatever the number of rows, under the
 * document lock; when a colleague's run holds it, a toast says the edit was not checked.
 */
export function handleEdit(e: EditEventApi, env: Env = openEnv()): EditOutcome {
  const none = (skipped: EditOutcome["skipped"]): EditOutcome => ({ skipped, rows: 0, findings: [], statuses: { indicators: [], tasks: [] } });
  const sheet = e.range.getSheet();
  const { meta } = loadMeta(env);
  if (!meta) return none("noWorkbook");
  const layout = layoutOf(meta, sheet.getName());
  if (!layout) return none("otherSheet");
  const span = layoutSpan(layout);
  const top = e.range.getRow() - 1;
  const left = e.range.getColumn() - 1;
  const bottom = top + e.range.getNumRows() - 1;
  const right = left + e.range.getNumColumns() - 1;
  if (bottom < layout.firstDataRow || right < span.col || left >= span.col + span.cols) return none("outsideTable");

  try {
    return withDocumentLock(env, () => check(env, meta, layout, sheet, top, bottom), { waitMs: EDIT_WAIT_MS, busy: msg("gas.busyEdit") });
  } catch (err) {
    if (!isUserError(err)) throw err;
    const lang = settingsOf(env, meta).lang;
    env.ss.toast(err.userMessage[lang], msg("gas.title")[lang], 10);
    return none("busy");
  }
}

function check(env: Env, meta: WorkbookMeta, layout: SheetLayout, sheet: SheetApi, top: number, bottom: number): EditOutcome {
  // Values and notes only: fills are not read (budget), so cells between marks get their base fill.
  const read = readRows(sheet, layout, top, bottom, { notes: true });
  const settings = settingsOf(env, meta);
  const opened = { meta, settings, now: now() };
  const { workbook } = openWithMeta(meta, (name) => (name === layout.sheet ? read.grid : []), { now: opened.now });
  if (!workbook) return { skipped: "noWorkbook", rows: 0, findings: [], statuses: { indicators: [], tasks: [] } };
  const rows: number[] = [];
  for (let r = read.first; r <= read.last; r++) rows.push(r);
  const notes = rows.map((r) => read.notes?.[r - read.first] ?? []);
  const outcome = liveEdit(workbook, { kind: layout.kind, rows, grid: read.grid, notes }, jobOptions(opened));
  applyOnRead(env, read, outcome.marks, settings.lang);
  return { skipped: null, rows: rows.length, findings: outcome.findings, statuses: outcome.statuses };
}
