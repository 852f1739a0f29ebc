import { msg, type Lang } from "../i18n";
import { formatDate, formatNumber as formatDecimal } from "../status/format";

/**
 * A number in the reader's convention: Vietnamese "6.100", "19,04"; English "6,100", "19.04".
 * The status engine's formatter (written by hand, no Intl), at two decimals; nothing for a
 * non-finite number.
 */
export function formatNumber(n: number, lang: Lang = "vi", maxFraction = 2): string {
  return Number.isFinite(n) ? formatDecimal(n, lang, maxFraction) : "";
}

/** "a, b và c" / "a, b and c". */
export function joinList(items: readonly string[], lang: Lang = "vi"): string {
  if (items.length <= 1) return items.join("");
  const and = msg("summary.paragraph.and")[lang];
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** "2026-11-15" → "15/11/2026" in Vietnamese, unchanged in English. */
export function formatDay(iso: string, lang: Lang = "vi"): string {
  return formatDate(iso, lang);
}

/** Day number of a yyyy-mm-dd date (null for anything else), for day differences. */
export function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}
