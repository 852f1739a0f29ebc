import { msg } from "../i18n";
import type { IndicatorStatus, ParsedTarget } from "../model";
import { cleanText, foldKey } from "../text";
import type { IndicatorStatusInput, Result } from "./indicator-status";
import { cutoffYear } from "./milestone";

/** Assessment words (folded with foldKey) a person writes in the assessment cell. */
const ACHIEVED = new Set(["dat", "da dat", "dat muc tieu", "hoan thanh", "da hoan thanh"]);
const EXCEEDED = new Set(["vuot", "vuot muc tieu", "vuot chi tieu"]);
const SHORT = new Set(["chua dat", "khong dat", "chua hoan thanh", "khong hoan thanh"]);

export type Verdict = "achieved" | "exceeded" | "short" | "unclear";

const key = (s: string): string => foldKey(s).replace(/[\s.!;:,]+$/, "");

/**
 * Judges a person's assessment of a qualitative target. "Đạt"/"Hoàn thành" → achieved,
 * "Chưa đạt"/"Không đạt" → short. On an ordered scale (Tiểu học < THCS), an assessment naming a
 * level is compared by rank: the target's own level → achieved, a higher one → exceeded, a lower
 * one → short. The target's rank is its position in `levels` (the same scale as the assessment);
 * the parser's `qualitative.rank` is used only when the target text is not one of the levels.
 */
export function judgeAssessment(
  assessment: string,
  targetText: string,
  targetRank: number | null,
  levels: string[] | null,
): Verdict {
  const a = key(assessment);
  if (ACHIEVED.has(a)) return "achieved";
  if (EXCEEDED.has(a)) return "exceeded";
  if (SHORT.has(a)) return "short";
  if (!levels || levels.length === 0) return "unclear";
  const folded = levels.map(key);
  const aRank = folded.indexOf(a);
  const found = folded.indexOf(key(targetText));
  const tRank = found >= 0 ? found : targetRank;
  if (aRank < 0 || tRank === null || tRank < 0) return "unclear";
  return aRank > tRank ? "exceeded" : aRank === tRank ? "achieved" : "short";
}

/** Status of a qualitative target from the latest assessment that counts (same timing as values). */
export function qualitativeStatus(
  input: IndicatorStatusInput,
  milestone: number,
  target: ParsedTarget,
  text: string,
  result: Result,
): IndicatorStatus {
  const { indicator, asOf } = input;
  const q = target.qualitative;
  const levels = indicator.scale ?? (q?.scale ? (input.scales?.[q.scale] ?? null) : null);
  const levelList = (levels ?? []).join(", ");
  const cutoff = cutoffYear(milestone, asOf);
  let latest: { year: number; assessment: string; at: string } | null = null;
  for (const o of input.observations) {
    const assessment = o.assessment === null ? "" : cleanText(o.assessment);
    if (!assessment || !(o.year <= cutoff)) continue;
    const at = o.recordedAt ?? "";
    if (!latest || o.year > latest.year || (o.year === latest.year && at >= latest.at)) {
      latest = { year: o.year, assessment, at };
    }
  }
  if (!latest) {
    return levels && levels.length > 0
      ? result("needsAssessment", msg("status.qualitativePendingScale", { milestone, text, levels: levelList }))
      : result("needsAssessment", msg("status.qualitativePending", { milestone, text }));
  }
  const evidence = { valueYear: latest.year, assessment: latest.assessment };
  const params = { year: latest.year, assessment: latest.assessment, milestone, text };
  const verdict = judgeAssessment(latest.assessment, q?.text ?? target.text, q?.rank ?? null, levels);
  switch (verdict) {
    case "achieved":
      return result("achieved", msg("status.qualitativeAchieved", params), evidence);
    case "exceeded":
      return result("exceeded", msg("status.qualitativeExceeded", params), evidence);
    case "short":
      return milestone < asOf
        ? result("notAchieved", msg("status.qualitativeNotAchieved", params), evidence)
        : result("atRisk", msg("status.qualitativeAtRisk", params), evidence);
    case "unclear":
      return levels && levels.length > 0
        ? result("needsAssessment", msg("status.qualitativeUnclearScale", { ...params, levels: levelList }), evidence)
        : result("needsAssessment", msg("status.qualitativeUnclear", params), evidence);
  }
}
