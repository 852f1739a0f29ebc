import { cellText } from "../../../core/grid";
import { SHEETS } from "../../../core/layout";
import type { MemoryWorkbook } from "../../../core/patch";
import { STAMP_SHEET } from "../../../core/share";

/** The JSON under `key` in a hidden sheet of ours (stamp: one chunk per row; `_chitieu`: chunks across the row). */
function readJson(book: MemoryWorkbook, sheet: string, key: string): unknown {
  const text = book
    .contents(sheet)
    .filter((r) => cellText(r[0]).trim() === key)
    .map((r) => r.slice(1).map((c) => cellText(c)).join(""))
    .join("");
  return JSON.parse(text);
}

/** Rewrites that JSON as an agency editing the hidden sheet by hand would (one cell, the rest cleared). */
function writeJson(book: MemoryWorkbook, sheet: string, key: string, value: unknown): void {
  const grid = book.contents(sheet);
  const rows = grid.map((r, i) => [i, r] as const).filter(([, r]) => cellText(r[0]).trim() === key);
  const width = Math.max(2, ...grid.map((r) => r.length));
  rows.forEach(([i], n) => {
    const line = Array.from({ length: width }, (_, j) => (j === 0 ? key : j === 1 && n === 0 ? JSON.stringify(value) : null));
    book.applyPatch([{ op: "setValues", sheet, row: i, col: 0, values: [line] }]);
  });
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function editStamp(book: MemoryWorkbook, edit: (stamp: Json) => void): void {
  const stamp = readJson(book, STAMP_SHEET, "stamp") as Json;
  edit(stamp);
  writeJson(book, STAMP_SHEET, "stamp", stamp);
}

export const stampOfBook = (book: MemoryWorkbook): Json => readJson(book, STAMP_SHEET, "stamp") as Json;

export function editMeta(book: MemoryWorkbook, key: string, edit: (value: Json) => void): void {
  const value = readJson(book, SHEETS.meta, key) as Json;
  edit(value);
  writeJson(book, SHEETS.meta, key, value);
}
