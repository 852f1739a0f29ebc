import { msg, type Message } from "../../core/i18n";
import { PlanSchema, type Plan } from "../../core/model";
import { TEMPLATE_IDS } from "../../core/template/template-ids";

/**
 * Plan templates for the task pane, fetched from the add-in's own site (templates/<id>.json,
 * copied there by the build) instead of bundled: they are most of the bundle otherwise. Parsed
 * with the core's PlanSchema, like the bundled catalogue does.
 */
export { TEMPLATE_IDS };

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

/** "1768/KH-UBND (Hải Dương)" style label without loading the file: the id says the province. */
export function templateLabel(id: string): string {
  const m = /^([a-z-]+?)-(\d+)-(\d{4})$/.exec(id);
  if (!m) return id;
  const province: Record<string, string> = { "dong-thap": "Đồng Tháp", "hai-duong": "Hải Dương" };
  return `${m[2]}/KH-UBND (${province[m[1]] ?? m[1]}, ${m[3]})`;
}
