import type { Cell } from "../grid";
import { foldKey } from "../text";

/**
 * Reads a completion date: a Date, a spreadsheet serial number, or text in Vietnamese order
 * (15/11/2025, 15-11-2025, 15.11.2025, "ngày 15 tháng 11 năm 2025") or ISO (2025-11-15).
 * Returns yyyy-mm-dd, or null when it is not a real calendar date.
 */
const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const WORDS = /^(?:ngay\s*)?(\d{1,2})\s*thang\s*(\d{1,2})\s*(?:,\s*)?nam\s*(\d{4})$/;
// Spreadsheet serials from 1954 to 2119; a bare 2025 is a year, not a date.
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;
const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function readDate(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined || typeof cell === "boolean") return null;
  if (cell instanceof Date) {
    // Local calendar date: hosts build Dates in the document's time zone.
    if (Number.isNaN(cell.getTime())) return null;
    return iso(cell.getFullYear(), cell.getMonth() + 1, cell.getDate());
  }
  if (typeof cell === "number") {
    if (!Number.isInteger(cell) || cell < SERIAL_MIN || cell > SERIAL_MAX) return null;
    const d = new Date(SERIAL_EPOCH + cell * DAY_MS);
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const s = foldKey(cell);
  let m = DMY.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = YMD.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = WORDS.exec(s);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/** A year cell ("2020", 2020, "Năm 2020"): the year, "invalid", or null when empty. */
const YEAR = /^(?:nam\s*)?(\d{4})$/;
export function readYear(cell: Cell | undefined): number | "invalid" | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 1000 && cell <= 9999 ? cell : "invalid";
  if (typeof cell !== "string") return "invalid";
  const s = foldKey(cell);
  if (s === "") return null;
  const m = YEAR.exec(s);
  return m ? Number(m[1]) : "invalid";
}
