/// <reference types="office-js" />
import { a1, parseA1, parseA1Sheet, quoteSheetName } from "../../core/patch";
import type { Capabilities } from "./capabilities";
import { annotationMode } from "./capabilities";

/**
 * The notes the add-in knows about, by cell. The core decides what a cell's note becomes from
 * what it holds now (`findingsPatch` keeps a person's own text), so a host must read notes
 * before writing them; Office.js can only add a note to a cell without one and change or delete
 * one that exists, so the applier needs the same knowledge.
 *
 * - notes (ExcelApi 1.18): probed per cell (`getItemOrNullObject`) in the caller's read request,
 *   or scanned sheet-wide (two requests) for whole-sheet operations;
 * - comments (ExcelApi 1.10): scanned once per session, then kept current from our own writes;
 * - neither: the index is virtual (what we would have written), so fills can still be cleared
 *   when a finding goes away and the task pane lists the findings.
 */
export interface NoteEntry {
  content: string;
  /** Comment id (comments mode). */
  id?: string;
}

const cellKey = (sheet: string, row: number, col: number): string => `${sheet}\u0000${row},${col}`;

export class AnnotationIndex {
  private readonly map = new Map<string, NoteEntry>();
  /** Sheets scanned completely (comments mode: once per session). */
  readonly scanned = new Set<string>();

  constructor(readonly mode: "notes" | "comments" | "fill") {}

  static for(caps: Capabilities): AnnotationIndex {
    return new AnnotationIndex(annotationMode(caps));
  }

  get(sheet: string, row: number, col: number): NoteEntry | null {
    return this.map.get(cellKey(sheet, row, col)) ?? null;
  }

  set(sheet: string, row: number, col: number, entry: NoteEntry | null): void {
    if (entry === null) this.map.delete(cellKey(sheet, row, col));
    else this.map.set(cellKey(sheet, row, col), entry);
  }

  /** Forgets a sheet's entries (before a full scan, or when the sheet is replaced). */
  forgetSheet(sheet: string): void {
    const prefix = `${sheet}\u0000`;
    for (const k of [...this.map.keys()]) if (k.startsWith(prefix)) this.map.delete(k);
    this.scanned.delete(sheet);
  }

  /** Notes of `rows` × [col, col + cols): the `currentNotes` argument of `findingsPatch`. */
  grid(sheet: string, rows: readonly number[], col: number, cols: number): (string | null)[][] {
    return rows.map((row) => Array.from({ length: cols }, (_, j) => this.get(sheet, row, col + j)?.content ?? null));
  }

  /** Every known entry of a sheet (tests, the task pane). */
  entries(sheet: string): { row: number; col: number; entry: NoteEntry }[] {
    const prefix = `${sheet}\u0000`;
    const out: { row: number; col: number; entry: NoteEntry }[] = [];
    for (const [k, entry] of this.map) {
      if (!k.startsWith(prefix)) continue;
      const [row, col] = k.slice(prefix.length).split(",").map(Number);
      out.push({ row, col, entry });
    }
    return out;
  }
}

export const noteAddress = (sheet: string, row: number, col: number): string =>
  `${quoteSheetName(sheet)}!${a1({ row, col, rows: 1, cols: 1 })}`;

/**
 * Queues a probe of the notes of these cells (notes mode) into the caller's read request; call
 * the returned function after `context.sync()`. Other modes: nothing to probe.
 */
export function probeNotes(
  context: Excel.RequestContext,
  index: AnnotationIndex,
  sheet: string,
  rows: readonly number[],
  col: number,
  cols: number,
): () => void {
  if (index.mode !== "notes") return () => undefined;
  const probes: { row: number; col: number; note: Excel.Note }[] = [];
  const notes = context.workbook.notes;
  for (const row of rows) {
    for (let j = 0; j < cols; j++) {
      const note = notes.getItemOrNullObject(noteAddress(sheet, row, col + j));
      note.load("content");
      probes.push({ row, col: col + j, note });
    }
  }
  return () => {
    for (const p of probes) index.set(sheet, p.row, p.col, p.note.isNullObject ? null : { content: p.note.content });
  };
}

interface ScanItem {
  item: Excel.Note | Excel.Comment;
  location: Excel.Range;
}

/**
 * Scans every note (or comment) of the workbook: the collection is loaded in the caller's read
 * request (stage 1), the cells in one more request (stage 2). Returns null in fill mode and
 * when comments were already scanned this session.
 */
export function scanAnnotations(
  context: Excel.RequestContext,
  index: AnnotationIndex,
  sheets: readonly string[],
): { locate: () => void; finish: () => void } | null {
  if (index.mode === "fill") return null;
  if (index.mode === "comments" && sheets.every((s) => index.scanned.has(s))) return null;
  const collection = index.mode === "notes" ? context.workbook.notes : context.workbook.comments;
  collection.load(index.mode === "notes" ? "items/content" : "items/content,items/id");
  const located: ScanItem[] = [];
  return {
    locate: () => {
      for (const item of collection.items as (Excel.Note | Excel.Comment)[]) {
        const location = item.getLocation();
        location.load("address");
        located.push({ item, location });
      }
    },
    finish: () => {
      for (const s of sheets) index.forgetSheet(s);
      const wanted = new Set(sheets);
      for (const { item, location } of located) {
        const sheet = parseA1Sheet(location.address);
        const at = parseA1(location.address);
        if (sheet === null || at === null || !wanted.has(sheet)) continue;
        const entry: NoteEntry = { content: item.content };
        if (index.mode === "comments") entry.id = (item as Excel.Comment).id;
        index.set(sheet, at.row, at.col, entry);
      }
      for (const s of sheets) index.scanned.add(s);
    },
  };
}
