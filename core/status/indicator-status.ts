import { msg, type Lang, type Message } from "../i18n";
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
import { describeGoal, withNotes } from "./explain";
import { bilingual, clean, formatNumber, formatQuantity, type Note } from "./format";
import { resolveGoal, type Goal } from "./goal";
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
  return Object.keys(input.indicator.targets)
    .map(Number)
    .filter((y) => Number.isInteger(y))
    .sort((a, b) => a - b)
    .map((milestone) => indicatorStatus({ ...input, milestone }));
}

/**
 * Status of one indicator against one milestone, as of a reporting year (BRIEF §3).
 * Timing: values after the milestone never count; a milestone is "passed" (final verdict) only
 * when asOf > milestone. When asOf == milestone the year is not over, so a value short of the
 * target goes through the trend branch with T = milestone (from a value for that very year the
 * projection is the value itself and the ratio measures the distance covered).
 */
export function indicatorStatus(input: IndicatorStatusInput & { milestone: number }): IndicatorStatus {
  const { indicator, milestone, asOf } = input;
  const base: IndicatorEvidence = {
    milestone,
    asOf,
    value: null,
    valueYear: null,
    baseline: null,
    baselineYear: null,
    target: null,
    projected: null,
    gap: null,
    ratio: null,
    method: null,
    assessment: null,
  };
  const result: Result = (status, explanation, evidence = {}) => ({
    indicatorId: indicator.id,
    milestone,
    status,
    evidence: { ...base, ...evidence },
    explanation,
  });

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
      return qualitativeStatus(input, target, text, result);
    default:
      return numericStatus(input, target, text, result);
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
  return first ? { ...first, fromObservation: true } : null;
}

function numericStatus(
  input: IndicatorStatusInput & { milestone: number },
  target: ParsedTarget,
  text: string,
  result: Result,
): IndicatorStatus {
  const { indicator, milestone, asOf } = input;
  const cutoff = cutoffYear(milestone, asOf);
  const values = valuesByYear(input.observations);
  const latest = latestUpTo(values, cutoff);
  const resolved = resolveGoal(target, indicator, input.baseline);
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
  const notes: Note[] = [...goal.notes];
  const targetText = (lang: Lang): string => describeGoal(goal, lang);
  const q = (x: number, lang: Lang): string => formatQuantity(x, goal.unit, lang);
  if (!latest) {
    return result(
      "noData",
      withNotes(bilingual("status.noData", (lang) => ({ cutoff, milestone, target: targetText(lang) })), notes),
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
  const valueParams = (lang: Lang) => ({
    year: latest.year,
    value: q(latest.value, lang),
    milestone,
    target: targetText(lang),
  });

  if (meets(latest.value, goal)) {
    const code = exceeds(latest.value, goal) ? "status.exceeded" : "status.achieved";
    return result(
      code === "status.exceeded" ? "exceeded" : "achieved",
      withNotes(bilingual(code, valueParams), notes),
      evidence,
    );
  }
  if (milestone < asOf) {
    return result("notAchieved", withNotes(bilingual("status.notAchieved", valueParams), notes), evidence);
  }
  return trendStatus(input, goal, latest, start, notes, evidence, valueParams, result);
}

function trendStatus(
  input: IndicatorStatusInput & { milestone: number },
  goal: Goal,
  latest: YearValue,
  start: (YearValue & { fromObservation: boolean }) | null,
  notes: Note[],
  evidence: Partial<IndicatorEvidence>,
  valueParams: (lang: Lang) => Record<string, string | number>,
  result: Result,
): IndicatorStatus {
  const { indicator, milestone } = input;
  if (!start) return result("noTrend", withNotes(bilingual("status.noTrend", valueParams), notes), evidence);
  if (start.fromObservation) notes.push({ code: "status.note.baselineFromObservation", params: () => ({ year: start.year }) });
  const q = (x: number, lang: Lang): string => formatQuantity(x, goal.unit, lang);
  const trendParams = (lang: Lang) => ({
    ...valueParams(lang),
    baselineYear: start.year,
    baseline: q(start.value, lang),
  });
  // Already at or beyond the target at the start (x* == x0 included): the ratio would be
  // meaningless or inverted; the value no longer meets the target, so progress went backwards.
  if (baselineAtTarget(start.value, goal)) {
    return result("offTrack", withNotes(bilingual("status.baselineAtTarget", trendParams), notes), evidence);
  }
  const asked = input.projection ?? indicator.projection ?? "linear";
  const method = asked === "cagr" && !canUseCagr(start.value, latest.value) ? "linear" : asked;
  if (method !== asked) notes.push({ code: "status.note.cagrFallback", params: () => ({}) });
  const projected = projectValue(method, start.value, start.year, latest.value, latest.year, milestone);
  const raw = (projected - start.value) / (goal.target - start.value);
  if (Number.isNaN(raw)) {
    return result("noTrend", withNotes(bilingual("status.projectionFailed", trendParams), notes), {
      ...evidence,
      method,
    });
  }
  // Classify on the cleaned ratio so 0.9499999999999999 from float noise counts as 0.95.
  const ratio = clean(raw) ?? raw;
  const status: IndicatorStatusCode = ratio >= ON_TRACK ? "onTrack" : ratio >= AT_RISK ? "atRisk" : "offTrack";
  const code = status === "onTrack" ? "status.onTrack" : status === "atRisk" ? "status.atRisk" : "status.offTrack";
  const explanation = bilingual(code, (lang) => ({
    ...trendParams(lang),
    method: msg(method === "cagr" ? "status.method.cagr" : "status.method.linear")[lang],
    projected: Number.isFinite(projected) ? q(projected, lang) : String(projected),
    ratio: Number.isFinite(ratio) ? formatNumber(ratio, lang) : String(ratio),
  }));
  return result(status, withNotes(explanation, notes), {
    ...evidence,
    projected: clean(projected),
    ratio: clean(raw),
    method,
  });
}
