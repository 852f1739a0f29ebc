import type { AgencyIndex } from "../agency";
import type { Lang } from "../i18n";
import type { IndicatorStatus, Observation, Plan, TaskProgress, TaskStatus } from "../model";
import type { Summary } from "../summary";

/** A value held back because validation rejected it: listed, never judged. */
export interface ReportToCorrect {
  kind: "indicator" | "task";
  rowId: string;
  /** The plan row's code and name as shown. */
  code: string;
  name: string;
  /** "H12". */
  cell: string;
  /** The column key of the cell ("actual:2026"), when known. */
  column?: string;
  /** The cell as typed. */
  raw: string | null;
  problem: { vi: string; en: string };
}

/**
 * What the report is written from: the outcome of the status and summary jobs (core/workbook),
 * never statuses worked out again here.
 */
export interface ReportInput {
  plan: Plan;
  lang: Lang;
  /** The reporting year. */
  asOf: number;
  /** yyyy-mm-dd, the host's date: the year of the report's date line, and who reports on it. */
  today: string;
  summary: Summary;
  /** One status per indicator row: the milestone the reporting year judges. */
  current: IndicatorStatus[];
  taskStatuses: TaskStatus[];
  /** What was reported (every year; the appendix shows the reporting year's). */
  observations: Observation[];
  progress: TaskProgress[];
  toCorrect: ReportToCorrect[];
  agencies: AgencyIndex;
}
