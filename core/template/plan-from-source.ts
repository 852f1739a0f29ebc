/**
 * A template source (the plan's tables transcribed as printed) → the Plan the product works on:
 * targets and timeframes parsed, agency cells matched against a registry. Pure and
 * deterministic, so the committed templates/plans/*.json can be regenerated and compared.
 */
import { createAgencyIndex } from "../agency";
import { msg } from "../i18n";
import { PlanSchema, type AgencyRegistry, type Finding, type Plan } from "../model";
import type { PlanSource } from "./source-schema";
import type { ConvertContext } from "./convert-context";
import { agencyRef, noteInvalid } from "./convert-context";
import { indicatorsFromSource } from "./indicators-from-source";
import { tasksFromSource } from "./tasks-from-source";

function issuesText(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join(".") || "(gốc)"}: ${i.message}`)
    .join("; ");
}

/**
 * Converts a validated source. `problems` lists every target/timeframe the parsers could not read
 * cleanly and every agency name the registry does not know (sheet = source table, row = index in
 * it); a plan that fails PlanSchema (a bug) is returned as built, with an error problem.
 */
export function planFromSource(source: PlanSource, registry: AgencyRegistry): { plan: Plan; problems: Finding[] } {
  const ctx: ConvertContext = { index: createAgencyIndex(registry), problems: [] };
  // Matched only to report an unknown name; the plan keeps the coordinator's printed name.
  agencyRef(ctx, source.coordinator, "plan", 0, "coordinator");
  const { areas, indicators } = indicatorsFromSource(source, ctx);
  const { sections, tasks } = tasksFromSource(source, ctx);
  const draft: Plan = {
    id: source.id,
    number: source.number,
    province: source.province,
    issuedOn: source.issuedOn,
    title: source.title,
    templateVersion: source.templateVersion,
    milestoneYears: [...source.milestoneYears],
    period: { ...source.period },
    reporting: { ...source.reporting },
    projection: source.projection,
    coordinator: source.coordinator,
    areas,
    sections,
    indicators,
    tasks,
  };
  const checked = PlanSchema.safeParse(draft);
  if (!checked.success) {
    noteInvalid(ctx, msg("template.invalid", { id: source.id, detail: issuesText(checked.error.issues) }), msg("template.reinstall"));
    return { plan: draft, problems: ctx.problems };
  }
  return { plan: checked.data, problems: ctx.problems };
}
