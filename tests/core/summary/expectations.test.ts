import type { Task, TaskProgress, Timeframe } from "../../../core/model";
import { indicatorExpectsValue, isReportedProgress, taskExpectsReport } from "../../../core/summary";
import { plan } from "./fixture";

const withTimeframe = (timeframe: Timeframe): Task => ({ ...plan.tasks[0], id: "T.1", timeframe: { ...plan.tasks[0].timeframe, timeframe } });
const row = (year: number, p: Partial<TaskProgress>): TaskProgress => ({
  taskId: "T.1",
  year,
  state: null,
  percent: null,
  completedOn: null,
  evidence: null,
  triggeredOn: null,
  note: null,
  agencyId: null,
  ...p,
});

describe("taskExpectsReport (plan period 2024–2030, milestones 2025/2030)", () => {
  const cases: Array<[string, Timeframe, number, TaskProgress[], boolean]> = [
    ["annual, in the period", { kind: "annual" }, 2026, [], true],
    ["annual, after the plan", { kind: "annual" }, 2031, [], false],
    ["ongoing", { kind: "ongoing" }, 2024, [], true],
    ["annual from 2027, in 2026", { kind: "annualFrom", from: 2027 }, 2026, [], false],
    ["annual from 2025, in 2026", { kind: "annualFrom", from: 2025 }, 2026, [], true],
    ["one-off 2027, in 2026", { kind: "years", years: [2027] }, 2026, [], false],
    ["one-off 2025 unfinished, in 2026", { kind: "years", years: [2025] }, 2026, [], true],
    ["one-off 2025 done in 2025", { kind: "years", years: [2025] }, 2026, [row(2025, { state: "done" })], false],
    ["one-off 2025 completed on a 2025 date", { kind: "years", years: [2025] }, 2026, [row(2026, { completedOn: "2025-12-01" })], false],
    ["period 2024-2025 unfinished, in 2026", { kind: "period", from: 2024, to: 2025 }, 2026, [], true],
    ["month 11/2026", { kind: "month", year: 2026, month: 11 }, 2026, [], true],
    ["conditional, no trigger", { kind: "conditional", trigger: "Sau khi có hướng dẫn" }, 2026, [], false],
    ["conditional, triggered 2026", { kind: "conditional", trigger: "x" }, 2026, [row(2026, { triggeredOn: "2026-03-01" })], true],
    ["conditional, triggered 2027", { kind: "conditional", trigger: "x" }, 2026, [row(2026, { triggeredOn: "2027-03-01" })], false],
    ["review milestone, 2026", { kind: "milestoneEvent", event: "Sơ kết" }, 2026, [], false],
    ["review milestone, 2025", { kind: "milestoneEvent", event: "Sơ kết" }, 2025, [], true],
    ["unknown timeframe", { kind: "unknown" }, 2026, [], true],
  ];
  it.each(cases)("%s", (_label, timeframe, year, progress, expected) => {
    expect(taskExpectsReport(withTimeframe(timeframe), year, plan, progress)).toBe(expected);
  });

  it("ignores other tasks' progress", () => {
    const other = { ...row(2025, { state: "done" }), taskId: "X.9" };
    expect(taskExpectsReport(withTimeframe({ kind: "years", years: [2025] }), 2026, plan, [other])).toBe(true);
  });
});

describe("indicatorExpectsValue", () => {
  const byId = (id: string) => plan.indicators.find((i) => i.id === id)!;
  it("expects values while a real target lies ahead", () => {
    expect(indicatorExpectsValue(byId("2.1"), 2026, plan)).toBe(true);
    expect(indicatorExpectsValue(byId("2.3"), 2026, plan)).toBe(false); // "-" everywhere
    expect(indicatorExpectsValue(byId("3.2"), 2026, plan)).toBe(false); // targets on its sub-rows
    expect(indicatorExpectsValue(byId("3.2/1"), 2026, plan)).toBe(true);
    expect(indicatorExpectsValue(byId("4.2"), 2026, plan)).toBe(true); // qualitative
    expect(indicatorExpectsValue(byId("3.1"), 2031, plan)).toBe(false); // after the plan
  });

  it("does not count an empty progress row as a report", () => {
    expect(isReportedProgress(row(2026, {}))).toBe(false);
    expect(isReportedProgress(row(2026, { note: "  " }))).toBe(false);
    expect(isReportedProgress(row(2026, { percent: 0 }))).toBe(true);
  });
});
