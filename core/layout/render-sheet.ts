import { msg, type Lang } from "../i18n";
import { SheetCanvas, type PatchOp, type Range } from "../patch";
import type { SheetKind } from "./columns";
import { groupLabel, type ColumnSpec } from "./column-specs";
import type { PlanRow } from "./plan-rows";
import type { SheetLayout } from "./sheet-layout";
import { columnProtections, columnRules, hiddenRowIdColumn, LAYOUT_COLOURS, type PlacedSpec } from "./style";

/** Rows of a tracking sheet made from a template: title, group header, column header, data. */
export const TITLE_ROW = 0;
export const GROUP_ROW = 1;
export const HEADER_ROW = 2;
export const FIRST_DATA_ROW = 3;
/** Code and name stay in view while scrolling right. */
export const FROZEN_COLUMNS = 2;
const TITLE_HEIGHT = 60;
/** Pixel estimates for wrapped text at the hosts' default font (about 10–11 pt). */
const CHAR_PX = 7;
const LINE_PX = 17;
const MIN_ROW_PX = 21;

/**
 * Row heights for the wrapped plan text, estimated from its length and the column width. Sheets
 * and Excel fit rows to wrapped text themselves, but a file opened in LibreOffice keeps the
 * default height and the text overlaps the next rows: .xlsx files written for any application
 * ask for these (`fitRows`). Live hosts do not: varying heights cost one call per run.
 */
export function estimatedRowHeights<K extends string>(rows: readonly PlanRow<K>[], specs: readonly ColumnSpec<K>[]): number[] {
  const wrapped = specs.filter((s) => s.wrap);
  return rows.map((r) => {
    let lines = 1;
    for (const s of wrapped) {
      const v = r.values[s.key];
      if (typeof v !== "string" || v === "") continue;
      const perLine = Math.max(1, Math.floor((s.width - 10) / CHAR_PX));
      const n = v.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil([...part].length / perLine)), 0);
      lines = Math.max(lines, n);
    }
    return Math.max(MIN_ROW_PX, lines * LINE_PX + 4);
  });
}

/** Sheet columns of the specs: left to right from column A. */
export function layoutFromSpecs<K extends string>(sheet: string, kind: SheetKind, specs: readonly ColumnSpec<K>[]): SheetLayout<K> {
  return {
    kind,
    sheet,
    headerRow: HEADER_ROW,
    firstDataRow: FIRST_DATA_ROW,
    columns: specs.map((s, col) => ({ key: s.key, col, structural: s.structural })),
  };
}

export interface RenderInput<K extends string> {
  sheet: string;
  kind: SheetKind;
  /** Position among the workbook's sheets. */
  index: number;
  title: string;
  guide: string;
  specs: readonly ColumnSpec<K>[];
  rows: readonly PlanRow<K>[];
  lang: Lang;
  /** Write estimated row heights for the wrapped text (see `estimatedRowHeights`). */
  fitRows?: boolean;
}

function writeHeader<K extends string>(canvas: SheetCanvas, specs: readonly ColumnSpec<K>[], merges: Range[], lang: Lang): void {
  let j = 0;
  while (j < specs.length) {
    const group = specs[j].group;
    let end = j + 1;
    if (group !== null) while (end < specs.length && specs[end].group === group) end++;
    if (group === null) {
      canvas.value(GROUP_ROW, j, specs[j].header);
      merges.push({ row: GROUP_ROW, col: j, rows: 2, cols: 1 });
    } else {
      canvas.value(GROUP_ROW, j, groupLabel(group, lang));
      if (end - j > 1) merges.push({ row: GROUP_ROW, col: j, rows: 1, cols: end - j });
      for (let k = j; k < end; k++) canvas.value(HEADER_ROW, k, specs[k].header);
    }
    j = end;
  }
  specs.forEach((s, col) => {
    for (const row of [GROUP_ROW, HEADER_ROW]) {
      canvas.fill(row, col, LAYOUT_COLOURS.header).font(row, col, { bold: true });
    }
    if (s.guide) canvas.note(s.group === null ? GROUP_ROW : HEADER_ROW, col, s.guide);
  });
}

