import { msg, type Lang } from "../i18n";
import type { IndicatorStatusCode, TaskStatusCode } from "../model";
import type { ConditionalRule, HexColour } from "../patch";

/** Display order of indicator statuses: best first, then the ones needing attention, then gaps. */
export const INDICATOR_STATUS_ORDER: readonly IndicatorStatusCode[] = [
  "exceeded",
  "achieved",
  "onTrack",
  "atRisk",
  "offTrack",
  "notAchieved",
  "noTrend",
  "needsAssessment",
  "noData",
  "noTarget",
];

export const TASK_STATUS_ORDER: readonly TaskStatusCode[] = [
  "done",
  "doneLate",
  "onTrack",
  "reported",
  "behind",
  "late",
  "overdue",
  "waiting",
  "notDue",
  "noReport",
];

/** A status colour: the cell fill (also the chart series colour) and a readable text colour on it. */
export interface StatusColour {
  fill: HexColour;
  font: HexColour;
}

const WHITE = "#FFFFFF";
const BLACK = "#000000";

/** One colour per indicator status, shared by the workbook's conditional formats and the summary. */
export const STATUS_COLOURS: Readonly<Record<IndicatorStatusCode, StatusColour>> = {
  exceeded: { fill: "#0B8043", font: WHITE },
  achieved: { fill: "#57BB8A", font: BLACK },
  onTrack: { fill: "#B7E1CD", font: BLACK },
  atRisk: { fill: "#FFD666", font: BLACK },
  offTrack: { fill: "#F6A04D", font: BLACK },
  notAchieved: { fill: "#CC0000", font: WHITE },
  noTrend: { fill: "#C9DAF8", font: BLACK },
  needsAssessment: { fill: "#B4A7D6", font: BLACK },
  noData: { fill: "#D9D9D9", font: BLACK },
  noTarget: { fill: "#F3F3F3", font: BLACK },
};

export const TASK_STATUS_COLOURS: Readonly<Record<TaskStatusCode, StatusColour>> = {
  done: { fill: "#0B8043", font: WHITE },
  doneLate: { fill: "#57BB8A", font: BLACK },
  onTrack: { fill: "#B7E1CD", font: BLACK },
  reported: { fill: "#B7E1CD", font: BLACK },
  behind: { fill: "#FFD666", font: BLACK },
  late: { fill: "#F6A04D", font: BLACK },
  overdue: { fill: "#CC0000", font: WHITE },
  waiting: { fill: "#C9DAF8", font: BLACK },
  notDue: { fill: "#F3F3F3", font: BLACK },
  noReport: { fill: "#D9D9D9", font: BLACK },
};

export function statusLabel(code: IndicatorStatusCode, lang: Lang = "vi"): string {
  return msg(`summary.status.${code}`)[lang];
}

export function taskStatusLabel(code: TaskStatusCode, lang: Lang = "vi"): string {
  return msg(`summary.taskStatus.${code}`)[lang];
}

/** Conditional-format rules colouring a status column by its label text. */
export function statusFormatRules(kind: "indicator" | "task", lang: Lang = "vi"): ConditionalRule[] {
  if (kind === "indicator") {
    return INDICATOR_STATUS_ORDER.map((code) => ({
      kind: "textEquals" as const,
      text: statusLabel(code, lang),
      fill: STATUS_COLOURS[code].fill,
      fontColor: STATUS_COLOURS[code].font,
    }));
  }
  // "onTrack" and "reported" share a colour but not a label, so every label gets its rule.
  return TASK_STATUS_ORDER.map((code) => ({
    kind: "textEquals" as const,
    text: taskStatusLabel(code, lang),
    fill: TASK_STATUS_COLOURS[code].fill,
    fontColor: TASK_STATUS_COLOURS[code].font,
  }));
}
