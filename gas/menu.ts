import { msg, type Lang, type MessageCode } from "../core/i18n";
import type { MenuApi, OpenEventApi, UiApi } from "./host/surface";
import type { Services } from "./host/services";

/** Menu items and the top-level function each one calls (all exported by gas/main.ts). */
export const MENU_ITEMS: readonly ({ label: MessageCode; fn: string } | null)[] = [
  { label: "gas.menu.sidebar", fn: "menuOpenSidebar" },
  null,
  { label: "gas.menu.create", fn: "menuCreate" },
  { label: "gas.menu.recognize", fn: "menuRecognize" },
  { label: "gas.menu.importWord", fn: "menuImportWord" },
  null,
  { label: "gas.menu.check", fn: "menuCheckAll" },
  { label: "gas.menu.statuses", fn: "menuComputeStatuses" },
  { label: "gas.menu.summary", fn: "menuGenerateSummary" },
  null,
  { label: "gas.menu.shareProtect", fn: "menuShareProtect" },
  { label: "gas.menu.shareCopies", fn: "menuShareCopies" },
  { label: "gas.menu.shareConsolidate", fn: "menuShareConsolidate" },
  null,
  { label: "gas.menu.settings", fn: "menuSettings" },
  { label: "gas.menu.help", fn: "menuHelp" },
];

/** In AuthMode.NONE (add-on installed but not yet used in this file) only these: no service is touched. */
export const MINIMAL_MENU_ITEMS: readonly { label: MessageCode; fn: string }[] = [
  { label: "gas.menu.sidebar", fn: "menuOpenSidebar" },
  { label: "gas.menu.help", fn: "menuHelp" },
];

function fill(menu: MenuApi, items: readonly ({ label: MessageCode; fn: string } | null)[], lang: Lang): MenuApi {
  for (const item of items) {
    if (item === null) menu.addSeparator();
    else menu.addItem(msg(item.label)[lang], item.fn);
  }
  return menu;
}

/**
 * The add-on menu (Extensions → Chỉ Tiêu). In AuthMode.NONE the script may not read properties or
 * the document, so the menu is minimal and Vietnamese; in LIMITED/FULL it is complete, in the
 * document's language (a document property, readable in both modes).
 */
export function buildMenu(ui: UiApi, svc: Pick<Services, "scriptApp">, e: OpenEventApi | undefined, lang: () => Lang): "minimal" | "full" {
  const menu = ui.createAddonMenu();
  if (e?.authMode !== undefined && e.authMode === svc.scriptApp.AuthMode.NONE) {
    fill(menu, MINIMAL_MENU_ITEMS, "vi").addToUi();
    return "minimal";
  }
  fill(menu, MENU_ITEMS, lang()).addToUi();
  return "full";
}
