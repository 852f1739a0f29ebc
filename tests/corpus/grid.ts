/**
 * Turns a corpus table ("^" = covered from above, "<" = covered from the left) into what a Word →
 * spreadsheet paste gives: the value in the top-left cell of each merged range, blanks elsewhere,
 * and the merged ranges themselves.
 */
import type { MergedRange } from "../../core/grid";
import type { CorpusTable } from "./schema";

export const UP = "^";
export const LEFT = "<";

export interface TableGrid {
  cells: string[][];
  merges: MergedRange[];
}

/** The table's cells and merges; throws when a "^"/"<" run does not form a rectangle. */
export function tableGrid(rows: readonly (readonly string[])[]): TableGrid {
  const width = Math.max(...rows.map((r) => r.length));
  const owner: [number, number][][] = [];
  for (let r = 0; r < rows.length; r++) {
    owner.push([]);
    for (let c = 0; c < width; c++) {
      const t = rows[r][c] ?? "";
      if (t === UP) {
        if (r === 0) throw new Error(`row ${r}, col ${c}: "^" on the first row`);
        owner[r].push(owner[r - 1][c]);
      } else if (t === LEFT) {
        if (c === 0) throw new Error(`row ${r}, col ${c}: "<" in the first column`);
        owner[r].push(owner[r][c - 1]);
      } else owner[r].push([r, c]);
    }
  }
  const boxes = new Map<string, { top: number; left: number; bottom: number; right: number; n: number }>();
  for (let r = 0; r < rows.length; r++) {
    for (let c = 0; c < width; c++) {
      const [or, oc] = owner[r][c];
      const k = `${or}:${oc}`;
      const b = boxes.get(k) ?? { top: or, left: oc, bottom: or, right: oc, n: 0 };
      b.bottom = Math.max(b.bottom, r);
      b.right = Math.max(b.right, c);
      b.left = Math.min(b.left, c);
      b.n++;
      boxes.set(k, b);
    }
  }
  const merges: MergedRange[] = [];
  for (const [k, b] of boxes) {
    const area = (b.bottom - b.top + 1) * (b.right - b.left + 1);
    if (area !== b.n || b.left !== Number(k.split(":")[1])) throw new Error(`merge from ${k} is not a rectangle`);
    if (area > 1) merges.push({ top: b.top, left: b.left, bottom: b.bottom, right: b.right });
  }
  const cells = rows.map((row) => Array.from({ length: width }, (_, c) => {
    const t = row[c] ?? "";
    return t === UP || t === LEFT ? "" : t;
  }));
  return { cells, merges };
}

/**
 * The sheet a user has after pasting the appendix from Word: its title lines (each merged across
 * the table's width), a blank row, then the table; merges shifted accordingly.
 */
export function pastedSheet(table: CorpusTable): { grid: string[][]; merges: MergedRange[]; firstTableRow: number } {
  const { cells, merges } = tableGrid(table.rows);
  const width = cells[0]?.length ?? 1;
  const grid: string[][] = [];
  const all: MergedRange[] = [];
  for (const line of table.titleLines) {
    const r = grid.length;
    grid.push([line, ...Array(width - 1).fill("")]);
    if (width > 1) all.push({ top: r, left: 0, bottom: r, right: width - 1 });
  }
  if (table.titleLines.length > 0) grid.push(Array(width).fill(""));
  const first = grid.length;
  grid.push(...cells);
  for (const m of merges) all.push({ top: m.top + first, left: m.left, bottom: m.bottom + first, right: m.right });
  return { grid, merges: all, firstTableRow: first };
}
