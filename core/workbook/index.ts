/** Opening a tracking workbook and the product's jobs on it, shared by every host. */
export { openTrackingWorkbook } from "./open";
export type { TrackingWorkbook, SheetReader } from "./open";
export { validationContextOf, checkWorkbook, checkRows, findingMarks, computeStatuses, statusMarks, summarize, asOfDate } from "./jobs";
export type { JobOptions, StatusResult } from "./jobs";
export { samplePatch } from "./sample";
export { trackInPlace } from "./in-place";
export type { InPlaceResult } from "./in-place";
/** Status presentation (labels, colours, order) for hosts that show statuses: the one table in core/status. */
export {
  INDICATOR_STATUS_LOOK,
  TASK_STATUS_LOOK,
  INDICATOR_STATUS_ORDER,
  TASK_STATUS_ORDER,
  statusLabel,
  taskStatusLabel,
} from "../status";
export type { StatusLook } from "../status";
