import ExcelJS from "exceljs";
import type { Cell, Grid } from "../../../core/grid";
import type { SheetKind } from "../../../core/layout";
import type { PatchValue } from "../../../core/patch";
import { openTrackingWorkbook, type TrackingWorkbook } from "../../../core/workbook";
import { sheetData } from "../../../hosts/xlsx";

/** A package file as an agency handles it: opened with ExcelJS in Node, typed into, saved. */
export class PackageBook {
  private constructor(
    readonly book: ExcelJS.Workbook,
    readonly tracking: TrackingWorkbook,
  ) {}

  static async open(bytes: Uint8Array): Promise<PackageBook> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const grids = new Map<string, Grid>(book.worksheets.map((ws) => [ws.name, sheetData(ws).grid]));
    const { workbook, error } = openTrackingWorkbook((name) => grids.get(name) ?? null);
    if (!workbook) throw new Error(error?.en ?? "not a tracking workbook");
    return new PackageBook(book, workbook);
  }

  rowIds(kind: SheetKind): string[] {
    const records = kind === "indicators" ? this.tracking.indicatorRecords : this.tracking.taskRecords;
    return records.filter((r) => r.rowId !== null).map((r) => r.rowId as string);
  }

  private place(kind: SheetKind, rowId: string, key: string): { sheet: string; row: number; col: number } {
    const layout = kind === "indicators" ? this.tracking.meta.indicatorLayout : this.tracking.meta.taskLayout;
    const records = kind === "indicators" ? this.tracking.indicatorRecords : this.tracking.taskRecords;
    const row = records.find((r) => r.rowId === rowId)?.row;
    const col = layout.columns.find((c) => c.key === key)?.col;
    if (row === undefined || col === undefined) throw new Error(`no cell ${rowId} ${key}`);
    return { sheet: layout.sheet, row, col };
  }

  set(kind: SheetKind, rowId: string, key: string, value: Exclude<PatchValue, object>): this {
    const at = this.place(kind, rowId, key);
    this.book.getWorksheet(at.sheet)!.getCell(at.row + 1, at.col + 1).value = value;
    return this;
  }

  get(kind: SheetKind, rowId: string, key: string): Cell {
    const at = this.place(kind, rowId, key);
    const v = this.book.getWorksheet(at.sheet)!.getCell(at.row + 1, at.col + 1).value;
    return v === undefined ? null : (v as Cell);
  }

  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(await this.book.xlsx.writeBuffer());
  }
}
