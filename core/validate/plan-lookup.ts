import type { Indicator, Plan, Task, TargetCell } from "../model";
import { clean, compare } from "./text-cache";

/** Plan rows by id and the header codes, built once per plan (plans are treated as immutable). */
export interface PlanLookup {
  indicators: Map<string, Indicator>;
  tasks: Map<string, Task>;
  /** Normalised area codes ("2" for "2."): group rows of the indicator sheet. */
  areaCodes: Set<string>;
  /** Top-level task section codes ("VI"). */
  sectionCodes: Set<string>;
  /** Sub-area codes as "<section>|<code>" ("VI|1"). */
  subAreaCodes: Set<string>;
  /** Milestone targets by indicator id and year, with their comparison key. */
  targets: Map<string, Map<number, { cell: TargetCell; key: string }>>;
  /** Milestone years, ascending. */
  milestones: number[];
  /** True when every target of the indicator is qualitative or "-", at least one qualitative. */
  qualitative: Set<string>;
}

const TRAILING_DOT = /\.+$/;
const PLAIN_CODE = /^[0-9A-Z]+(?:\.[0-9A-Z]+)*$/;

/** Code as compared: trimmed, trailing dots dropped, upper case (roman numerals). */
export function codeKey(code: string): string {
  if (PLAIN_CODE.test(code)) return code; // "2.1", "VI": the common case, already a key
  return clean(code).replace(TRAILING_DOT, "").toUpperCase();
}

/** Text as compared with the plan: NFC, dashes, spaces and case folded (accents kept). */
export function compareKey(text: string): string {
  return compare(text);
}

const cache = new WeakMap<Plan, PlanLookup>();

export function planLookup(plan: Plan): PlanLookup {
  const hit = cache.get(plan);
  if (hit) return hit;
  const indicators = new Map<string, Indicator>();
  const targets = new Map<string, Map<number, { cell: TargetCell; key: string }>>();
  const qualitative = new Set<string>();
  for (const ind of plan.indicators) {
    indicators.set(ind.id, ind);
    const byYear = new Map<number, { cell: TargetCell; key: string }>();
    let words = 0;
    let numeric = 0;
    for (const [year, cell] of Object.entries(ind.targets)) {
      byYear.set(Number(year), { cell, key: compareKey(cell.raw) });
      if (cell.parsed.kind === "qualitative") words++;
      else if (cell.parsed.kind !== "none") numeric++;
    }
    targets.set(ind.id, byYear);
    if (words > 0 && numeric === 0) qualitative.add(ind.id);
  }
  const sectionCodes = new Set<string>();
  const subAreaCodes = new Set<string>();
  for (const s of plan.sections) {
    if (s.parent === null) sectionCodes.add(codeKey(s.code));
    else subAreaCodes.add(`${codeKey(s.parent)}|${codeKey(s.code)}`);
  }
  const lookup: PlanLookup = {
    indicators,
    tasks: new Map(plan.tasks.map((t) => [t.id, t])),
    areaCodes: new Set(plan.areas.map((a) => codeKey(a.code))),
    sectionCodes,
    subAreaCodes,
    targets,
    qualitative,
    milestones: [...plan.milestoneYears].sort((a, b) => a - b),
  };
  cache.set(plan, lookup);
  return lookup;
}
