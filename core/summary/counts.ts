import type { Indicator, IndicatorStatusCode, Plan } from "../model";

/** Severity used when a parent's status is rolled up from its sub-rows: worst first. */
const ROLL_UP_SEVERITY: readonly IndicatorStatusCode[] = [
  "notAchieved",
  "offTrack",
  "atRisk",
  "noData",
  "needsAssessment",
  "noTrend",
  "onTrack",
  "achieved",
  "exceeded",
];
const NO_CHILDREN: readonly Indicator[] = [];

/** Sub-rows by their parent's id (empty for a flat plan). */
export function childrenByParent(plan: Pick<Plan, "indicators">): Map<string, Indicator[]> {
  const childrenOf = new Map<string, Indicator[]>();
  for (const ind of plan.indicators) {
    if (ind.parent === null) continue;
    const list = childrenOf.get(ind.parent) ?? [];
    list.push(ind);
    childrenOf.set(ind.parent, list);
  }
  return childrenOf;
}

/**
 * The status an indicator counts with (what the summary counts): its own, or, when it has none
 * or no target of its own while its sub-rows are judged, the worst of its sub-rows' (all
 * exceeded → exceeded).
 */
export function rollUp(
  childrenOf: ReadonlyMap<string, readonly Indicator[]>,
  statusOfId: (id: string) => IndicatorStatusCode | undefined,
): (ind: Indicator, own?: IndicatorStatusCode) => IndicatorStatusCode {
  const statusOf = (ind: Indicator, depth: number, own: IndicatorStatusCode | undefined): IndicatorStatusCode => {
    const children = depth < 10 && childrenOf.size > 0 ? (childrenOf.get(ind.id) ?? NO_CHILDREN) : NO_CHILDREN;
    if (children.length === 0 || (own !== undefined && own !== "noTarget")) return own ?? "noData";
    const known = children.map((c) => statusOf(c, depth + 1, statusOfId(c.id))).filter((s) => s !== "noTarget");
    if (known.length === 0) return own ?? "noTarget";
    if (known.every((s) => s === "exceeded")) return "exceeded";
    return ROLL_UP_SEVERITY.find((s) => known.some((k) => k === s)) ?? "achieved";
  };
  return (ind, own = statusOfId(ind.id)) => statusOf(ind, 0, own);
}
