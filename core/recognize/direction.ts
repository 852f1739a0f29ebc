import type { Direction, ParsedTarget } from "../model";
import { foldKey } from "../text";

/** Why a direction was inferred on import; shown to the user, who confirms it. */
export type DirectionBasis =
  | { kind: "qualitative" }
  | { kind: "comparator"; text: string }
  | { kind: "wording"; word: string }
  | { kind: "default" };

// Folded words that mark "lower is better" (BRIEF §2: unemployment, poverty, malnutrition, deaths, infections).
const DECREASE_WORDS: [RegExp, string][] = [
  [/\bgiam\b/, "giảm"],
  [/\bthat nghiep\b/, "thất nghiệp"],
  [/\bt[iy] le ho ngheo\b/, "tỷ lệ hộ nghèo"],
  [/\bsuy dinh duong\b/, "suy dinh dưỡng"],
  [/\btu vong\b/, "tử vong"],
  [/\bnhiem\b/, "nhiễm"],
];

/**
 * Infers an indicator's direction on import. Qualitative targets are judged by a person (none);
 * then a comparator in a target ("<3" → decrease) decides; then the wording of the name; else
 * increase. A name that counts beneficiaries ("... được hưởng", "được trợ giúp") is a coverage
 * rate even when it mentions poor households, so the wording rule skips it.
 */
export function inferDirection(name: string, targets: readonly ParsedTarget[]): { direction: Direction; basis: DirectionBasis } {
  const present = targets.filter((t) => t.kind !== "none");
  if (present.length > 0 && present.every((t) => t.kind === "qualitative")) {
    return { direction: "none", basis: { kind: "qualitative" } };
  }
  for (const t of present) {
    if (t.kind !== "qualitative" && t.directionHint) {
      return { direction: t.directionHint, basis: { kind: "comparator", text: t.text } };
    }
  }
  const folded = foldKey(name);
  if (!/\bduoc\b/.test(folded)) {
    for (const [re, word] of DECREASE_WORDS) {
      if (re.test(folded)) return { direction: "decrease", basis: { kind: "wording", word } };
    }
  }
  return { direction: "increase", basis: { kind: "default" } };
}
