import type { DocBlock, DocumentModel, Grid, MergedRange } from "../grid";
import type { Finding } from "../model";
import { readIdentity, type PlanIdentity } from "./identity";
import { recognizeSheet } from "./recognize";
import type { RecognizedRow, RecognizedSheet, RecognizedTable, RecognizeOptions } from "./types";

/** Where a row of the document's grid comes from, for messages a person can follow in Word. */
/**
 * Where a row of the document's grid comes from. Tables are numbered as a reader counts them:
 * the borderless head (issuer | motto) is part of the head, not table 1.
 */
export type DocumentPlace = { kind: "paragraph"; index: number } | { kind: "head"; row: number } | { kind: "table"; table: number; row: number };

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
  /** Tables in the document, the head's left out. */
  tableCount: number;
  /** The parts recognised one at a time (see recognizeDocument). */
  segments: DocumentSegment[];
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

/** The borderless tables that open the document (issuer | motto, number | place and date). */
function headTables(doc: DocumentModel): Set<DocBlock> {
  const out = new Set<DocBlock>();
  for (const b of doc.blocks) {
    if (b.kind === "paragraph" && b.text.trim() === "") continue;
    if (b.kind === "table" && b.borderless && b.grid.length <= HEAD_TABLE_ROWS) {
      out.add(b);
      continue;
    }
    break;
  }
  return out;
}

/**
 * The head of a plan as printed: the borderless table(s) at the top (issuer | national motto,
 * number | place and date), then the centred title paragraphs up to the first paragraph that is
 * not centred, a table or a page break. A document without a centred title gives its first lines
 * before any table instead.
 */
