import type { IndicatorRecord } from "../../../core/layout";
import { sortFindings, validateIndicatorRow, validateIndicatorSheet } from "../../../core/validate";
import { ctx, indicatorRecords } from "./fixture";

/** A sheet with findings on several rows, of both row and sheet rules. */
function messySheet(): IndicatorRecord[] {
  return indicatorRecords().map((r) => {
    if (r.rowId === "2.1") return { ...r, cells: { ...r.cells, "actual:2026": 2, "actual:2025": "abc", lead: "Sở ABC" } };
    if (r.rowId === "2.5") return { ...r, cells: { ...r.cells, code: "2.3", "actual:2027": 150 } };
    // A row with other keys than its neighbours: its own years are read, not theirs.
    if (r.rowId === "3.2") return { row: r.row, rowId: r.rowId, cells: { code: "3.2", "actual:2029": 5, "target:2025": "10" } };
    return r;
  });
}

describe("validating a whole sheet", () => {
  it("gives the row findings of every row, in the order sortFindings gives", () => {
    const records = messySheet();
    const sheet = validateIndicatorSheet(records, ctx);
    const rowsOnly = sheet.filter((f) => !["indicator.code.duplicate", "indicator.row.missing"].includes(f.code));
    const byRow = sortFindings(records.flatMap((r) => validateIndicatorRow(r, ctx)));
    expect(rowsOnly).toEqual(byRow);
    expect(sheet.map((f) => f.code)).toContain("indicator.code.duplicate");
    // 3.2 holds only a 2029 value and a changed 2025 target.
    const r32 = sheet.filter((f) => f.row === records.find((r) => r.rowId === "3.2")?.row).map((f) => [f.column, f.code]);
    expect(r32).toContainEqual(["actual:2029", "indicator.actual.futureYear"]);
    expect(r32).toContainEqual(["target:2025", "indicator.target.differsFromPlan"]);
    expect(r32.some(([column]) => column === "actual:2024")).toBe(false);
  });

  it("gives the same findings when the records come out of grid order", () => {
    const records = messySheet();
    const inOrder = validateIndicatorSheet(records, ctx);
    const shuffled = [...records].reverse();
    expect(validateIndicatorSheet(shuffled, ctx)).toEqual(inOrder);
  });

  it("gives the same findings twice (nothing of one run leaks into the next)", () => {
    const records = messySheet();
    const first = validateIndicatorSheet(records, ctx);
    validateIndicatorSheet(indicatorRecords(), { ...ctx, asOf: 2030 });
    expect(validateIndicatorSheet(records, ctx)).toEqual(first);
  });
});
