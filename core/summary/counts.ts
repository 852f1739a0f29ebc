import type { Indicator, IndicatorStatus, IndicatorStatusCode, Plan, TaskStatus } from "../model";
import { INDICATOR_SEVERITY, INDICATOR_STATUS_ORDER, TASK_STATUS_ORDER } from "../status";
import type { StatusCounts, TaskStatusCounts } from "./schema";

/** Severity used when a parent's status is rolled up from its sub-rows: worst first. */
const ROLL_UP_SEVERITY: readonly IndicatorStatusCode[] = INDICATOR_SEVERITY.filter((c) => c !== "noTarget");
const NO_CHILDREN: readonly Indicator[] = [];

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(INDICATOR_STATUS_ORDER.map((c) => [c, 0])) as StatusCounts;
}

export function emptyTaskCounts(): TaskStatusCounts {
  return Object.fromEntries(TASK_STATUS_ORDER.map((c) => [c, 0])) as TaskStatusCounts;
}

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
 * The status an indicator counts with: its own, or, when it has none or no target of its own
 * while its sub-rows are judged, the worst of its sub-rows' (all exceeded → exceeded). `own`:
 * the row's own status when the caller has already looked it up.
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

/** How indicators are counted everywhere (summary, overview, CLI): see `indicatorCounts`. */
export interface IndicatorCounts {
  /** Per status, over the indicators as the plan numbers them. */
  totals: StatusCounts;
  /** Indicators as the plan numbers them: top-level rows (sub-rows roll up into their parent). */
  count: number;
  /** Rows judged: every row with a status of its own, sub-rows included. */
  rows: number;
  /** Sub-rows among the plan's rows. */
  subRows: number;
}

/**
 * The counting unit of every overview: indicators as the plan numbers them (the Đồng Tháp plan's
 * 89), not sheet rows (its 100 rows with targets, sub-rows such as "Thành thị"/"Nông thôn"
 * included); a parent without a status of its own takes its sub-rows' (see `rollUp`).
 */
export function indicatorCounts(plan: Pick<Plan, "indicators">, current: readonly IndicatorStatus[]): IndicatorCounts {
  const byId = new Map<string, IndicatorStatusCode>();
  for (const s of current) byId.set(s.indicatorId, s.status);
  const statusOf = rollUp(childrenByParent(plan), (id) => byId.get(id));
  const totals = emptyCounts();
  let count = 0;
  let subRows = 0;
  for (const ind of plan.indicators) {
    if (ind.parent !== null) {
      subRows++;
      continue;
    }
    count++;
    totals[statusOf(ind)] += 1;
  }
  return { totals, count, rows: current.length, subRows };
}

/** Tasks per status; a task without a status counts as not reported. */
export function taskCounts(plan: Pick<Plan, "tasks">, statuses: readonly TaskStatus[]): TaskStatusCounts {
  const byId = new Map(statuses.map((s) => [s.taskId, s.status]));
  const totals = emptyTaskCounts();
  for (const t of plan.tasks) totals[byId.get(t.id) ?? "noReport"] += 1;
  return totals;
}
