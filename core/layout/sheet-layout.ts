import { z } from "zod";
import type { IndicatorColumnKey, SheetKind, TaskColumnKey } from "./columns";

/**
 * Where each column key lives on a sheet. The same type describes a workbook made from a
 * template and a table the user pasted and had recognised in place, so every later step
 * (reading records, writing statuses, marking findings) works on both.
 */
export interface LayoutColumn<K extends string = string> {
  key: K;
  /** 0-based sheet column. */
  col: number;
  /** Plan structure or computed: protected, never typed by an agency. */
  structural: boolean;
}

export interface SheetLayout<K extends string = string> {
  kind: SheetKind;
  sheet: string;
  /** Last header row, 0-based. */
  headerRow: number;
  firstDataRow: number;
  /**
   * Last data row, inclusive, for a table with something below it (both appendices pasted on
   * one sheet); absent: the table runs to the end of the sheet.
   */
  lastDataRow?: number;
  columns: LayoutColumn<K>[];
}

export type IndicatorLayout = SheetLayout<IndicatorColumnKey>;
export type TaskLayout = SheetLayout<TaskColumnKey>;

const YEAR_KEY = /^(target|actual|status):\d{4}$/;
const INDICATOR_KEYS = new Set([
  "code", "name", "unit", "lead", "partners", "direction", "baselineYear", "baselineValue",
  "assessment", "progress", "note", "rowId",
]);
const TASK_KEYS = new Set([
  "code", "text", "lead", "partners", "timeframe", "approvalLevel", "expectedOutput", "state",
  "percent", "completedOn", "evidence", "triggeredOn", "note", "assessment", "rowId",
]);

export function isIndicatorColumnKey(key: string): key is IndicatorColumnKey {
  return INDICATOR_KEYS.has(key) || YEAR_KEY.test(key);
}

export function isTaskColumnKey(key: string): key is TaskColumnKey {
  return TASK_KEYS.has(key);
}

const LayoutColumnSchema = z.object({
  key: z.string(),
  col: z.number().int().min(0),
  structural: z.boolean(),
});

/** A layout as stored in the document's metadata (keys checked against the sheet kind). */
export const SheetLayoutSchema = z
  .object({
    kind: z.enum(["indicators", "tasks"]),
    sheet: z.string().min(1),
    headerRow: z.number().int().min(0),
    firstDataRow: z.number().int().min(0),
    lastDataRow: z.number().int().min(0).optional(),
    columns: z.array(LayoutColumnSchema),
  })
  .superRefine((layout, ctx) => {
    const known = layout.kind === "indicators" ? isIndicatorColumnKey : isTaskColumnKey;
    const keys = new Set<string>();
    const cols = new Set<number>();
    layout.columns.forEach((c, i) => {
      if (!known(c.key)) ctx.addIssue({ code: "custom", path: ["columns", i, "key"], message: `unknown column key "${c.key}"` });
      if (keys.has(c.key)) ctx.addIssue({ code: "custom", path: ["columns", i, "key"], message: `column key "${c.key}" twice` });
      if (cols.has(c.col)) ctx.addIssue({ code: "custom", path: ["columns", i, "col"], message: `column ${c.col} twice` });
      keys.add(c.key);
      cols.add(c.col);
    });
    if (layout.firstDataRow <= layout.headerRow) {
      ctx.addIssue({ code: "custom", path: ["firstDataRow"], message: "data must start below the header" });
    }
  });

/** The sheet column of a key, or null when the layout has no such column. */
export function columnOf<K extends string>(layout: SheetLayout<K>, key: K): number | null {
  return layout.columns.find((c) => c.key === key)?.col ?? null;
}

/** The leftmost layout column and the width up to the rightmost one (what a host reads per row). */
export function layoutSpan(layout: SheetLayout): { col: number; cols: number } {
  if (layout.columns.length === 0) return { col: 0, cols: 1 };
  const cols = layout.columns.map((c) => c.col);
  const left = Math.min(...cols);
  return { col: left, cols: Math.max(...cols) - left + 1 };
}

/** Milestone or reporting years of the per-year columns with that prefix, in column order. */
export function layoutYears(layout: SheetLayout, prefix: "target" | "actual" | "status"): number[] {
  const out: number[] = [];
  for (const c of layout.columns) {
    const m = /^(\w+):(\d{4})$/.exec(c.key);
    if (m && m[1] === prefix) out.push(Number(m[2]));
  }
  return out;
}
