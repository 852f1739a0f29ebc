import { PlanSchema } from "../../../core/model";
import { planFromRecognized, recognizeTables } from "../../../core/recognize";
import { dongThapSheet, haiDuongSheet } from "./seed-grids";

describe("planFromRecognized", () => {
  it("builds a valid plan from Đồng Tháp Phụ lục I and II", () => {
    const s = dongThapSheet();
    const plan = planFromRecognized(recognizeTables(s.grid, s.merges), {
      id: "dong-thap-328",
      number: "328/KH-UBND",
      province: "Đồng Tháp",
      issuedOn: "2024-10-07",
      title: "Kế hoạch thực hiện Nghị quyết 68/NQ-CP",
    });
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(plan).toMatchObject({
      id: "dong-thap-328",
      number: "328/KH-UBND",
      province: "Đồng Tháp",
      issuedOn: "2024-10-07",
      milestoneYears: [2025, 2030],
      period: { from: 2024, to: 2030 },
      projection: "linear",
      coordinator: "so-ldtbxh",
    });
    expect(plan.areas).toHaveLength(10);
    expect(plan.sections).toHaveLength(13);
    expect(plan.indicators).toHaveLength(105);
    expect(plan.tasks).toHaveLength(64);
  });

  it("builds a task-only plan from Hải Dương, taking the milestone from the task years", () => {
    const s = haiDuongSheet();
    const plan = planFromRecognized(recognizeTables(s.grid, s.merges), { id: "hai-duong-1768" });
    expect(plan.milestoneYears).toEqual([2030]); // "2022- 2030" (IV.11) is the latest year named
    expect(plan.period).toEqual({ from: 2021, to: 2030 });
    expect(plan.issuedOn).toBe("0000-01-01");
    expect(plan.number).toBe("");
    expect(plan.coordinator).toBe("so-ldtbxh");
    expect(plan.tasks).toHaveLength(35);
  });

  it("gives an empty plan a fallback milestone and rejects an invalid id", () => {
    expect(planFromRecognized([], { id: "empty" })).toMatchObject({ milestoneYears: [2030], period: { from: 2030, to: 2030 }, coordinator: "" });
    expect(() => planFromRecognized([], { id: "Not Valid" })).toThrow();
  });
});
