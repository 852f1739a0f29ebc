/**
 * Builds complete ParsedTarget / TargetItem values: every field present, nulls and falses. Fields
 * are written out, never spread: object spread on these shapes was the slowest step of a parse.
 */
import type { Message } from "../i18n";
import type { ParsedTarget, TargetItem } from "../model";
import { findScaleLevel, type QualitativeScale } from "./scales";
import type { Expression } from "./target-expression";

export type TargetCore = Omit<ParsedTarget, "items">;

export function emptyTarget(text: string, kind: TargetCore["kind"]): TargetCore {
  return {
    text,
    kind,
    lo: null,
    hi: null,
    loInclusive: false,
    hiInclusive: false,
    unit: null,
    perYear: false,
    approx: false,
    steady: false,
    currency: null,
    per: null,
    change: null,
    directionHint: null,
    qualitative: null,
    warnings: [],
    error: null,
    suggestion: null,
  };
}

export function fromExpression(text: string, e: Expression): TargetCore {
  return {
    text,
    kind: e.kind,
    lo: e.lo,
    hi: e.hi,
    loInclusive: e.loInclusive,
    hiInclusive: e.hiInclusive,
    unit: e.unit,
    perYear: e.perYear,
    approx: e.approx,
    steady: e.steady,
    currency: e.currency,
    per: e.per,
    change: e.change,
    directionHint: e.directionHint,
    qualitative: null,
    warnings: e.warnings,
    error: null,
    suggestion: e.suggestion,
  };
}

/** Qualitative: the text to judge, ranked when it names a level of a known scale. */
export function qualitative(
  text: string,
  judged: string,
  scales: QualitativeScale[],
  error: Message | null = null,
  suggestion: Message | null = null,
): TargetCore {
  const level = error ? null : findScaleLevel(judged, scales);
  const core = emptyTarget(text, "qualitative");
  core.qualitative = { text: judged, scale: level?.scale ?? null, rank: level?.rank ?? null };
  core.error = error;
  core.suggestion = suggestion;
  return core;
}

export function withItems(c: TargetCore, items: TargetItem[] | null): ParsedTarget {
  return {
    text: c.text,
    kind: c.kind,
    lo: c.lo,
    hi: c.hi,
    loInclusive: c.loInclusive,
    hiInclusive: c.hiInclusive,
    unit: c.unit,
    perYear: c.perYear,
    approx: c.approx,
    steady: c.steady,
    currency: c.currency,
    per: c.per,
    change: c.change,
    directionHint: c.directionHint,
    qualitative: c.qualitative,
    warnings: c.warnings,
    error: c.error,
    suggestion: c.suggestion,
    items,
  };
}
