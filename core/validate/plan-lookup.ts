import type { Indicator, Plan, Task, TargetCell } from "../model";
import { clean, compare } from "./text-cache";

/** A milestone target of a plan indicator, with its comparison key. */
export interface PlanTarget {
  year: number;
  cell: TargetCell;
  key: string;
}

/** What the row rules ask about a plan indicator, found with one lookup per row. */
export interface IndicatorInfo {
  indicator: Indicator;
  /** Milestone targets in the order of the plan's `targets` object (a year at most once). */
  targets: readonly PlanTarget[];
  /** True when every target is qualitative or "-", at least one qualitative. */
  qualitative: boolean;
}

/** Plan rows by id and the header codes, built once per plan (plans are treated as immutable). */
export interface PlanLookup {
  indicators: Map<string, Indicator>;
  /** The same indicators with their targets and kind. */
  indicatorInfo: Map<string, IndicatorInfo>;
  tasks: Map<string, Task>;
  /** Normalised area codes ("2" for "2."): group rows of the indicator sheet. */
  areaCodes: Set<string>;
  /** Top-level task section codes ("VI"). */
  sectionCodes: Set<string>;
  /** Sub-area codes as "<section>|<code>" ("VI|1"). */
  subAreaCodes: Set<string>;
  /** Milestone years, ascending. */
  milestones: number[];
  /** The plan's indicators, and their infos in the same order (for `indicatorAt`/`indicatorInfoAt`). */
  indicatorList: readonly Indicator[];
  infoList: readonly IndicatorInfo[];
  /** No two plan indicators share an id: a row found by position is the one the maps give. */
  uniqueIndicatorIds: boolean;
}

/**
 * The plan indicator with id `id`, trying position `index` first: sheets list the plan's rows in
 * plan order, so the guess usually hits and spares a lookup in a 100k-entry map (held only
 * when ids are unique, so it always agrees with `indicators.get(id)`).
 */
export function indicatorAt(lookup: PlanLookup, index: number, id: string): Indicator | undefined {
  const list = lookup.indicatorList;
  if (lookup.uniqueIndicatorIds && index >= 0 && index < list.length && list[index].id === id) return list[index];
  return lookup.indicators.get(id);
}

/** `indicatorInfo.get(id)`, trying position `index` first (see indicatorAt). */
export function indicatorInfoAt(lookup: PlanLookup, index: number, id: string): IndicatorInfo | undefined {
  const list = lookup.indicatorList;
  if (lookup.uniqueIndicatorIds && index >= 0 && index < list.length && list[index].id === id) return lookup.infoList[index];
  return lookup.indicatorInfo.get(id);
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

/** Years compared as Map keys compare them (SameValueZero). */
const sameYear = (a: number, b: number): boolean => a === b || (a !== a && b !== b);

const cache = new WeakMap<Plan, PlanLookup>();

export function planLookup(plan: Plan): PlanLookup {
  const hit = cache.get(plan);
  if (hit) return hit;
  const indicators = new Map<string, Indicator>();
  const indicatorInfo = new Map<string, IndicatorInfo>();
  const infoList: IndicatorInfo[] = [];
  for (const ind of plan.indicators) {
    indicators.set(ind.id, ind);
    const targets: PlanTarget[] = [];
    let words = 0;
    let numeric = 0;
    for (const year of Object.keys(ind.targets)) {
      const cell = ind.targets[year];
      const target = { year: Number(year), cell, key: compareKey(cell.raw) };
      // "2025" and "02025" are one year: the later entry wins, in the earlier one's place.
      const at = targets.findIndex((t) => sameYear(t.year, target.year));
      if (at < 0) targets.push(target);
      else targets[at] = target;
      if (cell.parsed.kind === "qualitative") words++;
      else if (cell.parsed.kind !== "none") numeric++;
    }
    const info = { indicator: ind, targets, qualitative: words > 0 && numeric === 0 };
    indicatorInfo.set(ind.id, info);
    infoList.push(info);
  }
  const sectionCodes = new Set<string>();
  const subAreaCodes = new Set<string>();
  for (const s of plan.sections) {
    if (s.parent === null) sectionCodes.add(codeKey(s.code));
    else subAreaCodes.add(`${codeKey(s.parent)}|${codeKey(s.code)}`);
  }
  const lookup: PlanLookup = {
    indicators,
    indicatorInfo,
    tasks: new Map(plan.tasks.map((t) => [t.id, t])),
    areaCodes: new Set(plan.areas.map((a) => codeKey(a.code))),
    sectionCodes,
    subAreaCodes,
    milestones: [...plan.milestoneYears].sort((a, b) => a - b),
    indicatorList: plan.indicators.slice(), // a snapshot, like the maps
    infoList,
    uniqueIndicatorIds: indicators.size === plan.indicators.length,
  };
  cache.set(plan, lookup);
  return lookup;
}
