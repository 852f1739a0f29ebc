import { actualKey, columnOf, type SheetLayout } from "../layout";
import { SheetCanvas, type PatchOp, type PatchValue } from "../patch";
import type { Sample } from "../template";
import type { TrackingWorkbook } from "./open";

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
  // The label sits on the title row of each sheet, right of the title, in red.
  for (const layout of [ind, task]) {
    if (layout.columns.length === 0) continue;
    const col = Math.max(...layout.columns.map((c) => c.col)) + 1;
    ops.push({ op: "setValues", sheet: layout.sheet, row: 0, col, values: [[label]] });
    ops.push({ op: "setFontStyles", sheet: layout.sheet, row: 0, col, styles: [[{ bold: true, italic: false, color: "#C00000" }]] });
  }
  return ops;
}
