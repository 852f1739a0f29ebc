import type { TaskRecord } from "../layout";
import { msg, msgLang } from "../i18n";
import type { ParsedTimeframe, Task, TaskState, Timeframe } from "../model";
import { formatNumber } from "../parse";
import { checkAgencies } from "./agency-check";
import { readDate } from "./date";
import { compareKey } from "./plan-lookup";
import type { RowView } from "./row-view";
import { rowRule } from "./rule";
import { closest, TASK_STATE_WORDS, taskStates } from "./vocabulary";

/** Task row rules: state, percent complete, completion date, evidence, timeframe, agencies. */

type R = TaskRecord;
type V = RowView<R>;

function planTask(v: V): Task | undefined {
  return v.planRow(v.lookup.tasks);
}

function stateOf(v: V): TaskState | null {
  const text = v.text("state");
  return text === "" ? null : taskStates.read(text);
}

/** The percent complete when it reads as a number in 0–100, else null (other rules report it). */
function percentOf(v: V): number | null {
  const p = v.number("percent");
  return p.error || p.value === null || p.value < 0 || p.value > 100 ? null : p.value;
}

export const stateUnknown = rowRule<R>({
  code: "task.state.unknown",
  scope: "task",
  severity: "error",
  columns: ["state"],
  check(v, emit) {
    const value = v.text("state");
    if (value === "" || taskStates.read(value) !== null) return;
    const guess = closest(value, TASK_STATE_WORDS.flatMap((w) => [w.vi, w.en]));
    emit(
      "state",
      msgLang(
        "validation.task.state.unknown",
        { value, accepted: taskStates.list("vi") },
        { value, accepted: taskStates.list("en") },
      ),
      guess
        ? msg("validation.suggest.didYouMean", { word: guess })
        : msgLang(
            "validation.suggest.chooseOne",
            { accepted: taskStates.list("vi") },
            { accepted: taskStates.list("en") },
          ),
    );
  },
});

export const percentNotANumber = rowRule<R>({
  code: "task.percent.notANumber",
  scope: "task",
  severity: "error",
  columns: ["percent"],
  check(v, emit) {
    const p = v.number("percent");
    if (p.error) emit("percent", p.error, p.suggestion ?? msg("validation.suggest.percent"));
  },
});

export const percentOutOfRange = rowRule<R>({
  code: "task.percent.outOfRange",
  scope: "task",
  severity: "error",
  columns: ["percent"],
  check(v, emit) {
    const p = v.number("percent");
    if (p.error || p.value === null || (p.value >= 0 && p.value <= 100)) return;
    emit(
      "percent",
      msg("validation.task.percent.outOfRange", { value: formatNumber(p.value, { locale: v.ctx.locale }) }),
      msg("validation.suggest.percent"),
    );
  },
});

export const doneWithoutDate = rowRule<R>({
  code: "task.done.noDate",
  scope: "task",
  severity: "warning",
  columns: ["state", "completedOn"],
  check(v, emit) {
    if (stateOf(v) !== "done" || !v.isEmpty("completedOn")) return;
    emit("completedOn", msg("validation.task.done.noDate"), msg("validation.suggest.addCompletionDate"));
  },
});

export const completedOnInvalid = rowRule<R>({
  code: "task.completedOn.invalid",
  scope: "task",
  severity: "error",
  columns: ["completedOn"],
  check(v, emit) {
    if (v.isEmpty("completedOn") || readDate(v.cell("completedOn")) !== null) return;
    emit(
      "completedOn",
      msg("validation.task.completedOn.invalid", { value: v.text("completedOn") }),
      msg("validation.suggest.addCompletionDate"),
    );
  },
});

const toVi = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Needs ctx.today: the core has no clock, so without it this check is skipped. */
export const completedOnFuture = rowRule<R>({
  code: "task.completedOn.future",
  scope: "task",
  severity: "error",
  columns: ["completedOn"],
  check(v, emit) {
    const today = v.ctx.today;
    if (!today) return;
    const date = readDate(v.cell("completedOn"));
    if (date === null || date <= today) return;
    emit(
      "completedOn",
      msg("validation.task.completedOn.future", { date: toVi(date), today: toVi(today) }),
      msg("validation.suggest.checkDate"),
    );
  },
});

