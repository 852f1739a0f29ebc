import type { Cell } from "../grid";

/**
 * Column keys of the tracking sheets. One vocabulary for the layout, validation findings, hosts
 * and docs: a finding points at a column key, the layout maps keys to sheet columns.
 */

/** Sheet names of the tracking workbook (Vietnamese, as users see them). */
export const SHEETS = {
  indicators: "Chỉ tiêu",
  tasks: "Nhiệm vụ",
  agencies: "Đơn vị",
  summary: "Tổng hợp",
  log: "Nhật ký",
  meta: "_chitieu",
} as const;

export type SheetRole = keyof typeof SHEETS;

/** Indicator sheet: per-year keys carry the year ("target:2025", "actual:2026", "status:2030"). */
export type IndicatorColumnKey =
  | "code"
  | "name"
  | "unit"
  | `target:${number}`
  | "lead"
  | "partners"
  | "direction"
  | "baselineYear"
  | "baselineValue"
  | `actual:${number}`
  | "assessment"
  | `status:${number}`
  | "progress"
  | "note"
  | "rowId";

export type TaskColumnKey =
  | "code"
  | "text"
  | "lead"
  | "partners"
  | "timeframe"
  | "approvalLevel"
  | "expectedOutput"
  | "state"
  | "percent"
  | "completedOn"
  | "evidence"
  /** Conditional tasks: the day the outside event happened ("Sau khi có hướng dẫn của Bộ ..."). */
  | "triggeredOn"
  | "note"
  | "assessment"
  | "rowId";

export const targetKey = (year: number): `target:${number}` => `target:${year}`;
export const actualKey = (year: number): `actual:${number}` => `actual:${year}`;
export const statusKey = (year: number): `status:${number}` => `status:${year}`;

/** The year inside a per-year key, or null. */
export function keyYear(key: string): number | null {
  const m = /^(?:target|actual|status):(\d{4})$/.exec(key);
  return m ? Number(m[1]) : null;
}

/**
 * One row of a tracking sheet as the core sees it: its 0-based grid row, the plan row it holds
 * (by id, null for group/section rows or rows the user added) and its cells by column key.
 */
export interface SheetRecord<K extends string = string> {
  row: number;
  rowId: string | null;
  cells: Partial<Record<K, Cell>>;
}

export type IndicatorRecord = SheetRecord<IndicatorColumnKey>;
export type TaskRecord = SheetRecord<TaskColumnKey>;

/** Which tracking sheet a layout describes. */
export type SheetKind = "indicators" | "tasks";

/**
 * Group rows carry a marker instead of a plan id in the row-id column, so the sheet alone tells
 * an area/section row from an indicator/task row and from a row a person added. The marker
 * starts with "§", which nobody types by accident; records report it as rowId null.
 */
export const ROW_MARKS = {
  area: "§area",
  section: "§section",
  subArea: "§subarea",
  /** A header row repeated inside a pasted table (a page break of the Word original): not data. */
  header: "§header",
} as const;

export type RowMark = keyof typeof ROW_MARKS;

/** The marker kind of a row-id cell, or null for plan ids and empty cells. */
export function rowMarkOf(cell: Cell | undefined): RowMark | null {
  if (typeof cell !== "string") return null;
  const t = cell.trim();
  for (const [kind, mark] of Object.entries(ROW_MARKS) as [RowMark, string][]) if (t === mark) return kind;
  return null;
}

/** The plan row id held by a row-id cell: trimmed text, null when empty or a group marker. */
export function rowIdOf(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  const t = (typeof cell === "string" ? cell : String(cell)).trim();
  return t === "" || t.startsWith("§") ? null : t.normalize("NFC");
}
