/**
 * The summary ("Tổng hợp"): pure data built from computed statuses, a draft paragraph for the
 * annual report, and the patch that writes it as a sheet with two charts.
 */
export { buildSummary, DUE_SOON_DAYS } from "./build";
export type { SummaryInput } from "./build";
export { draftParagraph, draftSentences } from "./paragraph";
export type { SummaryFacts } from "./paragraph";
export { summaryToPatch, SUMMARY_SHEET, SUMMARY_CHART_IDS } from "./to-patch";
export type { SummaryPatchOptions } from "./to-patch";
export { statusFormatRules } from "./labels";
export { indicatorCounts, taskCounts, rollUp, childrenByParent } from "./counts";
export type { IndicatorCounts } from "./counts";
export { indicatorExpectsValue, taskExpectsReport, isReportedObservation, isReportedProgress } from "./expectations";
export { formatNumber, joinList, formatDay } from "./format";
export {
  SummarySchema,
  StatusCountsSchema,
  TaskStatusCountsSchema,
  AreaRowSchema,
  AgencyRowSchema,
  CompletenessRowSchema,
  IndicatorConcernSchema,
  TaskLineSchema,
} from "./schema";
export type {
  Summary,
  StatusCounts,
  TaskStatusCounts,
  AreaRow,
  AgencyRow,
  CompletenessRow,
  CompletenessTotal,
  ConcernStatus,
  IndicatorConcern,
  TaskLine,
} from "./schema";
