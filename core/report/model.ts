import type { Lang } from "../i18n";

/**
 * The annual report as a writer-neutral document: sections of paragraphs and tables, sizes in
 * points and millimetres. Each host family has one writer (the `docx` library for the CLI and
 * the task pane, a small WordprocessingML writer for Apps Script); both render this same model,
 * so what the report says is decided here once.
 */
export type Align = "left" | "center" | "right" | "justify";

export interface ReportRun {
  /** Plain text; "\n" is a line break. Never a field code: agencies' text is data. */
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Marked "to be written / filled in" by a person (a yellow highlight). */
  highlight?: boolean;
}

export interface ReportParagraph {
  kind: "paragraph";
  runs: ReportRun[];
  align: Align;
  /** Font size in points. */
  size: number;
  /** First-line indent in millimetres (body text: 10 mm). */
  firstLineMm?: number;
  /** Left and right indents in millimetres (a short centred rule under a heading). */
  leftMm?: number;
  rightMm?: number;
  /** Space before and after in points. */
  before?: number;
  after?: number;
  /** A line under the paragraph (the short rules of the head block). */
  borderBottom?: boolean;
  /** Keep on the same page as the next paragraph (headings). */
  keepNext?: boolean;
}

export interface ReportCell {
  paragraphs: ReportParagraph[];
  /** Columns spanned (group rows of the appendix span the whole table). */
  span?: number;
  /** Background "#RRGGBB" (header cells). */
  shade?: string;
}

export interface ReportRow {
  cells: ReportCell[];
  /** Repeated at the top of every page the table runs onto. */
  header?: boolean;
}

export interface ReportTable {
  kind: "table";
  /** Column widths in millimetres; they add up to the section's text width. */
  widthsMm: number[];
  rows: ReportRow[];
  /** Grid lines (appendix tables) or none (the head and signature blocks). */
  borders: boolean;
}

export type ReportBlock = ReportParagraph | ReportTable;

export interface ReportSection {
  orientation: "portrait" | "landscape";
  blocks: ReportBlock[];
  /**
   * Page numbers centred in the top margin, restarting at 1 in this section, not shown on the
   * section's first page (Nghị định 30/2020/NĐ-CP, Phụ lục I).
   */
  pageNumbers: boolean;
}

export interface ReportDocument {
  lang: Lang;
  /** Document title (file properties). */
  title: string;
  /** Suggested file name. */
  fileName: string;
  font: string;
  /** Body text size in points. */
  size: number;
  paper: { widthMm: number; heightMm: number };
  marginsMm: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  sections: ReportSection[];
}

/** A4, as Nghị định 30/2020/NĐ-CP asks. */
export const A4 = { widthMm: 210, heightMm: 297 } as const;
/** Margins within Nghị định 30's ranges (top/bottom 20–25, left 30–35, right 15–20 mm). */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 } as const;
export const REPORT_FONT = "Times New Roman";
export const BODY_PT = 14;
export const HEAD_PT = 13;
export const TABLE_PT = 12;
export const SMALL_PT = 11;

/** Text width of a section in millimetres. */
export function textWidthMm(orientation: ReportSection["orientation"]): number {
  const width = orientation === "portrait" ? A4.widthMm : A4.heightMm;
  return width - MARGINS_MM.left - MARGINS_MM.right;
}
