import { layoutSpan, readRecords, type SheetLayout, type SheetRecord } from "../../core/layout";
import type { Cell, Grid } from "../../core/grid";
import { toCell } from "../host/cells";
import type { SheetApi } from "../host/surface";

/** Rows of a tracking sheet as read in one rectangle (plus its notes when asked). */
export interface SheetRead<K extends string = string> {
  sheet: SheetApi;
  layout: SheetLayout<K>;
  /** 0-based first and last sheet rows read (last < first when there is nothing). */
  first: number;
  last: number;
  span: { col: number; cols: number };
  /** Sheet-indexed grid (row i = sheet row i, column j = sheet column j); rows above `first` empty. */
  grid: Grid;
  records: SheetRecord<K>[];
  /** notes[i][j]: row first+i, column span.col+j; null when not read. */
  notes: (string | null)[][] | null;
  /** Backgrounds, same indexing ("#ffffff" for none); null when not read. */
  fills: string[][] | null;
}

/** What to read besides values: notes (to keep a person's own), fills (to keep their colours). */
export interface ReadExtras {
  notes?: boolean;
  fills?: boolean;
}

/**
 * Reads rows first..last (0-based) of the layout's columns with one `getValues` (plus one
 * `getNotes` and one `getBackgrounds` when asked), whatever the number of rows.
 */
export function readRows<K extends string>(
  sheet: SheetApi,
  layout: SheetLayout<K>,
  first: number,
  last: number,
  extras: ReadExtras = {},
): SheetRead<K> {
  const span = layoutSpan(layout);
  const from = Math.max(first, layout.firstDataRow);
  if (last < from) {
    return { sheet, layout, first: from, last: from - 1, span, grid: [], records: [], notes: extras.notes ? [] : null, fills: extras.fills ? [] : null };
  }
  const range = sheet.getRange(from + 1, span.col + 1, last - from + 1, span.cols);
  const values = range.getValues();
  const notes = extras.notes ? range.getNotes().map((row) => row.map((n) => (n === "" ? null : n))) : null;
  const fills = extras.fills ? range.getBackgrounds() : null;
  const grid: Grid = [];
  const pad: Cell[] = Array<Cell>(span.col).fill(null);
  for (let r = 0; r < from; r++) grid.push([]);
  for (const row of values) grid.push(span.col === 0 ? row.map(toCell) : [...pad, ...row.map(toCell)]);
  return { sheet, layout, first: from, last, span, grid, records: readRecords(grid, layout), notes, fills };
}

/** Every data row of the sheet (down to its last row with content). */
export function readSheet<K extends string>(sheet: SheetApi, layout: SheetLayout<K>, extras: ReadExtras = {}): SheetRead<K> {
  return readRows(sheet, layout, layout.firstDataRow, sheet.getLastRow() - 1, extras);
}

