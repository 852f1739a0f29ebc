/** Local time as stamps and the "Nhật ký" log show it ("2025-11-16 08:30"); the core has no clock. */
export function localNow(date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())} ${p(date.getHours())}:${p(date.getMinutes())}`;
}
