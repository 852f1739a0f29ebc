import type { Grid } from "../../core/grid";
import { SHEETS } from "../../core/layout";
import { fullCheck, keptLines, standardiseNumbers, type StandardiseOutcome } from "../../core/workbook";
import type { Message } from "../../core/i18n";
import type { Env } from "../env";
import { toGrid } from "../host/cells";
import { jobOptions } from "../document/workbook";
import { applyOnReads } from "../document/write";
import { notesOfRead, type FullRead } from "./full-read";

/** The "Nhật ký" sheet as read (null when the workbook has none). */
function readLog(env: Env): Grid | null {
  const sheet = env.ss.getSheetByName(SHEETS.log);
  if (!sheet) return null;
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  return rows === 0 || cols === 0 ? [] : toGrid(sheet.getRange(1, 1, rows, cols).getValues());
}

/**
 * "Chuẩn hóa số liệu" in Sheets: the core's job on a full read (with notes, for the marks), the
 * numbers and the log rows written, then every mark checked again on the result. Sheets already
 * reads numbers typed the spreadsheet's way; this turns the rest (typed in another convention,
 * pasted as text) into numbers, and leaves what would be a guess.
 */
export function standardiseInSheets(env: Env, all: FullRead): { outcome: StandardiseOutcome; lines: Message[] } {
  const o = jobOptions(all.opened);
  const outcome = standardiseNumbers(all.wb, readLog(env), o);
  const check = fullCheck(outcome.after, o, notesOfRead(all));
  applyOnReads(env, all.reads, [...outcome.patch, ...check.marks], all.opened.settings.lang);
  return { outcome, lines: [outcome.message, ...keptLines(outcome)] };
}
