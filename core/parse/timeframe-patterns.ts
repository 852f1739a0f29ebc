/**
 * The accepted timeframe forms, as patterns over a compact key: accents, case and every space
 * removed, dashes unified (see `timeframeKey`). Removing all spaces makes "2022- 2025",
 * "2022 -2025" and "Giai đoạn2022-2025" the same key, and dropping accents makes
 * "Hằng năm" = "Hàng năm" = "hang nam".
 */
import type { Recurrence } from "../model/timeframe";
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
/** Words that open a dated form: "Hoàn thành trong ...", "Thực hiện vào ...". */
const DOING = "(?:hoanthanh|thuchien|trienkhai)?";

/** Raw captures of one matched form; years and dates are checked for plausibility by the caller. */
export type TimeframeShape =
  | { kind: "annual" }
  | { kind: "ongoing"; report: Recurrence | null }
  | { kind: "period"; from: number; to: number }
  | { kind: "years"; years: number[] }
  | { kind: "month"; year: number; month: number }
  | { kind: "quarter"; year: number; quarter: number }
  | { kind: "half"; year: number | null; half: 1 | 2 }
  | { kind: "deadline"; year: number; month: number; day: number }
  | { kind: "annualFrom"; from: number }
  | { kind: "recurring"; every: Recurrence }
  | { kind: "onOccurrence" }
  | { kind: "milestoneEvent" };

