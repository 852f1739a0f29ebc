import { msg, type Lang } from "../i18n";
import type { IndicatorStatus, TaskStatus } from "../model";
import { mergePatchOps, type PatchOp, type PatchValue } from "../patch";
import { currentMilestone } from "../status";
import { statusLabel, taskStatusLabel } from "../status";
import { formatNumber } from "../summary";
import { keyYear, type SheetRecord } from "./columns";
import type { SheetLayout } from "./sheet-layout";

/**
 * The progress cell: the numbers behind the current milestone's status, short enough to read
 * in a cell ("Dự báo 2030: 32,5 / 35 (0,72)"), or null when there is nothing to show.
 */
export function progressText(statuses: readonly IndicatorStatus[], lang: Lang = "vi"): string | null {
  if (statuses.length === 0) return null;
  const asOf = statuses[0].evidence.asOf;
  const milestone = currentMilestone(statuses.map((s) => s.milestone), asOf);
  const current = statuses.find((s) => s.milestone === milestone) ?? statuses[statuses.length - 1];
  const e = current.evidence;
  const n = (x: number) => formatNumber(x, lang, 2);
  if (e.projected !== null && e.target !== null && e.ratio !== null) {
    return msg("layout.progress.projected", { milestone: e.milestone, projected: n(e.projected), target: n(e.target), ratio: n(e.ratio) })[lang];
  }
  if (e.value !== null && e.valueYear !== null) {
    return e.target !== null
      ? msg("layout.progress.value", { year: e.valueYear, value: n(e.value), milestone: e.milestone, target: n(e.target) })[lang]
      : msg("layout.progress.valueOnly", { year: e.valueYear, value: n(e.value) })[lang];
  }
  if (e.assessment !== null) return msg("layout.progress.assessment", { assessment: e.assessment })[lang];
  return null;
}

/** One column written over rows first..last: one setValues and one setNotes (merged later). */
function columnOps(sheet: string, col: number, first: number, cells: (PatchValue | undefined)[], notes: (string | null)[]): PatchOp[] {
  return [
    { op: "setValues", sheet, row: first, col, values: cells.map((v) => [v ?? null]) },
    { op: "setNotes", sheet, row: first, col, notes: notes.map((n) => [n]) },
  ];
}

/**
 * Writes the computed columns: status per milestone (label in the UI language, coloured by the
 * sheet's conditional formats, explanation as the cell note), the progress cell, and the task
 * assessment. Every computed cell between the first and last record is written (stale statuses
 * of rows now without one are cleared), column by column, and adjacent columns merge: a
 * 10,000-row sheet costs a handful of ops.
 */
export function statusPatch(
  layout: SheetLayout,
  records: readonly SheetRecord<string>[],
  indicatorStatuses: readonly IndicatorStatus[],
  taskStatuses: readonly TaskStatus[],
  lang: Lang = "vi",
): PatchOp[] {
  if (records.length === 0) return [];
  let first = Infinity;
  let last = -1;
  for (const r of records) {
    first = Math.min(first, r.row);
    last = Math.max(last, r.row);
  }
  const height = last - first + 1;
  const rowIds: (string | null)[] = Array(height).fill(null);
  for (const r of records) rowIds[r.row - first] = r.rowId;
  const ops: PatchOp[] = [];

  if (layout.kind === "indicators") {
    const byId = new Map<string, IndicatorStatus[]>();
    for (const s of indicatorStatuses) {
      const list = byId.get(s.indicatorId) ?? [];
      list.push(s);
      byId.set(s.indicatorId, list);
    }
    for (const list of byId.values()) list.sort((a, b) => a.milestone - b.milestone);
    for (const { key, col } of [...layout.columns].sort((a, b) => a.col - b.col)) {
      const year = key.startsWith("status:") ? keyYear(key) : null;
      if (year !== null) {
        const found = rowIds.map((id) => (id === null ? undefined : byId.get(id)?.find((s) => s.milestone === year)));
        ops.push(
          ...columnOps(
            layout.sheet,
            col,
            first,
            found.map((s) => (s ? statusLabel(s.status, lang) : null)),
            found.map((s) => (s ? s.explanation[lang] : null)),
          ),
        );
      } else if (key === "progress") {
        const texts = rowIds.map((id) => (id === null ? null : progressText(byId.get(id) ?? [], lang)));
        ops.push({ op: "setValues", sheet: layout.sheet, row: first, col, values: texts.map((t) => [t]) });
      }
    }
  } else {
    const col = layout.columns.find((c) => c.key === "assessment")?.col;
    if (col === undefined) return [];
    const byId = new Map(taskStatuses.map((s) => [s.taskId, s]));
    const found = rowIds.map((id) => (id === null ? undefined : byId.get(id)));
    ops.push(
      ...columnOps(
        layout.sheet,
        col,
        first,
        found.map((s) => (s ? taskStatusLabel(s.status, lang) : null)),
        found.map((s) => (s ? s.explanation[lang] : null)),
      ),
    );
  }
  return mergePatchOps(ops);
}
