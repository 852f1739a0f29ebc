import ExcelJS from "exceljs";
import type { Grid } from "../core/grid";
import { msg, type Message } from "../core/i18n";
import type { PatchOp } from "../core/patch";
import { checkYear, openTrackingWorkbook, type TrackingWorkbook } from "../core/workbook";
import { applyPatch, HostError, loadSpreadsheet, saveWorkbook, storedCharts, type LoadedSpreadsheet } from "./xlsx";

/** A tracking workbook read from an .xlsx file: the ExcelJS workbook to patch, and the core's view. */
export interface TrackingFile {
  loaded: LoadedSpreadsheet;
  workbook: ExcelJS.Workbook;
  tracking: TrackingWorkbook;
}

export function gridsOf(loaded: LoadedSpreadsheet): Map<string, Grid> {
  return new Map(loaded.sheets.map((s) => [s.name, s.grid]));
}

/**
 * Opens a tracking workbook file. `now`: the clock (`Date.now()`), so that an automatic reporting
 * year is the year being prepared today; `year`: a year a person gave (`--year`), refused with a
 * message when it lies outside the plan.
 */
export async function openTrackingFile(file: string, options: { now?: number; year?: number } = {}): Promise<TrackingFile> {
  const loaded = await loadSpreadsheet(file);
  if (!loaded.workbook) throw new HostError(msg("ui.file.noPlan", { file }));
  const grids = gridsOf(loaded);
  const { workbook, error } = openTrackingWorkbook((name) => grids.get(name) ?? null, { now: options.now });
  if (!workbook) {
    const e = error as Message;
    throw new HostError(e.code === "layout.meta.missing" ? msg("ui.file.noPlan", { file }) : e);
  }
  const problem = options.year === undefined ? null : checkYear(workbook, options.year);
  if (problem) throw new HostError(problem);
  return { loaded, workbook: loaded.workbook, tracking: workbook };
}

/** Notes of some rows over the layout's columns, as `findingsPatch` wants them. */
export function notesOf(file: TrackingFile, kind: "indicators" | "tasks", rows: readonly number[]): (string | null)[][] {
  const layout = kind === "indicators" ? file.tracking.meta.indicatorLayout : file.tracking.meta.taskLayout;
  const sheet = file.loaded.sheets.find((s) => s.name === layout.sheet);
  if (layout.columns.length === 0) return rows.map(() => []);
  const first = Math.min(...layout.columns.map((c) => c.col));
  const last = Math.max(...layout.columns.map((c) => c.col));
  return rows.map((row) => Array.from({ length: last - first + 1 }, (_, j) => sheet?.notes.get(`${row},${first + j}`) ?? null));
}

/** Applies a patch to the file's workbook and writes it (atomically) to `output`. */
export async function writePatched(file: TrackingFile | { workbook: ExcelJS.Workbook }, patch: PatchOp[], output: string): Promise<void> {
  const charts = storedCharts(file.workbook);
  const applied = applyPatch(file.workbook, patch, charts);
  await saveWorkbook(file.workbook, applied.charts, output);
}
