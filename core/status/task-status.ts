import { bilingual, msg, type Lang, type Message, type MessageCode } from "../i18n";
import type { Recurrence, Task, TaskProgress, TaskStatus, TaskStatusCode } from "../model";
import { clean, formatDate, formatNumber } from "./format";
import { daysBetween, endOfMonth, endOfYear, isIsoDate, yearOf } from "./task-dates";

export interface TaskStatusInput {
  task: Task;
  /** This task's progress rows, any order. */
  progress: TaskProgress[];
  /** The day it is judged on (yyyy-mm-dd). */
  asOf: string;
  /**
   * The reporting year (default: asOf's year). It differs from asOf's year in the days between
   * a year's closing day and 31 December, when the next year is being prepared (docs/domain.md).
   */
  year?: number;
  /** The programme's years (for mid-term / final reviews). */
  programme: { from: number; to: number };
  /** "mm-dd" each year's report is due by; default "11-15" (Đồng Tháp: before 15/11). */
  reportDeadline?: string;
}

/** A one-off task due within this many days is "due soon" (the summary lists them). */
export const DUE_SOON_DAYS = 60;

/** Period thresholds on percent / (elapsed × 100) (docs/domain.md, "Task statuses"). */
const PERIOD_ON_TRACK = 0.9;
const PERIOD_LATE = 0.7;

type Evidence = TaskStatus["evidence"];

interface Ctx {
  input: TaskStatusInput;
  year: number;
  deadline: string;
  /** Rows for years up to the reporting year: a report for a later year does not count yet. */
  rows: TaskProgress[];
  latest: TaskProgress | null;
  result: (status: TaskStatusCode, explanation: Message, evidence?: Partial<Evidence>) => TaskStatus;
}

const isDone = (row: TaskProgress | null): boolean => !!row && (row.state === "done" || row.percent === 100);
const isStarted = (row: TaskProgress | null): boolean => !!row && (row.state === "inProgress" || (row.percent ?? 0) > 0);
const dateParams = (lang: Lang, due: string, date?: string) => ({
  due: formatDate(due, lang),
  date: date ? formatDate(date, lang) : "",
});
const pad4 = (y: number): string => String(y).padStart(4, "0");

/** Latest row by year; for the same year the one given later wins (a correction). */
function latestRow(rows: readonly TaskProgress[]): TaskProgress | null {
  let found: TaskProgress | null = null;
  for (const r of rows) if (!found || r.year >= found.year) found = r;
  return found;
}

/**
 * Status of a task as of a date, in the administration's words (docs/domain.md, "Task
 * statuses"): a task with a due date is completed on time or late (by its completion date),
 * in progress within or past its deadline, or not yet due; tasks without one of their own
 * (annual, recurring, ongoing, on occurrence) owe a report each reporting year or period.
 */
export function taskStatus(input: TaskStatusInput): TaskStatus {
  const { task, asOf } = input;
  const empty: Evidence = { elapsed: null, percent: null, ratio: null, dueOn: null, year: null };
  const result: Ctx["result"] = (status, explanation, evidence = {}) => ({
    taskId: task.id,
    asOf,
    status,
    evidence: { ...empty, ...evidence },
    explanation,
  });
  if (!isIsoDate(asOf)) return result("noReport", msg("status.task.badDate", { date: asOf }));
  const year = input.year !== undefined && Number.isInteger(input.year) ? input.year : yearOf(asOf);
  const d = input.reportDeadline ?? "";
  const deadline = /^\d{2}-\d{2}$/.test(d) && isIsoDate(`2024-${d}`) ? d : "11-15";
  const rows = input.progress.filter((p) => p.year <= year);
  const ctx: Ctx = { input, year, deadline, rows, latest: latestRow(rows), result };

  const tf = task.timeframe.timeframe;
  switch (tf.kind) {
    case "years":
      return oneOff(ctx, endOfYear(Math.max(...tf.years)));
    case "month":
      return oneOff(ctx, endOfMonth(tf.year, tf.month));
    case "quarter":
      return oneOff(ctx, endOfMonth(tf.year, tf.quarter * 3));
    case "half":
      // No year: that half of every year, judged on the reporting year's own report.
      return tf.year === null ? thisYear(ctx, endOfMonth(year, tf.half * 6)) : oneOff(ctx, endOfMonth(tf.year, tf.half * 6));
    case "deadline":
      return oneOff(ctx, tf.date);
    case "period":
      return period(ctx, Math.min(tf.from, tf.to), Math.max(tf.from, tf.to));
    case "annual":
      return annual(ctx, null);
    case "ongoing":
      // "Thường xuyên" has no deadline of its own but still owes a report: yearly unless it says otherwise.
      return tf.report === undefined || tf.report === "year" ? annual(ctx, null) : recurring(ctx, tf.report);
    case "recurring":
      return tf.every === "year" ? annual(ctx, null) : recurring(ctx, tf.every);
    case "annualFrom":
      return annual(ctx, tf.from);
    case "onOccurrence":
      return onOccurrence(ctx);
    case "conditional":
      return conditional(ctx, tf.trigger);
    case "milestoneEvent":
      return milestoneEvent(ctx);
    case "unknown":
      return result("noReport", msg("status.task.unknownTimeframe", { text: task.timeframe.text }));
  }
}