const ANNUAL = new RegExp(`^${EVERY_YEAR}$`);
const ONGOING = /^(?:thuongxuyen|lientuc)(?:(?:,|va)(?:thuongxuyen|lientuc))?$/;
/** "Thường xuyên" followed by how it reports: "Thường xuyên, định kỳ hằng quý báo cáo UBND tỉnh". */
const ONGOING_WITH = /^(?:thuongxuyen|lientuc)(?:(?:,|va)(?:thuongxuyen|lientuc))?[,;:(/-]*(.+)$/;
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
const YEARS = new RegExp(`^(?:cac|trong)?(?:nam)?\\d{4}(?:(?:,|;|va|&)(?:nam)?\\d{4})*$`);
const MONTH = [
  new RegExp(`^${DOING}(?:trong|vao|cuoi)?thang(\\d{1,2})(?:/|-|\\.|nam)(?:nam)?${Y}$`),
  new RegExp(`^(\\d{1,2})/${Y}$`),
];
// "Quí" is an older spelling of "Quý".
const QUARTER = new RegExp(`^${DOING}(?:trong|vao|cuoi)?qu[yi](iv|iii|ii|i|[1-4])(?:/|-|\\.|nam)(?:nam)?${Y}$`);
/** 6 tháng đầu năm 2026, sáu tháng cuối năm, nửa đầu năm 2026. */
const HALF = new RegExp(`^${DOING}(?:trong)?(?:(?:0?6|sau)thang|nua)(dau|cuoi)nam(?:${Y})?$`);
/** Trước 30/6/2026, Chậm nhất ngày 30/6/2026, Trước ngày 30 tháng 6 năm 2026, 30/06/2026. */
const DEADLINE = new RegExp(
  `^${DOING}(?:truoc|chamnhat|hantruoc|han|denhet|den|xongtruoc|trongthoihan)?(?:la)?(?:ngay)?(\\d{1,2})(?:/|-|\\.|thang)(\\d{1,2})(?:/|-|\\.|nam)(?:nam)?${Y}$`,
);
/** Khi có phát sinh, Theo yêu cầu (của ...), Khi cần thiết, Đột xuất. */
const ON_OCCURRENCE = [
  /^(?:khi|neu)(?:co)?(?:phatsinh|yeucau|nhucau|canthiet|vuviec|sukien)/,
  /^(?:theo|khico)(?:yeucau|nhucau|chidao|dexuat)/,
  /^(?:dotxuat|phatsinh|khiphatsinh)/,
];
const MILESTONE = /^(?:soket|tongket)/;

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Cadence words inside a key, in the order written ("6 tháng một lần" is half-yearly). */
// "theo quy định" (per regulation) is not "theo quý" (quarterly).
const CADENCE = /(?:hang|moi|theo)(thang|quy(?!dinh|che|trinh)|nam)|(?:0?6|sau)thang(?!dau|cuoi)|nuanam/g;
const SHORTEST: readonly Recurrence[] = ["month", "quarter", "half", "year"];

/** The most frequent cadence named in a key ("định kỳ 6 tháng, hằng năm" → half), or null. */
export function cadenceOf(key: string): Recurrence | null {
  let best: Recurrence | null = null;
  for (const m of key.matchAll(CADENCE)) {
    const every: Recurrence = m[1] === "thang" ? "month" : m[1] === "quy" ? "quarter" : m[1] === "nam" ? "year" : "half";
    if (best === null || SHORTEST.indexOf(every) < SHORTEST.indexOf(best)) best = every;
  }
  return best;
}

/** Periodic forms: "Định kỳ hằng quý", "Hằng tháng", "6 tháng một lần", "Định kỳ 6 tháng, hằng năm". */
function recurring(key: string): Recurrence | null {
  const rest = key.replace(/^dinhky/, "");
  const dinhKy = rest !== key;
  // What is left once the cadences and their joining words are gone must be nothing (or "báo cáo ...").
  const leftover = rest
    .replace(CADENCE, "")
    .replace(/motlan|\/lan|lan/g, "")
    .replace(/[,;/&-]|va|hoac/g, "");
  const every = cadenceOf(rest);
  if (every === null) return null;
  if (leftover !== "" && !(dinhKy && leftover.startsWith("baocao"))) return null;
  // A bare "Hằng năm" is the annual kind, not a recurrence.
  if (!dinhKy && every === "year" && /^(?:hang|moi)nam$/.test(rest)) return null;
  return every;
}

/** "Khi có phát sinh", "Theo yêu cầu": checked before "Khi <event>" (a conditional task). */
export function isOnOccurrence(key: string): boolean {
  return ON_OCCURRENCE.some((re) => re.test(key));
}

/** The form a compact key has, or null when it is none of the accepted forms. */
export function matchTimeframeShape(key: string): TimeframeShape | null {
  if (ANNUAL.test(key)) return { kind: "annual" };
  if (ONGOING.test(key)) return { kind: "ongoing", report: null };
  const ongoing = ONGOING_WITH.exec(key);
  if (ongoing && (/baocao|dinhky/.test(ongoing[1]) || (cadenceOf(ongoing[1]) !== null && recurring(`dinhky${ongoing[1]}`) !== null))) {
    return { kind: "ongoing", report: cadenceOf(ongoing[1]) };
  }
  for (const re of ANNUAL_FROM) {
    const m = re.exec(key);
    if (m) return { kind: "annualFrom", from: Number(m[1]) };
  }
  const p = PERIOD.exec(key);
  if (p) return { kind: "period", from: Number(p[1]), to: Number(p[2]) };
  if (YEARS.test(key)) {
    return { kind: "years", years: (key.match(/\d{4}/g) ?? []).map(Number) };
  }
  const d = DEADLINE.exec(key);
  if (d) return { kind: "deadline", day: Number(d[1]), month: Number(d[2]), year: Number(d[3]) };
  for (const re of MONTH) {
    const m = re.exec(key);
    if (m) return { kind: "month", month: Number(m[1]), year: Number(m[2]) };
  }
  const q = QUARTER.exec(key);
  if (q) return { kind: "quarter", quarter: ROMAN_QUARTER[q[1]] ?? Number(q[1]), year: Number(q[2]) };
  const h = HALF.exec(key);
  if (h) return { kind: "half", half: h[1] === "dau" ? 1 : 2, year: h[2] === undefined ? null : Number(h[2]) };
  const every = recurring(key);
  if (every !== null) return { kind: "recurring", every };
  if (MILESTONE.test(key)) return { kind: "milestoneEvent" };
  return null;
}
