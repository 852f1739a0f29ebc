import { msg, type Lang } from "../core/i18n";
import type { Services } from "./host/services";

export const SIDEBAR_FILE = "Sidebar";
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
