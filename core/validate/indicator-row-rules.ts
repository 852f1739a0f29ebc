import type { IndicatorRecord } from "../layout";
import { msg, msgLang } from "../i18n";
import type { Direction, ParsedTarget } from "../model";
import { DEFAULT_SCALES, findScaleLevel } from "../parse";
import { checkAgencies } from "./agency-check";
import { readYear } from "./date";
import {
  planIndicator,
  planTargetOf,
  rowDirection,
  rowTarget,
  targetCell,
  targetKeyOf,
  unitKey,
  type IndicatorView,
} from "./indicator-row";
import { compareKey } from "./plan-lookup";
import { memoByPair } from "./message-memo";
import { rowRule } from "./rule";
import { fold } from "./text-cache";
import { assessments, closest, DIRECTION_WORDS, directions } from "./vocabulary";

/** Indicator row rules on the baseline, targets, direction, assessment and agencies. */

type R = IndicatorRecord;
const FIRST_BASELINE_YEAR = 1990;

export const baselineYearInvalid = rowRule<R>({
  code: "indicator.baseline.yearInvalid",
  scope: "indicator",
  severity: "error",
  columns: ["baselineYear"],
  check(v, emit) {
    const year = readYear(v.cell("baselineYear"));
    if (year === null || (year !== "invalid" && year >= FIRST_BASELINE_YEAR)) return;
    emit(
      "baselineYear",
      msg("validation.indicator.baseline.yearInvalid", { value: v.text("baselineYear"), asOf: v.ctx.asOf }),
      msg("validation.suggest.baselineYear"),
    );
  },
});

export const baselineAfterReporting = rowRule<R>({
  code: "indicator.baseline.afterReporting",
  scope: "indicator",
  severity: "error",
  columns: ["baselineYear"],
  check(v, emit) {
    const year = readYear(v.cell("baselineYear"));
    if (year === null || year === "invalid" || year <= v.ctx.asOf) return;
    emit(
      "baselineYear",
      msg("validation.indicator.baseline.afterReporting", { year, asOf: v.ctx.asOf }),
      msg("validation.suggest.baselineBeforeReporting", { asOf: v.ctx.asOf }),
    );
  },
});

/** A baseline is a pair: a value without its year (or the reverse) cannot anchor a projection. */
export const baselineIncomplete = rowRule<R>({
  code: "indicator.baseline.incomplete",
  scope: "indicator",
  severity: "warning",
  columns: ["baselineYear", "baselineValue"],
  check(v, emit) {
    const noYear = v.isEmpty("baselineYear");
    const noValue = v.isEmpty("baselineValue");
    if (noYear === noValue) return;
    if (noYear) {
      emit(
        "baselineYear",
        msg("validation.indicator.baseline.noYear", { value: v.text("baselineValue") }),
        msg("validation.suggest.baselineYearMissing"),
      );
    } else {
      emit(
        "baselineValue",
        msg("validation.indicator.baseline.noValue", { year: v.text("baselineYear") }),
        msg("validation.suggest.baselineValueMissing"),
      );
    }
  },
});

export const targetUnparseable = rowRule<R>({
  code: "indicator.target.unparseable",
  scope: "indicator",
  severity: "error",
  columns: ["target:*"],
  check(v, emit) {
    for (const { key, year } of v.yearKeys("target:")) {
      if (v.isEmpty(key)) continue;
      const t = targetCell(v, key, year);
      // The parser's own message says precisely what it could not read.
      if (t.error) emit(key, t.error, t.suggestion ?? msg("validation.suggest.target"));
    }
  },
});

const NO_TARGET = new Set(["", "-"]);

/** Same target written differently ("<3" and "< 3", 19.04 typed as a number for "19,04"). */
function sameTarget(a: ParsedTarget, b: ParsedTarget): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "qualitative" || a.kind === "list") return fold(a.text) === fold(b.text);
  if (a.unit !== null && b.unit !== null && unitKey(a.unit) !== unitKey(b.unit)) return false;
  return (
    a.lo === b.lo &&
    a.hi === b.hi &&
    a.loInclusive === b.loInclusive &&
    a.hiInclusive === b.hiInclusive &&
    a.perYear === b.perYear &&
    a.change === b.change &&
    a.approx === b.approx &&
    (a.steady ?? false) === (b.steady ?? false)
  );
}

