import fc from "fast-check";
import { escapeFormulaText, excelSerial, safeValues, toPatchValues } from "../../../core/patch";

describe("escapeFormulaText", () => {
  it("prefixes formula-like text with an apostrophe and leaves other text alone", () => {
    expect(escapeFormulaText("=SUM(A1:A3)")).toBe("'=SUM(A1:A3)");
    expect(escapeFormulaText("+84 912")).toBe("'+84 912");
    expect(escapeFormulaText("-")).toBe("'-");
    expect(escapeFormulaText("@mention")).toBe("'@mention");
    expect(escapeFormulaText("'quoted")).toBe("''quoted");
    expect(escapeFormulaText("Sở Y tế")).toBe("Sở Y tế");
    expect(escapeFormulaText("19,04")).toBe("19,04");
    expect(escapeFormulaText("")).toBe("");
  });

  it("never yields text a host would read as a formula, and one apostrophe strip gives the data back", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const e = escapeFormulaText(s);
        expect(/^[=+\-@]/.test(e)).toBe(false);
        expect(e.startsWith("'") ? e.slice(1) : e).toBe(s);
      }),
    );
  });
});

describe("safeValues", () => {
  const values = [["=1+1", 3, true, null, { date: "2026-11-15" }]];

  it("escapes text and turns dates into Date objects by default (Apps Script)", () => {
    expect(safeValues(values)).toEqual([["'=1+1", 3, true, null, new Date(Date.UTC(2026, 10, 15))]]);
  });

  it("gives Excel serial days for Office.js and leaves text verbatim for ExcelJS", () => {
    expect(safeValues(values, { dates: "serial" })[0][4]).toBe(46341);
    expect(excelSerial("1900-03-01")).toBe(61);
    expect(safeValues(values, { escape: false })[0][0]).toBe("=1+1");
  });

  it("pads ragged core grids and converts dates to JSON-safe values", () => {
    expect(toPatchValues([[1, new Date(Date.UTC(2025, 0, 2))], ["a"]])).toEqual([
      [1, { date: "2025-01-02" }],
      ["a", null],
    ]);
    expect(toPatchValues([[Number.NaN]])).toEqual([[null]]);
  });
});
