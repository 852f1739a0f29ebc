import { msg, msgText, type Lang, type Message, type MessageCode, type MessageParams } from "../i18n";
import type {
  Baseline,
  Indicator,
  IndicatorEvidence,
  IndicatorStatus,
  IndicatorStatusCode,
  Observation,
  ParsedTarget,
  Projection,
} from "../model";
import { cleanText } from "../text";
import { baselineAtTarget, exceeds, gapOf, meets } from "./compare";
import { describeGoal, noted } from "./explain";
import { bilingual, clean, formatNumber, formatQuantity, type Note } from "./format";
import { resolveGoal, type Goal, type GoalResult } from "./goal";
import { cutoffYear, earliestBefore, latestUpTo, valuesByYear, type YearValue } from "./milestone";
import { canUseCagr, projectValue } from "./projection";
import { qualitativeStatus } from "./qualitative";

export interface IndicatorStatusInput {
  indicator: Indicator;
  /** Any order; only this indicator's; value null = not reported. */
  observations: Observation[];
  baseline: Baseline | null;
  /** Reporting year. */
  asOf: number;
  /** Default: indicator.projection ?? "linear". */
  projection?: Projection;
  /** Levels of named qualitative scales, used when the indicator has no `scale` of its own. */
  scales?: Record<string, string[]>;
}

/** BRIEF §3 progress-ratio thresholds. */
const ON_TRACK = 0.95;
const AT_RISK = 0.1;

export type Result = (status: IndicatorStatusCode, explanation: Message, evidence?: Partial<IndicatorEvidence>) => IndicatorStatus;

/** One status per target year of the indicator, ascending. */
export function indicatorStatuses(input: IndicatorStatusInput): IndicatorStatus[] {
  const keys = Object.keys(input.indicator.targets);
  const years: number[] = [];
  for (const key of keys) {
    const y = Number(key);
    if (Number.isInteger(y)) years.push(y);
  }
  if (years.length > 1) years.sort((a, b) => a - b);
  // The observations are read once for all milestones (they do not depend on the milestone).
  const values = lazyValues(input.observations);
  return years.map((milestone) => statusAt(input, milestone, values));
}

/**
 * Status of one indicator against one milestone, as of a reporting year (BRIEF §3).
 * Timing: values after the milestone never count; a milestone is "passed" (final verdict) only
 * when asOf > milestone. When asOf == milestone the year is not over, so a value short of the
 * target goes through the trend branch with T = milestone (from a value for that very year the
 * projection is the value itself and the ratio measures the distance covered).
 */
export function indicatorStatus(input: IndicatorStatusInput & { milestone: number }): IndicatorStatus {
  return statusAt(input, input.milestone, lazyValues(input.observations));
}

/** valuesByYear, computed on first use (qualitative and unreadable targets never need it). */
function lazyValues(observations: Observation[]): () => YearValue[] {
  let values: YearValue[] | null = null;
  return () => (values ??= valuesByYear(observations));
}

/** The status object; evidence fields not given are null (built literally: a hot path). */
function statusObject(
  indicatorId: string,
  milestone: number,
  asOf: number,
  status: IndicatorStatusCode,
  explanation: Message,
  e: Partial<IndicatorEvidence>,
): IndicatorStatus {
  return {
    indicatorId,
    milestone,
    status,
    evidence: {
      milestone: e.milestone !== undefined ? e.milestone : milestone,
      asOf: e.asOf !== undefined ? e.asOf : asOf,
      value: e.value !== undefined ? e.value : null,
      valueYear: e.valueYear !== undefined ? e.valueYear : null,
      baseline: e.baseline !== undefined ? e.baseline : null,
      baselineYear: e.baselineYear !== undefined ? e.baselineYear : null,
      target: e.target !== undefined ? e.target : null,
      projected: e.projected !== undefined ? e.projected : null,
      gap: e.gap !== undefined ? e.gap : null,
      ratio: e.ratio !== undefined ? e.ratio : null,
      method: e.method !== undefined ? e.method : null,
      assessment: e.assessment !== undefined ? e.assessment : null,
    },
    explanation,
  };
}

const NO_EVIDENCE: Partial<IndicatorEvidence> = Object.freeze({});

