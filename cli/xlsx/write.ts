import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { z } from "zod";
import { msg } from "../../core/i18n";
import { ChartSpecSchema, type ChartSpec } from "../../core/patch";
import { toCoreCell } from "./cells";
import { HostError } from "./errors";
import { injectCharts } from "./charts";

/**
 * ExcelJS drops charts when it reads a file, so the chart specs we wrote are kept in a hidden
 * sheet and injected again on every write: a summary survives `chitieu status` and friends.
 */
export const CHARTS_SHEET = "_chitieu_charts";
const StoredChartsSchema = z.record(z.string(), z.array(ChartSpecSchema));

export function storedCharts(wb: ExcelJS.Workbook): Map<string, ChartSpec[]> {
  const ws = wb.getWorksheet(CHARTS_SHEET);
  const raw = ws ? toCoreCell(ws.getCell(1, 1).value) : null;
  if (typeof raw !== "string") return new Map();
  try {
    const parsed = StoredChartsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? new Map(Object.entries(parsed.data)) : new Map();
  } catch {
    return new Map();
  }
}

function storeCharts(wb: ExcelJS.Workbook, charts: Map<string, ChartSpec[]>): void {
  const live = [...charts].filter(([sheet, list]) => list.length > 0 && wb.getWorksheet(sheet));
  let ws = wb.getWorksheet(CHARTS_SHEET);
  if (live.length === 0) {
    if (ws) wb.removeWorksheet(ws.id);
    return;
  }
  ws ??= wb.addWorksheet(CHARTS_SHEET);
  ws.state = "veryHidden";
  ws.getCell(1, 1).value = JSON.stringify(Object.fromEntries(live));
}

function lookup(wb: ExcelJS.Workbook) {
  return (sheet: string, row: number, col: number): string | number | null => {
    const v = toCoreCell(wb.getWorksheet(sheet)?.getCell(row + 1, col + 1).value);
    if (v === null || typeof v === "number" || typeof v === "string") return v;
    return String(v);
  };
}

/** The workbook as .xlsx bytes, charts included. */
export async function workbookBytes(wb: ExcelJS.Workbook, charts: Map<string, ChartSpec[]>): Promise<Uint8Array> {
  storeCharts(wb, charts);
  const buffer = new Uint8Array(await wb.xlsx.writeBuffer());
  const live = new Map([...charts].filter(([sheet]) => wb.getWorksheet(sheet)));
  return injectCharts(buffer, live, lookup(wb));
}

/**
 * Writes atomically: a temporary file beside the target, then a rename, so a crash or a full disk
 * never leaves a half-written workbook (and never touches the previous file until the end).
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing left to clean
    }
    throw new HostError(msg("ui.file.writeFailed", { file, detail: (e as Error).message }));
  }
}

export async function saveWorkbook(wb: ExcelJS.Workbook, charts: Map<string, ChartSpec[]>, file: string): Promise<void> {
  await writeFileAtomic(file, await workbookBytes(wb, charts));
}

/** Refuses to write over an input file (commands never modify their inputs unless asked). */
export function assertNotInput(output: string, inputs: string[]): void {
  const out = path.resolve(output);
  if (inputs.some((i) => path.resolve(i) === out)) throw new HostError(msg("ui.file.sameAsInput", { file: output }));
}
