/**
 * The tracking workbook layout, defined once and rendered by every host: sheet names, column
 * keys, where each key sits (`SheetLayout`), the workbook as a patch, reading it back (records,
 * metadata, the plan) and writing computed statuses and validation marks.
 */
export { SHEETS, targetKey, actualKey, statusKey, keyYear, ROW_MARKS, rowMarkOf, rowIdOf } from "./columns";
export type {
  SheetRole,
  SheetKind,
  RowMark,
  IndicatorColumnKey,
  TaskColumnKey,
  SheetRecord,
  IndicatorRecord,
  TaskRecord,
} from "./columns";
export {
  SheetLayoutSchema,
  columnOf,
  layoutSpan,
  layoutYears,
  isIndicatorColumnKey,
  isTaskColumnKey,
} from "./sheet-layout";
export type { SheetLayout, LayoutColumn, IndicatorLayout, TaskLayout } from "./sheet-layout";
export { indicatorColumnSpecs, taskColumnSpecs, targetYears, reportingYears } from "./column-specs";
export type { ColumnSpec, GroupCode } from "./column-specs";
export { indicatorPlanRows, taskPlanRows, codeKey } from "./plan-rows";
export type { PlanRow } from "./plan-rows";
export { TITLE_ROW, GROUP_ROW, HEADER_ROW, FIRST_DATA_ROW, FROZEN_COLUMNS } from "./render-sheet";
export { LAYOUT_COLOURS } from "./style";
export { planLayouts, trackingWorkbookPatch } from "./workbook";
export type { WorkbookOptions } from "./workbook";
export { AGENCY_COLUMNS, planAgencies, agencySheetPatch } from "./agency-sheet";
export type { AgencyColumn } from "./agency-sheet";
export { LOG_COLUMNS, logSheetPatch, summaryPlaceholderPatch } from "./other-sheets";
export type { LogColumn } from "./other-sheets";
export {
  WorkbookMetaSchema,
  IndicatorExtrasSchema,
  TaskExtrasSchema,
  LAYOUT_VERSION,
  META_CHUNK,
  buildMeta,
  planExtras,
  metaPatch,
  readMeta,
} from "./meta";
export type { WorkbookMeta, WorkbookSettings, IndicatorExtras, TaskExtras } from "./meta";
export { structureFingerprint, fnv1a64 } from "./fingerprint";
export { readRecords, readIndicatorRecords, readTaskRecords, recordMark } from "./records";
export { planFromWorkbook } from "./plan-from-workbook";
export { reportsFromRecords } from "./reports";
export type { ReportOptions } from "./reports";
export { statusPatch, progressText } from "./status-patch";
export { findingsPatch, templateBaseFill, personalNote, FINDING_MARK, FINDING_FILLS } from "./findings-patch";
export type { BaseFill } from "./findings-patch";
export { trackingColumnsPatch, userColumnsFromMappings, rowIdsFromRecognized } from "./tracking-columns";
export type { TrackingColumnsOptions, KeyOfKind } from "./tracking-columns";
