import { cellText, isEmptyCell, type Cell } from "../grid";
import type { SheetKind, SheetLayout } from "../layout";
import { toPatchValue, type PatchValue } from "../patch";
import { nfc } from "../text";

/** Keys the add-in computes: structural (locked) but not part of what the plan prints. */
function isComputedKey(kind: SheetKind, key: string): boolean {
  if (kind === "indicators") return key === "progress" || key.startsWith("status:");
  return key === "assessment";
}

/** The plan columns compared between a package and the master: codes, names, units, targets, agencies... */
export function structureKeys(layout: SheetLayout): string[] {
  return layout.columns.filter((c) => c.structural && c.key !== "rowId" && !isComputedKey(layout.kind, c.key)).map((c) => c.key);
}

/** The columns an agency fills (the white ones). */
export function editableKeys(layout: SheetLayout): string[] {
  return layout.columns.filter((c) => !c.structural).map((c) => c.key);
}

/** Text of a plan cell as compared: NFC, trimmed (a stray space is not a change of plan). */
export function structureText(value: Cell | PatchValue | undefined): string {
  if (value !== null && typeof value === "object" && !(value instanceof Date)) return value.date;
  return nfc(cellText(value)).trim();
}

const FIELD = "\u001f";
const RECORD = "\u001e";

/**
 * A 64-bit hash as 16 hex digits: two 32-bit FNV-1a lanes with different seeds, in plain 32-bit
 * integer arithmetic. Row fingerprints and package contents are taken for every row of every
 * package at each merge; nothing here is a security check (the stamp's HMAC and the master's
 * record are), so a fast hash is enough.
 */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** Fingerprint of one row's plan columns (what `structureKeys` lists), as 16 hex digits. */
export function rowFingerprint(keys: readonly string[], valueOf: (key: string) => Cell | PatchValue | undefined): string {
  return hash64(keys.map((k) => `${k}${FIELD}${structureText(valueOf(k))}`).join(RECORD));
}

/**
 * Identity of a reported value for comparisons: null when empty; numbers, text, booleans and days
 * never equal one another ("5" typed as text is not the number 5, and both are kept apart).
 */
export function valueKey(value: Cell | PatchValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : `d:${value.toISOString().slice(0, 10)}`;
  if (typeof value === "object") return `d:${value.date}`;
  if (typeof value === "string") return isEmptyCell(value) ? null : `s:${nfc(value)}`;
  if (typeof value === "number") return Number.isFinite(value) ? `n:${value}` : null;
  return `b:${value}`;
}

/** A cell as the patch value that reproduces it (whitespace-only text counts as empty). */
export function patchValueOf(value: Cell | undefined): PatchValue {
  return valueKey(value) === null ? null : toPatchValue(value);
}

/** A value for messages: «3,5» style is the sheet's business; here the cell as typed. */
export function displayValue(value: Cell | PatchValue | undefined): string {
  if (value !== null && value !== undefined && typeof value === "object" && !(value instanceof Date)) return value.date;
  return cellText(value);
}
