/** Opening a tracking workbook and the product's jobs on it, shared by every host. */
export { openTrackingWorkbook } from "./open";
export type { TrackingWorkbook, SheetReader } from "./open";
export { validationContextOf, checkWorkbook, checkRows, findingMarks, computeStatuses, statusMarks, summarize, asOfDate } from "./jobs";
export type { JobOptions, StatusResult } from "./jobs";
export { samplePatch } from "./sample";
export { trackInPlace } from "./in-place";
export type { InPlaceResult } from "./in-place";
export { planFromDocument, placeInDocument, documentReview, identityMissing } from "./document-plan";
export type { DocumentPlanResult, DocumentPlanOptions } from "./document-plan";
