import { PlanSchema } from "../../core/model";

describe("plan schema", () => {
  it("rejects a plan without milestone years, with a path to the problem", () => {
    const result = PlanSchema.safeParse({ id: "x" });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => i.path.join("."))).toContain("milestoneYears");
    }
  });
});
