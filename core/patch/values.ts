import { z } from "zod";
import type { Cell } from "../grid";

/**
 * A value in a `setValues` op. Plain JSON on purpose (patches cross the Apps Script / the Office JavaScript API
 * boundary as JSON): a date travels as `{ date: "yyyy-mm-dd" }`, never as a `Date` object, which
 * JSON would silently turn into a string.
 */
export const PatchDateSchema = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });
export const PatchValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), PatchDateSchema]);

export type PatchDate = z.infer<typeof PatchDateSchema>;
export type PatchValue = z.infer<typeof PatchValueSchema>;

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A core cell as a patch value (dates by their UTC day, NaN/Infinity as empty). */
export function toPatchValue(cell: Cell | undefined): PatchValue {
  if (cell === undefined || cell === null) return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : { date: isoDay(cell) };
  if (typeof cell === "number" && !Number.isFinite(cell)) return null;
  return cell;
}

/** A grid of core cells as patch values, padded to a rectangle (hosts write rectangles). */
export function toPatchValues(grid: ReadonlyArray<ReadonlyArray<Cell | undefined>>): PatchValue[][] {
  const width = grid.reduce((w, row) => Math.max(w, row.length), 0);
  return grid.map((row) => Array.from({ length: width }, (_, c) => toPatchValue(row[c])));
}

/**
 * Characters that make Sheets/Excel read typed text as a formula (=, +, -, @), plus tab and
 * carriage return (CSV-injection vectors), plus the apostrophe itself so that data which really
 * starts with one survives the host stripping the first apostrophe.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r']/;

/**
 * Makes a text cell safe to write into a host that interprets typed input (Apps Script
 * `setValues`, the Office JavaScript API `range.values`): a leading apostrophe is the one escape both Google
 * Sheets and Excel understand; they store the rest as plain text and do not show the apostrophe.
 * So "=1+1" → "'=1+1" (shown and read back as "=1+1"), "-" → "'-", "'a" → "''a".
 */
export function escapeFormulaText(s: string): string {
  return FORMULA_TRIGGER.test(s) ? `'${s}` : s;
}

/** What a host finally writes: strings, numbers, booleans, empties, and dates in its own form. */
export type HostValue = string | number | boolean | Date | null;

export interface SafeValuesOptions {
  /**
   * Escape formula-like text with an apostrophe. True for hosts that parse typed input (Apps
   * Script, the Office JavaScript API). False for ExcelJS: it stores strings verbatim (a formula there is a
   * separate object), so an apostrophe would become part of the text.
   */
  escape?: boolean;
  /**
   * How dates are handed over: a `Date` at UTC midnight (Apps Script, ExcelJS), or an Excel
   * serial day number (the Office JavaScript API, which does not accept Date objects; pair with a date format).
   */
  dates?: "date" | "serial";
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Excel serial day number of a yyyy-mm-dd day (1900 date system). */
export function excelSerial(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH_MS) / DAY_MS);
}

/**
 * The values of a `setValues` op as a host must write them: text escaped so it stays data
 * (see `escapeFormulaText`), dates converted, null kept (hosts write "" to clear).
 */
export function safeValues(values: ReadonlyArray<ReadonlyArray<PatchValue>>, options: SafeValuesOptions = {}): HostValue[][] {
  const escape = options.escape ?? true;
  const dates = options.dates ?? "date";
  return values.map((row) =>
    row.map((v): HostValue => {
      if (typeof v === "string") return escape ? escapeFormulaText(v) : v;
      if (v !== null && typeof v === "object") {
        return dates === "serial" ? excelSerial(v.date) : new Date(`${v.date}T00:00:00Z`);
      }
      return v;
    }),
  );
}