/** Targets are the plan's: changing one in the tracking sheet needs an amendment, so it is flagged. */
export const targetDiffersFromPlan = rowRule<R>({
  code: "indicator.target.differsFromPlan",
  scope: "indicator",
  severity: "warning",
  columns: ["target:*"],
  check(v, emit) {
    if (!planIndicator(v)) return;
    for (const { key, year } of v.yearKeys("target:")) {
      const plan = planTargetOf(v, year);
      const typed = compareKey(v.text(key));
      const planKey = plan?.key ?? "";
      if (typed === planKey || (NO_TARGET.has(typed) && NO_TARGET.has(planKey))) continue;
      if (plan && typed !== "" && sameTarget(v.target(key), plan.cell.parsed)) continue;
      const plannedText = plan?.cell.raw ?? "-";
      if (typed === "") {
        emit(
          key,
          msg("validation.indicator.target.cleared", { year, planned: plannedText }),
          msg("validation.suggest.restoreTarget", { planned: plannedText }),
        );
      } else {
        emit(
          key,
          msg("validation.indicator.target.differsFromPlan", { year, value: v.text(key), planned: plannedText }),
          msg("validation.suggest.restoreTarget", { planned: plannedText }),
        );
      }
    }
  },
});

/** The number a target asks for in the direction of improvement, or null when not comparable. */
function bound(t: ParsedTarget, dir: "increase" | "decrease"): number | null {
  if (t.change !== null || t.perYear) return null;
  if (t.kind !== "exact" && t.kind !== "min" && t.kind !== "max" && t.kind !== "range") return null;
  return dir === "increase" ? (t.lo ?? t.hi) : (t.hi ?? t.lo);
}

function lessAmbitious(earlier: ParsedTarget, later: ParsedTarget, dir: Direction | null): boolean {
  const eq = earlier.qualitative;
  const lq = later.qualitative;
  if (earlier.kind === "qualitative" && later.kind === "qualitative") {
    // Ranked levels ("Tiểu học" < "THCS"): a lower level later is less ambitious.
    if (!eq || !lq || eq.rank === null || lq.rank === null || eq.scale !== lq.scale) return false;
    return dir === "decrease" ? lq.rank > eq.rank : lq.rank < eq.rank;
  }
  const d = dir === "increase" || dir === "decrease" ? dir : (later.directionHint ?? earlier.directionHint);
  if (d === null) return false;
  if (earlier.unit !== null && later.unit !== null && unitKey(earlier.unit) !== unitKey(later.unit)) return false;
  const e = bound(earlier, d);
  const l = bound(later, d);
  if (e === null || l === null) return false;
  return d === "increase" ? l < e : l > e;
}

function lessAmbitiousText(earlier: ParsedTarget, later: ParsedTarget, earlierYear: number, laterYear: number, d: Direction) {
  const w = DIRECTION_WORDS.find((x) => x.value === d);
  const common = { later: laterYear, earlier: earlierYear, laterText: later.text, earlierText: earlier.text };
  return msgLang(
    "validation.indicator.target.lessAmbitious",
    { ...common, direction: w?.vi ?? "" },
    { ...common, direction: w?.en ?? "" },
  );
}

// The same pair of targets recurs on many rows: its message is built once per pair, years and
// direction, packed in one number (years 0–9999; others are built every time).
const DIRECTIONS: readonly Direction[] = ["increase", "decrease", "none"];
const lessAmbitiousMemo = memoByPair((earlier: ParsedTarget, later: ParsedTarget, packed: number) =>
  lessAmbitiousText(earlier, later, Math.floor(packed / 40000), Math.floor(packed / 4) % 10000, DIRECTIONS[packed % 4]),
);
const isYear = (y: number): boolean => Number.isInteger(y) && y >= 0 && y <= 9999;

function lessAmbitiousMessage(earlier: ParsedTarget, later: ParsedTarget, earlierYear: number, laterYear: number, d: Direction) {
  const di = DIRECTIONS.indexOf(d);
  if (di < 0 || !isYear(earlierYear) || !isYear(laterYear)) return lessAmbitiousText(earlier, later, earlierYear, laterYear, d);
  return lessAmbitiousMemo(earlier, later, (earlierYear * 10000 + laterYear) * 4 + di);
}