/**
 * Completion reported: the completion date decides on time or late; without one, the year of
 * the report stands in for it (a completion reported for a year after the due year is late).
 */
function doneStatus(ctx: Ctx, row: TaskProgress, due: string, evidence: Partial<Evidence>, prefix: Message | null): TaskStatus {
  const on = row.completedOn;
  const late = on ? on > due : row.year > yearOf(due);
  const code: MessageCode = on ? (late ? "status.task.doneLate" : "status.task.doneOn") : late ? "status.task.doneNoDateLate" : "status.task.doneNoDate";
  const explanation = bilingual(code, (lang) => ({ ...dateParams(lang, due, on ?? undefined), year: row.year }));
  return ctx.result(late ? "doneLate" : "doneOnTime", prefixed(prefix, explanation), evidence);
}

function prefixed(prefix: Message | null, m: Message): Message {
  return prefix ? { code: m.code, vi: `${prefix.vi} ${m.vi}`, en: `${prefix.en} ${m.en}` } : m;
}

/**
 * A task due once (a year → 31/12 of its last year; a month or quarter → its last day; a
 * deadline → that day). Not done and past due → in progress past the deadline. Before that:
 * started → in progress within the deadline, else not yet due; within DUE_SOON_DAYS of the due
 * date the explanation says so (evidence.dueOn always carries the date; see isDueSoon).
 */
function oneOff(ctx: Ctx, due: string, prefix: Message | null = null, latest: TaskProgress | null = ctx.latest): TaskStatus {
  const { input } = ctx;
  const evidence: Partial<Evidence> = { dueOn: due, percent: latest?.percent ?? null, year: latest?.year ?? null };
  if (latest && isDone(latest)) return doneStatus(ctx, latest, due, evidence, prefix);
  if (input.asOf > due) {
    return ctx.result("overdue", prefixed(prefix, bilingual("status.task.overdue", (l) => dateParams(l, due))), evidence);
  }
  const days = daysBetween(input.asOf, due);
  const started = isStarted(latest);
  const soon = days <= DUE_SOON_DAYS;
  const code = started
    ? soon
      ? "status.task.inProgressSoon"
      : "status.task.inProgress"
    : soon
      ? "status.task.dueSoon"
      : "status.task.notDue";
  const explanation = bilingual(code, (l) => ({ ...dateParams(l, due), days }));
  return ctx.result(started ? "inProgress" : "notDue", prefixed(prefix, explanation), evidence);
}

/** A due date within the reporting year, judged on that year's report only ("6 tháng cuối năm"). */
function thisYear(ctx: Ctx, due: string): TaskStatus {
  return oneOff(ctx, due, null, latestRow(ctx.rows.filter((r) => r.year === ctx.year)));
}

/**
 * A period task: the % complete against the share of the period elapsed,
 * elapsed = (asOf − 1/1/from) / (31/12/to − 1/1/from). "Chưa triển khai" with no % counts as 0%.
 * At 0.9 of the pace or more it is in progress within the deadline; at 0.7 or less, behind
 * schedule; in between still within the deadline, the explanation asking to speed up.
 */
