import type { Cell } from "../grid";
import type { ParsedTarget, ParsedTimeframe } from "../model";
import { parseNumber, parseTarget, parseTimeframe, type ParsedNumber } from "../parse";

/**
 * Parses of text cells, memoised by (locale, text): the same "2,5", "<3" or "Hằng năm" appears
 * on many rows, and a full validation re-reads every cell. Results are shared, never mutated.
 * Bounded so a long session cannot grow without limit; non-text cells are cheap and not cached.
 */
const LIMIT = 50_000;

function cachedParser<T>(parse: (cell: Cell | undefined, locale: "vi-VN" | "en-US") => T) {
  const maps = { "vi-VN": new Map<string, T>(), "en-US": new Map<string, T>() };
  return (cell: Cell | undefined, locale: "vi-VN" | "en-US"): T => {
    if (typeof cell !== "string") return parse(cell, locale);
    let map = maps[locale];
    let hit = map.get(cell);
    if (hit === undefined) {
      if (map.size >= LIMIT) map = maps[locale] = new Map();
      hit = parse(cell, locale);
      map.set(cell, hit);
    }
    return hit;
  };
}

export const numberOf = cachedParser<ParsedNumber>((cell, locale) => parseNumber(cell, { locale }));
export const targetOf = cachedParser<ParsedTarget>((cell, locale) => parseTarget(cell, { locale }));
export const timeframeOf = cachedParser<ParsedTimeframe>((cell) => parseTimeframe(cell));
