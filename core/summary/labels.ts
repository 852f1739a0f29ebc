import type { Lang } from "../i18n";
import type { ConditionalRule } from "../patch";
import {
  INDICATOR_STATUS_LOOK,
  INDICATOR_STATUS_ORDER,
  statusLabel,
  TASK_STATUS_LOOK,
  TASK_STATUS_ORDER,
  taskStatusLabel,
} from "../status";

/** Conditional-format rules colouring a status column by its label text (from the one status table). */
export function statusFormatRules(kind: "indicator" | "task", lang: Lang = "vi"): ConditionalRule[] {
  if (kind === "indicator") {
    return INDICATOR_STATUS_ORDER.map((code) => ({
      kind: "textEquals" as const,
      text: statusLabel(code, lang),
      fill: INDICATOR_STATUS_LOOK[code].fill,
      fontColor: INDICATOR_STATUS_LOOK[code].font,
    }));
  }
  return TASK_STATUS_ORDER.map((code) => ({
    kind: "textEquals" as const,
    text: taskStatusLabel(code, lang),
    fill: TASK_STATUS_LOOK[code].fill,
    fontColor: TASK_STATUS_LOOK[code].font,
  }));
}
