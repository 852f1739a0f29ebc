export { indicatorStatus, indicatorStatuses } from "./indicator-status";
export type { IndicatorStatusInput } from "./indicator-status";
export { currentMilestone } from "./milestone";
export { projectValue } from "./projection";
export { taskStatus, isDueSoon, DUE_SOON_DAYS } from "./task-status";
export type { TaskStatusInput } from "./task-status";
export { tolerance } from "./compare";
export { planStatuses, taskAsOfDate, deadlineMonthDay } from "./plan-statuses";
export type { PlanStatuses, PlanReports } from "./plan-statuses";
export {
  INDICATOR_STATUS_LOOK,
  TASK_STATUS_LOOK,
  INDICATOR_STATUS_ORDER,
  TASK_STATUS_ORDER,
  INDICATOR_SEVERITY,
  statusLabel,
  taskStatusLabel,
} from "./presentation";
export type { StatusLook } from "./presentation";
export { indicatorStatusWithIssues, taskStatusWithIssues } from "./data-issues";
export type { ValueIssue } from "./data-issues";
export { cutoffYear } from "./milestone";
