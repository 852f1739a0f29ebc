import type { Goal } from "./goal";

/**
 * BRIEF §3 tolerance: within 0.05% of the target (relative), and within 1 point of a 0% or
 * 100% target (a coverage of 99,2% counts as reaching 100%).
 */
export function tolerance(target: number, percent: boolean): number {
  const relative = 0.0005 * Math.abs(target);
  return percent && (target === 0 || target === 100) ? Math.max(relative, 1) : relative;
}

/**
 * Whether x meets the goal in its direction. A strict bound (`<3`, `>0,7`) is met only strictly
 * (3 does not meet `<3`) and gets no tolerance: the plan drew the line itself, and "almost 3"
 * is exactly what "<3" excludes.
 */
export function meets(x: number, goal: Goal): boolean {
  const tol = tolerance(goal.target, goal.percent);
  if (goal.direction === "increase") return goal.strict ? x > goal.target : x >= goal.target - tol;
  return goal.strict ? x < goal.target : x <= goal.target + tol;
}

/**
 * Exceeded: beyond the exceed bound by more than its tolerance. Only exact targets (beyond x*)
 * and ranges (beyond the far end) can be exceeded; for a min/max comparator being well inside
 * the bound is what was asked, so it is just "achieved".
 */
export function exceeds(x: number, goal: Goal): boolean {
  const bound = goal.exceedBound;
  if (bound === null) return false;
  const tol = tolerance(bound, goal.percent);
  return goal.direction === "increase" ? x > bound + tol : x < bound - tol;
}

/** x − x*, signed so that negative means short of the target in the direction of improvement. */
export function gapOf(x: number, goal: Goal): number {
  return goal.direction === "increase" ? x - goal.target : goal.target - x;
}

/** The baseline is already at or beyond x*: progress towards it cannot be expressed as a ratio. */
export function baselineAtTarget(x0: number, goal: Goal): boolean {
  return goal.direction === "increase" ? x0 >= goal.target : x0 <= goal.target;
}
