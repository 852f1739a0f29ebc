import type { MessageCode } from "../../core/i18n";

/**
 * The catalogue entries the sidebar writes itself: headings, buttons, progress and its own
 * errors. Everything else (findings, outcomes, status labels) arrives from the server as
 * messages in both languages, so the page does not carry the catalogue.
 */
export const SIDEBAR_CODES = [
  "gas.title",
  "gas.noWorkbook",
  "gas.badRequest",
  "gas.settingsSaved",
  "gas.menu.check",
  "gas.menu.statuses",
  "gas.menu.summary",
  "gas.menu.recognize",
  "gas.ui.actions",
  "gas.ui.badAnswer",
  "gas.ui.callFailed",
  "gas.ui.cagr",
  "gas.ui.cell",
  "gas.ui.create",
  "gas.ui.done",
  "gas.ui.error",
  "gas.ui.findings",
  "gas.ui.info",
  "gas.ui.lang",
  "gas.ui.linear",
  "gas.ui.more",
  "gas.ui.noFindings",
  "gas.ui.noStatuses",
  "gas.ui.notChecked",
  "gas.ui.overview",
  "gas.ui.plan",
  "gas.ui.projection",
  "gas.ui.replace",
  "gas.ui.save",
  "gas.ui.settings",
  "gas.ui.step",
  "gas.ui.warning",
  "gas.ui.year",
  "gas.ui.yearAuto",
  "gas.ui.yearAutoShort",
  "gas.menu.shareProtect",
  "gas.menu.shareCopies",
  "gas.menu.shareConsolidate",
  "gas.ui.sharing",
  "gas.ui.notify",
  "gas.ui.withoutEmail",
  "gas.ui.copies",
  "gas.ui.conflicts",
  "gas.ui.rejected",
  "gas.ui.missing",
  "gas.ui.problems",
  "gas.ui.progress",
] as const satisfies readonly MessageCode[];

export type SidebarCode = (typeof SIDEBAR_CODES)[number];
