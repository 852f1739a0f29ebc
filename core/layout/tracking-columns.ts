import { msg, type Lang } from "../i18n";
import type { Plan } from "../model";
import { consecutiveRuns, SheetCanvas, type PatchOp } from "../patch";
import type { ColumnMapping, RecognizedTable } from "../recognize";
import { ROW_MARKS, targetKey, type IndicatorColumnKey, type SheetKind, type TaskColumnKey } from "./columns";
import { indicatorColumnSpecs, taskColumnSpecs, type ColumnSpec } from "./column-specs";
import { directionWord } from "./plan-rows";
import type { LayoutColumn, SheetLayout } from "./sheet-layout";
import { columnProtections, columnRules, columnsLabel, LAYOUT_COLOURS, type PlacedSpec } from "./style";

type AnyKey = IndicatorColumnKey | TaskColumnKey;
/** Column keys of a sheet kind. */
export type KeyOfKind<S extends SheetKind> = S extends "indicators" ? IndicatorColumnKey : TaskColumnKey;

export interface TrackingColumnsOptions {
  lang?: Lang;
  /**
   * Last column of the user's table when it extends beyond the mapped columns (a column the
   * recogniser ignored, e.g. their own "Ghi chú"): the tracking columns go right of it.
   */
  lastCol?: number;
}

/**
 * The recogniser's column mapping as layout columns: roles become keys, target columns take
 * their header's year or, failing that, the plan's milestones in order. Ignored columns count
 * towards the table's last column only.
 */
export function userColumnsFromMappings<S extends SheetKind>(
  mappings: readonly ColumnMapping[],
  kind: S,
  milestoneYears: readonly number[],
): { userColumns: { key: KeyOfKind<S>; col: number }[]; lastCol: number } {
  const userColumns: { key: AnyKey; col: number }[] = [];
  let lastCol = -1;
  const years = [...milestoneYears];
  const used = new Set<string>();
  for (const m of [...mappings].sort((a, b) => a.col - b.col)) {
    lastCol = Math.max(lastCol, m.col);
    let key: AnyKey | null = null;
    switch (m.role) {
      case "ignored":
      case "reference":
        break;
      case "assignment":
        key = "lead";
        break;
      case "name":
        key = kind === "tasks" ? "text" : "name";
        break;
      case "target": {
        const year = m.year ?? years.find((y) => !used.has(targetKey(y))) ?? null;
        key = year === null || kind === "tasks" ? null : targetKey(year);
        break;
      }
      case "unit":
        key = kind === "tasks" ? null : "unit";
        break;
      case "timeframe":
      case "approvalLevel":
      case "expectedOutput":
        key = kind === "tasks" ? m.role : null;
        break;
      default:
        key = m.role;
    }
    if (key === null || used.has(key)) continue;
    used.add(key);
    userColumns.push({ key, col: m.col });
  }
  // The switch above only produces keys of the asked kind.
  return { userColumns: userColumns as { key: KeyOfKind<S>; col: number }[], lastCol };
}

/** Row ids for the data rows of a recognised table: plan ids, group markers, null for the rest. */
export function rowIdsFromRecognized(table: RecognizedTable): (string | null)[] {
  const byRow = new Map(table.rows.map((r) => [r.row, r]));
  const out: (string | null)[] = [];
  for (let row = table.firstRow; row <= table.lastRow; row++) {
    const r = byRow.get(row);
    if (!r) out.push(null);
    else if (r.kind === "area") out.push(ROW_MARKS.area);
    else if (r.kind === "section") out.push(ROW_MARKS.section);
    else if (r.kind === "subarea") out.push(ROW_MARKS.subArea);
    else if (r.kind === "repeatedHeader" || r.kind === "header") out.push(ROW_MARKS.header);
    else out.push(r.id);
  }
  return out;
}

/**
 * In-place tracking of a table the user already has (a plan appendix pasted from Word): the
 * tracking columns are added right of the user's last column, not in a copy elsewhere, with a
 * one-row header on the table's (last) header row, the row ids, the plan's directions
 * prefilled for confirmation, formats, validations, status colours and protections. The user's
 * own plan columns are protected with a warning only (their table, they may know better). The
 * returned layout points at the user's own columns; store it with `metaPatch`.
 */
