import type { Cell, Grid } from "../grid";
import type { SheetKind, SheetRecord } from "../layout";
import type { Lang } from "../i18n";
import type { PatchOp, PatchValue } from "../patch";
import { openTrackingWorkbook, statusJob, summarize, type SheetReader, type TrackingWorkbook } from "../workbook";
import type { ShareMaster } from "./master";

/** A value written into a master sheet (0-based). */
export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  value: PatchValue;
}

const asCell = (v: PatchValue): Cell => (v !== null && typeof v === "object" ? new Date(`${v.date}T00:00:00Z`) : v);

/** The master's sheets as they will be once the writes are applied (only the changed rows are copied). */
export function readerWith(master: ShareMaster, writes: readonly CellWrite[]): SheetReader {
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) {
    const list = bySheet.get(w.sheet);
    if (list) list.push(w);
    else bySheet.set(w.sheet, [w]);
  }
  const patched = new Map<string, Grid | null>();
  return (name) => {
    const list = bySheet.get(name);
    if (!list) return master.read(name);
    if (!patched.has(name)) {
      const grid = [...(master.read(name) ?? [])];
      for (const w of list) {
        while (grid.length <= w.row) grid.push([]);
        const line = [...(grid[w.row] ?? [])];
        while (line.length <= w.col) line.push(null);
        line[w.col] = asCell(w.value);
        grid[w.row] = line;
      }
      patched.set(name, grid);
    }
    return patched.get(name) ?? null;
  };
}

/**
 * The master as it is once the writes are applied. Reporting cells only are written, so the plan
 * stays the one read, except where a row's confirmed direction (a reporting cell the plan reads)
 * was written: then the master is opened again through the same door as every host.
 */
export function masterAfter(master: ShareMaster, writes: readonly CellWrite[], options: { now?: number } = {}): TrackingWorkbook {
  if (writes.length === 0) return master.workbook;
  const wb = master.workbook;
  const planCols = new Set<string>();
  for (const layout of [wb.meta.indicatorLayout, wb.meta.taskLayout]) {
    for (const c of layout.columns) if (c.key === "direction") planCols.add(`${layout.sheet}|${c.col}`);
  }
  if (writes.some((w) => planCols.has(`${w.sheet}|${w.col}`))) {
    const { workbook } = openTrackingWorkbook(readerWith(master, writes), { registry: wb.registry, now: options.now });
    return workbook ?? wb;
  }
  const changes = new Map<SheetKind, Map<number, Map<string, PatchValue>>>();
  for (const layout of [wb.meta.indicatorLayout, wb.meta.taskLayout]) {
    const keyAt = new Map(layout.columns.map((c) => [c.col, c.key as string]));
    const byRow = new Map<number, Map<string, PatchValue>>();
    for (const w of writes) {
      const key = w.sheet === layout.sheet ? keyAt.get(w.col) : undefined;
      if (key === undefined) continue;
      const cells = byRow.get(w.row) ?? new Map<string, PatchValue>();
      byRow.set(w.row, cells);
      cells.set(key, w.value);
    }
    if (byRow.size > 0) changes.set(layout.kind, byRow);
  }
  return withCells(wb, changes);
}

/**
 * Statuses and the summary of the merged master, recomputed with the core's jobs (bad values
 * held back from the statuses, as everywhere). `now`: the host's clock, for today's date.
 */
export function recomputePatch(after: TrackingWorkbook, options: { now?: number; lang: Lang }): PatchOp[] {
  const o = { now: options.now, lang: options.lang };
  const { result, marks } = statusJob(after, o);
  const { patch } = summarize(after, result, o);
  return [...marks, ...patch];
}

/** Values to put in some records: by sheet kind, sheet row and column key. */
export type RecordChanges = ReadonlyMap<SheetKind, ReadonlyMap<number, ReadonlyMap<string, PatchValue>>>;

/** A record's column (records hold every layout key, null when empty). */
const hasKey = <K extends string>(cells: Partial<Record<K, Cell>>, key: string): key is K => Object.prototype.hasOwnProperty.call(cells, key);

function swapRecords<K extends string>(records: SheetRecord<K>[], rows: ReadonlyMap<number, ReadonlyMap<string, PatchValue>> | undefined): SheetRecord<K>[] {
  if (!rows) return records;
  return records.map((r) => {
    const cells = rows.get(r.row);
    if (!cells) return r;
    const next: Partial<Record<K, Cell>> = { ...r.cells };
    for (const [k, v] of cells) if (hasKey(next, k)) next[k] = asCell(v);
    return { ...r, cells: next };
  });
}

/**
 * The workbook with some reporting cells holding other values, its plan as it is: what the row
 * checks judge a proposed value in (only the changed records are copied).
 */
export function withCells(wb: TrackingWorkbook, changes: RecordChanges): TrackingWorkbook {
  return { ...wb, indicatorRecords: swapRecords(wb.indicatorRecords, changes.get("indicators")), taskRecords: swapRecords(wb.taskRecords, changes.get("tasks")) };
}
