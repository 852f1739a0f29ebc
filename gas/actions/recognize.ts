import { msg } from "../../core/i18n";
import {
  SHEETS,
  buildMeta,
  metaPatch,
  rowIdsFromRecognized,
  trackingColumnsPatch,
  userColumnsFromMappings,
  type IndicatorLayout,
  type TaskLayout,
} from "../../core/layout";
import type { MergedRange } from "../../core/grid";
import type { PatchOp } from "../../core/patch";
import { planFromRecognized, recognizeSheet, type RecognizedTable } from "../../core/recognize";
import { settingsOf, type Env } from "../env";
import { UserError } from "../errors";
import { toGrid } from "../host/cells";
import type { SheetApi } from "../host/surface";
import { readMetaSheet } from "../document/meta-store";
import { apply } from "../document/write";
import { saveSettings } from "../settings";

export interface RecognizeOutcome {
  sheet: string;
  indicators: number;
  tasks: number;
  skipped: number;
}

/** Layouts for a table kind the sheet does not have: no columns, so nothing is read from them. */
const NO_INDICATORS: IndicatorLayout = { kind: "indicators", sheet: SHEETS.indicators, headerRow: 0, firstDataRow: 1, columns: [] };
const NO_TASKS: TaskLayout = { kind: "tasks", sheet: SHEETS.tasks, headerRow: 0, firstDataRow: 1, columns: [] };

function placed(sheetName: string, table: RecognizedTable, plan: ReturnType<typeof planFromRecognized>, lang: "vi" | "en") {
  const { userColumns, lastCol } = userColumnsFromMappings(table.columns, table.kind, plan.milestoneYears);
  const headerRow = table.headerRows[table.headerRows.length - 1] ?? table.firstRow - 1;
  return trackingColumnsPatch(sheetName, headerRow, table.firstRow, table.lastRow, userColumns, table.kind, plan, rowIdsFromRecognized(table), {
    lang,
    lastCol,
  });
}

/**
 * Recognises the appendix table pasted on a sheet and tracks it in place: tracking columns are
 * added right of the table, and the column mapping is stored in the metadata sheet. One table
 * kind per sheet (the metadata holds one layout per kind).
 */
export function recognizeInPlace(env: Env, sheet: SheetApi): RecognizeOutcome {
  const name = sheet.getName();
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) throw new UserError(msg("gas.recognizeNone", { sheet: name }));
  const range = sheet.getRange(1, 1, rows, cols);
  const grid = toGrid(range.getValues());
  const merges: MergedRange[] = range.getMergedRanges().map((m) => ({
    top: m.getRow() - 1,
    left: m.getColumn() - 1,
    bottom: m.getRow() + m.getNumRows() - 2,
    right: m.getColumn() + m.getNumColumns() - 2,
  }));
  const { tables } = recognizeSheet(grid, merges, { sheet: name });
  const indicatorTables = tables.filter((t) => t.kind === "indicators");
  const taskTables = tables.filter((t) => t.kind === "tasks");
  if (tables.length === 0) throw new UserError(msg("gas.recognizeNone", { sheet: name }));
  if (indicatorTables.length > 1 || taskTables.length > 1 || (indicatorTables.length > 0 && taskTables.length > 0)) {
    throw new UserError(msg("gas.recognizeTwice", { sheet: name }));
  }
  const table = tables[0];
  const plan = planFromRecognized([table], { id: "recognized" });
  const lang = settingsOf(env, null).lang;
  const { patch, layout } = placed(name, table, plan, lang);
  const layouts =
    table.kind === "indicators"
      ? { indicators: layout as IndicatorLayout, tasks: NO_TASKS }
      : { indicators: NO_INDICATORS, tasks: layout as TaskLayout };
  const meta = buildMeta(plan, layouts, { lang });
  const ops: PatchOp[] = [...patch, ...metaPatch(meta, lang)];
  apply(env, ops, lang);
  const back = readMetaSheet(env);
  if (!back.meta) throw new UserError(back.error ?? msg("gas.noWorkbook"));
  if (env.props) saveSettings(env.props, { year: meta.settings.asOf, projection: meta.settings.projection, lang });
  const skipped = new Set(table.findings.filter((f) => f.severity === "error").map((f) => f.row)).size;
  return { sheet: name, indicators: plan.indicators.length, tasks: plan.tasks.length, skipped };
}
