/**
 * Sharing a master with the agencies (issue 7.3): (a) protections per agency in one shared
 * master; (b) one copy per agency in a Drive folder, then consolidation back into the master.
 */
export { protectMaster, restrictEditors, restrictAll, SHARE_MARK } from "./protect";
export type { ProtectOutcome } from "./protect";
export { makeCopies, loadCopies, fileUrl } from "./copies";
export type { CopiesInput, CopiesOutcome, CopyView } from "./copies";
export { consolidate } from "./consolidate";
export { listConflicts, resolve } from "./resolve";
export type { ConflictView, ResolveInput } from "./resolve";
export type { ConsolidateInput, ConsolidateOutcome } from "./consolidate";
export { Budget, RUN_BUDGET_MS } from "./clock";
export { DRIVE_FILE, SPREADSHEETS, requireScopes, driveService } from "./scopes";
export { KEYS as SHARE_KEYS } from "./store";
