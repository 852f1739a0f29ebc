import fc from "fast-check";
import { combineComparators, openRangeBounds, singleBounds } from "../../../core/parse/target-bounds";
import type { Comparator } from "../../../core/parse/words";

const comparator = fc.constantFrom<Comparator>("gt", "ge", "lt", "le", "eq");

describe("combineComparators", () => {
  it("joins words of one way, the strict one winning; \"bằng\" gives way; opposite ways conflict", () => {
    expect(combineComparators([])).toBeNull();
    expect(combineComparators(["eq"])).toBe("eq");
    expect(combineComparators(["ge", "eq"])).toBe("ge");
    expect(combineComparators(["le", "le"])).toBe("le");
    expect(combineComparators(["le", "lt"])).toBe("lt");
    expect(combineComparators(["ge", "le"])).toBe("conflict");
  });

  it("does not depend on the order of the words", () => {
    fc.assert(
      fc.property(fc.array(comparator, { maxLength: 4 }), (list) => {
        expect(combineComparators([...list].reverse())).toBe(combineComparators(list));
      }),
    );
  });
});

describe("bounds", () => {
  it("a level without a comparator is at most (down) or at least (up)", () => {
    expect(singleBounds(2, null, "decrease")).toEqual({ kind: "max", lo: null, hi: 2, loInclusive: false, hiInclusive: true });
    expect(singleBounds(90, null, "increase")).toEqual({ kind: "min", lo: 90, hi: null, loInclusive: true, hiInclusive: false });
    expect(singleBounds(2, "lt", "decrease")).toMatchObject({ kind: "max", hiInclusive: false });
    expect(singleBounds(5, null, null)).toMatchObject({ kind: "exact", lo: 5, hi: 5 });
  });
  it("an open range keeps the end it is open from", () => {
    expect(openRangeBounds(1, 1.5, "ge")).toEqual({ kind: "min", lo: 1, hi: null, loInclusive: true, hiInclusive: false });
    expect(openRangeBounds(28, 30, "le")).toEqual({ kind: "max", lo: null, hi: 30, loInclusive: false, hiInclusive: true });
  });
});