/** A 2030 target below the 2025 one for a rate that should rise is almost always a typing mistake. */
export const targetLessAmbitious = rowRule<R>({
  code: "indicator.target.lessAmbitious",
  scope: "indicator",
  severity: "warning",
  columns: ["target:*", "direction"],
  check(v, emit) {
    const years = v.lookup.milestones;
    if (years.length < 2) return;
    const dir = rowDirection(v);
    for (let i = 1; i < years.length; i++) {
      const earlier = rowTarget(v, years[i - 1]);
      const later = rowTarget(v, years[i]);
      if (!earlier || !later || earlier.error || later.error || !lessAmbitious(earlier, later, dir)) continue;
      // The direction that made it less ambitious: stated, else implied by the target, else
      // "higher level" for ranked qualitative targets.
      const d = dir === "increase" || dir === "decrease" ? dir : (later.directionHint ?? earlier.directionHint ?? "increase");
      emit(
        targetKeyOf(years[i]),
        lessAmbitiousMessage(earlier, later, years[i - 1], years[i], d),
        msg("validation.suggest.checkAmbition", { later: years[i] }),
      );
    }
  },
});

function chooseSuggestion(value: string, words: readonly { vi: string; en: string }[], extra: readonly string[] = []) {
  const guess = closest(value, [...words.flatMap((w) => [w.vi, w.en]), ...extra]);
  if (guess) return msg("validation.suggest.didYouMean", { word: guess });
  const vi = [...words.map((w) => w.vi), ...extra].join(", ");
  const en = [...words.map((w) => w.en), ...extra].join(", ");
  return msgLang("validation.suggest.chooseOne", { accepted: vi }, { accepted: en });
}

export const directionUnknown = rowRule<R>({
  code: "indicator.direction.unknown",
  scope: "indicator",
  severity: "error",
  columns: ["direction"],
  check(v, emit) {
    const value = v.text("direction");
    if (value === "" || directions.read(value) !== null) return;
    emit(
      "direction",
      msgLang(
        "validation.indicator.direction.unknown",
        { value, accepted: directions.list("vi") },
        { value, accepted: directions.list("en") },
      ),
      chooseSuggestion(value, DIRECTION_WORDS),
    );
  },
});

/**
 * The levels of the indicator's ordered scale (the plan's own list, else the known scale its
 * targets use) and that known scale's id, whose aliases are accepted too ("Cấp 2" = "THCS").
 */
function scaleLevels(v: IndicatorView): { levels: string[]; scaleId: string | null } {
  let scaleId: string | null = null;
  for (const year of v.ctx.plan.milestoneYears) {
    scaleId = rowTarget(v, year)?.qualitative?.scale ?? null;
    if (scaleId !== null) break;
  }
  const own = planIndicator(v)?.scale;
  if (own) return { levels: own, scaleId };
  const known = DEFAULT_SCALES.find((s) => s.id === scaleId);
  return { levels: known ? known.levels.map((l) => l.name) : [], scaleId };
}

/** Đạt / Chưa đạt / Vượt, or a level of the indicator's own scale ("THCS"). */
export const assessmentUnknown = rowRule<R>({
  code: "indicator.assessment.unknown",
  scope: "indicator",
  severity: "warning",
  columns: ["assessment", "target:*"],
  check(v, emit) {
    const value = v.text("assessment");
    if (value === "" || assessments.read(value) !== null) return;
    const { levels, scaleId } = scaleLevels(v);
    const key = fold(value);
    if (levels.some((level) => fold(level) === key)) return;
    if (scaleId !== null && findScaleLevel(value)?.scale === scaleId) return;
    const vi = [assessments.list("vi"), ...levels].join(", ");
    const en = [assessments.list("en"), ...levels].join(", ");
    emit(
      "assessment",
      msgLang("validation.indicator.assessment.unknown", { value, accepted: vi }, { value, accepted: en }),
      chooseSuggestion(value, assessments.words, levels),
    );
  },
});

export const indicatorAgencyUnknown = rowRule<R>({
  code: "indicator.agency.unknown",
  scope: "indicator",
  severity: "warning",
  columns: ["lead", "partners"],
  check(v, emit) {
    checkAgencies("indicator", v, ["lead", "partners"], emit);
  },
});
