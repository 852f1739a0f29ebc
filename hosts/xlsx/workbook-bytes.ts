import type ExcelJS from "exceljs";
import { z } from "zod";
import { ChartSpecSchema, type ChartSpec } from "../../core/patch";
import { toCoreCell } from "./cells";
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
