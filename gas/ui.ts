import { msg, type Lang } from "../core/i18n";
import type { Services } from "./host/services";

export const SIDEBAR_FILE = "Sidebar";
/** The Word import dialog (the Google Picker and the import's result). */
export const PICKER_FILE = "Picker";
export type SidebarView = "main" | "settings" | "create";

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}

/** Opens the sidebar (one HTML file with its script and styles inlined) on a view, in a language. */
export function showSidebar(svc: Services, view: SidebarView, lang: Lang): void {
  const html = svc.htmlService
    .createHtmlOutputFromFile(SIDEBAR_FILE)
    .setTitle(msg("gas.title")[lang])
    .append(`<script>window.CHITIEU_BOOT=${scriptJson({ view, lang })};</script>`);
  svc.spreadsheetApp.getUi().showSidebar(html);
}

export function showHelp(svc: Services, lang: Lang): void {
  svc.spreadsheetApp.getUi().alert(msg("gas.help")[lang]);
}

/** Opens the Word import dialog over the spreadsheet. */
export function showWordPicker(svc: Services, lang: Lang): void {
  const html = svc.htmlService
    .createHtmlOutputFromFile(PICKER_FILE)
    .setWidth(760)
    .setHeight(540)
    .append(`<script>window.CHITIEU_BOOT=${scriptJson({ lang })};</script>`);
  svc.spreadsheetApp.getUi().showModalDialog(html, msg("gas.word.title")[lang]);
}
