import { mergePatchOps } from "./merge";
import type { FontStyle, HexColour, PatchOp } from "./ops";
import type { PatchValue } from "./values";

type Grid<T> = Map<number, Map<number, T>>;

function put<T>(grid: Grid<T>, row: number, col: number, value: T): void {
  let r = grid.get(row);
  if (!r) grid.set(row, (r = new Map()));
  r.set(col, value);
}

interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

function boxOf<T>(grid: Grid<T>): Box | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [r, cols] of grid) {
    for (const c of cols.keys()) {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

function dense<T>(grid: Grid<T>, box: Box): (T | null)[][] {
  return Array.from({ length: box.rows }, (_, i) =>
    Array.from({ length: box.cols }, (_, j) => grid.get(box.row + i)?.get(box.col + j) ?? null),
  );
}

const PLAIN: FontStyle = { bold: false, italic: false, color: null };

/**
 * Lays out one sheet area cell by cell, then turns it into a handful of rectangle ops (one per
 * property over its bounding box). Meant for writing a fresh or replaced sheet: cells inside a
 * box that were not set are written empty/default.
 */
export class SheetCanvas {
  private readonly values: Grid<PatchValue> = new Map();
  private readonly formulas: Grid<string> = new Map();
  private readonly fills: Grid<HexColour> = new Map();
  private readonly notes: Grid<string> = new Map();
  private readonly formats: Grid<string> = new Map();
  private readonly fonts: Grid<FontStyle> = new Map();

  constructor(readonly sheet: string) {}

  value(row: number, col: number, value: PatchValue): this {
    put(this.values, row, col, value);
    return this;
  }

  /** Writes a row of values starting at (row, col). */
  rowValues(row: number, col: number, values: readonly PatchValue[]): this {
    values.forEach((v, j) => put(this.values, row, col + j, v));
    return this;
  }

  formula(row: number, col: number, formula: string): this {
    put(this.formulas, row, col, formula);
    return this;
  }

  fill(row: number, col: number, colour: HexColour): this {
    put(this.fills, row, col, colour);
    return this;
  }

  note(row: number, col: number, note: string): this {
    put(this.notes, row, col, note);
    return this;
  }

  format(row: number, col: number, format: string): this {
    put(this.formats, row, col, format);
    return this;
  }

  font(row: number, col: number, style: Partial<FontStyle>): this {
    const current = this.fonts.get(row)?.get(col) ?? PLAIN;
    put(this.fonts, row, col, { ...current, ...style });
    return this;
  }

  /** Number of rows used (last used row + 1). */
  get height(): number {
    let h = 0;
    for (const g of [this.values, this.formulas, this.fills, this.notes, this.formats, this.fonts]) {
      const b = boxOf<unknown>(g);
      if (b) h = Math.max(h, b.row + b.rows);
    }
    return h;
  }

  toOps(): PatchOp[] {
    const ops: PatchOp[] = [];
    const sheet = this.sheet;
    // Formats first: a host that reads typed text (Sheets, Excel) turns "7.10" or "6.100" written
    // into a General cell into a number; written into a text ("@") cell it stays as printed.
    const formatBox = boxOf(this.formats);
    if (formatBox) {
      ops.push({ op: "setNumberFormats", sheet, ...at(formatBox), formats: dense(this.formats, formatBox) });
    }
    const box = boxOf<unknown>(this.values);
    if (box) ops.push({ op: "setValues", sheet, row: box.row, col: box.col, values: dense(this.values, box) });
    // Formulas only over their own cells, after the values, so the values box does not erase them.
    const cells: PatchOp[] = [];
    for (const [r, cols] of [...this.formulas].sort((a, b) => a[0] - b[0])) {
      for (const [c, f] of [...cols].sort((a, b) => a[0] - b[0])) {
        cells.push({ op: "setFormulas", sheet, row: r, col: c, formulas: [[f]] });
      }
    }
    ops.push(...mergePatchOps(cells));
    const fillBox = boxOf(this.fills);
    if (fillBox) ops.push({ op: "setFills", sheet, ...at(fillBox), fills: dense(this.fills, fillBox) });
    const noteBox = boxOf(this.notes);
    if (noteBox) ops.push({ op: "setNotes", sheet, ...at(noteBox), notes: dense(this.notes, noteBox) });
    const fontBox = boxOf(this.fonts);
    if (fontBox) ops.push({ op: "setFontStyles", sheet, ...at(fontBox), styles: dense(this.fonts, fontBox) });
    return ops;
  }
}

function at(box: Box): { row: number; col: number } {
  return { row: box.row, col: box.col };
}
