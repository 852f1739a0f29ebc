import type { Cell, Grid } from "../../core/grid";

/** An Office.js cell value as a core cell: Excel reads empty cells as "". */
export function toCell(value: unknown): Cell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** A block read at (row, col) placed into a grid from A1, so grid row i is sheet row i. */
export function gridFromA1(values: readonly (readonly unknown[])[], row: number, col: number): Grid {
  const grid: Grid = Array.from({ length: row }, () => []);
  for (const line of values) {
    const out: Cell[] = Array(col).fill(null);
    for (const v of line) out.push(toCell(v));
    grid.push(out);
  }
  return grid;
}
