import { msgText, type Lang, type Message, type MessageCode, type MessageParams } from "../i18n";

/**
 * Number formatting for explanations. Kept local (not core/parse) so the status engine depends
 * only on i18n: Vietnamese writes 1.234,5 (dot thousands, decimal comma), English 1,234.5.
 */
export function formatNumber(x: number, lang: Lang, maxDecimals = 3): string {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs >= 1e21) return formatHuge(x, lang, maxDecimals);
  const vi = lang === "vi";
  // Safe integers: String() gives the same digits as toFixed, and there are no decimals to trim.
  if (abs <= Number.MAX_SAFE_INTEGER && Number.isInteger(abs) && maxDecimals >= 0 && maxDecimals <= 100) {
    return (x < 0 ? "-" : "") + groupThousands(String(abs), vi ? "." : ",");
  }
  // Hot path (every explanation): plain string work, no regex. Below 1e21 toFixed has no exponent.
  const fixed = abs.toFixed(maxDecimals);
  const dot = fixed.indexOf(".");
  const int = dot < 0 ? fixed : fixed.slice(0, dot);
  let digits = "";
  if (dot >= 0) {
    let end = fixed.length;
    while (end > dot + 1 && fixed.charCodeAt(end - 1) === 48) end--;
    digits = fixed.slice(dot + 1, end);
  }
  const grouped = groupThousands(int, vi ? "." : ",");
  const sign = x < 0 && !(int === "0" && digits === "") ? "-" : "";
  return sign + grouped + (digits ? (vi ? "," : ".") + digits : "");
}

/** "1234567" → "1.234.567" (an all-digit integer part). */
function groupThousands(int: string, sep: string): string {
  const n = int.length;
  if (n <= 3) return int;
  const head = n % 3 || 3;
  let out = int.slice(0, head);
  for (let i = head; i < n; i += 3) out += sep + int.slice(i, i + 3);
  return out;
}

/** The original general formatting, kept for |x| ≥ 1e21 where toFixed switches to exponent form. */
function formatHuge(x: number, lang: Lang, maxDecimals: number): string {
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
  return { code, vi: msgText(code, params("vi"), "vi"), en: msgText(code, params("en"), "en") };
}

/** Evidence numbers without float noise (2.9 - 3 = -0.10000000000000009 → -0.1); null if not finite. */
export function clean(x: number): number | null {
  // Integers below 1e12 have no noise to remove (+ 0 turns -0 into 0, as the round trip does).
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x + 0;
  return Number.isFinite(x) ? Number(x.toPrecision(12)) : null;
}

/** A remark appended to an explanation ("Lưu ý: ..."), built per language like `bilingual`. */
export interface Note {
  code: MessageCode;
  params: (lang: Lang) => MessageParams;
}