function period(ctx: Ctx, from: number, to: number): TaskStatus {
  const { latest, input } = ctx;
  const start = `${pad4(from)}-01-01`;
  const due = endOfYear(to);
  const span = Math.max(daysBetween(start, due), 1);
  const elapsed = Math.min(Math.max(daysBetween(start, input.asOf) / span, 0), 1);
  const percent = latest?.percent ?? (latest?.state === "notStarted" ? 0 : null);
  const evidence: Partial<Evidence> = { dueOn: due, elapsed: clean(elapsed), percent, year: latest?.year ?? null };
  const range = { from, to };
  if (latest && isDone(latest)) return doneStatus(ctx, latest, due, evidence, null);
  if (input.asOf > due) return ctx.result("overdue", bilingual("status.task.overdue", (l) => dateParams(l, due)), evidence);
  if (elapsed <= 0) return ctx.result("notDue", msg("status.task.periodNotStarted", range), evidence);
  if (percent === null) return ctx.result("noReport", msg("status.task.periodNoReport", range), evidence);
  const ratio = clean(percent / (elapsed * 100)) ?? 0;
  const code: MessageCode =
    ratio >= PERIOD_ON_TRACK ? "status.task.periodOnTrack" : ratio <= PERIOD_LATE ? "status.task.periodLate" : "status.task.periodBehind";
  const explanation = bilingual(code, (l) => ({
    ...range,
    elapsed: formatNumber(elapsed * 100, l, 1),
    percent: formatNumber(percent, l),
    ratio: formatNumber(ratio, l),
  }));
  return ctx.result(ratio <= PERIOD_LATE ? "behindSchedule" : "inProgress", explanation, { ...evidence, ratio });
}

/** This reporting year's latest row. */
const rowOfYear = (ctx: Ctx): TaskProgress | null => latestRow(ctx.rows.filter((r) => r.year === ctx.year));
const reportDue = (ctx: Ctx): string => `${pad4(ctx.year)}-${ctx.deadline}`;

/**
 * Annual, ongoing and "from year N, every year" tasks are judged per reporting year: a progress
 * row for asOf's year is the year's report (completed if it says so, by 31/12 of the year, else
 * in progress); none by the report deadline of that year → not reported; before it → not due.
 */
function annual(ctx: Ctx, from: number | null): TaskStatus {
  const { year, input } = ctx;
  const due = reportDue(ctx);
  const evidence: Partial<Evidence> = { dueOn: due, year };
  if (from !== null && year < from) return ctx.result("notDue", msg("status.task.annualNotStarted", { from, year }), evidence);
  const row = rowOfYear(ctx);
  if (row) {
    // Reported: the year's work is now due by the year's end.
    const work: Partial<Evidence> = { dueOn: endOfYear(year), year, percent: row.percent };
    if (isDone(row)) return doneStatus(ctx, row, endOfYear(year), work, null);
    return ctx.result("inProgress", msg("status.task.annualReported", { year }), work);
  }
  const late = input.asOf >= due;
  return ctx.result(
    late ? "noReport" : "notDue",
    bilingual(late ? "status.task.annualNoReport" : "status.task.annualNotDue", (l) => ({ ...dateParams(l, due), year })),
    evidence,
  );
}

const PERIODS: Record<Exclude<Recurrence, "year">, number> = { month: 12, quarter: 4, half: 2 };

/** The last days of the reporting year's periods ("quý": 31/3, 30/6, 30/9, 31/12). */
function periodEnds(year: number, every: Exclude<Recurrence, "year">): string[] {
  const n = PERIODS[every];
  return Array.from({ length: n }, (_, i) => endOfMonth(year, ((i + 1) * 12) / n));
}

/**
 * A task reported every month, quarter or half year. The task sheet holds one row per reporting
 * year, so that row is the year's reports: completed if it says so, else in progress. Without
 * one, each period of the year that has ended owed a report: none ended yet → not due, else not
 * reported (the explanation counts the periods missed).
 */
function recurring(ctx: Ctx, every: Exclude<Recurrence, "year">): TaskStatus {
  const { year, input } = ctx;
  const ends = periodEnds(year, every);
  const ended = ends.filter((e) => e < input.asOf);
  const everyText = (l: Lang) => msg(`status.task.every.${every}`)[l];
  const row = rowOfYear(ctx);
  const due = ended.length > 0 ? ended[ended.length - 1] : ends[0];
  const evidence: Partial<Evidence> = { dueOn: due, year, percent: row?.percent ?? null };
  if (row) {
    const work: Partial<Evidence> = { ...evidence, dueOn: endOfYear(year) };
    if (isDone(row)) return doneStatus(ctx, row, endOfYear(year), work, null);
    return ctx.result("inProgress", bilingual("status.task.recurringReported", (l) => ({ year, every: everyText(l) })), work);
  }
  if (ended.length === 0) {
    return ctx.result("notDue", bilingual("status.task.recurringNotDue", (l) => ({ ...dateParams(l, due), year, every: everyText(l) })), evidence);
  }
  return ctx.result(
    "noReport",
    bilingual("status.task.recurringNoReport", (l) => ({ ...dateParams(l, due), year, every: everyText(l), n: ended.length })),
    evidence,
  );
}

