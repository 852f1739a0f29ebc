import { actualKey, columnOf, FROZEN_COLUMNS, type SheetLayout } from "../layout";
import { SheetCanvas, type PatchOp, type PatchValue } from "../patch";
import type { Sample } from "../template";
import type { TrackingWorkbook } from "./open";

/** Columns the sample label spans on the title row. */
const SAMPLE_LABEL_COLUMNS = 4;

/**
 * Types a bundled sample into a tracking workbook, cell by cell as a person would (numbers,
 * Vietnamese-style text, the deliberately wrong cells), and labels every sheet it touches so
 * nobody mistakes it for the province's figures. Task progress goes in for the sample's
 * reporting year (the task sheet holds one reporting year).
 */
export function samplePatch(wb: TrackingWorkbook, sample: Sample, lang: "vi" | "en" = "vi"): PatchOp[] {
  const ind = wb.meta.indicatorLayout;
  const task = wb.meta.taskLayout;
  const indRows = new Map(wb.indicatorRecords.filter((r) => r.rowId !== null).map((r) => [r.rowId as string, r.row]));
  const taskRows = new Map(wb.taskRecords.filter((r) => r.rowId !== null).map((r) => [r.rowId as string, r.row]));
  const indicators = new SheetCanvas(ind.sheet);
  const tasks = new SheetCanvas(task.sheet);
  const put = (canvas: SheetCanvas, layout: SheetLayout, rows: Map<string, number>, id: string, key: string, value: PatchValue) => {
    const row = rows.get(id);
    const col = columnOf(layout, key);
    if (row !== undefined && col !== null) canvas.value(row, col, value);
  };
  for (const b of sample.baselines) {
    put(indicators, ind, indRows, b.indicatorId, "baselineYear", b.year);
    put(indicators, ind, indRows, b.indicatorId, "baselineValue", b.value);
  }
  for (const v of sample.values) put(indicators, ind, indRows, v.indicatorId, actualKey(v.year), v.cell);
  for (const a of sample.assessments) put(indicators, ind, indRows, a.indicatorId, "assessment", a.text);
  for (const p of sample.taskProgress) {
    if (p.year !== sample.asOf) continue;
    put(tasks, task, taskRows, p.taskId, "state", p.state);
    put(tasks, task, taskRows, p.taskId, "percent", p.percent);
    put(tasks, task, taskRows, p.taskId, "completedOn", p.completedOn ? { date: p.completedOn } : null);
    put(tasks, task, taskRows, p.taskId, "evidence", p.evidence);
    put(tasks, task, taskRows, p.taskId, "note", p.note);
    put(tasks, task, taskRows, p.taskId, "triggeredOn", p.triggeredOn ? { date: p.triggeredOn } : null);
  }
  const label = `⚠ ${sample.label[lang]}`;
  const ops = [...indicators.toOps(), ...tasks.toOps()];
  // The label sits where a person looks first: on the title row, just right of the title (which
  // spans the frozen code and name columns), over the next columns, in red on a light fill.
  for (const layout of [ind, task]) {
    if (layout.columns.length === 0) continue;
    const cols = layout.columns.map((c) => c.col).sort((a, b) => a - b);
    const col = Math.min(FROZEN_COLUMNS, cols.length - 1) + cols[0];
    const span = Math.max(1, Math.min(SAMPLE_LABEL_COLUMNS, cols[cols.length - 1] - col + 1));
    const sheet = layout.sheet;
    ops.push(
      { op: "setValues", sheet, row: 0, col, values: [[label]] },
      { op: "setFontStyles", sheet, row: 0, col, styles: [[{ bold: true, italic: false, color: "#C00000" }]] },
      { op: "setFills", sheet, row: 0, col, fills: [["#FCE4D6"]] },
      ...(span > 1 ? [{ op: "mergeCells" as const, sheet, ranges: [{ row: 0, col, rows: 1, cols: span }] }] : []),
      { op: "setWrap", sheet, range: { row: 0, col, rows: 1, cols: span }, wrap: true },
    );
  }
  return ops;
}