export function documentHead(doc: DocumentModel): string[] {
  const blocks = doc.blocks;
  const lines: string[] = [];
  const heads = headTables(doc);
  let i = 0;
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === "paragraph" && b.text.trim() === "") continue;
    if (b.kind === "table" && heads.has(b)) {
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

/** A part of the grid recognised on its own: an appendix page (or what precedes a table) and its tables. */
export interface DocumentSegment {
  start: number;
  end: number;
}

/**
 * Where the appendices are: each table with the lines above it since the last page break (the
 * appendix title, "(Kèm theo …)"), or since the previous table when there is none. Tables
 * separated only by empty paragraphs are one segment (a table Word shows as two, or continued
 * after a page break); text between two tables starts a new one (Phụ lục II, then Phụ lục III).
 */
function segmentsOf(doc: DocumentModel): DocumentSegment[] {
  const out: DocumentSegment[] = [];
  const heads = headTables(doc);
  let row = 0;
  let cursor = 0;
  let lastBreak = 0;
  let open = false;
  for (const b of doc.blocks) {
    const height = b.kind === "paragraph" ? 1 : b.grid.length;
    if (b.pageBreakBefore) lastBreak = row;
    if (b.kind === "table" && heads.has(b)) {
      // The head (issuer | motto) is read for the plan's identity, not as an appendix.
      cursor = row + height;
    } else if (b.kind === "table") {
      if (open && out.length > 0) out[out.length - 1].end = row + height - 1;
      else out.push({ start: Math.max(cursor, lastBreak), end: row + height - 1 });
      open = height > 0;
      cursor = row + height;
    } else if (b.text.trim() !== "") open = false;
    row += height;
  }
  return out;
}

export function documentSheet(doc: DocumentModel): DocumentSheet {
  const grid: Grid = [];
  const merges: MergedRange[] = [];
  const places: DocumentPlace[] = [];
  const heads = headTables(doc);
  let paragraphs = 0;
  let tables = 0;
  for (const b of doc.blocks) {
    if (b.kind === "paragraph") {
      grid.push([b.text]);
      places.push({ kind: "paragraph", index: paragraphs++ });
      continue;
    }
    const head = heads.has(b);
    if (!head) tables++;
    const top = grid.length;
    b.grid.forEach((row, r) => {
      grid.push([...row]);
      places.push(head ? { kind: "head", row: r + 1 } : { kind: "table", table: tables, row: r + 1 });
    });
    for (const m of b.merges) merges.push({ top: m.top + top, left: m.left, bottom: m.bottom + top, right: m.right });
  }
  return { grid, merges, headLines: documentHead(doc), places, tableCount: tables, segments: segmentsOf(doc) };
}

function shiftTable(t: RecognizedTable, by: number): RecognizedTable {
  return {
    ...t,
    headerRows: t.headerRows.map((r) => r + by),
    firstRow: t.firstRow + by,
    lastRow: t.lastRow + by,
    rows: t.rows.map((r) => ({
      ...r,
      row: r.row + by,
      ...(r.inherited
        ? { inherited: Object.fromEntries(Object.entries(r.inherited).map(([k, v]) => [k, v ? { ...v, fromRow: v.fromRow + by } : v])) as RecognizedRow["inherited"] }
        : {}),
    })),
    findings: t.findings.map((f) => ({ ...f, row: f.row + by })),
  };
}

export interface RecognizedDocument extends RecognizedSheet {
  document: DocumentSheet;
  /** Per table: the first grid row of the segment it was recognised in (its messages count rows from there). */
  tableSegments: number[];
}

/**
 * The appendix tables of a document, recognised as the same document pasted into a sheet would
 * be, one appendix at a time (see segmentsOf): two appendices with the same header are two
 * tables, not one table with its header repeated. A segment in which no table starts (a table
 * continued after a title line such as "(tiếp theo)") is read together with the one before,
 * unless it is headed as an appendix of its own ("PHỤ LỤC 02"): then it stays apart, as it
 * would pasted on its own sheet.
 * Rows of the result are rows of the whole document's grid.
 */
export function recognizeDocument(doc: DocumentModel, options: RecognizeOptions = {}): RecognizedDocument {
  const sheet = documentSheet(doc);
  const runOn = (seg: DocumentSegment): RecognizedSheet => {
    const grid = sheet.grid.slice(seg.start, seg.end + 1);
    const merges = sheet.merges
      .filter((m) => m.top >= seg.start && m.bottom <= seg.end)
      .map((m) => ({ top: m.top - seg.start, left: m.left, bottom: m.bottom - seg.start, right: m.right }));
    return recognizeSheet(grid, merges, options);
  };
  /** A segment headed "PHỤ LỤC …" (not "… (tiếp theo)") is an appendix of its own, never the rest of the one before. */
  const newAppendix = (seg: DocumentSegment): boolean => {
    for (let r = seg.start; r <= seg.end && sheet.places[r]?.kind === "paragraph"; r++) {
      const text = String(sheet.grid[r]?.[0] ?? "").trim();
      if (/^ph[uụ] l[uụ]c\b/iu.test(text) && !/ti[eế]p/iu.test(text)) return true;
    }
    return false;
  };
  const done: { seg: DocumentSegment; result: RecognizedSheet }[] = [];
  for (const seg of sheet.segments) {
    const result = runOn(seg);
    const prev = done[done.length - 1];
    if (result.tables.length === 0 && prev && prev.result.tables.length > 0 && !newAppendix(seg)) {
      const joined = { start: prev.seg.start, end: seg.end };
      done[done.length - 1] = { seg: joined, result: runOn(joined) };
    } else done.push({ seg, result });
  }
  const tables: RecognizedTable[] = [];
  const findings: Finding[] = [];
  const tableSegments: number[] = [];
  // The plan's identity: what the document's head says, then what an appendix's title block adds
  // ("(Kèm theo Kế hoạch số … ngày … của …)") for what the head leaves unsaid.
  const identity: PlanIdentity = { ...readIdentity(sheet.headLines) };
  // Only a title block that names the plan ("Kèm theo … số …") is taken: an appendix's own title in
  // capitals is not an issuer.
  for (const { result } of done) {
    if (result.identity.number === null) continue;
    for (const k of Object.keys(identity) as (keyof PlanIdentity)[]) if (identity[k] === null && result.identity[k] !== null) identity[k] = result.identity[k];
  }
  for (const { seg, result } of done) {
    for (const t of result.tables) {
      tables.push(shiftTable(t, seg.start));
      tableSegments.push(seg.start);
    }
    for (const f of result.findings) findings.push({ ...f, row: f.row + seg.start });
  }
  return { tables, identity, findings, document: sheet, tableSegments };
}
