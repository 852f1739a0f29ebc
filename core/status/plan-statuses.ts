import type { Baseline, IndicatorStatus, Observation, Plan, Projection, TaskProgress, TaskStatus } from "../model";
import { indicatorStatuses } from "./indicator-status";
import { currentMilestone } from "./milestone";
import { taskStatus } from "./task-status";

export interface PlanReports {
  observations: readonly Observation[];
  baselines: readonly Baseline[];
  progress: readonly TaskProgress[];
}

export interface PlanStatuses {
  /** Every indicator × milestone. */
  indicators: IndicatorStatus[];
  /** One per indicator: the milestone "as of" judges (BRIEF §3). */
  current: IndicatorStatus[];
  tasks: TaskStatus[];
  /** The day task statuses were judged on (yyyy-mm-dd). */
  asOfDate: string;
}

/**
 * The day tasks are judged on for a reporting year: today while the year runs (or before it),
 * 31 December once it is over.
 */
export function taskAsOfDate(asOf: number, today?: string): string {
  const end = `${asOf}-12-31`;
  return today !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(today) && today < end ? today : end;
}

/** "15/11" → "11-15", the status engine's month-day deadline; undefined when unreadable. */
export function deadlineMonthDay(text: string | null | undefined): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec((text ?? "").trim());
  return m ? `${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : undefined;
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
 * Statuses of a whole plan (or of the rows in `only`): each indicator against each milestone
 * with its observations and baseline, each task as of the reporting year. The one loop every
 * host uses.
 */
export function planStatuses(
  plan: Plan,
  reports: PlanReports,
  options: { asOf: number; projection?: Projection; today?: string; only?: { indicators?: ReadonlySet<string>; tasks?: ReadonlySet<string> } },
): PlanStatuses {
  const { asOf } = options;
  const obs = groupBy(reports.observations, (o) => o.indicatorId);
  const base = new Map(reports.baselines.map((b) => [b.indicatorId, b]));
  const progress = groupBy(reports.progress, (p) => p.taskId);
  const indicators: IndicatorStatus[] = [];
  const current: IndicatorStatus[] = [];
  for (const indicator of plan.indicators) {
    if (options.only?.indicators && !options.only.indicators.has(indicator.id)) continue;
    const list = indicatorStatuses({
      indicator,
      observations: obs.get(indicator.id) ?? [],
      baseline: base.get(indicator.id) ?? null,
      asOf,
      projection: indicator.projection ?? options.projection ?? plan.projection,
    });
    indicators.push(...list);
    if (list.length === 0) continue;
    const milestone = currentMilestone(
      list.map((s) => s.milestone),
      asOf,
    );
    current.push(list.find((s) => s.milestone === milestone) ?? list[list.length - 1]);
  }
  const asOfDate = taskAsOfDate(asOf, options.today);
  const reportDeadline = deadlineMonthDay(plan.reporting.agencyDeadline);
  const tasks: TaskStatus[] = [];
  for (const task of plan.tasks) {
    if (options.only?.tasks && !options.only.tasks.has(task.id)) continue;
    tasks.push(taskStatus({ task, progress: progress.get(task.id) ?? [], asOf: asOfDate, year: asOf, programme: plan.period, reportDeadline }));
  }
  return { indicators, current, tasks, asOfDate };
}
