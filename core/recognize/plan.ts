import { PlanSchema, type Plan, type Timeframe } from "../model";
import type { PlanMeta, RecognizedTable } from "./types";

/** Years a timeframe names (a period's ends, listed years, a month's year). */
function timeframeYears(t: Timeframe): number[] {
  switch (t.kind) {
    case "period":
      return [t.from, t.to];
    case "years":
      return t.years;
    case "month":
      return [t.year];
    case "annualFrom":
      return [t.from];
    default:
      return [];
  }
}

// The plan model needs a date; "0000-01-01" says plainly that the issue date is not known yet.
const UNKNOWN_DATE = "0000-01-01";
// Without targets or dated tasks there is no year to go by: the national strategies' horizon.
const FALLBACK_MILESTONE = 2030;

/**
 * Turns recognised tables into a Plan (validated with PlanSchema; throws on an invalid meta id).
 * Tables do not say how agencies report, so `reporting` is left for the user to fill. The
 * coordinator is a guess: the agency leading most rows (Sở LĐTBXH in both seed plans).
 */
export function planFromRecognized(tables: RecognizedTable[], meta: PlanMeta): Plan {
  const areas = tables.flatMap((t) => t.areas);
  const sections = tables.flatMap((t) => t.sections);
  const indicators = tables.flatMap((t) => t.indicators);
  const tasks = tables.flatMap((t) => t.tasks);

  const taskYears = tasks.flatMap((t) => timeframeYears(t.timeframe.timeframe));
  let milestoneYears = [...new Set(tables.flatMap((t) => t.milestoneYears))].sort((a, b) => a - b);
  if (milestoneYears.length === 0) milestoneYears = taskYears.length > 0 ? [Math.max(...taskYears)] : [FALLBACK_MILESTONE];

  const issuedYear = meta.issuedOn && /^\d{4}-\d{2}-\d{2}$/.test(meta.issuedOn) ? Number(meta.issuedOn.slice(0, 4)) : null;
  const from = issuedYear && issuedYear > 0 ? issuedYear : taskYears.length > 0 ? Math.min(...taskYears) : milestoneYears[0];
  const to = Math.max(...milestoneYears, ...taskYears, from);

  const leads = new Map<string, number>();
  for (const ref of [...indicators.map((i) => i.lead), ...tasks.map((t) => t.lead)]) {
    for (const id of ref.ids) leads.set(id, (leads.get(id) ?? 0) + 1);
  }
  let coordinator = "";
  let best = 0;
  for (const [id, n] of leads) if (n > best) [coordinator, best] = [id, n];

  return PlanSchema.parse({
    id: meta.id,
    number: meta.number ?? "",
    ...(meta.issuer ? { issuer: meta.issuer } : {}),
    province: meta.province ?? "",
    issuedOn: meta.issuedOn ?? UNKNOWN_DATE,
    title: meta.title ?? "",
    templateVersion: "recognized",
    milestoneYears,
    period: { from: Math.min(from, to), to },
    reporting: { agencyDeadline: "", consolidationDeadline: null },
    projection: "linear",
    coordinator,
    areas,
    sections,
    indicators,
    tasks,
  });
}
