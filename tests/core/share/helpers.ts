import type { Cell } from "../../../core/grid";
import { SHEETS, trackingWorkbookPatch, type SheetKind } from "../../../core/layout";
import { MemoryWorkbook, type PatchValue } from "../../../core/patch";
import {
  mergePackages,
  openPackage,
  openShareMaster,
  splitWorkbook,
  type MergeOptions,
  type MergeResult,
  type PackageInput,
  type ShareMaster,
  type SharePackage,
  type SplitOptions,
} from "../../../core/share";
import { loadSample, loadTemplate } from "../../../core/template";
import { openTrackingWorkbook, samplePatch, type TrackingWorkbook } from "../../../core/workbook";

/** The instant of a time in Viet Nam ("2027-11-20 09:15"), as a host's `Date.now()` would give it. */
export const vnTime = (stamp: string): number => Date.parse(`${stamp.replace(" ", "T")}:00+07:00`);

export const reader = (book: MemoryWorkbook) => (name: string) => (book.hasSheet(name) ? book.contents(name) : null);

export function openBook(book: MemoryWorkbook): TrackingWorkbook {
  const { workbook, error } = openTrackingWorkbook(reader(book));
  if (!workbook) throw new Error(error?.en ?? "not a tracking workbook");
  return workbook;
}

export function openMaster(book: MemoryWorkbook): ShareMaster {
  const { master, error } = openShareMaster(reader(book));
  if (!master) throw new Error(error?.en ?? "not a master");
  return master;
}

/** The notes of a memory workbook, as a host hands them to the merge. */
export const notesOf = (book: MemoryWorkbook) => (sheet: string, row: number, col: number) =>
  book.hasSheet(sheet) ? (book.sheet(sheet).notes.get(`${row},${col}`) ?? null) : null;

/** A fixed secret: tests are reproducible; hosts use their random source. */
export const SECRET = "5e".repeat(32);

/** The Đồng Tháp tracking workbook with the bundled sample typed in (values 2024–2026). */
export function dongThapMaster(): MemoryWorkbook {
  const book = new MemoryWorkbook();
  book.applyPatch(trackingWorkbookPatch(loadTemplate("dong-thap-328-2024").plan!, { asOf: 2026 }));
  book.applyPatch(samplePatch(openBook(book), loadSample("dong-thap-328-2024").sample!));
  return book;
}

/** Splits the master as a host does: the record written into the master, the packages returned. */
export function split(book: MemoryWorkbook, options: Omit<SplitOptions, "newSecret"> & { newSecret?: () => string }): SharePackage[] {
  const result = splitWorkbook(openMaster(book), { newSecret: () => SECRET, ...options });
  book.applyPatch(result.masterPatch);
  return result.packages;
}

export function packageBook(p: SharePackage): MemoryWorkbook {
  return new MemoryWorkbook().applyPatch(p.patch);
}

export const asInput = (source: string, book: MemoryWorkbook): PackageInput => openPackage(source, reader(book), { notes: notesOf(book) });

/** Merges as a host does: the master opened from its book, its notes passed, the patch applied. */
export function merge(book: MemoryWorkbook, inputs: readonly PackageInput[], options: Partial<MergeOptions> = {}): MergeResult {
  const result = mergePackages(openMaster(book), inputs, { now: vnTime("2027-11-20 09:15"), notes: notesOf(book), ...options });
  book.applyPatch(result.patch);
  return result;
}

function place(book: MemoryWorkbook, kind: SheetKind, rowId: string, key: string): { sheet: string; row: number; col: number } {
  const wb = openBook(book);
  const layout = kind === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout;
  const records = kind === "indicators" ? wb.indicatorRecords : wb.taskRecords;
  const row = records.find((r) => r.rowId === rowId)?.row;
  const col = layout.columns.find((c) => c.key === key)?.col;
  if (row === undefined || col === undefined) throw new Error(`no cell ${rowId} ${key}`);
  return { sheet: layout.sheet, row, col };
}

export { place as cellPlace };

/** Types a value into a cell of a tracking workbook, as a person would. */
export function setCell(book: MemoryWorkbook, kind: SheetKind, rowId: string, key: string, value: PatchValue): void {
  const { sheet, row, col } = place(book, kind, rowId, key);
  book.applyPatch([{ op: "setValues", sheet, row, col, values: [[value]] }]);
}

export function cellAt(book: MemoryWorkbook, kind: SheetKind, rowId: string, key: string): Cell {
  const { sheet, row, col } = place(book, kind, rowId, key);
  return book.cell(sheet, row, col);
}

export function noteAt(book: MemoryWorkbook, kind: SheetKind, rowId: string, key: string): string | null {
  const { sheet, row, col } = place(book, kind, rowId, key);
  return book.sheet(sheet).notes.get(`${row},${col}`) ?? null;
}

export function fillAt(book: MemoryWorkbook, kind: SheetKind, rowId: string, key: string): string | null {
  const { sheet, row, col } = place(book, kind, rowId, key);
  return book.sheet(sheet).fills.get(`${row},${col}`) ?? null;
}

/** The log's rows below its header. */
export const logRows = (book: MemoryWorkbook): Cell[][] => (book.hasSheet(SHEETS.log) ? book.contents(SHEETS.log).slice(1) : []);

/** Every sheet of a book except the log, as contents: what "the master untouched" compares. */
export function snapshot(book: MemoryWorkbook, except: readonly string[] = [SHEETS.log]): Record<string, Cell[][]> {
  const out: Record<string, Cell[][]> = {};
  for (const name of book.sheetNames()) if (!except.includes(name)) out[name] = book.contents(name);
  return out;
}