function statusAt(input: IndicatorStatusInput, milestone: number, values: () => YearValue[]): IndicatorStatus {
  const { indicator, asOf } = input;
  const result: Result = (status, explanation, evidence = NO_EVIDENCE) =>
    statusObject(indicator.id, milestone, asOf, status, explanation, evidence);

  const cell = indicator.targets[String(milestone)];
  if (!cell) return result("noTarget", msg("status.noTargetCell", { milestone }));
  const target = cell.parsed;
  const text = cleanText(cell.raw) || target.text;
  const error = target.error;
  if (error) {
    return result(
      "needsAssessment",
      bilingual("status.targetUnreadable", (lang) => ({ milestone, text, reason: error[lang] })),
    );
  }
  switch (target.kind) {
    case "none":
      return result("noTarget", msg("status.noTarget", { milestone }));
    case "list":
      return result("needsAssessment", msg("status.listTarget", { milestone, text }));
    case "qualitative":
      return qualitativeStatus({ ...input, milestone }, target, text, result);
    default:
      return numericStatus(input, milestone, values(), target, text, result);
  }
}

/** The trend's starting point: the baseline if it precedes the latest value, else the earliest value. */
function trendBaseline(
  baseline: Baseline | null,
  values: YearValue[],
  latestYear: number,
): (YearValue & { fromObservation: boolean }) | null {
  if (baseline && Number.isFinite(baseline.value) && baseline.year < latestYear) {
    return { year: baseline.year, value: baseline.value, fromObservation: false };
  }
  const first = earliestBefore(values, latestYear);
  return first ? { year: first.year, value: first.value, fromObservation: true } : null;
}

/**
 * A resolved goal with its descriptions, shared by every indicator with the same parsed target
 * object, unit and direction (parseTarget memoises by text, so a plan's repeated "<3" is one
 * object). Only goals that do not depend on the baseline are shared; shared goals are never
 * mutated (their notes array included: callers copy before adding).
 */
interface ResolvedGoal {
  result: GoalResult;
  vi: string | null;
  en: string | null;
}

const goalCache = new WeakMap<ParsedTarget, Map<string, Map<string, ResolvedGoal>>>();

function goalFor(target: ParsedTarget, indicator: Indicator, baseline: Baseline | null): ResolvedGoal {
  if (target.change && !target.perYear) return { result: resolveGoal(target, indicator, baseline), vi: null, en: null };
  let byDirection = goalCache.get(target);
  if (byDirection === undefined) goalCache.set(target, (byDirection = new Map()));
  let byUnit = byDirection.get(indicator.direction);
  if (byUnit === undefined) byDirection.set(indicator.direction, (byUnit = new Map()));
  let hit = byUnit.get(indicator.unit);
  if (hit === undefined) {
    hit = { result: resolveGoal(target, indicator, baseline), vi: null, en: null };
    byUnit.set(indicator.unit, hit);
  }
  return hit;
}

/** The target as explained (describeGoal), computed once per shared goal and language. */
function describe(g: ResolvedGoal, goal: Goal, lang: Lang): string {
  if (lang === "vi") return (g.vi ??= describeGoal(goal, "vi"));
  return (g.en ??= describeGoal(goal, "en"));
}

/** {year, value, milestone, target}: the parameters of the value-only explanations. */
function valueParams(g: ResolvedGoal, goal: Goal, latest: YearValue, milestone: number, lang: Lang): MessageParams {
  return {
    year: latest.year,
    value: formatQuantity(latest.value, goal.unit, lang),
    milestone,
    target: describe(g, goal, lang),
  };
}

/** valueParams plus the trend's start. */
function trendParams(
  g: ResolvedGoal,
  goal: Goal,
  latest: YearValue,
  milestone: number,
  start: YearValue,
  lang: Lang,
): MessageParams {
  const params = valueParams(g, goal, latest, milestone, lang);
  params.baselineYear = start.year;
  params.baseline = formatQuantity(start.value, goal.unit, lang);
  return params;
}

/** An explanation in both languages, with the notes appended. */
function explain(code: MessageCode, params: (lang: Lang) => MessageParams, notes: Note[]): Message {
  return {
    code,
    vi: noted(msgText(code, params("vi"), "vi"), notes, "vi"),
    en: noted(msgText(code, params("en"), "en"), notes, "en"),
  };
}

