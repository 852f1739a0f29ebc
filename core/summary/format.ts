import { msg, type Lang } from "../i18n";

/**
 * A number in the reader's convention: Vietnamese "6.100", "19,04"; English "6,100", "19.04".
 * Written out by hand so the text does not depend on the host's Intl data.
 */
export function formatNumber(n: number, lang: Lang = "vi", maxFraction = 2): string {
  if (!Number.isFinite(n)) return "";
  const factor = 10 ** maxFraction;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [intPart, fracPart = ""] = rounded.toFixed(maxFraction).split(".");
  const group = lang === "vi" ? "." : ",";
  const decimal = lang === "vi" ? "," : ".";
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const frac = fracPart.replace(/0+$/, "");
  const sign = n < 0 && rounded !== 0 ? "-" : "";
  return sign + grouped + (frac ? decimal + frac : "");
}

/** "a, b và c" / "a, b and c". */
export function joinList(items: readonly string[], lang: Lang = "vi"): string {
  if (items.length <= 1) return items.join("");
  const and = msg("summary.paragraph.and")[lang];
  return `${items.slice(0, -1).join(", ")} ${and} ${items[items.length - 1]}`;
}

/** "2026-11-15" → "15/11/2026" in Vietnamese, unchanged in English. */
export function formatDay(iso: string, lang: Lang = "vi"): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang === "en") return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** Day number of a yyyy-mm-dd date (null for anything else), for day differences. */
export function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}
