import type { CatalogueEntry } from "./entry";

/** Messages of the reporting period (core/period). Keys are prefixed "period." */
export const periodMessages = {
  "period.yearOutsidePlan": {
    vi: "Năm báo cáo «{year}» nằm ngoài thời gian của kế hoạch ({from}–{to}): hãy chọn một năm từ {from} đến {to}.",
    en: 'The reporting year "{year}" is outside the plan ({from}–{to}): choose a year from {from} to {to}.',
  },
} as const satisfies Record<string, CatalogueEntry>;
