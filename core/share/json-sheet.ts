import { cellText, type Grid } from "../grid";
import { META_CHUNK } from "../layout";
import type { PatchOp, PatchValue } from "../patch";

/**
 * A hidden, locked sheet holding one JSON document: a title row, then the text in chunks of at
 * most `META_CHUNK` characters (Excel keeps 32,767 per cell), one chunk per row under `key` in
 * column A, so the document can grow past any column limit. Cells are text-formatted so no host
 * turns a chunk into a number or a date.
 */
export function jsonSheetPatch(sheet: string, key: string, json: string, title: string, protection: string): PatchOp[] {
  const rows: PatchValue[][] = [["#", title]];
  for (let i = 0; i < json.length || i === 0; i += META_CHUNK) rows.push([key, json.slice(i, i + META_CHUNK)]);
  return [
    { op: "addSheet", sheet, replace: true, hidden: true },
    { op: "setNumberFormats", sheet, row: 0, col: 0, formats: rows.map(() => ["@", "@"]) },
    { op: "setValues", sheet, row: 0, col: 0, values: rows },
    { op: "protectSheet", sheet, description: protection, warningOnly: false },
  ];
}

/** The JSON text under `key` (chunks joined in sheet order, any width), or null when there is none. */
export function jsonSheetText(grid: Grid | null, key: string): string | null {
  if (grid === null) return null;
  const parts: string[] = [];
  for (const row of grid) {
    if (!row || cellText(row[0]).trim() !== key) continue;
    for (let j = 1; j < row.length; j++) parts.push(cellText(row[j]));
  }
  return parts.length === 0 ? null : parts.join("");
}
