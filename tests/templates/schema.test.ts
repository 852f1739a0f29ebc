import * as fs from "node:fs";
import * as path from "node:path";
import { templateJsonSchemas } from "../../core/model";

describe("JSON Schemas for template authors", () => {
  it("are committed exactly as the zod schemas generate them (npm run build writes them)", () => {
    for (const [name, schema] of Object.entries(templateJsonSchemas())) {
      const file = path.resolve(__dirname, "../../templates/schema", name);
      expect(JSON.parse(fs.readFileSync(file, "utf8"))).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });

  it("describe a plan: id, number, milestone years, indicators and tasks are required", () => {
    const plan = templateJsonSchemas()["plan.schema.json"] as { required: string[]; properties: Record<string, unknown> };
    expect(plan.required).toEqual(expect.arrayContaining(["id", "number", "milestoneYears", "indicators", "tasks"]));
    expect(plan.properties).toHaveProperty("indicators");
  });
});