export const fullButNotDone = rowRule<R>({
  code: "task.percent.fullNotDone",
  scope: "task",
  severity: "warning",
  columns: ["percent", "state"],
  check(v, emit) {
    if (percentOf(v) !== 100 || stateOf(v) === "done") return;
    // An unreadable state is reported by its own rule.
    if (!v.isEmpty("state") && stateOf(v) === null) return;
    emit("state", msg("validation.task.percent.fullNotDone"), msg("validation.suggest.markDone"));
  },
});

export const doneBelow100 = rowRule<R>({
  code: "task.done.percentBelow100",
  scope: "task",
  severity: "warning",
  columns: ["percent", "state"],
  check(v, emit) {
    const percent = percentOf(v);
    if (stateOf(v) !== "done" || percent === null || percent >= 100) return;
    emit(
      "percent",
      msg("validation.task.done.percentBelow100", { percent: formatNumber(percent, { locale: v.ctx.locale }) }),
      msg("validation.suggest.checkPercent"),
    );
  },
});

export const evidenceMissing = rowRule<R>({
  code: "task.evidence.missing",
  scope: "task",
  severity: "warning",
  columns: ["evidence", "state"],
  check(v, emit) {
    const task = planTask(v);
    if (!task?.evidenceRequired || stateOf(v) !== "done" || !v.isEmpty("evidence")) return;
    const output = task.expectedOutput ?? "";
    emit(
      "evidence",
      msgLang(
        "validation.task.evidence.missing",
        { output: output || "văn bản" },
        { output: output || "a document" },
      ),
      msg("validation.suggest.addEvidence"),
    );
  },
});

/**
 * The timeframe cell when it says something other than the plan (or the row has no plan task):
 * "2022- 2025" and "2022 - 2025" say the same. Null when unchanged or empty.
 */
function changedTimeframe(v: V): { parsed: ParsedTimeframe; planned: string | null } | null {
  if (v.isEmpty("timeframe")) return null;
  const task = planTask(v);
  if (task && compareKey(v.text("timeframe")) === compareKey(task.timeframe.text)) return null;
  const parsed = v.timeframe("timeframe");
  if (task && !parsed.error && sameTimeframe(parsed.timeframe, task.timeframe.timeframe)) return null;
  return { parsed, planned: task ? task.timeframe.text : null };
}

function sameTimeframe(a: Timeframe, b: Timeframe): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export const timeframeUnparseable = rowRule<R>({
  code: "task.timeframe.unparseable",
  scope: "task",
  severity: "error",
  columns: ["timeframe"],
  check(v, emit) {
    // The plan's own wording was read (and reported) on import: only a changed cell is re-read.
    const t = changedTimeframe(v)?.parsed;
    if (t?.error) emit("timeframe", t.error, t.suggestion ?? msg("validation.suggest.timeframe"));
  },
});

export const timeframeDiffers = rowRule<R>({
  code: "task.timeframe.differsFromPlan",
  scope: "task",
  severity: "info",
  columns: ["timeframe"],
  check(v, emit) {
    const changed = changedTimeframe(v);
    if (!changed || changed.planned === null || changed.parsed.error) return;
    const planned = changed.planned;
    emit(
      "timeframe",
      msg("validation.task.timeframe.differsFromPlan", { value: v.text("timeframe"), planned }),
      msg("validation.suggest.restoreTimeframe", { planned }),
    );
  },
});

export const taskAgencyUnknown = rowRule<R>({
  code: "task.agency.unknown",
  scope: "task",
  severity: "warning",
  columns: ["lead", "partners"],
  check(v, emit) {
    checkAgencies("task", v, ["lead", "partners"], emit);
  },
});
