import type { Lang, MessageCode, MessageParams } from "../i18n";

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

/** Both languages' text of one number (or quantity); written by `formatPair`. */
export interface TextPair {
  vi: string;
  en: string;
}

/**
 * `formatQuantity(x, unit, "vi")` and `(…, "en")` into `out`, computed once: the two differ only in
 * their separators, so the digits are worked out a single time (hot path: every explanation).
 */
export function formatPair(x: number, unit: string | null, out: TextPair): void {
  const abs = Math.abs(x);
  if (!Number.isFinite(x) || abs >= 1e21) {
    out.vi = formatNumber(x, "vi");
    out.en = formatNumber(x, "en");
  } else if (abs <= Number.MAX_SAFE_INTEGER && Number.isInteger(abs)) {
    const int = String(abs);
    const sign = x < 0 ? "-" : "";
    if (int.length <= 3) out.vi = out.en = sign + int;
    else {
      out.vi = sign + groupThousands(int, ".");
      out.en = sign + groupThousands(int, ",");
    }
  } else if (abs < 1e9 && fixedMilli(abs)) {
    const int = String(milliInt);
    const viInt = int.length <= 3 ? int : groupThousands(int, ".");
    const enInt = int.length <= 3 ? int : groupThousands(int, ",");
    const sign = x < 0 && milliAll !== 0 ? "-" : "";
    if (milliFrac === 0) {
      out.vi = sign + viInt;
      out.en = sign + enInt;
    } else {
      const digits = MILLI_DIGITS[milliFrac];
      out.vi = sign + viInt + "," + digits;
      out.en = sign + enInt + "." + digits;
    }
  } else {
    const fixed = abs.toFixed(3);
    const dot = fixed.indexOf(".");
    const int = dot < 0 ? fixed : fixed.slice(0, dot);
    let digits = "";
    if (dot >= 0) {
      let end = fixed.length;
      while (end > dot + 1 && fixed.charCodeAt(end - 1) === 48) end--;
      digits = fixed.slice(dot + 1, end);
    }
    const sign = x < 0 && !(int === "0" && digits === "") ? "-" : "";
    const viInt = int.length <= 3 ? int : groupThousands(int, ".");
    const enInt = int.length <= 3 ? int : groupThousands(int, ",");
    out.vi = sign + viInt + (digits ? "," + digits : "");
    out.en = sign + enInt + (digits ? "." + digits : "");
  }
  const u = unit === null ? "" : runningUnit(unit);
  if (!u) return;
  if (u.charCodeAt(0) === 37 /* % */) {
    out.vi += u;
    out.en += u;
  } else {
    out.vi += " " + u;
    out.en += " " + u;
  }
}

/** The three decimals of 0…999 thousandths without trailing zeros: 500 → "5", 50 → "05", 0 → "". */
const MILLI_DIGITS: readonly string[] = Array.from({ length: 1000 }, (_, i) =>
  String(i).padStart(3, "0").replace(/0+$/, ""),
);

// fixedMilli's results (read right after the call).
let milliAll = 0;
let milliInt = 0;
let milliFrac = 0;

/**
 * abs.toFixed(3) as integer and thousandths, without building the string, when that is certain:
 * abs·1000 (below 1e12, so its rounding error is far below 0.001) not close to a half, where
 * toFixed's exact-decimal rounding and Math.round could disagree. False: use toFixed.
 */
function fixedMilli(abs: number): boolean {
  const scaled = abs * 1000;
  const floor = Math.floor(scaled);
  const frac = scaled - floor;
  if (frac > 0.499 && frac < 0.501) return false;
  const n = frac >= 0.5 ? floor + 1 : floor;
  milliAll = n;
  milliInt = Math.floor(n / 1000);
  milliFrac = n - milliInt * 1000;
  return true;
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

/** A number with its unit as running text writes it: "2,8%", "6.100 căn", "74,5 tuổi", "0,7" (no unit). */
export function formatQuantity(x: number, unit: string | null, lang: Lang, maxDecimals?: number): string {
  const n = formatNumber(x, lang, maxDecimals);
  const u = unit === null ? "" : runningUnit(unit);
  if (!u) return n;
  return u.startsWith("%") ? n + u : `${n} ${u}`;
}

const running = new Map<string, string>();

/**
 * A unit as printed in the plan, put in running text: its first letter lower-cased ("Tuổi" →
 * "tuổi", "Mức độ" → "mức độ") unless it is an abbreviation ("THCS", "GRDP", "m2 sàn/người" as
 * is). The sheet's unit column keeps the plan's spelling. Memoised: a plan has a few units.
 */
export function runningUnit(unit: string): string {
  let out = running.get(unit);
  if (out === undefined) {
    const u = unit.trim();
    const [first = "", second = ""] = [...u];
    const abbreviation = second !== "" && second === second.toUpperCase() && second !== second.toLowerCase();
    out = abbreviation || first === "" ? u : first.toLowerCase() + u.slice(first.length);
    if (running.size >= 1_000) running.clear();
    running.set(unit, out);
  }
  return out;
}

/** Decimals of a figure as written (at most 3): 2,62 → 2, 6.100 → 0, 0,707 → 3. */
export function decimalsOf(x: number): number {
  if (!Number.isFinite(x)) return 0;
  for (let d = 0; d < 3; d++) {
    const scaled = x * POW10[d];
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled))) return d;
  }
  return 3;
}

/** ISO date as people read it: "31/12/2025" in Vietnamese, ISO in English. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || lang === "en") return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** Evidence numbers without float noise (2.9 - 3 = -0.10000000000000009 → -0.1); null if not finite. */
export function clean(x: number): number | null {
  // Integers below 1e12 have no noise to remove (+ 0 turns -0 into 0, as the round trip does).
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x + 0;
  if (!Number.isFinite(x)) return null;
  const fast = roundTo12(x);
  return fast === fast ? fast : Number(x.toPrecision(12));
}

/** 10^0 … 10^22: exactly representable, so scaling by them adds no error of its own. */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/**
 * Number(x.toPrecision(12)) without building a string (called for every status's evidence), or
 * NaN when this shortcut cannot vouch for the same result. With 12 significant digits n
 * (10^11 ≤ n < 10^12, exact) and p an exact power of ten, n / p is the double nearest to the
 * decimal n·10^-k, exactly what parsing the toPrecision text gives. Math.round(|x|·p) finds the
 * same n as toPrecision unless |x|·p lies close to a half, where the product's rounding or the
 * tie rule could differ: those (rare) cases go the string way.
 */
function roundTo12(x: number): number {
  const abs = x < 0 ? -x : x;
  const e = Math.floor(Math.log10(abs));
  const k = 11 - e;
  if (k < -22 || k > 22) return Number.NaN;
  const scaled = k >= 0 ? abs * POW10[k] : abs / POW10[-k];
  const n = Math.round(scaled);
  const frac = scaled - Math.floor(scaled);
  if (n < 1e11 || n >= 1e12 || (frac > 0.4999 && frac < 0.5001)) return Number.NaN;
  const r = k >= 0 ? n / POW10[k] : n * POW10[-k];
  return x < 0 ? -r : r;
}

/** A remark appended to an explanation ("Lưu ý: ..."), built per language like `bilingual`. */
export interface Note {
  code: MessageCode;
  params: (lang: Lang) => MessageParams;
}
