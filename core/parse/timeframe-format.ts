import type { Timeframe } from "../model/timeframe";

/**
 * Canonical Vietnamese text of a timeframe, as a template writes it. `parseTimeframe` reads
 * every output back to the same value (unknown has no text: it becomes the empty string).
 */
export function formatTimeframe(t: Timeframe): string {
  switch (t.kind) {
    case "annual":
      return "Hằng năm";
    case "ongoing":
      return "Thường xuyên";
    case "period":
      return `Giai đoạn ${t.from}-${t.to}`;
    case "years":
      return `Năm ${t.years.join(", ")}`;
    case "month":
      return `Tháng ${t.month}/${t.year}`;
    case "annualFrom":
      return `Năm ${t.from} và hằng năm`;
    case "conditional":
      return `Sau khi ${t.trigger}`;
    case "milestoneEvent":
      return t.event;
    case "unknown":
      return "";
  }
}