function numericStatus(
  input: IndicatorStatusInput,
  milestone: number,
  values: YearValue[],
  target: ParsedTarget,
  text: string,
  result: Result,
): IndicatorStatus {
  const { indicator, asOf } = input;
  const cutoff = cutoffYear(milestone, asOf);
  const latest = latestUpTo(values, cutoff);
  const g = goalFor(target, indicator, input.baseline);
  const resolved = g.result;
  if (!resolved.ok) {
    const evidence = latest ? { value: latest.value, valueYear: latest.year } : {};
    return resolved.reason === "needsBaseline"
      ? result("noTrend", msg("status.needsBaseline", { milestone, text }), evidence)
      : result(
          "needsAssessment",
          bilingual("status.targetUnreadable", (lang) => ({
            milestone,
            text,
            reason: msg("status.reason.noNumber")[lang],
          })),
          evidence,
        );
  }
  const goal = resolved.goal;
  const notes = goal.notes;
  if (!latest) {
    return result(
      "noData",
      explain("status.noData", (lang) => ({ cutoff, milestone, target: describe(g, goal, lang) }), notes),
      { target: clean(goal.target) },
    );
  }

  const start = trendBaseline(input.baseline, values, latest.year);
  const evidence: Partial<IndicatorEvidence> = {
    value: latest.value,
    valueYear: latest.year,
    baseline: start ? start.value : null,
    baselineYear: start ? start.year : null,
    target: clean(goal.target),
    gap: clean(gapOf(latest.value, goal)),
  };
  const values_ = (lang: Lang): MessageParams => valueParams(g, goal, latest, milestone, lang);

  if (meets(latest.value, goal)) {
    const code = exceeds(latest.value, goal) ? "status.exceeded" : "status.achieved";
    return result(code === "status.exceeded" ? "exceeded" : "achieved", explain(code, values_, notes), evidence);
  }
  if (milestone < asOf) {
    return result("notAchieved", explain("status.notAchieved", values_, notes), evidence);
  }
  if (!start) return result("noTrend", explain("status.noTrend", values_, notes), evidence);
  return trendStatus(input, milestone, g, goal, latest, start, notes, evidence, result);
}

function trendStatus(
  input: IndicatorStatusInput,
  milestone: number,
  g: ResolvedGoal,
  goal: Goal,
  latest: YearValue,
  start: YearValue & { fromObservation: boolean },
  goalNotes: Note[],
  evidence: Partial<IndicatorEvidence>,
  result: Result,
): IndicatorStatus {
  const { indicator } = input;
  const notes = goalNotes.slice();
  if (start.fromObservation) notes.push(baselineFromObservation(start.year));
  const startParams = (lang: Lang): MessageParams => trendParams(g, goal, latest, milestone, start, lang);
  // Already at or beyond the target at the start (x* == x0 included): the ratio would be
  // meaningless or inverted; the value no longer meets the target, so progress went backwards.
  if (baselineAtTarget(start.value, goal)) {
    return result("offTrack", explain("status.baselineAtTarget", startParams, notes), evidence);
  }
  const asked = input.projection ?? indicator.projection ?? "linear";
  const method = asked === "cagr" && !canUseCagr(start.value, latest.value) ? "linear" : asked;
  if (method !== asked) notes.push(CAGR_FALLBACK);
  const projected = projectValue(method, start.value, start.year, latest.value, latest.year, milestone);
  const raw = (projected - start.value) / (goal.target - start.value);
  if (Number.isNaN(raw)) {
    return result("noTrend", explain("status.projectionFailed", startParams, notes), {
      ...evidence,
      method,
    });
  }
  // Classify on the cleaned ratio so 0.9499999999999999 from float noise counts as 0.95.
  const ratio = clean(raw) ?? raw;
  const status: IndicatorStatusCode = ratio >= ON_TRACK ? "onTrack" : ratio >= AT_RISK ? "atRisk" : "offTrack";
  const code = status === "onTrack" ? "status.onTrack" : status === "atRisk" ? "status.atRisk" : "status.offTrack";
  const explanation = explain(
    code,
    (lang) => {
      const params = trendParams(g, goal, latest, milestone, start, lang);
      params.method = msgText(method === "cagr" ? "status.method.cagr" : "status.method.linear", undefined, lang);
      params.projected = Number.isFinite(projected) ? formatQuantity(projected, goal.unit, lang) : String(projected);
      params.ratio = Number.isFinite(ratio) ? formatNumber(ratio, lang) : String(ratio);
      return params;
    },
    notes,
  );
  return result(status, explanation, {
    value: evidence.value,
    valueYear: evidence.valueYear,
    baseline: evidence.baseline,
    baselineYear: evidence.baselineYear,
    target: evidence.target,
    gap: evidence.gap,
    projected: clean(projected),
    ratio: clean(raw),
    method,
  });
}

const noParams = (): MessageParams => ({});
const CAGR_FALLBACK: Note = Object.freeze({ code: "status.note.cagrFallback", params: noParams });
function baselineFromObservation(year: number): Note {
  return { code: "status.note.baselineFromObservation", params: () => ({ year }) };
}
