import { defaultAgencyIndex } from "../../core/agency";
import { buildSummary, summaryToPatch, SUMMARY_SHEET, type Summary } from "../../core/summary";
import type { Env } from "../env";
import type { Statuses } from "../document/statuses";
import { apply } from "../document/write";
import type { FullRead } from "./full-read";

/** Builds the summary from computed statuses and (re)writes the "Tổng hợp" sheet in place, charts included. */
export function writeSummary(env: Env, all: FullRead, statuses: Statuses): { summary: Summary; sheet: string } {
  const { opened, view } = all;
  const agencies = defaultAgencyIndex();
  const summary = buildSummary({
    plan: view.plan,
    asOf: opened.settings.year,
    today: opened.today,
    indicatorStatuses: statuses.current,
    taskStatuses: statuses.tasks,
    observations: view.reports.observations,
    progress: view.reports.progress,
    agencyName: (id) => agencies.byId.get(id)?.name ?? id,
  });
  apply(env, summaryToPatch(summary, { lang: opened.settings.lang }), opened.settings.lang);
  return { summary, sheet: SUMMARY_SHEET };
}
