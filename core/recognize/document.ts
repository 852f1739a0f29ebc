import type { DocumentModel, Grid, MergedRange } from "../grid";
import { recognizeSheet } from "./recognize";
import type { RecognizedSheet, RecognizeOptions } from "./types";

/** Where a row of the document's grid comes from, for messages a person can follow in Word. */
export type DocumentPlace = { kind: "paragraph"; index: number } | { kind: "table"; table: number; row: number };

/**
 * A Word document as the recognizer reads it: the grid a Word → spreadsheet paste of the whole
 * document gives (each paragraph a row with its text in the first column, each table's rows
 * below with its merged ranges), so a document and a pasted sheet give the same plan.
 */
export interface DocumentSheet {
  grid: Grid;
  merges: MergedRange[];
  /**
   * The head of the document as lines of text, for the plan's identity (number, date, issuer,
   * title): the borderless issuer/motto table, row by row (left cell, then right), then the
   * title paragraphs ("KẾ HOẠCH", "Thực hiện …").
   */
  headLines: string[];
  /** Per grid row: the paragraph (0-based among paragraphs) or table (1-based) and table row (1-based). */
  places: DocumentPlace[];
  /** Tables in the document. */
  tableCount: number;
}

/** Lines of a table's text: row by row, cell by cell, each cell's lines; empty ones skipped. */
function tableLines(grid: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  for (const row of grid) for (const cell of row) for (const line of cell.split("\n")) if (line.trim() !== "") out.push(line.trim());
  return out;
}

/** A plan's head table has a few rows and no borders; a data table is framed. */
const HEAD_TABLE_ROWS = 6;
/** Title paragraphs read at most (a title runs over two or three lines; the rest is the body). */
const TITLE_LINES = 12;

/**
 * The head of a plan as printed: the borderless table(s) at the top (issuer | national motto,
 * number | place and date), then the centred title paragraphs up to the first paragraph that is
 * not centred, a table or a page break. A document without a centred title gives its first lines
 * before any table instead.
 */
export function documentHead(doc: DocumentModel): string[] {
  const blocks = doc.blocks;
  const lines: string[] = [];
  let i = 0;
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === "paragraph" && b.text.trim() === "") continue;
    if (b.kind === "table" && b.borderless && b.grid.length <= HEAD_TABLE_ROWS) {
      lines.push(...tableLines(b.grid));
      continue;
    }
    break;
  }
  const start = i;
  let titles = 0;
  for (; i < blocks.length && titles < TITLE_LINES; i++) {
    const b = blocks[i];
    if (b.kind === "table" || (b.pageBreakBefore && titles > 0)) break;
    const text = b.text.trim();
    if (text === "") continue;
    if (b.align !== "center") break;
    for (const line of text.split("\n")) if (line.trim() !== "") lines.push(line.trim());
    titles++;
  }
  if (lines.length === 0) {
    for (let j = start; j < blocks.length && lines.length < TITLE_LINES; j++) {
      const b = blocks[j];
      if (b.kind === "table") break;
      if (b.text.trim() !== "") lines.push(b.text.trim());
    }
  }
  return lines;
}

export function documentSheet(doc: DocumentModel): DocumentSheet {
  const grid: Grid = [];
  const merges: MergedRange[] = [];
  const places: DocumentPlace[] = [];
  let paragraphs = 0;
  let tables = 0;
  for (const b of doc.blocks) {
    if (b.kind === "paragraph") {
      grid.push([b.text]);
      places.push({ kind: "paragraph", index: paragraphs++ });
      continue;
    }
    tables++;
    const top = grid.length;
    b.grid.forEach((row, r) => {
      grid.push([...row]);
      places.push({ kind: "table", table: tables, row: r + 1 });
    });
    for (const m of b.merges) merges.push({ top: m.top + top, left: m.left, bottom: m.bottom + top, right: m.right });
  }
  return { grid, merges, headLines: documentHead(doc), places, tableCount: tables };
}

/** The appendix tables of a document, recognised as the same document pasted into a sheet would be. */
export function recognizeDocument(doc: DocumentModel, options: RecognizeOptions = {}): RecognizedSheet & { document: DocumentSheet } {
  const document = documentSheet(doc);
  return { ...recognizeSheet(document.grid, document.merges, options), document };
}
