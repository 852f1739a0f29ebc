/// <reference types="office-js" />
import type { Grid } from "../../core/grid";
import { gridFromA1 } from "./host-cells";

/**
 * Queues reading the used range (values) of each named sheet into the caller's request; the
 * returned function gives each sheet's grid from A1 after `context.sync()` (null: no sheet).
 */
export function queueSheetValues(context: Excel.RequestContext, names: readonly string[]): () => Map<string, Grid | null> {
  const reads = [...new Set(names)].map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values,rowIndex,columnIndex");
    return { name, sheet, used };
  });
  return () => {
    const out = new Map<string, Grid | null>();
    for (const r of reads) {
      if (r.sheet.isNullObject) out.set(r.name, null);
      else if (r.used.isNullObject) out.set(r.name, []);
      else out.set(r.name, gridFromA1(r.used.values, r.used.rowIndex, r.used.columnIndex));
    }
    return out;
  };
}

/** Queues reading one block of a sheet; gives it as a grid from A1 after the sync. */
export function queueBlock(context: Excel.RequestContext, sheet: string, address: string): () => Grid {
  const range = context.workbook.worksheets.getItem(sheet).getRange(address);
  range.load("values,rowIndex,columnIndex");
  return () => loadedGrid(range);
}

/** The grid of a range whose values and position were loaded and synced by the caller. */
function loadedGrid(loaded: Excel.Range): Grid {
  return gridFromA1(loaded.values, loaded.rowIndex, loaded.columnIndex);
}
