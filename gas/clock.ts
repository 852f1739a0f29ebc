/** Viet Nam keeps UTC+7 all year (no daylight saving), so "today" needs no time-zone library. */
const OFFSET_MS = 7 * 3600 * 1000;

let fixed: string | null = null;

/** Today in Asia/Ho_Chi_Minh as yyyy-mm-dd. */
export function today(): string {
  return fixed ?? new Date(Date.now() + OFFSET_MS).toISOString().slice(0, 10);
}

/** For tests and the benchmark: pin "today" (null to release). */
export function setToday(day: string | null): void {
  fixed = day;
}
