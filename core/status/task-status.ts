import { msg, type Lang, type Message } from "../i18n";
import type { Task, TaskProgress, TaskStatus, TaskStatusCode } from "../model";
import { bilingual } from "../i18n";
import { clean, formatDate, formatNumber } from "./format";
import { daysBetween, endOfMonth, endOfYear, isIsoDate, yearOf } from "./task-dates";

export interface TaskStatusInput {
  task: Task;
  /** This task's progress rows, any order. */
  progress: TaskProgress[];
  /** yyyy-mm-dd. */
  asOf: string;
  /** The programme's years (for mid-term / final reviews). */
  programme: { from: number; to: number };
  /** "mm-dd" each year's report is due by; default "11-15" (Đồng Tháp: before 15/11). */
  reportDeadline?: string;
}

/** A one-off task due within this many days is "due soon" (the summary lists them). */
export const DUE_SOON_DAYS = 60;

/** BRIEF §3 period thresholds on percent / (elapsed × 100). */
const PERIOD_ON_TRACK = 0.9;
const PERIOD_LATE = 0.7;

type Evidence = TaskStatus["evidence"];

interface Ctx {
  input: TaskStatusInput;
  year: number;
  deadline: string;
  /** Rows for years up to asOf's year: a report for a later year does not count yet. */
  rows: TaskProgress[];
  latest: TaskProgress | null;
  result: (status: TaskStatusCode, explanation: Message, evidence?: Partial<Evidence>) => TaskStatus;
}

const isDone = (row: TaskProgress | null): boolean => !!row && (row.state === "done" || row.percent === 100);
const dateParams = (lang: Lang, due: string, date?: string) => ({
  due: formatDate(due, lang),
  date: date ? formatDate(date, lang) : "",
});

/** Latest row by year; for the same year the one given later wins (a correction). */
function latestRow(rows: TaskProgress[]): TaskProgress | null {
  let found: TaskProgress | null = null;
  for (const r of rows) if (!found || r.year >= found.year) found = r;
  return found;
}

/** Status of a task as of a date (BRIEF §3, last paragraph). */
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
  const year = yearOf(asOf);
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
    case "period":
      return period(ctx, Math.min(tf.from, tf.to), Math.max(tf.from, tf.to));
    case "annual":
    case "ongoing":
      // "Thường xuyên" has no deadline of its own but still owes a report every year.
      return annual(ctx, null);
    case "annualFrom":
      return annual(ctx, tf.from);
    case "conditional":
      return conditional(ctx, tf.trigger);
    case "milestoneEvent":
      return milestoneEvent(ctx);
    case "unknown":
      return result("noReport", msg("status.task.unknownTimeframe", { text: task.timeframe.text }));
  }
}

/** Completion reported: on time, or late when completedOn is after the due date. */
function doneStatus(ctx: Ctx, due: string, evidence: Partial<Evidence>, prefix: Message | null): TaskStatus {
  const row = ctx.latest as TaskProgress;
  const on = row.completedOn;
  const explanation = !on
    ? msg("status.task.done", { year: row.year })
    : bilingual(on > due ? "status.task.doneLate" : "status.task.doneOn", (lang) => dateParams(lang, due, on));
  return ctx.result(on && on > due ? "doneLate" : "done", prefixed(prefix, explanation), evidence);
}

function prefixed(prefix: Message | null, m: Message): Message {
  return prefix ? { code: m.code, vi: `${prefix.vi} ${m.vi}`, en: `${prefix.en} ${m.en}` } : m;
}

/**
 * A task due once (a year → 31/12 of its last year; a month → its last day). Not done and past
 * due → overdue. Before that: in progress → onTrack, else notDue; within DUE_SOON_DAYS of the
 * due date the explanation says so (evidence.dueOn always carries the date; see isDueSoon).
 */
function oneOff(ctx: Ctx, due: string, prefix: Message | null = null): TaskStatus {
  const { latest, input } = ctx;
  const evidence: Partial<Evidence> = { dueOn: due, percent: latest?.percent ?? null, year: latest?.year ?? null };
  if (isDone(latest)) return doneStatus(ctx, due, evidence, prefix);
  if (input.asOf > due) {
    return ctx.result("overdue", prefixed(prefix, bilingual("status.task.overdue", (l) => dateParams(l, due))), evidence);
  }
  const days = daysBetween(input.asOf, due);
  const started = !!latest && (latest.state === "inProgress" || (latest.percent ?? 0) > 0);
  const soon = days <= DUE_SOON_DAYS;
  const code = started
    ? soon
      ? "status.task.inProgressSoon"
      : "status.task.inProgress"
    : soon
      ? "status.task.dueSoon"
      : "status.task.notDue";
  const explanation = bilingual(code, (l) => ({ ...dateParams(l, due), days }));
  return ctx.result(started ? "onTrack" : "notDue", prefixed(prefix, explanation), evidence);
}

/**
 * A period task: the % complete against the share of the period elapsed,
 * elapsed = (asOf − 1/1/from) / (31/12/to − 1/1/from). "Chưa triển khai" with no % counts as 0%.
 */
