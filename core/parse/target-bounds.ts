/**
 * From the words around the values to the bounds of a target: comparators combine ("tối đa
 * không quá" is one "at most", "ít nhất bằng" one "at least"), a movement sets a level ("giảm
 * xuống còn 2%": at most 2%), and a range followed by "trở lên" is open at the top.
 */
import type { Comparator, Way } from "./words";

type Family = "ge" | "le" | "eq";

const family = (c: Comparator): Family => (c === "gt" || c === "ge" ? "ge" : c === "lt" || c === "le" ? "le" : "eq");
const strict = (c: Comparator): boolean => c === "gt" || c === "lt";

/**
 * One comparator from several: "bằng"/"=" gives way to any other; the others must point the same
 * way, and a strict one ("dưới") is the more precise ("tối đa dưới 5%": below 5%). Null when
 * none is written; "conflict" when they point both ways ("dưới 3% trở lên").
 */
export function combineComparators(list: readonly Comparator[]): Comparator | null | "conflict" {
  const bounds = list.filter((c) => c !== "eq");
  if (bounds.length === 0) return list.length > 0 ? "eq" : null;
  const way = family(bounds[0]);
  if (bounds.some((c) => family(c) !== way)) return "conflict";
  return bounds.find(strict) ?? bounds[0];
}

export interface Bounds {
  kind: "exact" | "min" | "max" | "range";
  lo: number | null;
  hi: number | null;
  loInclusive: boolean;
  hiInclusive: boolean;
}

/** A single value under a comparator (or the way a level moves, when no comparator is written). */
export function singleBounds(v: number, cmp: Comparator | null, level: Way | null): Bounds {
  const effective = cmp === null || cmp === "eq" ? (level === "decrease" ? "le" : level === "increase" ? "ge" : "eq") : cmp;
  switch (effective) {
    case "gt":
    case "ge":
      return { kind: "min", lo: v, hi: null, loInclusive: effective === "ge", hiInclusive: false };
    case "lt":
    case "le":
      return { kind: "max", lo: null, hi: v, loInclusive: false, hiInclusive: effective === "le" };
    default:
      return { kind: "exact", lo: v, hi: v, loInclusive: true, hiInclusive: true };
  }
}

/** Two values in order (lo ≤ hi), both included. */
export function rangeBounds(lo: number, hi: number): Bounds {
  return { kind: "range", lo, hi, loInclusive: true, hiInclusive: true };
}

/**
 * A range with "trở lên" (or "trở xuống") after it: "từ 1 - 1,5% trở lên" asks for at least the
 * low end (the high end is the hope, not the bound); "28-30 trở xuống", at most the high end.
 */
export function openRangeBounds(lo: number, hi: number, cmp: "ge" | "le"): Bounds {
  return cmp === "ge"
    ? { kind: "min", lo, hi: null, loInclusive: true, hiInclusive: false }
    : { kind: "max", lo: null, hi, loInclusive: false, hiInclusive: true };
}
