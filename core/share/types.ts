import type { Message } from "../i18n";
import type { SheetKind } from "../layout";
import type { Finding } from "../model";
import type { PatchOp, PatchValue } from "../patch";
import type { ShareAgency } from "./agencies";

/** A plan cell (or a whole row) that differs between a package and what the master sent or holds. */
export interface StructureChange {
  sheet: SheetKind;
  rowId: string;
  /** Column key; null for a whole row (deleted, added, moved). */
  column: string | null;
  old: string;
  new: string;
  /** Who changed it: the agency in its package, or the master since the package was made. */
  by: "package" | "master";
  message: Message;
}

/** Why a package is refused as a whole: nothing of it reaches the master but a log row. */
export type RejectionCode =
  | "unreadable"
  | "notPackage"
  | "stampDamaged"
  | "unsigned"
  | "noRecord"
  | "otherPlan"
  | "unknownPackage"
  | "recordAltered"
  | "altered"
  | "metaDamaged"
  | "layoutAltered"
  | "olderTemplate"
  | "newerTemplate"
  | "agencyGone"
  | "rows"
  | "structure"
  | "masterChanged";

export interface RejectedPackage {
  source: string;
  code: RejectionCode;
  /** The agency and package the master's record names for it, else what the stamp claims (null: nothing readable). */
  agencyId: string | null;
  agencyName: string | null;
  packageId: string | null;
  reason: Message;
  changes: StructureChange[];
}

/** A reported value written into the master. */
export interface MergedValue {
  sheet: SheetKind;
  rowId: string;
  /** 0-based row of the master sheet. */
  row: number;
  column: string;
  old: PatchValue;
  value: PatchValue;
  agencyId: string;
  source: string;
  packageId: string;
}

/**
 * A value kept out of the master's value cell, with the reason, and sent back to the agency:
 * invalid: fails validation with an error; readOnly: a row the agency does not lead (by the
 * master's assignment); noColumn: the master has no such column; uncomputed: a formula with no
 * computed value; errorValue: a spreadsheet error (#DIV/0!, #REF!...).
 */
export type HeldReason = "invalid" | "readOnly" | "noColumn" | "uncomputed" | "errorValue";

export interface HeldValue {
  reason: HeldReason;
  sheet: SheetKind;
  rowId: string;
  column: string;
  /** Where it sits in the package (0-based): the return note marks it there. */
  packageRow: number;
  packageCol: number;
  /** What the package holds (for an uncomputed formula: its text). */
  value: PatchValue;
  masterValue: PatchValue;
  agencyId: string;
  agencyName: string;
  source: string;
  packageId: string;
  /** The validation errors behind "invalid". */
  findings: Finding[];
  message: Message;
}

/** master: the agency and the master both changed the cell since the split; packages: packages of this merge disagree. */
export type ConflictKind = "master" | "packages";

export interface MergeConflict {
  /** Number in the conflicts sheet ("Xung đột"): what `resolve --conflict` takes. */
  id: number;
  kind: ConflictKind;
  sheet: SheetKind;
  rowId: string;
  column: string;
  /** The master's value, which stays until someone resolves the conflict. */
  masterValue: PatchValue;
  packageValue: PatchValue;
  /** The value at split time. */
  baseValue: PatchValue;
  agencyId: string;
  agencyName: string;
  source: string;
  packageId: string;
  /** Listed by an earlier merge (no new row, no new log entry). */
  logged: boolean;
  message: Message;
}

export interface PackageOutcome {
  source: string;
  agencyId: string;
  agencyName: string;
  packageId: string;
  /** When the package was made (the stamp's time): earlier-stamped packages are named first. */
  createdAt: string;
  written: number;
  conflicts: number;
  held: number;
  /** Every reporting cell as it was sent: returned without changes (counts as returned, not as a report). */
  unchanged: boolean;
  /** Received by an earlier merge and nothing new in it. */
  alreadyMerged: boolean;
  /** The same package (same id, same content) given in this merge under another name: skipped. */
  duplicateOf: string | null;
  /** Validation findings on the values it changed, judged in the master's rows. */
  findings: Finding[];
}

/** What goes back to one agency: its held-back values, and the patch that marks them in its own package file. */
export interface ReturnNote {
  source: string;
  agencyId: string;
  agencyName: string;
  packageId: string;
  items: HeldValue[];
  /** For the package workbook: held cells filled and noted, and a "Cần sửa" sheet listing them. */
  patch: PatchOp[];
}

/** Errors in the master, and where (for "N errors remain: …" before and after a job). */
export interface ErrorTally {
  count: number;
  places: { sheet: string; kind: SheetKind | null; cell: string; rowId: string | null; column: string; message: Finding["message"] }[];
}

export interface MergeResult {
  /** For the master, in the order a host must apply it (log rows before the values they describe). */
  patch: PatchOp[];
  packages: PackageOutcome[];
  rejected: RejectedPackage[];
  merged: MergedValue[];
  conflicts: MergeConflict[];
  held: HeldValue[];
  returns: ReturnNote[];
  /** Lead agencies with no package in this merge nor a receipt in the log. */
  missingAgencies: ShareAgency[];
  /** Packages that passed every check: a host writes an output only when there is one. */
  accepted: number;
  errors: { before: ErrorTally; after: ErrorTally };
}
