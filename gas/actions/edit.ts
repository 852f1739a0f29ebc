import {
  findingsPatch,
  layoutSpan,
  readIndicatorRecords,
  readTaskRecords,
  statusPatch,
  type IndicatorRecord,
  type SheetLayout,
  type TaskRecord,
  type WorkbookMeta,
} from "../../core/layout";
import { validateIndicatorRow, validateTaskRow } from "../../core/validate";
import type { Finding } from "../../core/model";
import { openEnv, settingsOf, type Env } from "../env";
import { today } from "../clock";
import type { EditEventApi } from "../host/surface";
import { loadMeta } from "../document/meta-store";
import { readRows } from "../document/sheet-read";
import { computeStatuses } from "../document/statuses";
import { coreView, baseFillOf } from "../document/workbook";
import { applyOnRead } from "../document/write";

export interface EditOutcome {
  /** Why nothing was done, or null when the rows were validated. */
  skipped: "noWorkbook" | "otherSheet" | "outsideTable" | null;
  rows: number;
  findings: Finding[];
}

function layoutOf(meta: WorkbookMeta, sheet: string): SheetLayout | null {
  if (meta.indicatorLayout.sheet === sheet) return meta.indicatorLayout;
  if (meta.taskLayout.sheet === sheet) return meta.taskLayout;
  return null;
}

type Read = ReturnType<typeof readRows>;

/** Records of the read rows, on the side of the plan they belong to. */
function split(meta: WorkbookMeta, layout: SheetLayout, read: Read): { indicators: IndicatorRecord[]; tasks: TaskRecord[] } {
  return layout === meta.indicatorLayout
    ? { indicators: readIndicatorRecords(read.grid, meta.indicatorLayout), tasks: [] }
    : { indicators: [], tasks: readTaskRecords(read.grid, meta.taskLayout) };
}

/** Row problems of the rebuilt plan that belong to one row (not whole-sheet ones like a changed structure). */
const ROW_LEVEL_PLAN_CODES = new Set(["layout.row.noId"]);

/**
 * Live validation of an edit: re-reads the edited rows (multi-cell edits and pastes leave
 * `e.value` empty, so it is never used), validates them with the row rules, marks findings
 * (fill + note, a person's own note kept) and clears fixed ones, and recomputes the rows'
 * statuses. Two reads and at most three writes, whatever the number of rows.
 */
export function handleEdit(e: EditEventApi, env: Env = openEnv()): EditOutcome {
  const none = (skipped: EditOutcome["skipped"]): EditOutcome => ({ skipped, rows: 0, findings: [] });
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

  // Values and notes only: fills are not read (budget), so cells between marks get their base fill.
  const read = readRows(sheet, layout, top, bottom, { notes: true });
  const settings = settingsOf(env, meta);
  const now = today();
  const opened = { meta, settings, today: now };
  const records = split(meta, layout, read);
  const view = coreView(opened, records.indicators, records.tasks);

  const findings: Finding[] = view.planFindings.filter((f) => ROW_LEVEL_PLAN_CODES.has(f.code));
  for (const record of records.indicators) findings.push(...validateIndicatorRow(record, view.ctx));
  for (const record of records.tasks) findings.push(...validateTaskRow(record, view.ctx));
  const rows: number[] = [];
  for (let r = read.first; r <= read.last; r++) rows.push(r);
  const notes = rows.map((r) => read.notes?.[r - read.first] ?? []);
  const fill = baseFillOf(read);
  const keyAt = new Map(layout.columns.map((c) => [c.key, c.col]));
  const marks = findingsPatch(layout, rows, findings, notes, settings.lang, (row, key) => fill(row, keyAt.get(key) ?? -1));

  const statuses = computeStatuses(view.plan, view.reports, settings, now);
  // Status cells in the workbook's own language: its conditional formats colour those labels.
  const status = statusPatch(layout, read.records, statuses.indicators, statuses.tasks, meta.settings.lang);
  applyOnRead(env, read, [...marks, ...status], settings.lang);
  return { skipped: null, rows: rows.length, findings };
}
