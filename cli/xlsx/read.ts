import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { parseDelimited } from "../../core/grid";
import { msg } from "../../core/i18n";
import { sheetData, type SheetData } from "../../hosts/xlsx";
import { decodeText } from "./decode-text";
import { fileError, HostError, isEncryptedPackage, sniffFile } from "./errors";

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
    sheets: [{ name, hidden: false, grid: parseDelimited(text), merges: [], notes: new Map(), uncomputed: [] }],
  };
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
