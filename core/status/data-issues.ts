import type { Lang, Message, MessageCode } from "../i18n";
import { msg } from "../i18n";
import type { IndicatorStatus, StatusIssue, TaskStatus } from "../model";
import { cutoffYear } from "./milestone";

/**
 * A finding on a cell a status reads: a yearly value (`year`), or a cell that counts for every
 * milestone (`year` null: the baseline, the person's assessment, a task's progress cells).
 */
export interface ValueIssue {
  year: number | null;
  issue: StatusIssue;
}

/** "ô H12: <finding>; ô I12: <finding>" in one language (the findings' closing stops left out). */
function cellList(issues: readonly StatusIssue[], lang: Lang): string {
  return issues.map((i) => msg("status.issue.cell", { cell: i.cell, problem: i.message[lang].trim().replace(/[.。]+$/, "") })[lang]).join("; ");
}

function withCells(code: MessageCode, issues: readonly StatusIssue[]): Message {
  return { code, vi: msg(code, { cells: cellList(issues, "vi") }).vi, en: msg(code, { cells: cellList(issues, "en") }).en };
}

function appended<M extends { code: string; vi: string; en: string }>(explanation: M, note: Message): M {
  return { ...explanation, vi: `${explanation.vi} ${note.vi}`, en: `${explanation.en} ${note.en}` };
}

const EMPTY_EVIDENCE = {
  value: null,
  valueYear: null,
  baseline: null,
  baselineYear: null,
  target: null,
  projected: null,
  gap: null,
  ratio: null,
  method: null,
  assessment: null,
} as const;

/**
 * No status from a bad value (docs/domain.md): an indicator status whose values (up to its
 * cut-off year, and the baseline and assessment) include a cell with an error finding becomes
 * "Số liệu cần sửa", naming the cells and what is wrong, with no numbers behind it (so nothing
 * is projected, no ratio is given, no chart counts it as judged). Warnings on the cells it used
 * are kept: the status stands, and its explanation says which cells carry a warning. Rows
 * without a target for the milestone read no value and stay as they are.
 */
export function indicatorStatusWithIssues(status: IndicatorStatus, issues: readonly ValueIssue[]): IndicatorStatus {
  if (issues.length === 0 || status.status === "noTarget") return status;
  const cutoff = cutoffYear(status.milestone, status.evidence.asOf);
  const used = issues.filter((i) => i.year === null || i.year <= cutoff).map((i) => i.issue);
  const errors = used.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    return {
      indicatorId: status.indicatorId,
      milestone: status.milestone,
      status: "dataToCorrect",
      evidence: { milestone: status.milestone, asOf: status.evidence.asOf, ...EMPTY_EVIDENCE },
      explanation: withCells("status.dataToCorrect", errors),
      issues: errors,
    };
  }
  const warnings = used.filter((i) => i.severity === "warning");
  if (warnings.length === 0) return status;
  return { ...status, explanation: appended(status.explanation, withCells("status.withWarnings", warnings)), issues: warnings };
}

/** The same for a task: an error on a progress cell (state, %, dates) holds its status back. */
export function taskStatusWithIssues(status: TaskStatus, issues: readonly StatusIssue[]): TaskStatus {
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0) {
    return {
      taskId: status.taskId,
      asOf: status.asOf,
      status: "dataToCorrect",
      evidence: { elapsed: null, percent: null, ratio: null, dueOn: status.evidence.dueOn, year: status.evidence.year },
      explanation: withCells("status.task.dataToCorrect", errors),
      issues: errors,
    };
  }
  const warnings = issues.filter((i) => i.severity === "warning");
  if (warnings.length === 0) return status;
  return { ...status, explanation: appended(status.explanation, withCells("status.withWarnings", warnings)), issues: warnings };
}
