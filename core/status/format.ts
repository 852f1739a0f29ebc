import { msg, type Lang, type Message, type MessageCode, type MessageParams } from "../i18n";

/**
 * Number formatting for explanations. Kept local (not core/parse) so the status engine depends
 * only on i18n: Vietnamese writes 1.234,5 (dot thousands, decimal comma), English 1,234.5.
 */
export function formatNumber(x: number, lang: Lang, maxDecimals = 3): string {
  if (!Number.isFinite(x)) return String(x);
  const fixed = Math.abs(x).toFixed(maxDecimals);
  const [int, frac = ""] = fixed.split(".");
  const digits = frac.replace(/0+$/, "");
  if (/e/i.test(int)) return String(x); // ≥ 1e21: toFixed gives exponent form, leave it
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
  const isZero = /^0*$/.test(int + digits);
  const sign = x < 0 && !isZero ? "-" : "";
  return sign + grouped + (digits ? (lang === "vi" ? "," : ".") + digits : "");
}

/** A number with its unit: "2,8%", "6.100 Căn", "0,7" (no unit). */
export function formatQuantity(x: number, unit: string | null, lang: Lang): string {
  const n = formatNumber(x, lang);
  const u = (unit ?? "").trim();
  if (!u) return n;
  return u.startsWith("%") ? n + u : `${n} ${u}`;
}

/** ISO date as people read it: "31/12/2025" in Vietnamese, ISO in English. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang === "en") return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** A catalogue message whose parameters differ by language (numbers, dates). */
export function bilingual(code: MessageCode, params: (lang: Lang) => MessageParams): Message {
  return { code, vi: msg(code, params("vi")).vi, en: msg(code, params("en")).en };
}

/** Evidence numbers without float noise (2.9 - 3 = -0.10000000000000009 → -0.1); null if not finite. */
export function clean(x: number): number | null {
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : null;
}

/** A remark appended to an explanation ("Lưu ý: ..."), built per language like `bilingual`. */
export interface Note {
  code: MessageCode;
  params: (lang: Lang) => MessageParams;
}
