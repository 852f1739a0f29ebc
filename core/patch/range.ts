import { z } from "zod";

/** A rectangle of a sheet, 0-based, independent of A1 notation so every host can use it. */
export const RangeSchema = z.object({
  row: z.number().int().min(0),
  col: z.number().int().min(0),
  rows: z.number().int().min(1),
  cols: z.number().int().min(1),
});

/** A single cell position, 0-based. */
export const PositionSchema = z.object({
  row: z.number().int().min(0),
  col: z.number().int().min(0),
});

export type Range = z.infer<typeof RangeSchema>;
export type Position = z.infer<typeof PositionSchema>;

/** 0 → "A", 25 → "Z", 26 → "AA" (bijective base 26, as spreadsheets count). */
export function columnLetter(col: number): string {
  let n = Math.floor(col) + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 0, "AA" → 26; null when the text is not a column name. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Sheet names with anything but letters, digits and "_" must be quoted in A1 references. */
export function quoteSheetName(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "B3" for one cell, "B3:D10" otherwise; prefixed with the (quoted) sheet name when given. */
export function a1(range: Range, sheet?: string): string {
  const start = `${columnLetter(range.col)}${range.row + 1}`;
  const ref =
    range.rows === 1 && range.cols === 1
      ? start
      : `${start}:${columnLetter(range.col + range.cols - 1)}${range.row + range.rows}`;
  return sheet === undefined ? ref : `${quoteSheetName(sheet)}!${ref}`;
}

/**
 * Reads "B3", "B3:D10", "'Tổng hợp'!A1:C2" (sheet part ignored; see `parseA1Sheet`). Null when the
 * text is not a cell or rectangle reference (whole columns/rows are not supported on purpose:
 * hosts hand us bounded selections).
 */
export function parseA1(ref: string): Range | null {
  const bang = ref.lastIndexOf("!");
  const body = (bang >= 0 ? ref.slice(bang + 1) : ref).replace(/\$/g, "").trim();
  const m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(body);
  if (!m) return null;
  const c1 = columnIndex(m[1]);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] === undefined ? c1 : columnIndex(m[3]);
  const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
  if (c1 === null || c2 === null || r1 < 0 || r2 < 0) return null;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, rows: Math.abs(r2 - r1) + 1, cols: Math.abs(c2 - c1) + 1 };
}

/** The sheet part of an A1 reference ("'Tổng hợp'!A1" → "Tổng hợp"), or null. */
export function parseA1Sheet(ref: string): string | null {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return null;
  const part = ref.slice(0, bang);
  const quoted = /^'(.*)'$/.exec(part);
  return quoted ? quoted[1].replace(/''/g, "'") : part;
}

export function rangesIntersect(a: Range, b: Range): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

/** True when `inner` lies entirely inside `outer`. */
export function rangeContains(outer: Range, inner: Range): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

/**
 * Consecutive runs of sorted integers: [1,2,3,7,8] → [{start:1,length:3},{start:7,length:2}]
 * (a repeated number stays in its run).
 */
export function consecutiveRuns(sorted: readonly number[]): { start: number; length: number }[] {
  const out: { start: number; length: number }[] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last.start + last.length) last.length++;
    else if (!last || n >= last.start + last.length) out.push({ start: n, length: 1 });
  }
  return out;
}
