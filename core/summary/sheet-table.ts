import type { Lang } from "../i18n";
import type { HexColour, PatchValue } from "../patch";
import { decimalsOf } from "../status";
import { formatNumber } from "./format";

export { decimalsOf };

/**
 * The summary's tables as data before they get sheet rows: typed columns (so every number gets
 * its own cell and a number format), and what each needs in width and height. The sheet's column
 * widths are worked out from all tables together (they share the sheet's columns).
 */
export type ColumnKind = "code" | "name" | "text" | "count" | "percent" | "ratio" | "value" | "gap" | "year" | "date" | "index";

export interface TableColumn {
  header: string;
  kind: ColumnKind;
  /** Header fill and font colour (status columns wear their status's colours). */
  headerFill?: { fill: HexColour; font: HexColour };
  /** Centred: short labels beside numbers (a year next to a target would read as one number). */
  center?: boolean;
}

export interface TableCell {
  value: PatchValue;
  /** A number format for this cell (values keep the decimals they were typed with). */
  format?: string;
  fill?: { fill: HexColour; font: HexColour };
}

export interface SheetTable {
  columns: TableColumn[];
  rows: TableCell[][];
  /** A bold last row (totals). */
  totalRow?: TableCell[];
  /** Shown in the name column when there are no rows. */
  empty?: string;
}

/** Screen pixels of an average character at the sheet's default font, and of a wrapped line. */
export const CHAR_PX = 7;
export const LINE_PX = 17;
export const ROW_PX = 21;
const PAD_PX = 14;

/**
 * Vietnamese number display (1.234,5) whatever the reader's system: the format's locale tag. Excel
 * and LibreOffice read it; the Sheets host drops it (Sheets formats by the spreadsheet's locale).
 */
const VI = "[$-42A]";
const tagged = (format: string, lang: Lang): string => (lang === "vi" ? format.split(";").map((f) => VI + f).join(";") : format);

const KIND_FORMAT: Partial<Record<ColumnKind, string>> = {
  count: "#,##0",
  index: "0",
  percent: "0.0",
  ratio: "0.0%",
  year: "0",
};

/** The number format of a column kind ("value" and "gap" cells carry their own: decimals as typed). */
export function kindFormat(kind: ColumnKind, lang: Lang): string | undefined {
  const f = KIND_FORMAT[kind];
  // A year or a row number is a label: no thousands separator, no locale.
  return f === undefined || kind === "year" || kind === "index" ? f : tagged(f, lang);
}

/** "#,##0" or "#,##0.00": thousands grouped, the decimals the value has (the reader's locale shows 1.234,5). */
export function valueFormat(decimals: number, lang: Lang): string {
  return tagged(decimals <= 0 ? "#,##0" : `#,##0.${"0".repeat(Math.min(3, decimals))}`, lang);
}

/** A signed number: "+1,5", "-2", "0". */
export function gapFormat(decimals: number, lang: Lang): string {
  const f = decimals <= 0 ? "#,##0" : `#,##0.${"0".repeat(Math.min(3, decimals))}`;
  return tagged(`+${f};-${f};0`, lang);
}

/** How wide the text of a cell is, in characters, as shown (numbers as the reader sees them). */
function shownLength(cell: TableCell, kind: ColumnKind, lang: Lang): number {
  const v = cell.value;
  if (v === null) return 0;
  if (typeof v === "number") {
    if (kind === "ratio") return formatNumber(v * 100, lang, 1).length + 1;
    if (kind === "percent") return formatNumber(v, lang, 1).length;
    if (kind === "year" || kind === "index") return String(Math.trunc(v)).length;
    return formatNumber(v, lang, 3).length + (kind === "gap" ? 1 : 0);
  }
  if (typeof v === "object" && "date" in v) return 10;
  return [...String(v)].length;
}

/** Upper bounds of a column's width by what it holds: names wrap at 320 px, the rest at 170. */
const CAP: Record<ColumnKind, number> = {
  code: 90,
  index: 60,
  name: 320,
  text: 170,
  count: 110,
  percent: 110,
  ratio: 110,
  value: 120,
  gap: 110,
  year: 90,
  date: 110,
};
const MIN_PX = 48;

/**
 * Width of each sheet column (px) that fits every table's content: headers within two lines
 * (never cutting a word), names wrapped within their cap, numbers whole on one line.
 */
export function columnWidths(tables: readonly SheetTable[], count: number, lang: Lang): number[] {
  const widths = Array.from({ length: count }, () => MIN_PX);
  for (const t of tables) {
    t.columns.forEach((c, j) => {
      const words = c.header.split(/\s+/);
      const longestWord = Math.max(...words.map((w) => [...w].length));
      const header = Math.max(longestWord, Math.ceil([...c.header].length / 2)) * CHAR_PX + PAD_PX;
      const cells = [...t.rows, ...(t.totalRow ? [t.totalRow] : [])].map((r) => (r[j] ? shownLength(r[j], c.kind, lang) * CHAR_PX + PAD_PX : 0));
      const content = Math.max(0, ...cells);
      // A header may ask for more than the cap only to keep its longest word whole.
      const need = Math.max(Math.min(CAP[c.kind], content), Math.min(Math.max(CAP[c.kind], longestWord * CHAR_PX + PAD_PX), header));
      widths[j] = Math.max(widths[j], need);
    });
    if (t.empty) widths[1] = Math.max(widths[1], Math.min(CAP.name, [...t.empty].length * CHAR_PX + PAD_PX));
  }
  return widths.map((w) => Math.ceil(w));
}

/** Lines a text takes wrapped in `widthPx` (at least one). */
export function linesIn(text: string, widthPx: number): number {
  const perLine = Math.max(1, Math.floor((widthPx - 10) / CHAR_PX));
  return text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil([...part].length / perLine)), 0);
}

/** A row's height (px) with its text wrapped in the given column widths. */
export function rowHeight(texts: readonly (string | null)[], widths: readonly number[]): number {
  let lines = 1;
  texts.forEach((text, j) => {
    if (text) lines = Math.max(lines, linesIn(text, widths[j] ?? MIN_PX));
  });
  return Math.max(ROW_PX, lines * LINE_PX + 6);
}
