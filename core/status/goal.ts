import type { Baseline, Indicator, ParsedTarget } from "../model";
import type { MessageParams } from "../i18n";
import { formatNumber, formatQuantity, type Note } from "./format";

export type Way = "increase" | "decrease";
export type GoalKind = "exact" | "min" | "max" | "range";

/** A numeric target turned into what a value is compared with. */
export interface Goal {
  /** Which way is better for this target. */
  direction: Way;
  /** x*: the bound that has to be met (a range: its near end in the direction). */
  target: number;
  /** `<3`: 3 itself does not meet it (and no tolerance applies, see compare.ts). */
  strict: boolean;
  /** Beyond this is "exceeded": x* of an exact target, the far end of a range; null for min/max. */
  exceedBound: number | null;
  /** Level bounds (after converting a change target), for the explanation. */
  kind: GoalKind;
  lo: number | null;
  hi: number | null;
  loStrict: boolean;
  hiStrict: boolean;
  /** Unit of the values ("%", "Người", "%/năm"). */
  unit: string;
  /** Values are a share in %: a 0% or 100% target gets a 1-point tolerance. */
  percent: boolean;
  /** A change target ("giảm 30%") and the baseline it was converted from. */
  change: { text: string; baseline: number; baselineYear: number } | null;
  notes: Note[];
}

export type GoalResult = { ok: true; goal: Goal } | { ok: false; reason: "needsBaseline" | "unreadable" };

const finite = (x: number | null): x is number => x !== null && Number.isFinite(x);

/**
 * Reads a numeric target (exact/min/max/range) as a goal. Decisions, documented here once:
 * - Direction: the indicator's; "none" → the target's hint → "increase". A min comparator
 *   (`>0,7`, `trên 90%`) means higher is better and a max comparator (`<3`) lower is better:
 *   the comparator is what the plan literally says, so it wins over a conflicting indicator
 *   direction, and a note asks to check the direction.
 * - Range: for an increasing indicator the lower bound is x* and beyond the upper bound is
 *   "exceeded" (28-30: 28 met, 31 exceeded); mirrored for a decreasing one.
 * - Change targets ("giảm 30%", "tăng gấp 4 lần") become levels from the baseline: with a "%" unit
 *   the change is relative (x0·(1 ∓ p/100)), otherwise absolute (x0 ∓ p); "gấp k lần" is k·x0.
 *   Only a real baseline converts a change: the plan's "giảm 30%" is relative to its own
 *   baseline, not to whichever year happened to be reported first. A "%" change of a "%"
 *   indicator is ambiguous (points or relative?): read as relative, with a note.
 * - Per-year targets ("%/năm") are not converted: the year's reported value is taken to be that
 *   year's rate and compared with the target directly (for "giảm 1-1,5%/năm" the value is the
 *   reduction achieved in the year, so a larger value is better). A note says so.
 */
