/**
 * The one clock of the product: hosts pass an instant (`Date.now()`, epoch milliseconds) and the
 * core says what day and time it is in Viet Nam. Asia/Ho_Chi_Minh keeps UTC+7 all year (no
 * daylight saving since 1975), so no time-zone data is needed: 00:30 on 1 December in Hà Nội is
 * 17:30 UTC on 30 November, and every host agrees it is 1 December.
 */
const OFFSET_MS = 7 * 3_600_000;

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** The instant shifted to Viet Nam time, read with the UTC getters; null when not a real instant. */
function shifted(epochMs: number): Date | null {
  if (typeof epochMs !== "number" || !Number.isFinite(epochMs)) return null;
  const d = new Date(epochMs + OFFSET_MS);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The date in Viet Nam (yyyy-mm-dd) at an instant; "" for a value that is not an instant. */
export function vietnamDate(epochMs: number): string {
  const d = shifted(epochMs);
  if (!d) return "";
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Date and time in Viet Nam, to the minute, as stamps and the "Nhật ký" log show it: "2025-11-16 08:30". */
export function vietnamStamp(epochMs: number): string {
  const d = shifted(epochMs);
  if (!d) return "";
  return `${vietnamDate(epochMs)} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
