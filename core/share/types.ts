import type { Message } from "../i18n";
import type { SheetKind } from "../layout";
import type { Finding } from "../model";
import type { PatchOp, PatchValue } from "../patch";
import type { ShareAgency } from "./agencies";

/** A plan cell that differs between a package and the master (why a package is rejected). */
export interface StructureChange {
  sheet: SheetKind;
  rowId: string;
  /** Column key; null for a whole row (deleted, added, unknown). */
  column: string | null;
  old: string;
  new: string;
  /** Who changed it: the agency in its package, or the master since the package was made. */
  by: "package" | "master";
  message: Message;
}

export interface RejectedPackage {
  source: string;
  agencyId: string | null;
  agencyName: string | null;
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
 * A value that was not written, the master's kept: master: the master already held another
 * value; packages: another package of this merge wrote it first; cleared: the agency emptied a
 * value; readOnly: typed on a row the agency does not lead; noColumn: the master lacks the column.
 */
export type ConflictKind = "master" | "packages" | "cleared" | "readOnly" | "noColumn";

export interface MergeConflict {
  kind: ConflictKind;
  sheet: SheetKind;
  rowId: string;
  column: string;
  masterValue: PatchValue;
  packageValue: PatchValue;
  agencyId: string;
  agencyName: string;
  source: string;
  packageId: string;
  /** The package of this merge that wrote the master's value ("packages" conflicts). */
  masterSource: string | null;
  /** Already in the log from an earlier merge (no new log row). */
  logged: boolean;
  message: Message;
}

export interface PackageOutcome {
  source: string;
  agencyId: string;
  agencyName: string;
  packageId: string;
  written: number;
  conflicts: number;
  /** Received by an earlier merge and nothing new in it. */
  alreadyMerged: boolean;
  /** The same package (same id, same values) given earlier in this merge: skipped. */
  duplicateOf: string | null;
  /** The package re-validated in full (plan findings and every rule). */
  findings: Finding[];
}

export interface MergeResult {
  /** For the master: the values written, then the log rows appended (conflicts logged too). */
  patch: PatchOp[];
  merged: MergedValue[];
  conflicts: MergeConflict[];
  rejected: RejectedPackage[];
  packages: PackageOutcome[];
  /** Lead agencies with no package in this merge nor a receipt in the log. */
  missingAgencies: ShareAgency[];
}
