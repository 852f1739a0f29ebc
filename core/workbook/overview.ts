import { bilingual, msg, type Message } from "../i18n";
import type { IndicatorStatusCode, TaskStatusCode } from "../model";
import { INDICATOR_STATUS_LOOK, INDICATOR_STATUS_ORDER, TASK_STATUS_LOOK, TASK_STATUS_ORDER } from "../status";
import { indicatorCounts, taskCounts } from "../summary";
import type { TrackingWorkbook } from "./open";
import { reportingYearOf, type JobOptions } from "./options";
import type { StatusResult } from "./statuses";

/** One line of an overview: a status, its label, its colour and how many have it. */
export interface OverviewLine<C extends string> {
  code: C;
  label: Message;
  /** "#RRGGBB". */
  fill: string;
  count: number;
}

/**
 * The overview every host shows after computing statuses (the Sheets sidebar, the Excel task
 * pane, the CLI's count tables): the same counts everywhere. Indicators are counted as the plan
 * numbers them (sub-rows roll up into their parent), as in the summary; the rows judged are
 * said beside.
 */
export interface Overview {
  year: number;
  /** "Năm báo cáo 2026 (tự động: …)". */
  yearLine: Message;
  /** Statuses present, in display order. */
  indicators: OverviewLine<IndicatorStatusCode>[];
  indicatorCount: number;
  /** Rows with a status of their own (sub-rows included). */
  rowCount: number;
  subRowCount: number;
  /** "89 chỉ tiêu (… 100 dòng được đánh giá, kể cả 11 dòng chi tiết)". */
  indicatorLine: Message;
  tasks: OverviewLine<TaskStatusCode>[];
  taskCount: number;
  taskLine: Message;
  /** Values held back for correction (cells with an error that statuses would read). */
  toCorrect: number;
}

export function overviewOf(wb: TrackingWorkbook, result: StatusResult, o: JobOptions = {}): Overview {
  const ind = indicatorCounts(wb.plan, result.current);
  const tasks = taskCounts(wb.plan, result.taskStatuses);
  const yearLine = reportingYearLine(wb, { ...o, asOf: o.asOf ?? (result.autoYear ? "auto" : result.asOf) });
  return {
    year: result.asOf,
    yearLine,
    indicators: INDICATOR_STATUS_ORDER.filter((c) => ind.totals[c] > 0).map((code) => ({
      code,
      label: msg(INDICATOR_STATUS_LOOK[code].label),
      fill: INDICATOR_STATUS_LOOK[code].fill,
      count: ind.totals[code],
    })),
    indicatorCount: ind.count,
    rowCount: ind.rows,
    subRowCount: ind.subRows,
    indicatorLine:
      ind.subRows > 0
        ? msg("workbook.overview.indicators", { count: ind.count, rows: ind.rows, subRows: ind.subRows })
        : msg("workbook.overview.indicatorsFlat", { count: ind.count }),
    tasks: TASK_STATUS_ORDER.filter((c) => tasks[c] > 0).map((code) => ({
      code,
      label: msg(TASK_STATUS_LOOK[code].label),
      fill: TASK_STATUS_LOOK[code].fill,
      count: tasks[code],
    })),
    taskCount: wb.plan.tasks.length,
    taskLine: msg("workbook.overview.tasks", { count: wb.plan.tasks.length }),
    toCorrect: result.issues.errors.length,
  };
}

/** "Năm báo cáo 2026 (tự động: hôm nay …, năm 2026 chốt ngày 30/11/2026)", or the fixed year. */
export function reportingYearLine(wb: Pick<TrackingWorkbook, "meta">, o: JobOptions = {}): Message {
  const year = reportingYearOf(wb, o);
  const { period, today } = year;
  return year.auto && period && today
    ? bilingual("workbook.overview.yearAuto", (lang) => ({ year: year.year, today: dayText(today, lang), closesOn: dayText(period.closesOn, lang) }))
    : msg("workbook.overview.year", { year: year.year });
}

/** "2026-11-30" → "30/11/2026" in Vietnamese, as is in English. */
function dayText(iso: string, lang: "vi" | "en"): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m && lang === "vi" ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
