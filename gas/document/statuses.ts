import type { Baseline, Observation, TaskProgress } from "../../core/model";
import { planStatuses, type PlanStatuses } from "../../core/status";
import type { Settings } from "../settings";

/** What the agencies reported, as `reportsFromRecords` reads it from the sheets. */
export interface Reports {
  observations: Observation[];
  baselines: Baseline[];
  progress: TaskProgress[];
}
export type Statuses = PlanStatuses;

/** Every status of the plan for the document's settings: the core's one loop, nothing re-implemented. */
export function computeStatuses(plan: Parameters<typeof planStatuses>[0], reports: Reports, settings: Settings, today: string): Statuses {
  return planStatuses(plan, reports, { asOf: settings.year, projection: settings.projection, today });
}
