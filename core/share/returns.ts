import { msg, type Lang } from "../i18n";
import { FINDING_FILLS, LAYOUT_COLOURS } from "../layout";
import { a1, type PatchOp, type PatchValue } from "../patch";
import type { Labels } from "./labels";
import type { NoteLookup } from "./open-package";
import { displayValue } from "./row-structure";
import type { HeldValue } from "./types";

/**
 * What an agency receives back: its own package file, with each value the master could not take
 * marked on its cell (fill + note saying why and what to do) and listed on a first sheet
 * "Cần sửa". The stamp is untouched, so the corrected file merges against the same base: nothing
 * the agency typed is lost, and it corrects the file it knows rather than reading a report.
 */
export const RETURN_SHEET = "Cần sửa";

/** Our line in a returned cell's note, in either language (replaced when the file comes back again). */
const LINE = /^⚠ (?:Cần sửa|To correct):/;

export function returnLine(item: HeldValue, lang: Lang): string {
  return `${msg("share.return.mark")[lang]} ${item.message[lang].replace(/\s*\n\s*/g, " ")}`;
}

const noteWith = (note: string | null, line: string): string => {
  const kept = (note ?? "").split("\n").filter((l) => !LINE.test(l) && l.trim() !== "");
  return [...kept, line].join("\n");
};

const shown = (v: PatchValue, lang: Lang) => (v === null ? msg("share.change.empty")[lang] : displayValue(v));

/** The patch for the agency's package workbook. `notes`: the package's own notes, kept. */
export function returnPatch(items: readonly HeldValue[], options: { lang: Lang; labels: Labels; sheetOf: (item: HeldValue) => string; notes?: NoteLookup }): PatchOp[] {
  if (items.length === 0) return [];
  const { lang, labels } = options;
  const ops: PatchOp[] = [];
  for (const item of items) {
    const sheet = options.sheetOf(item);
    const note = options.notes?.(sheet, item.packageRow, item.packageCol) ?? null;
    ops.push({ op: "setFills", sheet, row: item.packageRow, col: item.packageCol, fills: [[FINDING_FILLS.error]] });
    ops.push({ op: "setNotes", sheet, row: item.packageRow, col: item.packageCol, notes: [[noteWith(note, returnLine(item, lang))]] });
  }
  const header = (["sheet", "row", "column", "cell", "value", "reason"] as const).map((c) => msg(`share.return.col.${c}`)[lang]);
  const rows: PatchValue[][] = items.map((item) => {
    const sheet = options.sheetOf(item);
    return [
      sheet,
      item.rowId,
      labels.column(item.sheet, item.column, lang),
      a1({ row: item.packageRow, col: item.packageCol, rows: 1, cols: 1 }),
      shown(item.value, lang),
      item.message[lang],
    ];
  });
  const agency = items[0].agencyName;
  const sheet = RETURN_SHEET;
  const width = header.length;
  const pad = (r: PatchValue[]) => [...r, ...Array<PatchValue>(width - r.length).fill(null)];
  const values = [pad([msg("share.return.title", { agency, count: items.length })[lang]]), header, ...rows];
  return [
    ...ops,
    { op: "addSheet", sheet, replace: true, hidden: false, index: 0 },
    { op: "setNumberFormats", sheet, row: 0, col: 0, formats: values.map((r) => r.map(() => "@")) },
    { op: "setValues", sheet, row: 0, col: 0, values },
    { op: "setFills", sheet, row: 1, col: 0, fills: [header.map(() => LAYOUT_COLOURS.header)] },
    { op: "setFontStyles", sheet, row: 0, col: 0, styles: [pad([]).map((_, j) => (j === 0 ? { bold: true, italic: false, color: null } : null))] },
    { op: "setColumnWidths", sheet, col: 0, widths: [90, 60, 160, 50, 140, 520] },
    { op: "setWrap", sheet, range: { row: 2, col: 5, rows: rows.length, cols: 1 }, wrap: true },
  ];
}
