import { msg, type Lang } from "../i18n";
import { columnLetter, consecutiveRuns, type HexColour, type PatchOp, type Range } from "../patch";
import { statusFormatRules } from "../summary";
import type { SheetKind } from "./columns";
import type { ColumnSpec } from "./column-specs";

/** Colours of the tracking sheets (status colours come from core/summary). */
export const LAYOUT_COLOURS = {
  header: "#DCE6F1",
  group: "#EFEFEF",
  subgroup: "#F7F7F7",
  computed: "#F8F9FA",
  muted: "#808080",
  /** A name kept as written but not yet confirmed (an agency the registry does not know). */
  unconfirmed: "#FFF2CC",
} as const satisfies Record<string, HexColour>;

/** "A:H" or "K": how a person finds the columns in the protected-ranges panel. */
export function columnsLabel(col: number, cols: number): string {
  return cols === 1 ? columnLetter(col) : `${columnLetter(col)}:${columnLetter(col + cols - 1)}`;
}

export interface PlacedSpec<K extends string> {
  spec: ColumnSpec<K>;
  col: number;
}

/**
 * Validations, conditional formats, wraps and protections of the tracking columns over the data
 * rows `first..first+count-1`. Drop-downs go only on `itemRows` (a list rule shows an arrow in
 * every cell, which would clutter group rows); number/date rules cover every data row so rows
 * inserted later inherit them. `userColumnsWarnOnly` protects plan columns with a warning only
 * (a table the user owns, recognised in place).
 */
export function columnRules<K extends string>(
  sheet: string,
  kind: SheetKind,
  placed: readonly PlacedSpec<K>[],
  first: number,
  count: number,
  itemRows: readonly number[],
  lang: Lang,
): PatchOp[] {
  const ops: PatchOp[] = [];
  if (count <= 0) return ops;
  const itemRuns = consecutiveRuns(itemRows);
  for (const { spec, col } of placed) {
    if (!spec.validation) continue;
    const { rule, help } = spec.validation;
    const ranges: Range[] =
      rule.kind === "list"
        ? itemRuns.map((r) => ({ row: r.start, col, rows: r.length, cols: 1 }))
        : [{ row: first, col, rows: count, cols: 1 }];
    for (const range of ranges) ops.push({ op: "setValidation", sheet, range, rule, help });
  }
  // Status colours: one rule per label, on each run of computed status columns.
  const statusCols = placed
    .filter((p) => p.spec.computed && (kind === "tasks" ? p.spec.key === "assessment" : p.spec.key.startsWith("status:")))
    .map((p) => p.col)
    .sort((a, b) => a - b);
  const rules = statusFormatRules(kind === "tasks" ? "task" : "indicator", lang);
  for (const r of consecutiveRuns(statusCols)) {
    ops.push({ op: "setConditionalFormats", sheet, range: { row: first, col: r.start, rows: count, cols: r.length }, rules });
  }
  const wrapCols = placed.filter((p) => p.spec.wrap).map((p) => p.col).sort((a, b) => a - b);
  for (const r of consecutiveRuns(wrapCols)) {
    ops.push({ op: "setWrap", sheet, range: { row: first, col: r.start, rows: count, cols: r.length }, wrap: true });
  }
  return ops;
}

/** Protections of the structural columns over the data rows, one per run of adjacent columns. */
export function columnProtections<K extends string>(
  sheet: string,
  placed: readonly PlacedSpec<K>[],
  first: number,
  count: number,
  lang: Lang,
  planColumnsWarnOnly = false,
): PatchOp[] {
  if (count <= 0) return [];
  const ops: PatchOp[] = [];
  for (const computed of [false, true]) {
    const cols = placed
      .filter((p) => p.spec.structural && p.spec.computed === computed)
      .map((p) => p.col)
      .sort((a, b) => a - b);
    for (const r of consecutiveRuns(cols)) {
      // The row-id column protects like a computed one: it is ours even in a user's table.
      const ours = computed || placed.some((p) => p.col === r.start && p.spec.key === "rowId");
      const code = computed ? "layout.protect.computed" : "layout.protect.structure";
      ops.push({
        op: "protectRange",
        sheet,
        range: { row: first, col: r.start, rows: count, cols: r.length },
        description: msg(code, { columns: columnsLabel(r.start, r.length) })[lang],
        warningOnly: planColumnsWarnOnly && !ours,
      });
    }
  }
  return ops;
}
