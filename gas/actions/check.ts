import { fullCheck, type CheckOutcome } from "../../core/workbook";
import type { Env } from "../env";
import { jobOptions } from "../document/workbook";
import { applyOnReads } from "../document/write";
import { notesOfRead, type FullRead } from "./full-read";

/**
 * "Check everything": the core's full check over both sheets (pastes can bypass live checks),
 * its marks written per sheet as one fill rectangle and one note rectangle. Needs a read with notes.
 */
export function checkEverything(env: Env, all: FullRead): CheckOutcome {
  const outcome = fullCheck(all.wb, jobOptions(all.opened), notesOfRead(all));
  applyOnReads(env, all.reads, outcome.marks, all.opened.settings.lang);
  return outcome;
}
