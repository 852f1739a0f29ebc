import ExcelJS from "exceljs";
import type { Cell, Grid } from "../../core/grid";
import { msg } from "../../core/i18n";
import { excelSerial } from "../../core/patch";
import { openPackage, type PackageInput, type ReturnNote, type SharePackage, type UncomputedCell } from "../../core/share";
import { applyPatch, isEncryptedPackage, sheetData, sniffFile, workbookBytes } from "../../hosts/xlsx";

/**
 * Package files in the task pane, with the same ExcelJS host as `chitieu split` / `merge`
 * (ExcelJS's browser build in the sharing chunk): a package's patch becomes .xlsx bytes, and a
 * returned file becomes the core's package input. Nothing here touches the open workbook.
 */
export interface PackageFile {
  fileName: string;
  agencyName: string;
  editableRows: number;
  readOnlyRows: number;
  bytes: Uint8Array;
}

/** The package as an .xlsx file, built from an empty workbook exactly as the CLI writes it. */
export async function packageFile(pkg: SharePackage): Promise<PackageFile> {
  const wb = new ExcelJS.Workbook();
  const applied = applyPatch(wb, pkg.patch);
  const bytes = await workbookBytes(wb, applied.charts);
  return { fileName: pkg.fileName, agencyName: pkg.agency.name, editableRows: pkg.editableRows, readOnlyRows: pkg.readOnlyRows, bytes };
}

/**
 * Office.js reads the open master's dates as serial numbers; ExcelJS reads a package's as Date.
 * Package dates become serials too, so a date the agency left alone is not a conflict and a new
 * one lands in the master as Excel stores dates.
 */
const asOfficeCell = (c: Cell): Cell => (c instanceof Date ? excelSerial(c.toISOString().slice(0, 10)) : c);

const unreadable = (source: string, error: PackageInput["error"]): PackageInput => ({ source, read: null, error });

/**
 * A file the user picked, read into grids and opened as a package. Never throws: a damaged,
 * encrypted, old-format or foreign file comes back as an input the merge rejects with a reason.
 */
export async function readPackageFile(source: string, bytes: Uint8Array): Promise<PackageInput> {
  const kind = sniffFile(bytes);
  if (kind === "cfb") return unreadable(source, msg(isEncryptedPackage(bytes) ? "ui.file.password" : "ui.file.legacyXls", { file: source }));
  if (kind !== "zip") return unreadable(source, msg("ui.file.corrupt", { file: source, detail: "" }));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return unreadable(source, msg("ui.file.corrupt", { file: source, detail: e instanceof Error ? e.message : "" }));
  }
  const grids = new Map<string, Grid>();
  const notes = new Map<string, Map<string, string>>();
  const uncomputed: UncomputedCell[] = [];
  for (const ws of wb.worksheets) {
    const data = sheetData(ws);
    grids.set(ws.name, data.grid.map((row) => row.map(asOfficeCell)));
    notes.set(ws.name, data.notes);
    for (const u of data.uncomputed) uncomputed.push({ sheet: ws.name, ...u });
  }
  return openPackage(source, (name) => grids.get(name) ?? null, { uncomputed, notes: (sheet, row, col) => notes.get(sheet)?.get(`${row},${col}`) ?? null });
}

/**
 * The agency's own package file with what could not be taken marked on its cells and listed on
 * a first sheet "Cần sửa": what the coordinator sends back (the stamp is untouched, so the
 * corrected file merges against the same base).
 */
export async function returnFile(note: ReturnNote, bytes: Uint8Array): Promise<PackageFile> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const applied = applyPatch(wb, note.patch);
  const out = await workbookBytes(wb, applied.charts);
  return { fileName: note.source.split(/[\\/]/).pop() ?? note.source, agencyName: note.agencyName, editableRows: 0, readOnlyRows: 0, bytes: out };
}
