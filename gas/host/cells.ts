import type { Cell, Grid } from "../../core/grid";

/**
 * A value from `getValues()` as a core cell. Dates are rebuilt in this realm: a Date made
 * elsewhere (another script realm, a test host) fails `instanceof Date`, which the core relies on.
 * Empty strings are empty cells.
 */
export function toCell(v: unknown): Cell {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (Object.prototype.toString.call(v) === "[object Date]") return new Date((v as Date).getTime());
  return String(v);
}

export function toGrid(values: readonly (readonly unknown[])[]): Grid {
  return values.map((row) => row.map(toCell));
}
