import type { PatchOp } from "../../core/patch";
import type { Lang } from "../../core/i18n";
import type { Env } from "../env";
import { applyPatch } from "../host/apply-patch";
import { composeRectangles } from "../host/compose";
import { baseFillOf } from "./workbook";
import type { SheetRead } from "./sheet-read";

export function apply(env: Env, ops: readonly PatchOp[], lang: Lang): void {
  if (ops.length === 0) return;
  applyPatch({ app: env.svc.spreadsheetApp, spreadsheet: env.ss, properties: env.props, lang }, ops);
}

/**
 * Applies marks and statuses for rows that were just read, as one rectangle per kind: the cells
 * between written ones keep what the read saw (values, notes) or get their base fill.
 */
export function applyOnRead(env: Env, read: SheetRead, ops: readonly PatchOp[], lang: Lang): void {
  const inRows = (r: number): boolean => r >= read.first && r <= read.last;
  const inCols = (c: number): boolean => c >= read.span.col && c < read.span.col + read.span.cols;
  const fill = baseFillOf(read);
  const composed = composeRectangles(read.layout.sheet, ops, {
    value: (r, c) => (inRows(r) && inCols(c) ? (read.grid[r]?.[c] ?? null) : undefined),
    note: (r, c) => (read.notes && inRows(r) && inCols(c) ? (read.notes[r - read.first]?.[c - read.span.col] ?? null) : undefined),
    // Cells between marks keep the fill they have when it was read, else their base fill.
    fill: (r, c) => {
      const seen = read.fills && inRows(r) && inCols(c) ? read.fills[r - read.first]?.[c - read.span.col] : undefined;
      return seen === undefined ? fill(r, c) : seen.toLowerCase() === "#ffffff" ? null : seen.toUpperCase();
    },
  });
  apply(env, composed, lang);
}

/**
 * A core patch over sheets just read: each tracking sheet's ops are composed with its read (one
 * rectangle per kind), the rest (other sheets: the summary) applied as they are.
 */
export function applyOnReads(env: Env, reads: readonly SheetRead[], ops: readonly PatchOp[], lang: Lang): void {
  const bySheet = new Map<string, PatchOp[]>();
  const rest: PatchOp[] = [];
  for (const op of ops) {
    const read = reads.find((r) => r.layout.sheet === op.sheet);
    if (!read) {
      rest.push(op);
      continue;
    }
    const list = bySheet.get(op.sheet) ?? [];
    list.push(op);
    bySheet.set(op.sheet, list);
  }
  for (const [sheet, list] of bySheet) applyOnRead(env, reads.find((r) => r.layout.sheet === sheet) as SheetRead, list, lang);
  apply(env, rest, lang);
}
