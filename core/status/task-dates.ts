/** Calendar arithmetic on ISO dates (yyyy-mm-dd), in UTC so no time zone shifts a day. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY = 86_400_000;

function utc(iso: string): number | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const back = new Date(Date.UTC(2000, mo - 1, d));
  back.setUTCFullYear(y, mo - 1, d); // Date.UTC alone would read years 0–99 as 1900–1999
  const t = back.getTime();
  // Rejects 2025-02-30 and the like instead of silently rolling over.
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : null;
}

export function isIsoDate(s: string): boolean {
  return utc(s) !== null;
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

export function endOfYear(year: number): string {
  return `${pad(year, 4)}-12-31`;
}

export function endOfMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year, month, 0); // day 0 of the next month: the last day of this one
  const last = d.getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(last)}`;
}

/** b − a in days (both valid ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round(((utc(b) ?? 0) - (utc(a) ?? 0)) / DAY);
}
