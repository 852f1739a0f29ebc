import { msg, type Lang, type Message, type MessageParams } from "../i18n";
import type {
  Baseline,
  Indicator,
  IndicatorEvidence,
  IndicatorStatus,
  IndicatorStatusCode,
  Observation,
  ParsedTarget,
  Projection,
  TargetCell,
} from "../model";
import { cleanText } from "../text";
import { baselineAtTarget, exceeds, gapOf, meets } from "./compare";
import { describeGoal } from "./explain";
import { bilingual } from "../i18n";
import { clean, decimalsOf, formatPair, type Note, type TextPair } from "./format";
import { SLOT, slotExplanation, slotsEn, slotsVi } from "./explanation";
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
  // Object.keys rather than for-in: year keys are array indexes, which for-in enumerates slowly.
  const keys = Object.keys(input.indicator.targets);
  const years: number[] = [];
  for (const key of keys) {
    const y = Number(key);
    if (!Number.isInteger(y)) continue;
    // Insertion into place: a handful of milestones, no comparator closure per indicator.
    let i = years.length;
    while (i > 0 && years[i - 1] > y) i--;
    if (i === years.length) years.push(y);
    else years.splice(i, 0, y);
  }
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
  const error = target.error;
  if (error) {
    const text = targetText(cell);
    return result(
      "needsAssessment",
      bilingual("status.targetUnreadable", (lang) => ({ milestone, text, reason: error[lang] })),
    );
  }
  switch (target.kind) {
    case "none":
      return result("noTarget", msg("status.noTarget", { milestone }));
    case "list":
      return result("needsAssessment", msg("status.listTarget", { milestone, text: targetText(cell) }));
    case "qualitative":
      return qualitativeStatus(input, milestone, target, targetText(cell), result);
    default:
      return numericStatus(input, milestone, values(), target, cell, result);
  }
}