function writeRow<K extends string>(canvas: SheetCanvas, row: number, r: PlanRow<K>, specs: readonly ColumnSpec<K>[]): void {
  specs.forEach((s, col) => {
    const v = r.values[s.key];
    if (v !== undefined && v !== null) canvas.value(row, col, v);
    if (s.format !== null) canvas.format(row, col, s.format);
    if (r.kind === "group") canvas.fill(row, col, LAYOUT_COLOURS.group).font(row, col, { bold: true });
    else if (r.kind === "subgroup") canvas.fill(row, col, LAYOUT_COLOURS.subgroup).font(row, col, { bold: true, italic: true });
    else {
      if (s.computed) canvas.fill(row, col, LAYOUT_COLOURS.computed);
      if (r.kind === "subitem") canvas.font(row, col, { italic: true });
    }
    if (s.key === "rowId") canvas.font(row, col, { color: LAYOUT_COLOURS.muted });
  });
}

/**
 * One tracking sheet from a template as a patch: replaced wholesale, title (merged over the
 * frozen columns only: hosts refuse to freeze through a merge), two header rows with group
 * headers, data rows styled by kind, formats, widths, freeze, validations, status colours and
 * protections. Returns the layout it wrote.
 */
export function renderTrackingSheet<K extends string>(input: RenderInput<K>): { ops: PatchOp[]; layout: SheetLayout<K> } {
  const { sheet, specs, rows, lang } = input;
  const layout = layoutFromSpecs(sheet, input.kind, specs);
  const canvas = new SheetCanvas(sheet);
  const merges: Range[] = [{ row: TITLE_ROW, col: 0, rows: 1, cols: Math.min(FROZEN_COLUMNS, specs.length) }];
  canvas.value(TITLE_ROW, 0, input.title).font(TITLE_ROW, 0, { bold: true }).note(TITLE_ROW, 0, input.guide);
  writeHeader(canvas, specs, merges, lang);
  const itemRows: number[] = [];
  rows.forEach((r, i) => {
    const row = FIRST_DATA_ROW + i;
    writeRow(canvas, row, r, specs);
    if (r.kind === "item" || r.kind === "subitem") itemRows.push(row);
  });
  const placed: PlacedSpec<K>[] = specs.map((spec, col) => ({ spec, col }));
  const count = rows.length;
  const ops: PatchOp[] = [
    { op: "addSheet", sheet, replace: true, hidden: false, index: input.index },
    ...canvas.toOps(),
    { op: "mergeCells", sheet, ranges: merges },
    { op: "setWrap", sheet, range: { row: TITLE_ROW, col: 0, rows: HEADER_ROW + 1, cols: specs.length }, wrap: true },
    { op: "setRowHeights", sheet, row: TITLE_ROW, heights: [TITLE_HEIGHT] },
    ...(count > 0 && input.fitRows
      ? [{ op: "setRowHeights" as const, sheet, row: FIRST_DATA_ROW, heights: estimatedRowHeights(rows, specs) }]
      : []),
    ...(count > 0
      ? [
          // Every data cell wraps (and so sits at the top of its tall row, beside its wrapped name).
          { op: "setWrap" as const, sheet, range: { row: FIRST_DATA_ROW, col: 0, rows: count, cols: specs.length }, wrap: true },
        ]
      : []),
    { op: "setColumnWidths", sheet, col: 0, widths: specs.map((s) => s.width) },
    // The row ids are the add-in's, not the reader's: hidden, still read and protected.
    ...hiddenRowIdColumn(sheet, specs.map((spec, col) => ({ spec, col }))),
    { op: "freeze", sheet, rows: FIRST_DATA_ROW, cols: Math.min(FROZEN_COLUMNS, specs.length) },
    ...columnRules(sheet, input.kind, placed, FIRST_DATA_ROW, count, itemRows, lang),
    {
      op: "protectRange",
      sheet,
      range: { row: TITLE_ROW, col: 0, rows: HEADER_ROW + 1, cols: specs.length },
      description: msg("layout.protect.header")[lang],
      warningOnly: false,
    },
    ...columnProtections(sheet, placed, FIRST_DATA_ROW, count, lang),
  ];
  return { ops, layout };
}

