import { currentMilestone, projectValue, tolerance } from "../../../core/status";
import { formatDate, formatNumber, formatQuantity } from "../../../core/status/format";

describe("currentMilestone", () => {
  it("nearest milestone ≥ asOf, else the last one", () => {
    expect(currentMilestone([2025, 2030], 2024)).toBe(2025);
    expect(currentMilestone([2025, 2030], 2025)).toBe(2025);
    expect(currentMilestone([2030, 2025], 2026)).toBe(2030);
    expect(currentMilestone([2025, 2030], 2031)).toBe(2030);
    expect(currentMilestone([], 2024)).toBe(2024);
  });
});

describe("projectValue", () => {
  it("linear: xt + (xt − x0)/(t − t0)·(T − t)", () => {
    expect(projectValue("linear", 20, 2021, 24, 2023, 2025)).toBe(28);
    expect(projectValue("linear", 3.4, 2021, 3.1, 2022, 2025)).toBeCloseTo(2.2, 12);
  });

  it("CAGR: xt·(xt/x0)^((T − t)/(t − t0))", () => {
    expect(projectValue("cagr", 100, 2020, 121, 2022, 2024)).toBeCloseTo(146.41, 10);
    expect(projectValue("cagr", 100, 2020, 110.25, 2022, 2030)).toBeCloseTo(162.889462677744, 8);
  });

  it("CAGR with a non-positive end falls back to linear; equal years give xt", () => {
    expect(projectValue("cagr", 0, 2020, 10, 2022, 2030)).toBe(50);
    expect(projectValue("cagr", 10, 2020, -2, 2022, 2024)).toBe(-14);
    expect(projectValue("linear", 5, 2024, 7, 2024, 2030)).toBe(7);
  });
});

describe("tolerance", () => {
  it("0,05% of the target; 1 point at 0% and 100%", () => {
    expect(tolerance(6100, false)).toBeCloseTo(3.05, 12);
    expect(tolerance(100, true)).toBe(1);
    expect(tolerance(0, true)).toBe(1);
    expect(tolerance(0, false)).toBe(0);
    expect(tolerance(100, false)).toBeCloseTo(0.05, 12);
  });
});

describe("local number formatting", () => {
  it("Vietnamese: dot thousands, decimal comma; English the other way round", () => {
    expect(formatNumber(6100, "vi")).toBe("6.100");
    expect(formatNumber(19.04, "vi")).toBe("19,04");
    expect(formatNumber(1234567.5, "vi")).toBe("1.234.567,5");
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
    expect(formatNumber(-0.1, "vi")).toBe("-0,1");
    expect(formatNumber(0.00001, "vi")).toBe("0");
    expect(formatNumber(-0.00001, "vi")).toBe("0");
    expect(formatNumber(2 / 3, "vi")).toBe("0,667");
  });

  it("units: % attached, others after a space; dates dd/mm/yyyy in Vietnamese", () => {
    expect(formatQuantity(2.8, "%", "vi")).toBe("2,8%");
    // Units are written as in running text: lower case unless an abbreviation.
    expect(formatQuantity(6100, "Căn", "vi")).toBe("6.100 căn");
    expect(formatQuantity(3, "THCS", "vi")).toBe("3 THCS");
    expect(formatQuantity(0.7, "", "en")).toBe("0.7");
    expect(formatDate("2025-11-15", "vi")).toBe("15/11/2025");
    expect(formatDate("2025-11-15", "en")).toBe("2025-11-15");
  });
});
