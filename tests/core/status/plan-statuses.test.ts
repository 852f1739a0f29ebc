import { deadlineMonthDay, planStatuses, taskAsOfDate } from "../../../core/status";
import { loadTemplate } from "../../../core/template";

describe("planStatuses: the one loop every host uses", () => {
  it("judges tasks today while the reporting year runs and on 31/12 once it is over", () => {
    expect(taskAsOfDate(2026, "2026-11-25")).toBe("2026-11-25");
    expect(taskAsOfDate(2025, "2026-11-25")).toBe("2025-12-31");
    expect(taskAsOfDate(2027, "2026-11-25")).toBe("2026-11-25");
    expect(taskAsOfDate(2026)).toBe("2026-12-31");
  });

  it("reads the plan's report deadline (15/11 → 11-15)", () => {
    expect(deadlineMonthDay("15/11")).toBe("11-15");
    expect(deadlineMonthDay("5/1")).toBe("01-05");
    expect(deadlineMonthDay("trước 10/12")).toBeUndefined();
  });

  it("gives every targeted indicator one current status and every task one status", () => {
    const plan = loadTemplate("dong-thap-328-2024").plan!;
    const s = planStatuses(plan, { observations: [], baselines: [], progress: [] }, { asOf: 2026, today: "2026-11-25" });
    expect(s.current).toHaveLength(plan.indicators.filter((i) => Object.keys(i.targets).length > 0).length);
    expect(s.tasks).toHaveLength(64);
    // No report for an annual task, past the 15/11 deadline of the plan.
    expect(s.tasks.find((t) => t.taskId === "I.1")?.status).toBe("noReport");
    const before = planStatuses(plan, { observations: [], baselines: [], progress: [] }, { asOf: 2026, today: "2026-11-01" });
    expect(before.tasks.find((t) => t.taskId === "I.1")?.status).toBe("notDue");
    const only = planStatuses(plan, { observations: [], baselines: [], progress: [] }, { asOf: 2026, only: { indicators: new Set(["2.1"]), tasks: new Set() } });
    expect(only.indicators.map((x) => x.indicatorId)).toEqual(["2.1", "2.1"]);
    expect(only.tasks).toEqual([]);
  });
});
