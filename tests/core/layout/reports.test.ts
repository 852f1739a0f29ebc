import { reportsFromRecords, type IndicatorRecord } from "../../../core/layout";
import { smallPlan } from "./fixture";

const plan = smallPlan();

function record(rowId: string, cells: IndicatorRecord["cells"], row = 10): IndicatorRecord {
  return { row, rowId, cells };
}

describe("reportsFromRecords: estimates", () => {
  it("flags a value typed as an estimate and reads its number and unit", () => {
    const { observations } = reportsFromRecords(plan, [
      record("2.1", { "actual:2024": "ước đạt 2,9%", "actual:2025": "2,8" }),
      record("2.2", { "actual:2024": "dự kiến 1.200 căn", "actual:2025": "khoảng 1.500" }, 11),
    ], []);
    expect(observations.map((o) => [o.indicatorId, o.year, o.value, o.estimate, o.raw])).toEqual([
      ["2.1", 2024, 2.9, true, "ước đạt 2,9%"],
      ["2.1", 2025, 2.8, undefined, "2,8"],
      ["2.2", 2024, 1200, true, "dự kiến 1.200 căn"],
      ["2.2", 2025, 1500, true, "khoảng 1.500"],
    ]);
    // A final figure keeps the observation's shape (no estimate key at all).
    expect(observations[1]).not.toHaveProperty("estimate");
  });

  it("never flags a value that was not read, and keeps the text as typed", () => {
    const { observations } = reportsFromRecords(plan, [record("2.1", { "actual:2024": "ước đạt 1,234", "actual:2025": "ước đạt trên 3%" })], []);
    expect(observations.map((o) => [o.value, o.estimate, o.raw])).toEqual([
      [null, undefined, "ước đạt 1,234"],
      [null, undefined, "ước đạt trên 3%"],
    ]);
  });
});
