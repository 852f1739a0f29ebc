import type { Baseline, IndicatorStatus, Observation, Plan, TaskProgress, TaskStatus } from "../../core/model";
import { currentMilestone, indicatorStatuses, taskStatus } from "../../core/status";
import type { Settings } from "../settings";
import { asOfDay } from "../clock";

export interface Reports {
  observations: Observation[];
  baselines: Baseline[];
  progress: TaskProgress[];
}

export interface Statuses {
  /** Every milestone of every indicator. */
  indicators: IndicatorStatus[];
  /** The current milestone's status per indicator (what the summary counts). */
  current: IndicatorStatus[];
  tasks: TaskStatus[];
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Feeds the core's status engine one indicator and one task at a time (it judges rows, not
 * sheets): observations and progress grouped by row id, the baseline of each indicator.
 */
export function computeStatuses(plan: Plan, reports: Reports, settings: Settings, today: string): Statuses {
  const obs = groupBy(reports.observations, (o) => o.indicatorId);
  const base = new Map(reports.baselines.map((b) => [b.indicatorId, b]));
  const progress = groupBy(reports.progress, (p) => p.taskId);
  const indicators: IndicatorStatus[] = [];
  const current: IndicatorStatus[] = [];
  for (const indicator of plan.indicators) {
    const list = indicatorStatuses({
      indicator,
      observations: obs.get(indicator.id) ?? [],
      baseline: base.get(indicator.id) ?? null,
      asOf: settings.year,
      projection: indicator.projection ?? settings.projection,
    });
    indicators.push(...list);
    if (list.length === 0) continue;
    const milestone = currentMilestone(
      list.map((s) => s.milestone),
      settings.year,
    );
    current.push(list.find((s) => s.milestone === milestone) ?? list[list.length - 1]);
  }
  const day = asOfDay(settings.year, today);
  const tasks = plan.tasks.map((task) =>
    taskStatus({ task, progress: progress.get(task.id) ?? [], asOf: day, programme: plan.period }),
  );
  return { indicators, current, tasks };
}
