import { z } from "zod";
import { AgencyRegistrySchema } from "./agency";
import { PlanSchema } from "./plan";

/**
 * JSON Schemas for template authors, generated from the zod schemas so they cannot drift
 * (templates/schema/*.json are written by `npm run build` and compared by a test).
 */
export function templateJsonSchemas(): Record<string, unknown> {
  return {
    "plan.schema.json": { title: "Chỉ Tiêu plan template", ...z.toJSONSchema(PlanSchema) },
    "agency-registry.schema.json": {
      title: "Chỉ Tiêu agency registry",
      ...z.toJSONSchema(AgencyRegistrySchema),
    },
  };
}
