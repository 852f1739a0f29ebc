import { readIndicatorRecords, readTaskRecords, type IndicatorRecord, type SheetLayout, type TaskRecord } from "../../core/layout";
import type { Env } from "../env";
import { readSheet, type SheetRead } from "../document/sheet-read";
import { coreView, openTracking, trackingSheet, type CoreView, type Opened } from "../document/workbook";

/** Both tracking sheets read in full: one getValues each (plus getNotes and getBackgrounds for marks). */
export interface FullRead {
  opened: Opened;
  reads: SheetRead[];
  indicators: IndicatorRecord[];
  tasks: TaskRecord[];
  view: CoreView;
}

/** A layout with no columns stands for a table the workbook does not have (a recognised indicator table alone). */
const present = (layout: SheetLayout): boolean => layout.columns.length > 0;

/** `marks`: also read notes and fills, to write validation marks without losing a person's own. */
export function readAll(env: Env, marks: boolean): FullRead {
  const opened = openTracking(env);
  const { meta } = opened;
  const extras = { notes: marks, fills: marks };
  const reads: SheetRead[] = [];
  let indicators: IndicatorRecord[] = [];
  let tasks: TaskRecord[] = [];
  if (present(meta.indicatorLayout)) {
    const read = readSheet(trackingSheet(env, meta.indicatorLayout), meta.indicatorLayout, extras);
    reads.push(read);
    indicators = readIndicatorRecords(read.grid, meta.indicatorLayout);
  }
  if (present(meta.taskLayout)) {
    const read = readSheet(trackingSheet(env, meta.taskLayout), meta.taskLayout, extras);
    reads.push(read);
    tasks = readTaskRecords(read.grid, meta.taskLayout);
  }
  return { opened, reads, indicators, tasks, view: coreView(opened, indicators, tasks) };
}
