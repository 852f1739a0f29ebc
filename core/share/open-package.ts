import type { AgencyRegistry } from "../model";
import type { Message } from "../i18n";
import { openTrackingWorkbook, type SheetReader, type TrackingWorkbook } from "../workbook";
import { readStamp, STAMP_SHEET, type PackageStamp } from "./stamp";

/**
 * A returned package as the merge takes it. `workbook` null: the file could not be read as a
 * tracking workbook (`error` says why); `stamp` null: readable, but not a package.
 */
export interface PackageInput {
  /** How the user knows it: the file name. */
  source: string;
  workbook: TrackingWorkbook | null;
  stamp: PackageStamp | null;
  error?: Message | null;
}

/** Opens a package through the same reader every host has. Never throws. */
export function openPackage(source: string, read: SheetReader, options: { registry?: AgencyRegistry } = {}): PackageInput {
  try {
    const { workbook, error } = openTrackingWorkbook(read, options);
    if (!workbook) return { source, workbook: null, stamp: null, error };
    const { stamp, error: stampError } = readStamp(read(STAMP_SHEET));
    return { source, workbook, stamp, error: stampError };
  } catch {
    // A host reader failing on a damaged file is a rejected package, not a crash.
    return { source, workbook: null, stamp: null, error: null };
  }
}
