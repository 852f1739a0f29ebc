import type ExcelJS from "exceljs";
import type { Cell, Grid, MergedRange } from "../../core/grid";
import { parseA1 } from "../../core/patch";
import { noteText, toCoreCell, uncomputedFormula } from "./cells";

/** One sheet as the core sees it: values, merged ranges and notes, read in one pass. */
export interface SheetData {
  name: string;
  hidden: boolean;
  grid: Grid;
  merges: MergedRange[];
  /** Cell notes by "row,col" (0-based). */
  notes: Map<string, string>;
  /** Formula cells with no cached result (they read as empty in `grid`), 0-based. */
  uncomputed: { row: number; col: number; formula: string }[];
}

/** A worksheet's used range as a grid (0-based), its merges and notes. */
export function sheetData(ws: ExcelJS.Worksheet): SheetData {
  const grid: Grid = [];
  const notes = new Map<string, string>();
  const uncomputed: SheetData["uncomputed"] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      cells[colNumber - 1] = toCoreCell(cell.value);
      const formula = uncomputedFormula(cell.value);
      if (formula !== null) uncomputed.push({ row: rowNumber - 1, col: colNumber - 1, formula });
      const note = noteText(cell.note as ExcelJS.Comment | string | undefined);
      if (note) notes.set(`${rowNumber - 1},${colNumber - 1}`, note);
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    grid[rowNumber - 1] = cells;
  });
  for (let r = 0; r < grid.length; r++) if (grid[r] === undefined) grid[r] = [];
  const merges: MergedRange[] = [];
  const model = ws.model as unknown as { merges?: string[] };
  for (const ref of model.merges ?? []) {
    const range = parseA1(ref);
    if (range) merges.push({ top: range.row, left: range.col, bottom: range.row + range.rows - 1, right: range.col + range.cols - 1 });
  }
  return { name: ws.name, hidden: ws.state !== "visible", grid, merges, notes, uncomputed };
}
