import type { Message } from "../i18n";
import type { SheetReader } from "../workbook";
import { SHEETS } from "../layout";
import { onceReader } from "./master";
import { STAMP_SHEET } from "./stamp";

/** A cell's note as the host read it (null: none). Used to keep a person's own note text. */
export type NoteLookup = (sheet: string, row: number, col: number) => string | null;

/** A formula cell a file holds without a computed value (written by a script, never recalculated). */
export interface UncomputedCell {
  sheet: string;
  /** 0-based. */
  row: number;
  col: number;
  formula: string;
}

/**
 * A returned package as the merge takes it: its sheets, nothing more. What it is (its rows, its
 * agency, its layout) is decided by the master's record, so nothing is read from it until then.
 * `read` null: the file could not be read at all (`error` says why).
 */
export interface PackageInput {
  /** How the user knows it: the file name. */
  source: string;
  read: SheetReader | null;
  error?: Message | null;
  /** Formula cells without a computed value: reported back, never read as empty. */
  uncomputed?: readonly UncomputedCell[];
  /** The package's notes, so a return note keeps the agency's own text. */
  notes?: NoteLookup;
}

/**
 * A package from a host's sheet reader (each sheet read once, on demand). Never throws: a reader
 * failing on a damaged file turns into a rejected package when the merge reads it.
 */
export function openPackage(source: string, read: SheetReader, extras: Pick<PackageInput, "uncomputed" | "notes"> = {}): PackageInput {
  const once = onceReader(read);
  try {
    // The hidden sheets first: a file the host cannot read fails here, as a whole.
    once(STAMP_SHEET);
    once(SHEETS.meta);
  } catch {
    return { source, read: null, error: null };
  }
  const safe: SheetReader = (name) => {
    try {
      return once(name);
    } catch {
      return null;
    }
  };
  return { source, read: safe, ...extras };
}
