import type { AgencyIndex } from "../agency";
import type { Lang } from "../i18n";
import type { IndicatorStatus, Observation, Plan, StatusIssue, TaskProgress, TaskStatus } from "../model";
import type { Summary } from "../summary";

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
  /**
   * Findings on the cells each indicator's status reads, by row id (`year` null: a cell that
   * counts for every year): a value with an error is held back and printed "(cần sửa)".
   */
  heldBack: ReadonlyMap<string, readonly { year: number | null; issue: StatusIssue }[]>;
  agencies: AgencyIndex;
}
