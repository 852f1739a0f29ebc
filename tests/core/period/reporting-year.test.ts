import { checkReportingYear, readDayMonth, reportingPeriod, reportingYear, vietnamDate, type PlanCalendar } from "../../../core/period";

const dongThap: PlanCalendar = { period: { from: 2024, to: 2030 }, reporting: { agencyDeadline: "15/11", consolidationDeadline: "30/11" } };
const haiDuong: PlanCalendar = { period: { from: 2021, to: 2025 }, reporting: { agencyDeadline: "10/12", consolidationDeadline: null } };
const noDeadline: PlanCalendar = { period: { from: 2021, to: 2030 }, reporting: { agencyDeadline: "", consolidationDeadline: null } };

/** The decided table (docs/domain.md, "Reporting period"): day → year being prepared, and who is at work. */
const TABLE: [string, PlanCalendar, string, number, "reporting" | "consolidating", boolean][] = [
  // Đồng Tháp: agencies by 15/11, the department consolidates by 30/11.
  ["Đồng Tháp", dongThap, "2026-01-01", 2026, "reporting", false],
  ["Đồng Tháp", dongThap, "2026-11-14", 2026, "reporting", false],
  ["Đồng Tháp", dongThap, "2026-11-15", 2026, "reporting", false],
  ["Đồng Tháp", dongThap, "2026-11-16", 2026, "consolidating", false],
  ["Đồng Tháp", dongThap, "2026-11-20", 2026, "consolidating", false],
  ["Đồng Tháp", dongThap, "2026-11-30", 2026, "consolidating", false],
  ["Đồng Tháp", dongThap, "2026-12-01", 2027, "reporting", false],
  ["Đồng Tháp", dongThap, "2026-12-31", 2027, "reporting", false],
  ["Đồng Tháp", dongThap, "2027-01-01", 2027, "reporting", false],
  // Outside the plan's years: its first year before it starts, its last (the final report) after.
  ["Đồng Tháp", dongThap, "2023-06-01", 2024, "reporting", true],
  ["Đồng Tháp", dongThap, "2030-11-30", 2030, "consolidating", false],
  ["Đồng Tháp", dongThap, "2030-12-01", 2030, "reporting", true],
  // Hải Dương: one deadline, 10/12.
  ["Hải Dương", haiDuong, "2024-12-10", 2024, "reporting", false],
  ["Hải Dương", haiDuong, "2024-12-11", 2025, "reporting", false],
  ["Hải Dương", haiDuong, "2025-12-10", 2025, "reporting", false],
  ["Hải Dương", haiDuong, "2025-12-11", 2025, "reporting", true],
  // No deadline in the plan: Nghị định 09/2019/NĐ-CP, data from 15/12 of the previous year to 14/12.
  ["no deadline", noDeadline, "2026-12-14", 2026, "reporting", false],
  ["no deadline", noDeadline, "2026-12-15", 2027, "reporting", false],
  ["no deadline", noDeadline, "2027-01-01", 2027, "reporting", false],
];

describe("the reporting year being prepared, day by day around each deadline", () => {
  it.each(TABLE)("%s on %s → %s", (_, plan, today, year, phase, clamped) => {
    const p = reportingPeriod(plan, today);
    expect([p.year, p.phase, p.clamped]).toEqual([year, phase, clamped]);
    expect(reportingYear(plan, today)).toBe(year);
  });

  it("says where the closing day comes from and when it is", () => {
    expect(reportingPeriod(dongThap, "2026-11-20")).toEqual({
      year: 2026,
      phase: "consolidating",
      closesOn: "2026-11-30",
      agencyDeadline: "2026-11-15",
      source: "consolidation",
      clamped: false,
    });
    expect(reportingPeriod(haiDuong, "2024-06-01")).toMatchObject({ closesOn: "2024-12-10", source: "agency", agencyDeadline: "2024-12-10" });
    expect(reportingPeriod(noDeadline, "2026-06-01")).toMatchObject({ closesOn: "2026-12-14", source: "decree", agencyDeadline: null });
  });

  it("at 00:30 Viet Nam time on 1/12 (17:30 UTC on 30/11) the Đồng Tháp department has moved on to the next year", () => {
    expect(reportingYear(dongThap, vietnamDate(Date.UTC(2026, 10, 30, 17, 30)))).toBe(2027);
    // One minute before midnight in Viet Nam it is still consolidating 2026.
    expect(reportingYear(dongThap, vietnamDate(Date.UTC(2026, 10, 30, 16, 59)))).toBe(2026);
    // Hải Dương at 00:30 on 11/12: the next year.
    expect(reportingYear(haiDuong, vietnamDate(Date.UTC(2024, 11, 10, 17, 30)))).toBe(2025);
  });

  it("a deadline early in the year belongs to the year after the data (a report 'by 15/1' on the year just ended)", () => {
    const january: PlanCalendar = { period: { from: 2024, to: 2030 }, reporting: { agencyDeadline: "15/1", consolidationDeadline: null } };
    expect(reportingYear(january, "2027-01-15")).toBe(2026);
    expect(reportingYear(january, "2027-01-16")).toBe(2027);
    expect(reportingYear(january, "2026-12-31")).toBe(2026);
  });

  it("29/2 as a deadline is the last day of February in a common year", () => {
    const leap: PlanCalendar = { period: { from: 2024, to: 2030 }, reporting: { agencyDeadline: "29/2", consolidationDeadline: null } };
    expect(reportingPeriod(leap, "2026-06-01").closesOn).toBe("2027-02-28");
  });
});

describe("a year given by a person", () => {
  it("is refused outside the plan, with the plan's years in the message", () => {
    expect(checkReportingYear(dongThap, 2026)).toBeNull();
    expect(checkReportingYear(dongThap, 2024)).toBeNull();
    expect(checkReportingYear(dongThap, 2030)).toBeNull();
    for (const y of [2023, 2031, 2026.5, Number.NaN, "2026", null]) {
      const m = checkReportingYear(dongThap, y);
      expect(m?.code).toBe("period.yearOutsidePlan");
      expect(m?.vi).toContain("2024–2030");
      expect(m?.en).toContain("2024–2030");
    }
    expect(checkReportingYear(dongThap, 2031)?.vi).toBe("Năm báo cáo «2031» nằm ngoài thời gian của kế hoạch (2024–2030): hãy chọn một năm từ 2024 đến 2030.");
  });
});

describe("readDayMonth", () => {
  it("reads the plans' deadlines and refuses days that do not exist", () => {
    expect(readDayMonth("15/11")).toEqual({ month: 11, day: 15 });
    expect(readDayMonth(" 30 / 11 ")).toEqual({ month: 11, day: 30 });
    expect(readDayMonth("29/2")).toEqual({ month: 2, day: 29 });
    for (const t of ["31/11", "0/5", "15", "", null, "trước 15/11"]) expect(readDayMonth(t)).toBeNull();
  });
});