export function trackingColumnsPatch<S extends SheetKind>(
  sheet: string,
  headerRow: number,
  firstDataRow: number,
  lastDataRow: number,
  userColumns: readonly { key: KeyOfKind<S>; col: number }[],
  kind: S,
  plan: Plan,
  rowIds: readonly (string | null)[],
  options: TrackingColumnsOptions = {},
): { patch: PatchOp[]; layout: SheetLayout<KeyOfKind<S>> } {
  const lang = options.lang ?? "vi";
  const taken = new Set<string>(userColumns.map((c) => c.key));
  const all: ColumnSpec<AnyKey>[] =
    kind === "indicators" ? indicatorColumnSpecs(plan, lang, false) : taskColumnSpecs(plan, lang, false);
  // Targets the plan holds that no column of the user's table carries (read from the indicator's
  // text when the table has no target column): a column of their own, so they survive reopening.
  const extraTargets: ColumnSpec<AnyKey>[] =
    kind === "indicators" ? indicatorColumnSpecs(plan, lang, true).filter((s) => s.key.startsWith("target:") && !taken.has(s.key)) : [];
  const specs = [...extraTargets, ...all.filter((s) => !taken.has(s.key))];
  const targetOf = new Map(plan.indicators.map((i) => [i.id, i.targets]));
  const start = Math.max(options.lastCol ?? -1, ...userColumns.map((c) => c.col)) + 1;
  const placed: PlacedSpec<AnyKey>[] = specs.map((spec, j) => ({ spec, col: start + j }));
  const count = Math.max(0, lastDataRow - firstDataRow + 1);
  const directionOf = new Map(plan.indicators.map((i) => [i.id, i.direction]));
  const planIds = new Set<string>(kind === "indicators" ? plan.indicators.map((i) => i.id) : plan.tasks.map((t) => t.id));

  const canvas = new SheetCanvas(sheet);
  for (const { spec, col } of placed) {
    canvas.value(headerRow, col, spec.single).fill(headerRow, col, LAYOUT_COLOURS.header).font(headerRow, col, { bold: true });
    if (spec.guide) canvas.note(headerRow, col, spec.guide);
  }
  const itemRows: number[] = [];
  for (let i = 0; i < count; i++) {
    const row = firstDataRow + i;
    const id = rowIds[i] ?? null;
    const isItem = id !== null && planIds.has(id);
    if (isItem) itemRows.push(row);
    for (const { spec, col } of placed) {
      if (spec.format !== null) canvas.format(row, col, spec.format);
      if (spec.key === "rowId" && id !== null) canvas.value(row, col, id).font(row, col, { color: LAYOUT_COLOURS.muted });
      if (spec.key.startsWith("target:") && isItem) {
        const raw = targetOf.get(id)?.[spec.key.slice(7)]?.raw;
        if (raw !== undefined) canvas.value(row, col, raw);
      }
      if (spec.key === "direction" && isItem) {
        const d = directionOf.get(id);
        if (d !== undefined) canvas.value(row, col, directionWord(d, lang));
      }
      if (spec.computed && isItem) canvas.fill(row, col, LAYOUT_COLOURS.computed);
    }
  }
  const patch: PatchOp[] = [...canvas.toOps()];
  if (placed.length > 0) {
    patch.push({ op: "setColumnWidths", sheet, col: start, widths: placed.map((p) => p.spec.width) });
    patch.push({ op: "setWrap", sheet, range: { row: headerRow, col: start, rows: 1, cols: placed.length }, wrap: true });
  }
  patch.push(...columnRules(sheet, kind, placed, firstDataRow, count, itemRows, lang));
  patch.push(...columnProtections(sheet, placed, firstDataRow, count, lang, true));
  if (count > 0) {
    for (const r of consecutiveRuns(userColumns.map((c) => c.col).sort((a, b) => a - b))) {
      patch.push({
        op: "protectRange",
        sheet,
        range: { row: firstDataRow, col: r.start, rows: count, cols: r.length },
        description: msg("layout.protect.structure", { columns: columnsLabel(r.start, r.length) })[lang],
        warningOnly: true,
      });
    }
  }
  const columns: LayoutColumn<AnyKey>[] = [
    ...userColumns.map((c) => ({ key: c.key, col: c.col, structural: true })),
    ...placed.map((p) => ({ key: p.spec.key, col: p.col, structural: p.spec.structural })),
  ].sort((a, b) => a.col - b.col);
  const layout: SheetLayout<AnyKey> = { kind, sheet, headerRow, firstDataRow, lastDataRow, columns };
  return { patch, layout: layout as SheetLayout<KeyOfKind<S>> };
}
