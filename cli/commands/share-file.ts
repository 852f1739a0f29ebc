import { randomBytes } from "node:crypto";
import type ExcelJS from "exceljs";
import { msg, text, type Lang } from "../../core/i18n";
import { openPackage, openShareMaster, tallyText, type ErrorTally, type Labels, type NoteLookup, type PackageInput, type ShareMaster } from "../../core/share";
import { checkYear } from "../../core/workbook";
import { gridsOf } from "../tracking-file";
import { HostError, loadSpreadsheet, type LoadedSpreadsheet } from "../xlsx";

/** A master read from an .xlsx file for split, merge or resolve: the ExcelJS workbook to patch, and the core's view. */
export interface ShareFile {
  loaded: LoadedSpreadsheet;
  workbook: ExcelJS.Workbook;
  master: ShareMaster;
  notes: NoteLookup;
}

/** The notes a loaded file holds, as the core looks them up. */
export function notesOf(loaded: LoadedSpreadsheet): NoteLookup {
  const bySheet = new Map(loaded.sheets.map((s) => [s.name, s.notes]));
  return (sheet, row, col) => bySheet.get(sheet)?.get(`${row},${col}`) ?? null;
}

/**
 * Opens a master; a file that is not one, or whose metadata contradicts its sheets, is a message.
 * `now`: the clock (`Date.now()`), so that an automatic reporting year is the year being prepared
 * today; `year`: a year a person gave (`--year`), refused with a message when outside the plan.
 */
export async function openShareFile(file: string, options: { now?: number; year?: number } = {}): Promise<ShareFile> {
  const loaded = await loadSpreadsheet(file);
  if (!loaded.workbook) throw new HostError(msg("ui.file.noPlan", { file }));
  const grids = gridsOf(loaded);
  const { master, error } = openShareMaster((name) => grids.get(name) ?? null, { now: options.now });
  if (!master) throw new HostError(error?.code === "layout.meta.missing" ? msg("ui.file.noPlan", { file }) : (error ?? msg("ui.file.noPlan", { file })));
  const problem = options.year === undefined ? null : checkYear(master.workbook, options.year);
  if (problem) throw new HostError(problem);
  return { loaded, workbook: loaded.workbook, master, notes: notesOf(loaded) };
}

/** Reads one returned package; a file that cannot be read becomes a package the merge rejects with the reason. */
export async function readPackageFile(file: string, source: string): Promise<{ input: PackageInput; loaded: LoadedSpreadsheet | null }> {
  try {
    const loaded = await loadSpreadsheet(file);
    if (!loaded.workbook) return { input: { source, read: null, error: msg("ui.file.noPlan", { file: source }) }, loaded: null };
    const grids = gridsOf(loaded);
    const uncomputed = loaded.sheets.flatMap((s) => s.uncomputed.map((u) => ({ sheet: s.name, ...u })));
    return { input: openPackage(source, (name) => grids.get(name) ?? null, { uncomputed, notes: notesOf(loaded) }), loaded };
  } catch (e) {
    return { input: { source, read: null, error: e instanceof HostError ? e.userMessage : null }, loaded: null };
  }
}

/** 32 bytes from the operating system's random source, for the master's signing key. */
export const newSecret = (): string => randomBytes(32).toString("hex");

/** "Data errors in the master — before: …. After: …." (one list when nothing changed). */
export function errorsLine(before: ErrorTally, after: ErrorTally, labels: Labels, lang: Lang): string {
  const same = before.count === after.count && before.places.every((p, i) => p.sheet === after.places[i]?.sheet && p.cell === after.places[i]?.cell);
  const b = tallyText(before, labels)[lang];
  return text(same ? msg("share.cli.errorsSame", { errors: b }) : msg("share.cli.errors", { before: b, after: tallyText(after, labels)[lang] }), lang);
}
