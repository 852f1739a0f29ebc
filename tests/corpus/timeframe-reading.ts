import type { Timeframe } from "../../core/model/timeframe";
import type { TimeframeReading } from "./schema";

/**
 * The corpus reading of a parsed timeframe: the kinds are the same one-to-one; the reading leaves
 * out what a person does not write down in the corpus (a condition's or review's wording, an
 * ongoing task's reporting cadence). Null for `unknown` (the corpus writes no reading) and for a
 * half year of no stated year (the corpus always names the year).
 */
export function timeframeReading(t: Timeframe): TimeframeReading | null {
  switch (t.kind) {
    case "unknown":
      return null;
    case "ongoing":
      return { kind: "ongoing" };
    case "conditional":
      return { kind: "conditional" };
    case "milestoneEvent":
      return { kind: "milestoneEvent" };
    case "half":
      return t.year === null ? null : { kind: "half", year: t.year, half: t.half };
    default:
      return t;
  }
}
