import { validateAll, validateIndicatorSheet, validateTaskSheet } from "../../../core/validate";
import { ctx, indicatorRecords, taskRecords } from "./fixture";

describe("a clean plan-shaped sheet", () => {
  it("has no findings on the indicator sheet", () => {
    const records = indicatorRecords();
    expect(records.length).toBeGreaterThanOrEqual(20);
    expect(validateIndicatorSheet(records, ctx)).toEqual([]);
  });
  it("has no findings on the task sheet", () => {
    expect(validateTaskSheet(taskRecords(), ctx)).toEqual([]);
  });
  it("validateAll is empty too", () => {
    expect(validateAll({ indicators: indicatorRecords(), tasks: taskRecords() }, ctx)).toEqual([]);
  });
});
