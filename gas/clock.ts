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

/** The day task statuses are judged on for a reporting year: the year's last day, or today if earlier. */
export function asOfDay(year: number, now: string = today()): string {
  const end = `${year}-12-31`;
  return now < end ? now : end;
}
