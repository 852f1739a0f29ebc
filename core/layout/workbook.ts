import { createAgencyIndex, defaultAgencyIndex, defaultRegistry } from "../agency";
import { msg, type Lang } from "../i18n";
import type { AgencyRegistry, Plan } from "../model";
import type { PatchOp } from "../patch";
import { formatDay } from "../summary";
import { agencySheetPatch } from "./agency-sheet";
import { SHEETS } from "./columns";
import { indicatorColumnSpecs, taskColumnSpecs } from "./column-specs";
import { buildMeta, metaPatch } from "./meta";
import { logSheetPatch, summaryPlaceholderPatch } from "./other-sheets";
import { indicatorPlanRows, taskPlanRows } from "./plan-rows";
import { layoutFromSpecs, renderTrackingSheet } from "./render-sheet";
import type { IndicatorLayout, TaskLayout } from "./sheet-layout";

/** Where every column of the two tracking sheets sits in a workbook made from this plan. */
export function planLayouts(plan: Plan): { indicators: IndicatorLayout; tasks: TaskLayout } {
  return {
    indicators: layoutFromSpecs(SHEETS.indicators, "indicators", indicatorColumnSpecs(plan, "vi")),
    tasks: layoutFromSpecs(SHEETS.tasks, "tasks", taskColumnSpecs(plan, "vi")),
  };
}

export interface WorkbookOptions {
  lang?: Lang;
  /**
   * Reporting year stored in the settings, as a fixed choice. Without it the year is automatic
   * (worked out from the date when the workbook is opened; stored: the first milestone within the period).
   */
  asOf?: number;
  registry?: AgencyRegistry;
  /** Estimated row heights for wrapped text: for .xlsx files (see `estimatedRowHeights`). */
  fitRows?: boolean;
}

function appendix(lang: Lang, numeral: "I" | "II" | null): string {
  return numeral === null ? msg("layout.appendix")[lang] : msg("layout.appendixNumbered", { n: numeral })[lang];
}

/**
 * The whole tracking workbook for a plan, as one patch: "Chỉ tiêu", "Nhiệm vụ", "Đơn vị",
 * "Tổng hợp", "Nhật ký" and the hidden "_chitieu". The sheets are replaced (hosts ask before
 * overwriting an existing tracking workbook), except the log, which is kept if it exists.
 */
export function trackingWorkbookPatch(plan: Plan, options: WorkbookOptions = {}): PatchOp[] {
  const lang = options.lang ?? "vi";
  const index =
    options.registry === undefined || options.registry === defaultRegistry ? defaultAgencyIndex() : createAgencyIndex(options.registry);
  const params = { number: plan.number, date: formatDay(plan.issuedOn, lang), province: plan.province };
  const both = plan.indicators.length > 0 && plan.tasks.length > 0;
  const indicators = renderTrackingSheet({
    sheet: SHEETS.indicators,
    kind: "indicators",
    index: 0,
    title: msg("layout.title.indicators", { ...params, appendix: appendix(lang, both ? "I" : null) })[lang],
    guide: msg("layout.titleGuide")[lang],
    specs: indicatorColumnSpecs(plan, lang),
    rows: indicatorPlanRows(plan, lang),
    lang,
    fitRows: options.fitRows,
  });
  const tasks = renderTrackingSheet({
    sheet: SHEETS.tasks,
    kind: "tasks",
    index: 1,
    title: msg("layout.title.tasks", { ...params, appendix: appendix(lang, both ? "II" : null) })[lang],
    guide: msg("layout.titleGuideTasks")[lang],
    specs: taskColumnSpecs(plan, lang),
    rows: taskPlanRows(plan),
    lang,
    fitRows: options.fitRows,
  });
  const meta = buildMeta(plan, { indicators: indicators.layout, tasks: tasks.layout }, { lang, asOf: options.asOf });
  return [
    ...indicators.ops,
    ...tasks.ops,
    ...agencySheetPatch(plan, index, lang, 2),
    ...summaryPlaceholderPatch(lang, 3),
    ...logSheetPatch(lang, 4),
    ...metaPatch(meta, lang),
  ];
}
