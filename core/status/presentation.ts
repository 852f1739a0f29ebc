import { msg, type Lang, type MessageCode } from "../i18n";
import type { IndicatorStatusCode, TaskStatusCode } from "../model";

/**
 * How each status is shown, in one place: its label (a catalogue code), its colours (cell fill,
 * also the chart series colour, and a readable text colour on it), and its role in counts and
 * lists. Display order is the order of the table. Adding a status: the code in core/model/status.ts,
 * its label and paragraph part in the catalogue, a row here, and the rule that gives it.
 */
export interface StatusLook {
  label: MessageCode;
  /** "#RRGGBB". */
  fill: string;
  font: string;
  /**
   * Rank when a parent indicator takes its sub-rows' status, or for tasks "worst first" lists:
   * lower is worse. Equal ranks never meet (each status has its own).
   */
  severity: number;
  /** Listed as needing attention in the summary. */
  concern: boolean;
}

const WHITE = "#FFFFFF";
const BLACK = "#000000";

/** Indicator statuses, best first, then the ones needing attention, then gaps. */
export const INDICATOR_STATUS_LOOK: Readonly<Record<IndicatorStatusCode, StatusLook>> = {
  exceeded: { label: "summary.status.exceeded", fill: "#0B8043", font: WHITE, severity: 10, concern: false },
  achieved: { label: "summary.status.achieved", fill: "#57BB8A", font: BLACK, severity: 9, concern: false },
  onTrack: { label: "summary.status.onTrack", fill: "#B7E1CD", font: BLACK, severity: 8, concern: false },
  atRisk: { label: "summary.status.atRisk", fill: "#FFD666", font: BLACK, severity: 3, concern: true },
  offTrack: { label: "summary.status.offTrack", fill: "#F6A04D", font: BLACK, severity: 2, concern: true },
  notAchieved: { label: "summary.status.notAchieved", fill: "#CC0000", font: WHITE, severity: 1, concern: true },
  noTrend: { label: "summary.status.noTrend", fill: "#C9DAF8", font: BLACK, severity: 6, concern: false },
  needsAssessment: { label: "summary.status.needsAssessment", fill: "#B4A7D6", font: BLACK, severity: 5, concern: false },
  noData: { label: "summary.status.noData", fill: "#D9D9D9", font: BLACK, severity: 4, concern: false },
  noTarget: { label: "summary.status.noTarget", fill: "#F3F3F3", font: BLACK, severity: 11, concern: false },
  // Before any judgement: a value it would use is wrong, so the row cannot be judged at all.
  dataToCorrect: { label: "summary.status.dataToCorrect", fill: "#E06666", font: WHITE, severity: 0, concern: false },
};

/** Task statuses in the administration's order: finished, under way, not yet due, missing. */
export const TASK_STATUS_LOOK: Readonly<Record<TaskStatusCode, StatusLook>> = {
  doneOnTime: { label: "summary.taskStatus.doneOnTime", fill: "#0B8043", font: WHITE, severity: 8, concern: false },
  doneLate: { label: "summary.taskStatus.doneLate", fill: "#57BB8A", font: BLACK, severity: 7, concern: false },
  inProgress: { label: "summary.taskStatus.inProgress", fill: "#B7E1CD", font: BLACK, severity: 6, concern: false },
  behindSchedule: { label: "summary.taskStatus.behindSchedule", fill: "#F6A04D", font: BLACK, severity: 2, concern: true },
  overdue: { label: "summary.taskStatus.overdue", fill: "#CC0000", font: WHITE, severity: 1, concern: true },
  notDue: { label: "summary.taskStatus.notDue", fill: "#F3F3F3", font: BLACK, severity: 5, concern: false },
  waiting: { label: "summary.taskStatus.waiting", fill: "#C9DAF8", font: BLACK, severity: 4, concern: false },
  noReport: { label: "summary.taskStatus.noReport", fill: "#D9D9D9", font: BLACK, severity: 3, concern: true },
  dataToCorrect: { label: "summary.taskStatus.dataToCorrect", fill: "#E06666", font: WHITE, severity: 0, concern: false },
};

export const INDICATOR_STATUS_ORDER = Object.keys(INDICATOR_STATUS_LOOK) as readonly IndicatorStatusCode[];
export const TASK_STATUS_ORDER = Object.keys(TASK_STATUS_LOOK) as readonly TaskStatusCode[];

export function statusLabel(code: IndicatorStatusCode, lang: Lang = "vi"): string {
  return msg(INDICATOR_STATUS_LOOK[code].label)[lang];
}

export function taskStatusLabel(code: TaskStatusCode, lang: Lang = "vi"): string {
  return msg(TASK_STATUS_LOOK[code].label)[lang];
}

/** Indicator statuses from worst to best (a parent takes the worst of its sub-rows). */
export const INDICATOR_SEVERITY: readonly IndicatorStatusCode[] = [...INDICATOR_STATUS_ORDER].sort(
  (a, b) => INDICATOR_STATUS_LOOK[a].severity - INDICATOR_STATUS_LOOK[b].severity,
);
