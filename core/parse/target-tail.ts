/**
 * What follows a target's value: its unit, then suffix words read from the end ("98% trở lên",
 * "11%+", "2% mỗi năm", "30 hoặc hơn"). The unit is kept as written (unit-read.ts).
 */
import type { NumberLocale } from "./number-read";
import { readUnit, type UnitReading } from "./unit-read";
import { wordMatcher } from "./word-match";
import { SUFFIXES } from "./words";

export interface Tail {
  /** "trở lên" / "+" (ge) or "trở xuống" (le), when written. */
  comparator: "ge" | "le" | null;
  perYear: boolean;
  unit: UnitReading;
}

export type TailResult = { ok: true; tail: Tail } | { ok: false; reason: "conflict" | "notUnit" };

const suffixWords = wordMatcher(SUFFIXES);

/** Reads `clean` from `at` to its end (`key` is its foldAligned copy). */
export function readTail(clean: string, key: string, at: number, locale: NumberLocale): TailResult {
  let text = clean.slice(at);
  let folded = key.slice(at);
  let comparator: Tail["comparator"] = null;
  let perYear = false;
  for (let hit = suffixWords.atEnd(folded); hit; hit = suffixWords.atEnd(folded)) {
    if (hit.means.role === "perYear") perYear = true;
    else if (comparator) return { ok: false, reason: "conflict" };
    else comparator = hit.means.cmp;
    text = text.slice(0, hit.start);
    folded = folded.slice(0, hit.start);
  }
  const unit = readUnit(text, locale);
  if (!unit) return { ok: false, reason: "notUnit" };
  return { ok: true, tail: { comparator, perYear: perYear || unit.perYear, unit } };
}
