/**
 * Sharing rows across agencies: split a tracking workbook into one package per lead agency
 * (a complete tracking workbook with only its rows, stamped), and merge returned packages back
 * into the master without losing or silently overwriting a value, with an audit log.
 */
export { shareAgencies, agencyKeys, slugOf } from "./agencies";
export type { ShareAgency } from "./agencies";
export { splitWorkbook, packageAgencies } from "./split";
export type { SplitOptions, SharePackage } from "./split";
export { PackageStampSchema, RowStampSchema, STAMP_SHEET, STAMP_VERSION, stampPatch, readStamp } from "./stamp";
export type { PackageStamp, RowStamp } from "./stamp";
export { openPackage } from "./open-package";
export type { PackageInput } from "./open-package";
export { mergePackages } from "./merge";
export type { MergeOptions } from "./merge";
export { structureChanges, compareVersions } from "./check-package";
export { readLog } from "./log";
export type { LogState } from "./log";
export { valueKey, displayValue, structureKeys, editableKeys, rowFingerprint } from "./row-structure";
export type {
  StructureChange,
  RejectedPackage,
  MergedValue,
  ConflictKind,
  MergeConflict,
  PackageOutcome,
  MergeResult,
} from "./types";
export { masterProtections, readFocalEmails, emailsIn } from "./protections";
export type { ProtectionKind, ProtectionSpec, FocalContacts, SharingPlan } from "./protections";
export { isUntouched } from "./untouched";
