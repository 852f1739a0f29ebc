import type { IndicatorRecord } from "../layout";
import type { Direction, Indicator, ParsedTarget, TargetCell } from "../model";
import { compareKey } from "./plan-lookup";
import type { RowView } from "./row-view";
import { fold } from "./text-cache";
import { directions } from "./vocabulary";

/** What the indicator rules need to know about a row beyond its cells: its plan row, unit, kind. */

export type IndicatorView = RowView<IndicatorRecord>;

export function planIndicator(v: IndicatorView): Indicator | undefined {
  return v.planRow(v.lookup.indicators);
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
export function planTargetOf(v: IndicatorView, year: number): { cell: TargetCell; key: string } | undefined {
  return planIndicator(v) === undefined ? undefined : v.fact("planTargets", planTargetsOf)?.get(year);
}

function planTargetsOf(v: IndicatorView): Map<number, { cell: TargetCell; key: string }> | undefined {
  const id = v.record.rowId;
  return id === null ? undefined : v.lookup.targets.get(id);
}

/**
 * The target of a milestone year as the sheet holds it: the cell when the sheet has that column
 * (empty = no target), else the plan's. Null when there is none.
 */
export function rowTarget(v: IndicatorView, year: number): ParsedTarget | null {
  const key = `target:${year}`;
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
  const ind = planIndicator(v);
  return ind ? v.lookup.qualitative.has(ind.id) : qualitativeByCells(v);
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

/** Cells holding a measured number: the actual values and the baseline value. */
export function valueKeys(v: IndicatorView): { key: string; year: number | null }[] {
  return v.fact("valueKeys", valueKeysOf);
}

function valueKeysOf(v: IndicatorView): { key: string; year: number | null }[] {
  const keys: { key: string; year: number | null }[] = [...v.yearKeys("actual:")];
  if (v.has("baselineValue")) keys.push({ key: "baselineValue", year: null });
  return keys;
}
