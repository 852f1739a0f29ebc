import type { Observation } from "../model";

/** The milestone that "as of Y" is judged against: nearest milestone ≥ Y, else the last one. */
export function currentMilestone(milestones: number[], asOf: number): number {
  // One pass, no copy or sort: called once per indicator by callers.
  let next: number | null = null;
  let last: number | null = null;
  for (const y of milestones) {
    if (!Number.isFinite(y)) continue;
    if (y >= asOf && (next === null || y < next)) next = y;
    if (last === null || y >= last) last = y;
  }
  // A plan always has one (PlanSchema: min 1); with none there is nothing better than asOf itself.
  if (last === null) return asOf;
  return next ?? last;
}

/**
 * The last year whose value may count: asOf while the milestone is ahead, the milestone itself
 * once it has passed (BRIEF §3: a value reported after the milestone does not change its verdict).
 */
export function cutoffYear(milestone: number, asOf: number): number {
  return Math.min(milestone, asOf);
}

export interface YearValue {
  year: number;
  value: number;
}

/**
 * One finite value per year, ascending. When a year was reported twice the later record wins
 * (by recordedAt, then by position), so a correction replaces the figure it corrects.
 */
export function valuesByYear(observations: Observation[]): YearValue[] {
  // An indicator has a handful of years: arrays with a linear search beat a Map here (hot path).
  if (observations.length > 64) return valuesByYearMap(observations);
  const out: YearValue[] = [];
  // Scratch, reused across calls (this runs once per indicator of a large plan; nothing re-enters it).
  const ats = atsScratch;
  ats.length = 0;
  for (const o of observations) {
    if (o.value === null || !Number.isFinite(o.value) || !Number.isFinite(o.year)) continue;
    const at = o.recordedAt ?? "";
    let i = 0;
    while (i < out.length && out[i].year !== o.year) i++;
    if (i === out.length) {
      // Inserted in year order (+ 0: -0 → 0, as a Map key would be): reports usually come in
      // year order, so this rarely moves anything, and there is no sort with a closure.
      const year = o.year + 0;
      let j = out.length;
      while (j > 0 && out[j - 1].year > year) j--;
      if (j === out.length) {
        out.push({ year, value: o.value });
        ats.push(at);
      } else {
        out.splice(j, 0, { year, value: o.value });
        ats.splice(j, 0, at);
      }
    } else if (at >= ats[i]) {
      out[i].value = o.value;
      ats[i] = at;
    }
  }
  return out;
}

const atsScratch: string[] = [];

function valuesByYearMap(observations: Observation[]): YearValue[] {
  const byYear = new Map<number, { value: number; at: string }>();
  for (const o of observations) {
    if (o.value === null || !Number.isFinite(o.value) || !Number.isFinite(o.year)) continue;
    const at = o.recordedAt ?? "";
    const seen = byYear.get(o.year);
    if (!seen || at >= seen.at) byYear.set(o.year, { value: o.value, at });
  }
  return [...byYear.entries()].map(([year, v]) => ({ year, value: v.value })).sort((a, b) => a.year - b.year);
}

/** Latest value with year ≤ `year`. */
export function latestUpTo(values: YearValue[], year: number): YearValue | null {
  let found: YearValue | null = null;
  for (const v of values) if (v.year <= year) found = v;
  return found;
}

/** Earliest value with year < `year` (stands in for a missing baseline). */
export function earliestBefore(values: YearValue[], year: number): YearValue | null {
  const first = values[0];
  return first && first.year < year ? first : null;
}
