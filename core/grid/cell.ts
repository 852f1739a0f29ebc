/**
 * What a host hands the core: a rectangle of cell values. Hosts convert their own types
 * (Sheets and Excel give numbers, strings, booleans, dates and empty strings).
 */
export type Cell = string | number | boolean | Date | null;

/** Row-major rectangle of cells; rows may be ragged (missing cells are empty). */
export type Grid = Cell[][];

/** A merged range, 0-based inclusive row/column bounds. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** True for null, undefined and strings that hold only whitespace. */
export function isEmptyCell(value: Cell | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  return false;
}

/** A cell as text (numbers in plain JavaScript form, dates as yyyy-mm-dd). */
export function cellText(value: Cell | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return String(value);
}
