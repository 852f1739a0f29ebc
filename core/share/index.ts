/**
 * Sharing rows across agencies: split a tracking workbook into one package per lead agency (a
 * complete tracking workbook with only its rows, its stamp signed by the master), keep the
 * master's record of what was sent, and merge returned packages back three ways against that
 * record, without losing or silently overwriting a value, with an audit log, a conflicts sheet
 * and one-step resolutions, and a return note for what could not be taken.
 */
export { shareAgencies, agencyKeys, slugOf } from "./agencies";
export type { ShareAgency } from "./agencies";
export { openShareMaster } from "./master";
export type { ShareMaster } from "./master";
export { splitWorkbook, packageAgencies } from "./split";
export type { SplitOptions, SplitResult, SharePackage } from "./split";
export { SPLIT_SHEET, readRecord } from "./record";
export type { SplitRecord, PackageRecord, RowRecord } from "./record";
export { PackageStampSchema, STAMP_SHEET, STAMP_VERSION, stampPatch, readStamp } from "./stamp";
export type { PackageStamp } from "./stamp";
export { openPackage } from "./open-package";
export type { PackageInput, NoteLookup, UncomputedCell } from "./open-package";
export { classifyCell, isErrorValue } from "./classify";
export type { CellState, CellVerdict } from "./classify";
export { mergePackages } from "./merge";
export type { MergeOptions } from "./merge";
export { resolveConflict, openConflicts } from "./resolve";
export type { ResolveOptions, ResolveResult } from "./resolve";
export { CONFLICT_SHEET, readConflicts } from "./conflicts-sheet";
export type { ConflictData } from "./conflicts-sheet";
export { CONFLICT_FILL } from "./marks";
export { RETURN_SHEET } from "./returns";
export { compareVersions } from "./check-package";
export { errorTally, tallyText } from "./errors";
export { readLog } from "./log";
export type { LogState } from "./log";
export { Labels } from "./labels";
export { valueKey, displayValue, structureKeys, editableKeys, rowFingerprint } from "./row-structure";
export type {
  StructureChange,
  RejectedPackage,
  RejectionCode,
  MergedValue,
  HeldValue,
  HeldReason,
  ConflictKind,
  MergeConflict,
  PackageOutcome,
  ReturnNote,
  ErrorTally,
  MergeResult,
} from "./types";
export { masterProtections, readFocalEmails, emailsIn } from "./protections";
export type { ProtectionKind, ProtectionSpec, FocalContacts, SharingPlan } from "./protections";
export { isUntouched } from "./untouched";
