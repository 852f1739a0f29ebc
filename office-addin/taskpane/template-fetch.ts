import { msg, type Message } from "../../core/i18n";
import { PlanSchema, type Plan } from "../../core/model";
import { TEMPLATE_IDS } from "../../core/template/template-ids";

/**
 * Plan templates for the task pane, fetched from the add-in's own site (templates/<id>.json,
 * copied there by the build) instead of bundled: they are most of the bundle otherwise. Parsed
 * with the core's PlanSchema, like the bundled catalogue does. Part of the core chunk.
 */
export async function fetchTemplate(id: string, base = "templates/"): Promise<{ plan: Plan | null; error: Message | null }> {
  if (!(TEMPLATE_IDS as readonly string[]).includes(id)) return { plan: null, error: msg("template.unknownId", { id, known: TEMPLATE_IDS.join(", ") }) };
  try {
    const res = await fetch(`${base}${id}.json`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const parsed = PlanSchema.safeParse(await res.json());
    if (parsed.success) return { plan: parsed.data, error: null };
    return { plan: null, error: msg("template.invalid", { id, detail: parsed.error.issues[0]?.message ?? "" }) };
  } catch (e) {
    return { plan: null, error: msg("template.invalid", { id, detail: e instanceof Error ? e.message : String(e) }) };
  }
}
