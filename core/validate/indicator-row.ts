import type { IndicatorRecord } from "../layout";
import type { Direction, Indicator, ParsedTarget } from "../model";
import { compareKey, indicatorInfoAt, type IndicatorInfo, type PlanTarget } from "./plan-lookup";
import type { RowView } from "./row-view";
import { fold } from "./text-cache";
import { directions } from "./vocabulary";

/** What the indicator rules need to know about a row beyond its cells: its plan row, unit, kind. */

export type IndicatorView = RowView<IndicatorRecord>;

/** The plan row with its targets and kind: one lookup per row, shared by all the rules. */
function planInfo(v: IndicatorView): IndicatorInfo | undefined {
  // By position first (indicatorInfoAt): the sheet usually lists the plan's rows in plan order.
  return v.planRow(v.lookup.indicatorInfo, indicatorInfoAt);
}

export function planIndicator(v: IndicatorView): Indicator | undefined {
  return planInfo(v)?.indicator;
}

/** The row's unit: the sheet cell if filled, else the plan's. */
export function rowUnit(v: IndicatorView): string {
  const typed = v.text("unit");
  return typed !== "" ? typed : (planIndicator(v)?.unit ?? "");
}

const SPACE = / /g;

/** Unit comparison key: case, accents and spaces ignored ("m2 sàn/người" = "M2 sàn / người"). */
export function unitKey(unit: string): string {
  return fold(unit).replace(SPACE, "");
}

export function isPercentUnit(unit: string): boolean {
  return unitKey(unit) === "%";
}

/**
 * A non-empty target cell, parsed. The plan's wording was parsed once on import: parsing it again
 * for every row and every check would dominate a full validation, so an unchanged cell reuses it.
 */
export function targetCell(v: IndicatorView, key: string, year: number): ParsedTarget {
  const plan = planTargetOf(v, year);
  if (plan && typeof v.cell(key) === "string" && compareKey(v.text(key)) === plan.key) return plan.cell.parsed;
  return v.target(key);
}

/** The plan's target of that milestone year for this row, with its comparison key. */
export function planTargetOf(v: IndicatorView, year: number): PlanTarget | undefined {
  const targets = planInfo(v)?.targets;
  if (targets === undefined) return undefined;
  for (const t of targets) if (t.year === year) return t;
  return undefined;
}

// "target:2030" built once per year, not on every row.
const TARGET_KEYS = new Map<number, string>();
export function targetKeyOf(year: number): string {
  let key = TARGET_KEYS.get(year);
  if (key === undefined) {
    key = `target:${year}`;
    if (TARGET_KEYS.size < 1000) TARGET_KEYS.set(year, key);
  }
  return key;
}

/**
 * The target of a milestone year as the sheet holds it: the cell when the sheet has that column
 * (empty = no target), else the plan's. Null when there is none.
 */
export function rowTarget(v: IndicatorView, year: number): ParsedTarget | null {
  const key = targetKeyOf(year);
  if (v.has(key)) return v.isEmpty(key) ? null : targetCell(v, key, year);
  return planIndicator(v)?.targets[String(year)]?.parsed ?? null;
}

/**
 * Qualitative indicator: the plan's targets are words ("Giải quyết cơ bản", "THCS") or "-".
 * A row unknown to the plan is judged by its own target cells.
 */
export function isQualitativeRow(v: IndicatorView): boolean {
  return v.fact("qualitative", qualitativeOf);
}

function qualitativeOf(v: IndicatorView): boolean {
  const info = planInfo(v);
  return info ? info.qualitative : qualitativeByCells(v);
}

function qualitativeByCells(v: IndicatorView): boolean {
  let words = 0;
  for (const { key } of v.yearKeys("target:")) {
    if (v.isEmpty(key)) continue;
    const kind = v.target(key).kind; // no plan row: nothing to reuse
    if (kind === "qualitative") words++;
    else if (kind !== "none") return false;
  }
  return words > 0;
}

/** Direction: the sheet's direction cell if readable, else the plan's, else null. */
export function rowDirection(v: IndicatorView): Direction | null {
  const typed = v.text("direction");
  const read = typed === "" ? null : directions.read(typed);
  return read ?? planIndicator(v)?.direction ?? null;
}

/** Cells holding a measured number: the actual values and the baseline value. Shared: do not mutate. */
export function valueKeys(v: IndicatorView): readonly { key: string; year: number | null }[] {
  // Which cells these are depends only on the record's keys: worked out once per key set.
  return v.shapeFact("valueKeys", valueKeysOf);
}

function valueKeysOf(v: IndicatorView): { key: string; year: number | null }[] {
  const keys: { key: string; year: number | null }[] = [...v.yearKeys("actual:")];
  if (v.has("baselineValue")) keys.push({ key: "baselineValue", year: null });
  return keys;
}
