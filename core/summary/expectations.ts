import type { Indicator, Observation, Plan, Task, TaskProgress } from "../model";

/**
 * An indicator expects a value for `year` when the year is a reporting year of the plan and the
 * indicator still has a real target ahead (a milestone ≥ year whose target is not "-").
 */
export function indicatorExpectsValue(indicator: Indicator, year: number, plan: Plan): boolean {
  if (year < plan.period.from || year > plan.period.to) return false;
  // A loop over Object.keys rather than Object.entries(...).some or for-in (year keys are array
  // indexes, which for-in enumerates slowly): called for every indicator of a large plan.
  const targets = indicator.targets;
  const keys = Object.keys(targets);
  for (let i = 0; i < keys.length; i++) {
    const milestone = keys[i];
    if (Number(milestone) >= year && targets[milestone].parsed.kind !== "none") return true;
  }
  return false;
}

/** A value or a person's assessment was given for that indicator and year. */
export function isReportedObservation(o: Observation): boolean {
  return o.value !== null || (o.assessment !== null && o.assessment.trim() !== "");
}

/** A progress row says something (an all-empty row, e.g. a blank template line, does not count). */
export function isReportedProgress(p: TaskProgress): boolean {
  return (
    p.state !== null ||
    p.percent !== null ||
    p.completedOn !== null ||
    p.evidence !== null ||
    p.triggeredOn !== null ||
    (p.note !== null && p.note.trim() !== "")
  );
}

function completedBefore(progress: readonly TaskProgress[], year: number): boolean {
  return progress.some(
    (p) =>
      (p.year < year && p.state === "done") || (p.completedOn !== null && Number(p.completedOn.slice(0, 4)) < year),
  );
}

/**
 * A task expects a progress report for `year` (a reporting year of the plan) unless it was
 * completed in an earlier year. Annual/ongoing (and unreadable) timeframes report every year;
 * one-off and period tasks from their first year on (an unfinished one stays on the list);
 * conditional and on-occurrence tasks once their trigger or occurrence is recorded;
 * review-milestone tasks in milestone years.
 */
export function taskExpectsReport(task: Task, year: number, plan: Plan, progress: readonly TaskProgress[]): boolean {
  if (year < plan.period.from || year > plan.period.to) return false;
  const own = progress.filter((p) => p.taskId === task.id);
  if (completedBefore(own, year)) return false;
  const tf = task.timeframe.timeframe;
  switch (tf.kind) {
    case "annual":
    case "ongoing":
    case "recurring":
    case "unknown":
      return true;
    case "half":
      return tf.year === null || year >= tf.year;
    case "quarter":
      return year >= tf.year;
    case "deadline":
      return year >= Number(tf.date.slice(0, 4));
    case "annualFrom":
      return year >= tf.from;
    case "period":
      return year >= tf.from;
    case "years":
      return year >= Math.min(...tf.years);
    case "month":
      return year >= tf.year;
    case "conditional":
    case "onOccurrence":
      // Once the trigger (or the occurrence) is recorded.
      return own.some((p) => p.year <= year && p.triggeredOn !== null && Number(p.triggeredOn.slice(0, 4)) <= year);
    case "milestoneEvent":
      return plan.milestoneYears.includes(year);
  }
}