/** The earliest recorded date of the outside event or occurrence, not after asOf. */
function triggerDate(ctx: Ctx): string | undefined {
  const { input } = ctx;
  return input.progress
    .map((p) => p.triggeredOn)
    .filter((t): t is string => t !== null && isIsoDate(t) && t <= input.asOf)
    .sort()[0];
}

/**
 * "Khi có phát sinh", "Theo yêu cầu": never overdue without an occurrence. A report for the
 * year is the task's report; without one, an occurrence recorded (the trigger date column)
 * owes the year's report by the report deadline; no occurrence → waiting for it.
 */
function onOccurrence(ctx: Ctx): TaskStatus {
  const { year, input } = ctx;
  const due = reportDue(ctx);
  const row = rowOfYear(ctx);
  const evidence: Partial<Evidence> = { dueOn: null, year, percent: row?.percent ?? null };
  if (row && (row.state !== null || row.percent !== null || row.completedOn !== null || row.evidence !== null || row.note !== null)) {
    if (isDone(row)) return doneStatus(ctx, row, endOfYear(year), evidence, null);
    return ctx.result("inProgress", msg("status.task.occurrenceReported", { year }), evidence);
  }
  const on = triggerDate(ctx);
  if (!on) return ctx.result("waiting", msg("status.task.occurrenceWaiting", { year }), evidence);
  const late = input.asOf >= due;
  return ctx.result(
    late ? "noReport" : "notDue",
    bilingual(late ? "status.task.occurrenceNoReport" : "status.task.occurrenceNotDue", (l) => dateParams(l, due, on)),
    { ...evidence, dueOn: due },
  );
}

/**
 * A conditional task waits (never overdue) until the user records the date of the outside event
 * (`triggeredOn`, earliest recorded, not after asOf). Then it is a one-off due at the end of the
 * year after the trigger year: the plans give no delay, and a year's budget cycle is the least a
 * department needs to act on a new decree or guidance.
 */
function conditional(ctx: Ctx, trigger: string): TaskStatus {
  const on = triggerDate(ctx);
  if (!on) return ctx.result("waiting", msg("status.task.waiting", { trigger }));
  const due = endOfYear(yearOf(on) + 1);
  const prefix = bilingual("status.task.triggered", (l) => dateParams(l, due, on));
  return oneOff(ctx, due, prefix);
}

/**
 * "Sơ kết, tổng kết": reports due at the programme's mid-term (middle year, rounded down,
 * 31/12) and at its end (31/12 of programme.to); a progress row for the event's year is the
 * report. The event still ahead is judged first if already reported; otherwise a missed past
 * event is overdue; otherwise the next event is not due yet.
 */
function milestoneEvent(ctx: Ctx): TaskStatus {
  const { from, to } = ctx.input.programme;
  const mid = Math.floor((from + to) / 2);
  const events = mid < to ? [mid, to] : [to];
  const asOf = ctx.input.asOf;
  const current = events.find((e) => asOf <= endOfYear(e)) ?? null;
  const past = events.filter((e) => endOfYear(e) < asOf);
  const lastPast = past.length > 0 ? past[past.length - 1] : null;
  const rowFor = (e: number): TaskProgress | null => latestRow(ctx.rows.filter((r) => r.year === e));
  const eventName = (e: number, l: Lang): string => msg(e === to ? "status.task.event.final" : "status.task.event.mid")[l];
  const judge = (e: number, status: TaskStatusCode, code: MessageCode): TaskStatus => {
    const due = endOfYear(e);
    const row = rowFor(e);
    return ctx.result(status, bilingual(code, (l) => ({ ...dateParams(l, due), event: eventName(e, l), year: e })), {
      dueOn: due,
      year: e,
      percent: row?.percent ?? null,
    });
  };
  const reported = (e: number): TaskStatus =>
    isDone(rowFor(e)) ? judge(e, "doneOnTime", "status.task.eventDone") : judge(e, "inProgress", "status.task.eventReported");

  if (current !== null && rowFor(current)) return reported(current);
  if (lastPast !== null && !rowFor(lastPast)) return judge(lastPast, "overdue", "status.task.eventOverdue");
  if (current !== null) return judge(current, "notDue", "status.task.eventNotDue");
  return reported(lastPast as number);
}

/** A task not yet done whose due date falls within `withinDays` of asOf ("sắp đến hạn"). */
export function isDueSoon(status: TaskStatus, withinDays = DUE_SOON_DAYS): boolean {
  const due = status.evidence.dueOn;
  if (!due || (status.status !== "notDue" && status.status !== "inProgress")) return false;
  if (!isIsoDate(status.asOf) || !isIsoDate(due)) return false;
  const days = daysBetween(status.asOf, due);
  return days >= 0 && days <= withinDays;
}