/** The target as the plan wrote it, for explanations (only the rarer ones quote it: worked out on demand). */
function targetText(cell: TargetCell): string {
  return cleanText(cell.raw) || cell.parsed.text;
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
  /** clean(goal.target), once computed. */
  target?: number | null;
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

/** The goal's target for the evidence, cleaned once per shared goal. */
function cleanTarget(g: ResolvedGoal, goal: Goal): number | null {
  return g.target !== undefined ? g.target : (g.target = clean(goal.target));
}

// Scratch for formatPair (read right after each call).
const pair: TextPair = { vi: "", en: "" };

function setQuantity(slot: number, x: number, unit: string | null): void {
  formatPair(x, unit, pair);
  slotsVi[slot] = pair.vi;
  slotsEn[slot] = pair.en;
}

/**
 * Reported values (and baselines taken from them), formatted once per value and unit: a sheet
 * repeats the same few hundred figures over its rows. Shared pairs, never mutated; bounded.
 */
let reportedTexts = new Map<string, Map<number, TextPair>>();
let reportedCount = 0;

function setReported(slot: number, x: number, unit: string): void {
  let byValue = reportedTexts.get(unit);
  if (byValue === undefined) reportedTexts.set(unit, (byValue = new Map()));
  let texts = byValue.get(x);
  if (texts === undefined) {
    texts = { vi: "", en: "" };
    formatPair(x, unit, texts);
    if (reportedCount >= 20_000) {
      reportedTexts = new Map();
      reportedCount = 0;
    } else if (x !== 0) {
      // 0 is left out: 0 and -0 share a Map key (both read "0" today, but nothing relies on it).
      byValue.set(x, texts);
      reportedCount++;
    }
  }
  slotsVi[slot] = texts.vi;
  slotsEn[slot] = texts.en;
}

/** Decimals a forecast is shown with: one for a percentage, else as many as the figures it comes from. */
function shownDecimals(unit: string | null, a: number, b: number): number {
  if (unit !== null && unit.trim().startsWith("%")) return 1;
  return Math.max(decimalsOf(a), decimalsOf(b));
}

function roundTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

function setNumber(slot: number, x: number): void {
  const s = String(x);
  slotsVi[slot] = s;
  slotsEn[slot] = s;
}

/** The slots of the value-only explanations: {year, value, milestone, target}. */
function setValueSlots(g: ResolvedGoal, goal: Goal, latest: YearValue, milestone: number): void {
  setNumber(SLOT.year, latest.year);
  setReported(SLOT.value, latest.value, goal.unit);
  setNumber(SLOT.milestone, milestone);
  slotsVi[SLOT.target] = describe(g, goal, "vi");
  slotsEn[SLOT.target] = describe(g, goal, "en");
}

/** Plus the trend's start. */
function setTrendSlots(g: ResolvedGoal, goal: Goal, latest: YearValue, milestone: number, start: YearValue): void {
  setValueSlots(g, goal, latest, milestone);
  setNumber(SLOT.baselineYear, start.year);
  setReported(SLOT.baseline, start.value, goal.unit);
}

function numericStatus(
  input: IndicatorStatusInput,
  milestone: number,
  values: YearValue[],
  target: ParsedTarget,
  cell: TargetCell,
  result: Result,
): IndicatorStatus {
  const { indicator, asOf } = input;
  const cutoff = cutoffYear(milestone, asOf);
  const latest = latestUpTo(values, cutoff);
  const g = goalFor(target, indicator, input.baseline);
  const resolved = g.result;
  if (!resolved.ok) {
    const text = targetText(cell);
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
  const id = indicator.id;
  if (!latest) {
    setNumber(SLOT.cutoff, cutoff);
    setNumber(SLOT.milestone, milestone);
    slotsVi[SLOT.target] = describe(g, goal, "vi");
    slotsEn[SLOT.target] = describe(g, goal, "en");
    return statusObject(id, milestone, asOf, "noData", slotExplanation("status.noData", notes), { target: cleanTarget(g, goal) });
  }

  const start = trendBaseline(input.baseline, values, latest.year);
  const targetClean = cleanTarget(g, goal);
  const gap = clean(gapOf(latest.value, goal));
  const evidence = (status: IndicatorStatusCode, explanation: Message): IndicatorStatus =>
    evidenceStatus(id, milestone, asOf, status, explanation, latest, start, targetClean, gap, null, null, null);

  if (meets(latest.value, goal)) {
    const exceeded = exceeds(latest.value, goal);
    setValueSlots(g, goal, latest, milestone);
    return exceeded
      ? evidence("exceeded", slotExplanation("status.exceeded", notes))
      : evidence("achieved", slotExplanation("status.achieved", notes));
  }
  if (milestone < asOf) {
    setValueSlots(g, goal, latest, milestone);
    return evidence("notAchieved", slotExplanation("status.notAchieved", notes));
  }
  if (!start) {
    setValueSlots(g, goal, latest, milestone);
    return evidence("noTrend", slotExplanation("status.noTrend", notes));
  }

  // The trend towards a milestone ahead.
  let trendNotes = notes;
  if (start.fromObservation) trendNotes = withNote(trendNotes, baselineFromObservation(start.year));
  setTrendSlots(g, goal, latest, milestone, start);
  // Already at or beyond the target at the start (x* == x0 included): the ratio would be
  // meaningless or inverted; the value no longer meets the target, so progress went backwards.
  if (baselineAtTarget(start.value, goal)) {
    return evidence("offTrack", slotExplanation("status.baselineAtTarget", trendNotes));
  }
  const asked = input.projection ?? indicator.projection ?? "linear";
  const method = asked === "cagr" && !canUseCagr(start.value, latest.value) ? "linear" : asked;
  if (method !== asked) trendNotes = withNote(trendNotes, CAGR_FALLBACK);
  const projected = projectValue(method, start.value, start.year, latest.value, latest.year, milestone);
  const raw = (projected - start.value) / (goal.target - start.value);
  if (Number.isNaN(raw)) {
    const explanation = slotExplanation("status.projectionFailed", trendNotes);
    return evidenceStatus(id, milestone, asOf, "noTrend", explanation, latest, start, targetClean, gap, null, null, method);
  }
  // Classify on the cleaned ratio so 0.9499999999999999 from float noise counts as 0.95.
  const cleanRatio = clean(raw);
  const ratio = cleanRatio ?? raw;
  const status: IndicatorStatusCode = ratio >= ON_TRACK ? "onTrack" : ratio >= AT_RISK ? "atRisk" : "offTrack";
  const code = status === "onTrack" ? "status.onTrack" : status === "atRisk" ? "status.atRisk" : "status.offTrack";
  slotsVi[SLOT.method] = method === "cagr" ? CAGR_TEXT.vi : LINEAR_TEXT.vi;
  slotsEn[SLOT.method] = method === "cagr" ? CAGR_TEXT.en : LINEAR_TEXT.en;
  // Written to what the data supports: one decimal for a percentage, else the figures' own
  // decimals; the ratio as a percentage with one decimal (the evidence keeps every digit).
  if (Number.isFinite(projected)) setQuantity(SLOT.projected, roundTo(projected, shownDecimals(goal.unit, latest.value, start.value)), goal.unit);
  else setNumber(SLOT.projected, projected);
  if (Number.isFinite(ratio)) setQuantity(SLOT.ratio, roundTo(ratio * 100, 1), "%");
  else setNumber(SLOT.ratio, ratio);
  const explanation = slotExplanation(code, trendNotes);
  return evidenceStatus(id, milestone, asOf, status, explanation, latest, start, targetClean, gap, clean(projected), cleanRatio, method);
}

/** A status whose evidence is a value (and maybe a trend): built literally, a hot path. */
function evidenceStatus(
  indicatorId: string,
  milestone: number,
  asOf: number,
  status: IndicatorStatusCode,
  explanation: Message,
  latest: YearValue,
  start: YearValue | null,
  target: number | null,
  gap: number | null,
  projected: number | null,
  ratio: number | null,
  method: Projection | null,
): IndicatorStatus {
  return {
    indicatorId,
    milestone,
    status,
    evidence: {
      milestone,
      asOf,
      value: latest.value,
      valueYear: latest.year,
      baseline: start ? start.value : null,
      baselineYear: start ? start.year : null,
      target,
      projected,
      gap,
      ratio,
      method,
      assessment: null,
    },
    explanation,
  };
}

function withNote(notes: Note[], note: Note): Note[] {
  return notes.length === 0 ? [note] : [...notes, note];
}

const LINEAR_TEXT = msg("status.method.linear");
const CAGR_TEXT = msg("status.method.cagr");

const noParams = (): MessageParams => ({});
const CAGR_FALLBACK: Note = Object.freeze({ code: "status.note.cagrFallback", params: noParams });
/** Cached per year: the same few years come back for every indicator (and note texts are cached per note). */
const fromObservationNotes = new Map<number, Note>();
function baselineFromObservation(year: number): Note {
  let note = fromObservationNotes.get(year);
  if (note === undefined) {
    note = Object.freeze({ code: "status.note.baselineFromObservation", params: () => ({ year }) });
    if (fromObservationNotes.size >= 1_000) fromObservationNotes.clear();
    fromObservationNotes.set(year, note);
  }
  return note;
}