function period(ctx: Ctx, from: number, to: number): TaskStatus {
  const { latest, input } = ctx;
  const start = `${String(from).padStart(4, "0")}-01-01`;
  const due = endOfYear(to);
  const span = Math.max(daysBetween(start, due), 1);
  const elapsed = Math.min(Math.max(daysBetween(start, input.asOf) / span, 0), 1);
  const percent = latest?.percent ?? (latest?.state === "notStarted" ? 0 : null);
  const evidence: Partial<Evidence> = { dueOn: due, elapsed: clean(elapsed), percent, year: latest?.year ?? null };
  const range = { from, to };
  if (isDone(latest)) return doneStatus(ctx, due, evidence, null);
  if (input.asOf > due) return ctx.result("overdue", bilingual("status.task.overdue", (l) => dateParams(l, due)), evidence);
  if (elapsed <= 0) return ctx.result("notDue", msg("status.task.periodNotStarted", range), evidence);
  if (percent === null) return ctx.result("noReport", msg("status.task.periodNoReport", range), evidence);
  const ratio = clean(percent / (elapsed * 100)) ?? 0;
  const status: TaskStatusCode = ratio >= PERIOD_ON_TRACK ? "onTrack" : ratio <= PERIOD_LATE ? "late" : "behind";
  const code =
    status === "onTrack" ? "status.task.periodOnTrack" : status === "late" ? "status.task.periodLate" : "status.task.periodBehind";
  const explanation = bilingual(code, (l) => ({
    ...range,
    elapsed: formatNumber(elapsed * 100, l, 1),
    percent: formatNumber(percent, l),
    ratio: formatNumber(ratio, l),
  }));
  return ctx.result(status, explanation, { ...evidence, ratio });
}

/**
 * Annual, ongoing and "from year N, every year" tasks are judged per reporting year: any
 * progress row for asOf's year is a report (done if it says done); none by the report deadline
 * of that year → noReport; before the deadline → notDue.
 */
function annual(ctx: Ctx, from: number | null): TaskStatus {
  const { year, input } = ctx;
  const due = `${String(year).padStart(4, "0")}-${ctx.deadline}`;
  const evidence: Partial<Evidence> = { dueOn: due, year };
  if (from !== null && year < from) return ctx.result("notDue", msg("status.task.annualNotStarted", { from, year }), evidence);
  const row = latestRow(ctx.rows.filter((r) => r.year === year));
  if (row) {
    const done = isDone(row);
    return ctx.result(done ? "done" : "reported", msg(done ? "status.task.annualDone" : "status.task.annualReported", { year }), {
      ...evidence,
      percent: row.percent,
    });
  }
  const late = input.asOf >= due;
  return ctx.result(
    late ? "noReport" : "notDue",
    bilingual(late ? "status.task.annualNoReport" : "status.task.annualNotDue", (l) => ({ ...dateParams(l, due), year })),
    evidence,
  );
}

/**
 * A conditional task waits (never overdue) until the user records the date of the outside event
 * (`triggeredOn`, earliest recorded, not after asOf). Then it is a one-off due at the end of the
 * year after the trigger year: the plans give no delay, and a year's budget cycle is the least a
 * department needs to act on a new decree or guidance.
 */
function conditional(ctx: Ctx, trigger: string): TaskStatus {
  const { input } = ctx;
  const dates = input.progress
    .map((p) => p.triggeredOn)
    .filter((t): t is string => t !== null && isIsoDate(t) && t <= input.asOf)
    .sort();
  const on = dates[0];
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
  const judge = (e: number, status: TaskStatusCode, code: Parameters<typeof msg>[0]): TaskStatus => {
    const due = endOfYear(e);
    const row = rowFor(e);
    return ctx.result(status, bilingual(code, (l) => ({ ...dateParams(l, due), event: eventName(e, l), year: e })), {
      dueOn: due,
      year: e,
      percent: row?.percent ?? null,
    });
  };
  const reported = (e: number): TaskStatus =>
    isDone(rowFor(e)) ? judge(e, "done", "status.task.eventDone") : judge(e, "reported", "status.task.eventReported");

  if (current !== null && rowFor(current)) return reported(current);
  if (lastPast !== null && !rowFor(lastPast)) return judge(lastPast, "overdue", "status.task.eventOverdue");
  if (current !== null) return judge(current, "notDue", "status.task.eventNotDue");
  return reported(lastPast as number);
}

/** A task not yet done whose due date falls within `withinDays` of asOf ("sắp đến hạn"). */
export function isDueSoon(status: TaskStatus, withinDays = DUE_SOON_DAYS): boolean {
  const due = status.evidence.dueOn;
  if (!due || (status.status !== "notDue" && status.status !== "onTrack")) return false;
  if (!isIsoDate(status.asOf) || !isIsoDate(due)) return false;
  const days = daysBetween(status.asOf, due);
  return days >= 0 && days <= withinDays;
}
