import { statusJob, summaryJob, type StatusOutcome, type SummaryOutcome } from "../../core/workbook";
import type { Env } from "../env";
import { jobOptions } from "../document/workbook";
import { applyOnReads } from "../document/write";
import { notesOfRead, type FullRead } from "./full-read";

/** Computes every status for the reporting year (the core's status job) and writes the computed columns. */
export function writeStatuses(env: Env, all: FullRead): StatusOutcome {
  const outcome = statusJob(all.wb, jobOptions(all.opened));
  applyOnReads(env, all.reads, outcome.marks, all.opened.settings.lang);
  return outcome;
}

/**
 * The summary (the core's summary job): re-check with marks, statuses, then the "Tổng hợp"
 * sheet and its charts, written in place. `full` false: the sidebar has just written the marks
 * and statuses in its own steps, so only the sheet is written (and notes need not be read).
 */
export function writeSummary(env: Env, all: FullRead, full: boolean): SummaryOutcome {
  const outcome = summaryJob(all.wb, jobOptions(all.opened), notesOfRead(all));
  applyOnReads(env, all.reads, full ? outcome.patch : outcome.sheet, all.opened.settings.lang);
  return outcome;
}
