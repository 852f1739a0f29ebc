import type { Recurrence, Timeframe } from "../model/timeframe";

const ROMAN = ["I", "II", "III", "IV"];
const EVERY: Record<Recurrence, string> = {
  month: "hằng tháng",
  quarter: "hằng quý",
  half: "6 tháng một lần",
  year: "hằng năm",
};

/**
 * Canonical Vietnamese text of a timeframe, as a template writes it. `parseTimeframe` reads
 * every output back to the same value (unknown has no text: it becomes the empty string).
 */
export function formatTimeframe(t: Timeframe): string {
  switch (t.kind) {
    case "annual":
      return "Hằng năm";
    case "ongoing":
      return t.report === undefined ? "Thường xuyên" : `Thường xuyên, báo cáo ${EVERY[t.report]}`;
    case "period":
      return `Giai đoạn ${t.from}-${t.to}`;
    case "years":
      return `Năm ${t.years.join(", ")}`;
    case "month":
      return `Tháng ${t.month}/${t.year}`;
    case "quarter":
      return `Quý ${ROMAN[t.quarter - 1]}/${t.year}`;
    case "half":
      return `6 tháng ${t.half === 1 ? "đầu" : "cuối"} năm${t.year === null ? "" : ` ${t.year}`}`;
    case "deadline": {
      const [y, m, d] = t.date.split("-").map(Number);
      return `Trước ${d}/${m}/${y}`;
    }
    case "annualFrom":
      return `Năm ${t.from} và hằng năm`;
    case "recurring":
      return `Định kỳ ${EVERY[t.every]}`;
    case "onOccurrence":
      return "Khi có phát sinh";
    case "conditional":
      return `Sau khi ${t.trigger}`;
    case "milestoneEvent":
      return t.event;
    case "unknown":
      return "";
  }
}

/** The calendar years a timeframe names (none for annual, recurring and event-driven ones). */
export function timeframeYears(t: Timeframe): number[] {
  switch (t.kind) {
    case "period":
      return [t.from, t.to];
    case "years":
      return t.years;
    case "month":
    case "quarter":
      return [t.year];
    case "half":
      return t.year === null ? [] : [t.year];
    case "deadline":
      return [Number(t.date.slice(0, 4))];
    case "annualFrom":
      return [t.from];
    default:
      return [];
  }
}
