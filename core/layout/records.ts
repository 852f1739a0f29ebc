import { isEmptyCell, type Cell, type Grid } from "../grid";
import { rowIdOf, rowMarkOf, type IndicatorRecord, type RowMark, type SheetRecord, type TaskRecord } from "./columns";
import type { IndicatorLayout, SheetLayout, TaskLayout } from "./sheet-layout";

/**
 * The data rows of a sheet as records: every layout key present in `cells` (null when empty,
 * so "the sheet has this column" is `key in cells`), rows entirely empty in the layout's columns
 * skipped. `grid` is the sheet from A1 (row i of the grid is sheet row i).
 */
export function readRecords<K extends string>(grid: Grid, layout: SheetLayout<K>): SheetRecord<K>[] {
  const out: SheetRecord<K>[] = [];
  const rowIdCol = layout.columns.find((c) => c.key === "rowId")?.col ?? null;
  const end = Math.min(grid.length - 1, layout.lastDataRow ?? Infinity);
  for (let row = layout.firstDataRow; row <= end; row++) {
    const line = grid[row] ?? [];
    const cells: Partial<Record<K, Cell>> = {};
    let empty = true;
    for (const { key, col } of layout.columns) {
      const v = line[col] ?? null;
      cells[key] = v;
      if (!isEmptyCell(v)) empty = false;
    }
    if (empty) continue;
    if (rowIdCol !== null && rowMarkOf(line[rowIdCol]) === "header") continue;
    out.push({ row, rowId: rowIdCol === null ? null : rowIdOf(line[rowIdCol]), cells });
  }
  return out;
}

export function readIndicatorRecords(grid: Grid, layout: IndicatorLayout): IndicatorRecord[] {
  return readRecords(grid, layout);
}

export function readTaskRecords(grid: Grid, layout: TaskLayout): TaskRecord[] {
  return readRecords(grid, layout);
}

/** Area/section/sub-area marker of a record (group rows), or null. */
export function recordMark(record: SheetRecord<string>): RowMark | null {
  return rowMarkOf((record.cells as Record<string, Cell | undefined>).rowId);
}
