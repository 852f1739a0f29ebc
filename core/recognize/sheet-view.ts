import { cellText, isEmptyCell, type Cell, type Grid, type MergedRange } from "../grid";
import { nfc } from "../text";

/**
 * Read access to a pasted grid and its merged ranges. A Word → spreadsheet paste keeps the
 * value of a merged cell in its top-left cell only; the other cells of the range are blank.
 */
export class SheetView {
  readonly rowCount: number;
  readonly colCount: number;
  private readonly covering = new Map<string, MergedRange>();
  private readonly origins = new Map<string, MergedRange>();

  constructor(
    private readonly grid: Grid,
    merges: readonly MergedRange[],
  ) {
    this.rowCount = Array.isArray(grid) ? grid.length : 0;
    let cols = 0;
    for (let r = 0; r < this.rowCount; r++) {
      const row = grid[r];
      if (Array.isArray(row) && row.length > cols) cols = row.length;
    }
    this.colCount = cols;
    for (const m of merges ?? []) this.addMerge(m);
  }

  private addMerge(m: MergedRange): void {
    if (!m || ![m.top, m.left, m.bottom, m.right].every((n) => Number.isInteger(n))) return;
    // Clip to the grid: ranges beyond it hold nothing we read.
    const top = Math.max(0, m.top);
    const left = Math.max(0, m.left);
    const bottom = Math.min(this.rowCount - 1, m.bottom);
    const right = Math.min(this.colCount - 1, m.right);
    if (bottom < top || right < left || (top === bottom && left === right)) return;
    const range = { top: m.top, left: m.left, bottom: m.bottom, right: m.right };
    if (m.top >= 0 && m.left >= 0 && !this.origins.has(key(m.top, m.left))) this.origins.set(key(m.top, m.left), range);
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        if (r === m.top && c === m.left) continue;
        if (!this.covering.has(key(r, c))) this.covering.set(key(r, c), range);
      }
    }
  }

  cell(row: number, col: number): Cell {
    // A cell covered by a merged range holds nothing of its own, whatever a host copied into it
    // (ExcelJS repeats the range's value in every cell; a paste leaves them blank).
    if (this.covering.size > 0 && this.covering.has(key(row, col))) return null;
    const r = this.grid[row];
    if (!Array.isArray(r)) return null;
    const v = r[col];
    // An invalid Date (a host conversion gone wrong) holds nothing to read.
    if (v === undefined || (v instanceof Date && Number.isNaN(v.getTime()))) return null;
    return v;
  }

  /** The cell's own text (NFC, trimmed); "" for empty cells and merge continuations. */
  text(row: number, col: number): string {
    const v = this.cell(row, col);
    if (isEmptyCell(v)) return "";
    return nfc(cellText(v)).trim();
  }

  isEmpty(row: number, col: number): boolean {
    return this.text(row, col) === "";
  }

  /** The merged range that starts at this cell, if any. */
  mergeAt(row: number, col: number): MergedRange | null {
    return this.origins.get(key(row, col)) ?? null;
  }

  /** The merged range that covers this cell without starting at it, if any. */
  coveredBy(row: number, col: number): MergedRange | null {
    return this.covering.get(key(row, col)) ?? null;
  }

  /** Row of the top cell of a vertical merge covering this cell from above in the same column. */
  mergeOriginAbove(row: number, col: number): number | null {
    const m = this.coveredBy(row, col);
    if (!m || m.left !== col || m.top >= row) return null;
    return m.top;
  }
}

function key(row: number, col: number): string {
  return `${row}:${col}`;
}
