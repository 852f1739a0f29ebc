/**
 * Timeframes written as prose, as national and provincial plans often do: "Hoàn thành trong giai
 * đoạn 2026 - 2027 và vận hành thường xuyên, liên tục", "Ban hành trong quý I năm 2026. Thực hiện
 * rà soát, điều chỉnh (nếu có)", "Trình UBTVQH xem xét, thông qua trước ngày 10/01/2025". The
 * task's own timeframe is the first dated expression of the text (what follows is follow-up work:
 * "rà soát (nếu có)", "mở rộng sau năm 2028"); a schedule whose every step names a month ends at
 * its last step. Without a date, the words say ongoing, on occurrence or a condition. Whatever is
 * read here is a reading of prose: the caller says so with a warning.
 */
import { foldKey } from "../text";
import type { TimeframeShape } from "./timeframe-patterns";

const Y = "(\\d{4})";
const SEP = "\\s*(?:/|-|\\.|nam)\\s*(?:nam\\s*)?";
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const quarterOf = (q: string): number => ROMAN[q] ?? Number(q);
const lastDayOf = (year: number, month: number): string => {
  const d = new Date(Date.UTC(2000, month, 0));
  d.setUTCFullYear(year, month, 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
};

/** A dated expression found at `at` in the folded text. */
interface Found {
  at: number;
  shape: TimeframeShape;
}

const QUARTER = `qu[yi]\\s*(iv|iii|ii|i|[1-4])${SEP}${Y}`;

/** Expressions, each turning its match into a shape (or null to skip it). */
const EXPRESSIONS: { re: RegExp; shape: (m: RegExpExecArray) => TimeframeShape | null }[] = [
  // Quý IV/2025 - Quý II/2026: done by the end of the last quarter.
  {
    re: new RegExp(`${QUARTER}\\s*(?:-|den)\\s*${QUARTER}`, "g"),
    shape: (m) => {
      const year = Number(m[4]);
      const month = quarterOf(m[3]) * 3;
      return { kind: "deadline", year, month, day: Number(lastDayOf(year, month).slice(8)) };
    },
  },
  { re: new RegExp(QUARTER, "g"), shape: (m) => ({ kind: "quarter", quarter: quarterOf(m[1]), year: Number(m[2]) }) },
  // Trước ngày 10/01/2025, chậm nhất ngày 30/6/2026.
  {
    re: new RegExp(`(?:truoc|cham nhat|han|den het)\\s*(?:ngay\\s*)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*${Y}`, "g"),
    shape: (m) => ({ kind: "deadline", day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }),
  },
  // Trước năm 2027: by the end of 2026.
  { re: new RegExp(`truoc\\s*(?:nam\\s*)?${Y}`, "g"), shape: (m) => ({ kind: "deadline", day: 31, month: 12, year: Number(m[1]) - 1 }) },
  {
    re: new RegExp(`(?:(?:0?6|sau)\\s*thang|nua)\\s*(dau|cuoi)\\s*nam\\s*${Y}`, "g"),
    shape: (m) => ({ kind: "half", half: m[1] === "dau" ? 1 : 2, year: Number(m[2]) }),
  },
  { re: new RegExp(`thang\\s*(\\d{1,2})${SEP}${Y}`, "g"), shape: (m) => ({ kind: "month", month: Number(m[1]), year: Number(m[2]) }) },
  // Giai đoạn 2026 - 2027, từ năm 2026 đến năm 2030.
  {
    re: new RegExp(`(?:giai doan|thoi ky|tu)\\s*(?:nam\\s*)?${Y}\\s*(?:-|den|toi)\\s*(?:nam\\s*)?${Y}`, "g"),
    shape: (m) => ({ kind: "period", from: Number(m[1]), to: Number(m[2]) }),
  },
  // Từ năm 2026 (and on): every year from then.
  { re: new RegExp(`(?:^|[^a-z])tu\\s*(?:nam\\s*)?${Y}(?!\\s*(?:-|den|toi))`, "g"), shape: (m) => ({ kind: "annualFrom", from: Number(m[1]) }) },
  // Trong năm 2026, năm 2026 (not "sau năm 2028": that is follow-up work).
  { re: new RegExp(`(?:^|[^a-z])(sau\\s*|truoc\\s*)?nam\\s*${Y}`, "g"), shape: (m) => (m[1] ? null : { kind: "years", years: [Number(m[2])] }) },
];

/** Every dated expression of the text, in order; an expression inside an earlier one is left out. */
function datedExpressions(folded: string): Found[] {
  const found: (Found & { end: number })[] = [];
  EXPRESSIONS.forEach(({ re, shape }) => {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
      const end = m.index + m[0].length;
      if (found.some((f) => m!.index < f.end && end > f.at)) continue;
      const s = shape(m);
      if (s) found.push({ at: m.index, end, shape: s });
    }
  });
  return found.sort((a, b) => a.at - b.at);
}

/** Each line of a bulleted schedule ("- Trình UBTVQH ... (tháng 4/2025);\n- Trình Quốc hội ... (tháng 5/2025)"). */
function scheduleEnd(text: string): TimeframeShape | null {
  const lines = text.split(/\n|;\s*(?=-)/).map((l) => foldKey(l)).filter((l) => l !== "");
  if (lines.length < 2) return null;
  const months = lines.map((l) => datedExpressions(l).filter((f) => f.shape.kind === "month"));
  if (months.some((m) => m.length === 0)) return null;
  const all = months.flat().map((f) => f.shape as Extract<TimeframeShape, { kind: "month" }>);
  return all.reduce((a, b) => (b.year * 12 + b.month > a.year * 12 + a.month ? b : a));
}

/** The timeframe a prose text states, or null when it states none the product knows. */
export function readProse(text: string): TimeframeShape | null {
  const schedule = scheduleEnd(text);
  if (schedule) return schedule;
  const folded = foldKey(text);
  const first = datedExpressions(folded)[0];
  if (first) return first.shape;
  if (/(?:^|[^a-z])(?:thuong xuyen|lien tuc)(?:$|[^a-z])/.test(folded)) return { kind: "ongoing", report: null };
  if (/^theo\s*(?:ke hoach|chuong trinh)/.test(folded)) return { kind: "onOccurrence" };
  return null;
}

/** "Theo kết quả rà soát, đề xuất của các cơ quan": a condition, the words after "Theo" its trigger. */
export function proseCondition(text: string): string | null {
  if (!foldKey(text).startsWith("theo ket qua")) return null;
  return text.trim().replace(/^\S+\s+/, "");
}
