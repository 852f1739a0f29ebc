/**
 * Sharing in the Excel task pane (issue 7.4): package files written and read with the shared
 * ExcelJS host, their rendering in the pane, and the per-agency protection's capability check.
 * Loaded only with the sharing chunk (taskpane/sharing.ts), never by the first script.
 */
export { packageFile, readPackageFile, returnFile } from "./xlsx-files";
export type { PackageFile } from "./xlsx-files";
export { renderConflicts, renderMerge, renderPackages, renderPasswords, renderReturns, zipPackages } from "./render";
export { allowEditRangesSupported } from "./capabilities";
export type { SetSupported } from "./capabilities";
export { randomPassword } from "./passwords";
