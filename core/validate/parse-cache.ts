import type { Cell } from "../grid";
import type { ParsedTimeframe } from "../model";
import { parseNumber, parseTimeframe, type ParsedNumber } from "../parse";

/**
 * Timeframe cells, memoised by text: the same "Hằng năm" appears on many task rows, and the
 * timeframe parser keeps no memo of its own (the number and target parsers do, so they need none
 * here). Results are shared, never mutated. Bounded: dropped and refilled when full.
 */
const LIMIT = 20_000;
let memo = new Map<string, ParsedTimeframe>();

export function timeframeOf(cell: Cell | undefined): ParsedTimeframe {
  if (typeof cell !== "string") return parseTimeframe(cell);
  let hit = memo.get(cell);
  if (hit === undefined) {
    hit = parseTimeframe(cell);
    if (memo.size >= LIMIT) memo = new Map();
    memo.set(cell, hit);
  }
  return hit;
}

/**
 * Number cells (typed numbers, not text), memoised by value: the parser memoises text cells
 * only, and builds a fresh result (with its text) for every typed number, while a sheet repeats
 * the same few hundred values over its rows. A typed number reads the same in both locales.
 * Zero is left out (0 and -0 share a Map key).
 * Results are shared, never mutated. Bounded like the one above.
 */
let numbers = new Map<number, ParsedNumber>();

export function numberOf(cell: Cell | undefined, options: { locale: "vi-VN" | "en-US" }): ParsedNumber {
  if (typeof cell !== "number" || cell === 0 || !Number.isFinite(cell)) return parseNumber(cell, options);
  let hit = numbers.get(cell);
  if (hit === undefined) {
    hit = parseNumber(cell, options);
    if (numbers.size >= LIMIT) numbers = new Map();
    numbers.set(cell, hit);
  }
  return hit;
}
