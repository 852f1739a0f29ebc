import * as fs from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { msg } from "../../core/i18n";
import type { ChartSpec } from "../../core/patch";
import { workbookBytes } from "../../hosts/xlsx";
import { HostError } from "./errors";

/**
 * Writes atomically: a temporary file beside the target, then a rename, so a crash or a full disk
 * never leaves a half-written workbook (and never touches the previous file until the end).
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing left to clean
    }
    throw new HostError(msg("ui.file.writeFailed", { file, detail: (e as Error).message }));
  }
}

export async function saveWorkbook(wb: ExcelJS.Workbook, charts: Map<string, ChartSpec[]>, file: string): Promise<void> {
  await writeFileAtomic(file, await workbookBytes(wb, charts));
}

/** Refuses to write over an input file (commands never modify their inputs unless asked). */
export function assertNotInput(output: string, inputs: string[]): void {
  const out = path.resolve(output);
  if (inputs.some((i) => path.resolve(i) === out)) throw new HostError(msg("ui.file.sameAsInput", { file: output }));
}
