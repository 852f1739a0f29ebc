import { PlanSchema, type Plan } from "../model";

/**
 * The committed text of a generated template: keys in PlanSchema order (zod rebuilds objects in
 * shape order; year keys sort numerically), 2-space indent, final newline. Regenerating gives the
 * same bytes, so any parser or registry change that alters a template shows up as a diff.
 */
export function planJson(plan: Plan): string {
  return `${JSON.stringify(PlanSchema.parse(plan), null, 2)}\n`;
}
