import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { parseDelimited, type Cell, type Grid, type MergedRange } from "../../core/grid";
import { msg } from "../../core/i18n";
import { parseA1 } from "../../core/patch";
import { toCoreCell, noteText } from "./cells";
import { decodeText } from "./decode-text";
import { fileError, HostError, isEncryptedPackage, sniffFile } from "./errors";

/** One sheet as the core sees it: values, merged ranges and notes, read in one pass. */
export interface SheetData {
  name: string;
  hidden: boolean;
  grid: Grid;
  merges: MergedRange[];
  /** Cell notes by "row,col" (0-based). */
  notes: Map<string, string>;
}

export interface LoadedSpreadsheet {
  file: string;
  kind: "xlsx" | "csv";
  /** The ExcelJS workbook (xlsx only), to patch and write elsewhere. */
  workbook: ExcelJS.Workbook | null;
  sheets: SheetData[];
}

/** Reads an .xlsx or .csv/.txt file; throws HostError with a Vietnamese/English message. */
export async function loadSpreadsheet(file: string): Promise<LoadedSpreadsheet> {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw fileError("missing", file);
    throw fileError("notReadable", file, (e as Error).message);
  }
  const ext = path.extname(file).toLowerCase();
  if (ext === ".csv" || ext === ".txt" || ext === ".tsv") return loadCsv(file, bytes);
  const kind = sniffFile(bytes);
  if (kind === "cfb") throw fileError(isEncryptedPackage(bytes) ? "password" : "legacyXls", file);
  if (kind !== "zip") {
    if (ext === ".xlsx" || ext === ".xlsm") throw fileError("corrupt", file);
    throw new HostError(msg("ui.file.unsupported", { file }));
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw fileError("corrupt", file, (e as Error).message);
  }
  return { file, kind: "xlsx", workbook, sheets: workbook.worksheets.map(sheetData) };
}

function loadCsv(file: string, bytes: Buffer): LoadedSpreadsheet {
  const text = decodeText(new Uint8Array(bytes));
  if (text === null) throw new HostError(msg("ui.file.csvEncoding", { file }));
  const name = path.basename(file, path.extname(file));
  return {
    file,
    kind: "csv",
    workbook: null,
    sheets: [{ name, hidden: false, grid: parseDelimited(text), merges: [], notes: new Map() }],
  };
}

/** A worksheet's used range as a grid (0-based), its merges and notes. */
export function sheetData(ws: ExcelJS.Worksheet): SheetData {
  const grid: Grid = [];
  const notes = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      cells[colNumber - 1] = toCoreCell(cell.value);
      const note = noteText(cell.note as ExcelJS.Comment | string | undefined);
      if (note) notes.set(`${rowNumber - 1},${colNumber - 1}`, note);
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    grid[rowNumber - 1] = cells;
  });
  for (let r = 0; r < grid.length; r++) if (grid[r] === undefined) grid[r] = [];
  const merges: MergedRange[] = [];
  const model = ws.model as unknown as { merges?: string[] };
  for (const ref of model.merges ?? []) {
    const range = parseA1(ref);
    if (range) merges.push({ top: range.row, left: range.col, bottom: range.row + range.rows - 1, right: range.col + range.cols - 1 });
  }
  return { name: ws.name, hidden: ws.state !== "visible", grid, merges, notes };
}

/** The sheet with that name, or a HostError listing the sheets there are. */
export function requireSheet(loaded: LoadedSpreadsheet, name: string): SheetData {
  const found = loaded.sheets.find((s) => s.name === name) ?? loaded.sheets.find((s) => s.name.normalize("NFC") === name.normalize("NFC"));
  if (!found) {
    throw new HostError(
      msg("ui.file.noSheet", { file: loaded.file, sheet: name, sheets: loaded.sheets.map((s) => s.name).join(", ") }),
    );
  }
  return found;
}
