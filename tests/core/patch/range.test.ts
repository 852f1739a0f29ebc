import fc from "fast-check";
import { a1, columnIndex, consecutiveRuns, columnLetter, parseA1, parseA1Sheet, quoteSheetName } from "../../../core/patch";

describe("columnLetter / columnIndex", () => {
  it("counts like spreadsheets do", () => {
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(25)).toBe("Z");
    expect(columnLetter(26)).toBe("AA");
    expect(columnLetter(51)).toBe("AZ");
    expect(columnLetter(52)).toBe("BA");
    expect(columnLetter(701)).toBe("ZZ");
    expect(columnLetter(702)).toBe("AAA");
    expect(columnIndex("AAA")).toBe(702);
    expect(columnIndex("b")).toBe(1);
    expect(columnIndex("1A")).toBeNull();
  });

  it("round-trips every column up to XFD", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (c) => columnIndex(columnLetter(c)) === c));
  });
});

describe("a1 / parseA1", () => {
  it("writes single cells and rectangles", () => {
    expect(a1({ row: 0, col: 0, rows: 1, cols: 1 })).toBe("A1");
    expect(a1({ row: 2, col: 1, rows: 8, cols: 3 })).toBe("B3:D10");
    expect(a1({ row: 0, col: 0, rows: 2, cols: 2 }, "Tổng hợp")).toBe("'Tổng hợp'!A1:B2");
    expect(a1({ row: 0, col: 0, rows: 1, cols: 1 }, "Data")).toBe("Data!A1");
    expect(quoteSheetName("It's")).toBe("'It''s'");
  });

  it("reads what it writes, with $ and sheet prefixes", () => {
    expect(parseA1("'Tổng hợp'!$B$3:$D$10")).toEqual({ row: 2, col: 1, rows: 8, cols: 3 });
    expect(parseA1Sheet("'It''s'!A1")).toBe("It's");
    expect(parseA1Sheet("A1")).toBeNull();
    expect(parseA1("D10:B3")).toEqual({ row: 2, col: 1, rows: 8, cols: 3 });
    expect(parseA1("A:A")).toBeNull();
    expect(parseA1("A0")).toBeNull();
    fc.assert(
      fc.property(
        fc.record({
          row: fc.integer({ min: 0, max: 5000 }),
          col: fc.integer({ min: 0, max: 500 }),
          rows: fc.integer({ min: 1, max: 50 }),
          cols: fc.integer({ min: 1, max: 50 }),
        }),
        (r) => expect(parseA1(a1(r, "Sheet 1"))).toEqual(r),
      ),
    );
  });
});

describe("consecutiveRuns", () => {
  it("groups sorted integers into runs, a repeated number staying in its run", () => {
    expect(consecutiveRuns([1, 2, 3, 7, 8])).toEqual([
      { start: 1, length: 3 },
      { start: 7, length: 2 },
    ]);
    expect(consecutiveRuns([4, 4, 5])).toEqual([{ start: 4, length: 2 }]);
    expect(consecutiveRuns([])).toEqual([]);
  });
});
