import { msg } from "../../core/i18n";
import { trackingWorkbookPatch } from "../../core/layout";
import type { Plan } from "../../core/model";
import { loadTemplate } from "../../core/template";
import { settingsOf, type Env } from "../env";
import { UserError } from "../errors";
import { readStoredSettings, saveSettings } from "../settings";
import { loadMeta, readMetaSheet } from "../document/meta-store";
import { apply } from "../document/write";

/**
 * Creates the tracking workbook of a bundled plan template. An existing tracking workbook is
 * only replaced when the caller says so (the sidebar asks the person first).
 */
export function createFromTemplate(env: Env, templateId: string, replace: boolean): Plan {
  const { plan, error } = loadTemplate(templateId);
  if (!plan) throw new UserError(error ?? msg("template.unknownId", { id: templateId, known: "" }));
  return createFromPlan(env, plan, replace);
}

/** Same, from a plan model (a template, or a plan another way produced). */
export function createFromPlan(env: Env, plan: Plan, replace: boolean): Plan {
  const existing = loadMeta(env).meta;
  if (existing && !replace) throw new UserError(msg("gas.alreadyTracking", { number: existing.planNumber }));
  const stored = readStoredSettings(env.props);
  const lang = settingsOf(env, null).lang;
  // A year chosen for an earlier workbook is kept only if it lies within this plan; else automatic.
  const chosen = stored?.year ?? null;
  const asOf = chosen !== null && chosen >= plan.period.from && chosen <= plan.period.to ? chosen : undefined;
  apply(env, trackingWorkbookPatch(plan, { lang, asOf }), lang);
  // Cache exactly what was written (and check it reads back).
  const { meta, error: readError } = readMetaSheet(env);
  if (!meta) throw new UserError(readError ?? msg("gas.noWorkbook"));
  const year = meta.settings.yearMode === "fixed" ? meta.settings.asOf : null;
  if (env.props) saveSettings(env.props, { year, projection: stored?.projection ?? meta.settings.projection, lang });
  env.ss.getSheetByName(meta.indicatorLayout.sheet)?.activate();
  return plan;
}
