/**
 * The words before a target's value, in any order: "mỗi năm giảm ít nhất 2%", "đạt khoảng 30",
 * "duy trì ổn định ở mức 16,3%", and a unit written first ("% ≥ 95", "$7,900").
 */
import { listMatcher, wordMatcher } from "./word-match";
import { CURRENCIES, PREFIXES, UNITS_BEFORE, type Change, type Comparator, type PrefixMeaning, type Way } from "./words";

/** A movement word: a level reached ("giảm xuống còn") or a change from the baseline ("giảm"). */
export type Movement = { kind: "level"; way: Way } | { kind: "change"; change: Change };

export interface Prefix {
  /** Index in the text after the last prefix word (and its spaces). */
  end: number;
  /** Comparator words in the order written ("tối đa không quá": le, le). */
  comparators: Comparator[];
  from: boolean;
  approx: boolean;
  estimate: boolean;
  steady: boolean;
  perYear: boolean;
  movement: Movement | null;
  /** A unit written before the value, as written, and whether its digits follow English notation. */
  unitBefore: { text: string; english: boolean } | null;
  /** What the first word was: how a target in a sentence is introduced (see target-in-text). */
  first: PrefixMeaning["role"] | "unit" | null;
}

export type PrefixResult = { ok: true; prefix: Prefix } | { ok: false; conflict: true };

const prefixWords = wordMatcher(PREFIXES);
const unitWords = listMatcher(UNITS_BEFORE);
const englishSigns = new Set(CURRENCIES.filter((c) => c.english).flatMap((c) => c.signsBefore));

function skipSpaces(text: string, at: number): number {
  while (text[at] === " ") at++;
  return at;
}

/** Applies one prefix word; false when it contradicts what came before (two movements). */
function apply(p: Prefix, m: PrefixMeaning): boolean {
  switch (m.role) {
    case "compare":
      p.comparators.push(m.cmp);
      return true;
    case "from":
      p.from = true;
      return true;
    case "approx":
      p.approx = true;
      return true;
    case "estimate":
      p.estimate = true;
      return true;
    case "steady":
      p.steady = true;
      return true;
    case "perYear":
      p.perYear = true;
      return true;
    case "level":
      if (p.movement) return false;
      p.movement = { kind: "level", way: m.way };
      return true;
    case "change":
      if (p.movement) return false;
      p.movement = { kind: "change", change: m.change };
      return true;
    case "filler":
      return true;
  }
}

/** Reads prefix words from `at` in `clean` (`key` is its foldAligned copy). */
export function readPrefix(clean: string, key: string, at: number): PrefixResult {
  const p: Prefix = {
    end: at, comparators: [], from: false, approx: false, estimate: false, steady: false, perYear: false,
    movement: null, unitBefore: null, first: null,
  };
  for (let pos = skipSpaces(clean, at); ; pos = skipSpaces(clean, pos)) {
    p.end = pos;
    const unit = p.unitBefore ? null : unitWords.at(key, pos);
    if (unit) {
      const text = clean.slice(unit.start, unit.end);
      p.unitBefore = { text, english: englishSigns.has(text.toUpperCase()) };
      p.first ??= "unit";
      pos = unit.end;
      continue;
    }
    const word = prefixWords.at(key, pos);
    // A second "từ" is not a prefix ("từ từ" is not a notation): stop there.
    if (!word || (word.means.role === "from" && p.from)) return { ok: true, prefix: p };
    if (!apply(p, word.means)) return { ok: false, conflict: true };
    p.first ??= word.means.role;
    pos = word.end;
  }
}
