import { statusPatch } from "../../core/layout";
import type { Env } from "../env";
import { computeStatuses, type Statuses } from "../document/statuses";
import { applyOnRead } from "../document/write";
import type { FullRead } from "./full-read";

/** Computes every status for the reporting year and writes the computed columns of both sheets. */
export function writeStatuses(env: Env, all: FullRead): Statuses {
  const { opened, view } = all;
  const statuses = computeStatuses(view.plan, view.reports, opened.settings, opened.today);
  for (const read of all.reads) {
    // Status cells in the workbook's own language: its conditional formats colour those labels.
    const patch = statusPatch(read.layout, read.records, statuses.indicators, statuses.tasks, opened.meta.settings.lang);
    applyOnRead(env, read, patch, opened.settings.lang);
  }
  return statuses;
}
