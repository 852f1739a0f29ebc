/**
 * The accepted timeframe forms, as patterns over a compact key: accents, case and every space
 * removed, dashes unified (see `timeframeKey`). Removing all spaces makes "2022- 2025",
 * "2022 -2025" and "Giai đoạn2022-2025" the same key, and dropping accents makes
 * "Hằng năm" = "Hàng năm" = "hang nam".
 */
import { foldKey } from "../text";

/** Compact matching key of a timeframe text (no accents, lower case, no spaces, no end punctuation). */
export function timeframeKey(text: string): string {
  return foldKey(text)
    .replace(/\s+/g, "")
    .replace(/^[-+•*]+/, "") // a leading bullet
    .replace(/[.,;:!]+$/, ""); // closing punctuation
}

const Y = "(\\d{4})";
const EVERY_YEAR = "(?:hang|moi)nam";

/** Raw captures of one matched form; years are checked for plausibility by the caller. */
export type TimeframeShape =
  | { kind: "annual" }
  | { kind: "ongoing" }
  | { kind: "period"; from: number; to: number }
  | { kind: "years"; years: number[] }
  | { kind: "month"; year: number; month: number }
  | { kind: "quarter"; year: number; quarter: number }
  | { kind: "annualFrom"; from: number }
  | { kind: "milestoneEvent" };

const ANNUAL = new RegExp(`^${EVERY_YEAR}$`);
const ONGOING = /^(?:thuongxuyen|lientuc)(?:(?:,|va)(?:thuongxuyen|lientuc))?$/;
const ANNUAL_FROM = [
  // Năm 2025 và hằng năm; 2025, hằng năm; Từ năm 2025 và hằng năm
  new RegExp(`^(?:ke)?(?:tu)?(?:nam)?${Y}(?:,|;|va)?${EVERY_YEAR}$`),
  // Năm 2025 và các năm tiếp theo
  new RegExp(`^(?:ke)?(?:tu)?(?:nam)?${Y}(?:,|va)(?:cac|nhung)namtieptheo$`),
  // Từ năm 2025 trở đi
  new RegExp(`^(?:ke)?tu(?:nam)?${Y}(?:trodi|vesau)$`),
  // Hằng năm từ năm 2025
  new RegExp(`^${EVERY_YEAR},?(?:ke)?tu(?:nam)?${Y}(?:trodi)?$`),
];
const PERIOD = new RegExp(`^(?:giaidoan|thoiky|tu)?(?:nam)?${Y}(?:-|den|toi)(?:nam)?${Y}$`);
const YEARS = new RegExp(`^(?:cac)?(?:nam)?\\d{4}(?:(?:,|;|va|&)(?:nam)?\\d{4})*$`);
const MONTH = [
  new RegExp(`^(?:trong|vao)?thang(\\d{1,2})(?:/|-|\\.|nam)(?:nam)?${Y}$`),
  new RegExp(`^(\\d{1,2})/${Y}$`),
];
const QUARTER = new RegExp(`^(?:trong|vao)?quy(iv|iii|ii|i|[1-4])(?:/|-|nam)(?:nam)?${Y}$`);
const MILESTONE = /^(?:soket|tongket)/;

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** The form a compact key has, or null when it is none of the accepted forms. */
export function matchTimeframeShape(key: string): TimeframeShape | null {
  if (ANNUAL.test(key)) return { kind: "annual" };
  if (ONGOING.test(key)) return { kind: "ongoing" };
  for (const re of ANNUAL_FROM) {
    const m = re.exec(key);
    if (m) return { kind: "annualFrom", from: Number(m[1]) };
  }
  const p = PERIOD.exec(key);
  if (p) return { kind: "period", from: Number(p[1]), to: Number(p[2]) };
  if (YEARS.test(key)) {
    return { kind: "years", years: (key.match(/\d{4}/g) ?? []).map(Number) };
  }
  for (const re of MONTH) {
    const m = re.exec(key);
    if (m) return { kind: "month", month: Number(m[1]), year: Number(m[2]) };
  }
  const q = QUARTER.exec(key);
  if (q) return { kind: "quarter", quarter: ROMAN_QUARTER[q[1]] ?? Number(q[1]), year: Number(q[2]) };
  if (MILESTONE.test(key)) return { kind: "milestoneEvent" };
  return null;
}
