import type { Cell } from "../../../core/grid";
import { SHEETS, trackingWorkbookPatch, type SheetKind } from "../../../core/layout";
import { MemoryWorkbook, type PatchValue } from "../../../core/patch";
import { openPackage, type PackageInput, type SharePackage } from "../../../core/share";
import { loadSample, loadTemplate } from "../../../core/template";
import { openTrackingWorkbook, samplePatch, type TrackingWorkbook } from "../../../core/workbook";

export const reader = (book: MemoryWorkbook) => (name: string) => (book.hasSheet(name) ? book.contents(name) : null);

export function openBook(book: MemoryWorkbook): TrackingWorkbook {
  const { workbook, error } = openTrackingWorkbook(reader(book));
  if (!workbook) throw new Error(error?.en ?? "not a tracking workbook");
  return workbook;
}

/** The Đồng Tháp tracking workbook with the bundled sample typed in (values 2024–2026). */
export function dongThapMaster(): MemoryWorkbook {
  const book = new MemoryWorkbook();
  book.applyPatch(trackingWorkbookPatch(loadTemplate("dong-thap-328-2024").plan!, { asOf: 2026 }));
  book.applyPatch(samplePatch(openBook(book), loadSample("dong-thap-328-2024").sample!));
  return book;
}

export function packageBook(p: SharePackage): MemoryWorkbook {
  return new MemoryWorkbook().applyPatch(p.patch);
}

export const asInput = (source: string, book: MemoryWorkbook): PackageInput => openPackage(source, reader(book));

function place(book: MemoryWorkbook, kind: SheetKind, rowId: string, key: string): { sheet: string; row: number; col: number } {
  const wb = openBook(book);
  const layout = kind === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout;
  const records = kind === "indicators" ? wb.indicatorRecords : wb.taskRecords;
  const row = records.find((r) => r.rowId === rowId)?.row;
  const col = layout.columns.find((c) => c.key === key)?.col;
  if (row === undefined || col === undefined) throw new Error(`no cell ${rowId} ${key}`);
  return { sheet: layout.sheet, row, col };
}

/** Types a value into a cell of a tracking workbook, as a person would. */
export function setCell(book: MemoryWorkbook, kind: SheetKind, rowId: string, key: string, value: PatchValue): void {
  const { sheet, row, col } = place(book, kind, rowId, key);
  book.applyPatch([{ op: "setValues", sheet, row, col, values: [[value]] }]);
}

export function cellAt(book: MemoryWorkbook, kind: SheetKind, rowId: string, key: string): Cell {
  const { sheet, row, col } = place(book, kind, rowId, key);
  return book.cell(sheet, row, col);
}

/** The log's rows below its header. */
export const logRows = (book: MemoryWorkbook): Cell[][] => book.contents(SHEETS.log).slice(1);
