import { trackingWorkbookPatch } from "../../../core/layout";
import { loadTemplate } from "../../../core/template";

describe("row heights for wrapped plan text", () => {
  const plan = loadTemplate("dong-thap-328-2024").plan!;
  const heightsOf = (fitRows: boolean) =>
    trackingWorkbookPatch(plan, { fitRows }).filter((op) => op.op === "setRowHeights" && op.row > 0);

  it("are written for .xlsx files: a long indicator name gets a taller row than a short one", () => {
    const ops = heightsOf(true);
    expect(ops).toHaveLength(2); // indicator and task sheets
    const ind = ops[0] as { heights: number[] };
    expect(ind.heights).toHaveLength(plan.areas.length + plan.indicators.length);
    expect(Math.max(...ind.heights)).toBeGreaterThan(Math.min(...ind.heights));
    expect(Math.min(...ind.heights)).toBeGreaterThanOrEqual(21);
  });

  it("are left to live hosts, which fit rows themselves (varying heights cost a call per run)", () => {
    expect(heightsOf(false)).toEqual([]);
  });
});
