/** Builds complete ParsedTarget / TargetItem values: every field present, nulls and falses. */
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
  return { ...emptyTarget(text, e.kind), ...e };
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
  return {
    ...emptyTarget(text, "qualitative"),
    qualitative: { text: judged, scale: level?.scale ?? null, rank: level?.rank ?? null },
    error,
    suggestion,
  };
}

export function withItems(core: TargetCore, items: TargetItem[] | null): ParsedTarget {
  return { ...core, items };
}