export function resolveGoal(target: ParsedTarget, indicator: Indicator, baseline: Baseline | null): GoalResult {
  if (target.kind !== "exact" && target.kind !== "min" && target.kind !== "max" && target.kind !== "range") {
    return UNREADABLE;
  }
  // Plain locals and one object literal at the end: this runs for every indicator × milestone
  // of a 100k-row sheet, so no array swaps or object spreads.
  let kind: GoalKind = target.kind;
  let lo = target.lo;
  let hi = target.hi;
  let loStrict = !target.loInclusive;
  let hiStrict = !target.hiInclusive;
  if (kind === "exact") {
    lo = finite(lo) ? lo : hi;
    hi = lo;
    loStrict = hiStrict = false;
  }
  if (kind === "range" && finite(lo) && finite(hi) && lo > hi) {
    const l = lo, ls = loStrict;
    lo = hi;
    hi = l;
    loStrict = hiStrict;
    hiStrict = ls;
  }
  let notes: Note[] = NO_NOTES;
  const unit = target.perYear
    ? (target.unit ?? indicator.unit).trim()
    : (indicator.unit || target.unit || "").trim();
  let change: Goal["change"] = null;

  if (target.change && !target.perYear) {
    if (!baseline || !Number.isFinite(baseline.value)) return NEEDS_BASELINE;
    const x0 = baseline.value;
    const relative = (target.unit ?? "").trim().startsWith("%");
    const kindOfChange = target.change;
    const f = (v: number): number => {
      if (kindOfChange === "multiply") return v * x0;
      const delta = relative ? (x0 * v) / 100 : v;
      return kindOfChange === "increase" ? x0 + delta : x0 - delta;
    };
    if (relative && kindOfChange !== "multiply" && indicator.unit.trim() === "%") {
      const p = lo ?? hi ?? 0;
      notes = [
        {
          code: "status.note.ambiguousPercentChange",
          params: (lang) => ({ text: target.text, p: formatNumber(p, lang), baseline: formatQuantity(x0, unit, lang) }),
        },
      ];
    }
    const mlo = finite(lo) ? f(lo) : null;
    const mhi = finite(hi) ? f(hi) : null;
    if (f(1) < f(0)) {
      // A decreasing conversion turns "giảm ít nhất 30%" (min 30) into "at most x0·0.7" (max).
      const ls = loStrict;
      lo = mhi;
      hi = mlo;
      loStrict = hiStrict;
      hiStrict = ls;
      kind = kind === "min" ? "max" : kind === "max" ? "min" : kind;
    } else {
      lo = mlo;
      hi = mhi;
    }
    change = { text: target.text, baseline: x0, baselineYear: baseline.year };
  }
  if (target.perYear) notes = notes === NO_NOTES ? [PER_YEAR] : [...notes, PER_YEAR];

  const stated: Way | null = indicator.direction === "none" ? null : indicator.direction;
  let base: Way = stated ?? target.directionHint ?? (target.change === "decrease" ? "decrease" : "increase");
  if (target.perYear && target.change) base = "increase";

  let direction: Way;
  let goalTarget: number;
  let strict: boolean;
  let exceedBound: number | null;
  if (kind === "exact" && finite(lo)) {
    direction = base;
    goalTarget = lo;
    strict = false;
    exceedBound = lo;
  } else if (kind === "min" && finite(lo)) {
    direction = "increase";
    goalTarget = lo;
    strict = loStrict;
    exceedBound = null;
  } else if (kind === "max" && finite(hi)) {
    direction = "decrease";
    goalTarget = hi;
    strict = hiStrict;
    exceedBound = null;
  } else if (kind === "range" && finite(lo) && finite(hi)) {
    direction = base;
    if (base === "increase") {
      goalTarget = lo;
      strict = loStrict;
      exceedBound = hi;
    } else {
      goalTarget = hi;
      strict = hiStrict;
      exceedBound = lo;
    }
  } else {
    return UNREADABLE;
  }
  if (stated && !target.perYear && stated !== direction) {
    notes = notes === NO_NOTES ? [DIRECTION_CONFLICT] : [...notes, DIRECTION_CONFLICT];
  }
  return {
    ok: true,
    goal: {
      direction,
      target: goalTarget,
      strict,
      exceedBound,
      kind,
      lo,
      hi,
      loStrict,
      hiStrict,
      unit,
      percent: unit === "%",
      change,
      notes: notes === NO_NOTES ? [] : notes,
    },
  };
}

// Shared constants: these results and notes carry no per-call data and are never mutated.
const UNREADABLE: GoalResult = Object.freeze({ ok: false, reason: "unreadable" });
const NEEDS_BASELINE: GoalResult = Object.freeze({ ok: false, reason: "needsBaseline" });
const NO_NOTES: Note[] = [];
const noParams = (): MessageParams => ({});
const PER_YEAR: Note = Object.freeze({ code: "status.note.perYear", params: noParams });
const DIRECTION_CONFLICT: Note = Object.freeze({ code: "status.note.directionConflict", params: noParams });
