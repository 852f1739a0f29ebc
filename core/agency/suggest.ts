/**
 * "Did you mean" for an agency name the registry does not know: the closest names on
 * accent-free keys, by character edit distance or shared words, only when reasonably close.
 */
import type { AgencyIndex } from "./agency-index";
import { editDistance } from "../text";
import { agencyKeyWords, foldAgencyKey } from "./normalize";

/** Below this similarity (0..1) a name is not suggested. */
const THRESHOLD = 0.65;
/** Suggestions within this much of the best one are offered too. */
const BAND = 0.1;
const MAX_SUGGESTIONS = 3;


function similarity(folded: string, words: Set<string>, other: string, otherWords: Set<string>): number {
  let shared = 0;
  for (const w of words) if (otherWords.has(w)) shared++;
  const dice = (2 * shared) / (words.size + otherWords.size);
  const longest = Math.max(folded.length, other.length);
  if (longest === 0) return 0;
  // The length gap bounds the edit distance from below: skip hopeless pairs cheaply.
  const bound = 1 - Math.abs(folded.length - other.length) / longest;
  const chars = bound < THRESHOLD ? 0 : 1 - editDistance(folded, other) / longest;
  return Math.max(dice, chars);
}

/** Ids of the closest registry names to an unknown part, best first (at most 3). */
export function suggestAgencies(part: string, index: AgencyIndex): string[] {
  const folded = foldAgencyKey(agencyKeyWords(part).join(" "));
  if (folded === "") return [];
  const words = new Set(folded.split(" "));
  const best = new Map<string, number>();
  for (const name of index.names) {
    const score = similarity(folded, words, name.folded, name.foldedWords);
    if (score >= THRESHOLD && score > (best.get(name.id) ?? 0)) best.set(name.id, score);
  }
  const ranked = [...best.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return [];
  const top = ranked[0][1];
  // Same letters, other accents: that name is the answer, near-misses would only distract.
  const floor = top === 1 ? 1 : top - BAND;
  return ranked
    .filter(([, score]) => score >= floor)
    .slice(0, MAX_SUGGESTIONS)
    .map(([id]) => id);
}
