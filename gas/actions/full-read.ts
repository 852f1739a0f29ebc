import type { Grid } from "../../core/grid";
import type { SheetKind, SheetLayout } from "../../core/layout";
import { openWithMeta, type NotesOf, type TrackingWorkbook } from "../../core/workbook";
import type { Env } from "../env";
import { UserError } from "../errors";
import { msg } from "../../core/i18n";
import { readSheet, type SheetRead } from "../document/sheet-read";
import { openTracking, trackingSheet, type Opened } from "../document/workbook";

/** Both tracking sheets read in full: one getValues each (plus getNotes and getBackgrounds for marks). */
export interface FullRead {
  opened: Opened;
  reads: SheetRead[];
  /** The tracking workbook as the core opens it from these reads. */
  wb: TrackingWorkbook;
}

/** A layout with no columns stands for a table the workbook does not have (a recognised indicator table alone). */
const present = (layout: SheetLayout): boolean => layout.columns.length > 0;

/** Two reads of one sheet, each holding its own columns, as one grid. */
function overlay(a: Grid, b: Grid): Grid {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, r) => {
    const x = a[r] ?? [];
    const y = b[r] ?? [];
    return Array.from({ length: Math.max(x.length, y.length) }, (_, c) => x[c] ?? y[c] ?? null);
  });
}

/** `marks`: also read notes and fills, to write validation marks without losing a person's own. */
export function readAll(env: Env, marks: boolean): FullRead {
  const opened = openTracking(env);
  const { meta } = opened;
  const extras = { notes: marks, fills: marks };
  const reads: SheetRead[] = [];
  const grids = new Map<string, Grid>();
  for (const layout of [meta.indicatorLayout, meta.taskLayout]) {
    if (!present(layout)) continue;
    const read = readSheet(trackingSheet(env, layout), layout, extras);
    reads.push(read);
    // Both tables may sit on one sheet (recognised in place): each read holds its own columns.
    const seen = grids.get(layout.sheet);
    grids.set(layout.sheet, seen ? overlay(seen, read.grid) : read.grid);
  }
  const { workbook, error } = openWithMeta(meta, (sheet) => grids.get(sheet) ?? null, { now: opened.now });
  if (!workbook) throw new UserError(error ?? msg("gas.noWorkbook"));
  return { opened, reads, wb: workbook };
}

/** The notes a full read saw, as the core's jobs take them. */
export function notesOfRead(all: FullRead): NotesOf {
  return (kind: SheetKind, rows) => {
    const layout = kind === "indicators" ? all.opened.meta.indicatorLayout : all.opened.meta.taskLayout;
    const read = all.reads.find((r) => r.layout.sheet === layout.sheet && r.layout.kind === kind);
    return rows.map((r) => (read ? (read.notes?.[r - read.first] ?? []) : []));
  };
}
