import { formatText } from "../../core/i18n/format";
import type { Lang, MessageParams } from "../../core/i18n";
import { STRINGS } from "./strings-table";
import type { SidebarCode } from "./codes";

export { SIDEBAR_CODES, type SidebarCode } from "./codes";

/** A sidebar text in both languages, shaped like a catalogue message. */
export function sidebarMessage(code: SidebarCode, params?: MessageParams): { code: SidebarCode; vi: string; en: string } {
  const entry = STRINGS[code];
  return { code, vi: formatText(entry.vi, params), en: formatText(entry.en, params) };
}

/** One language of a sidebar text. */
export function sidebarText(code: SidebarCode, lang: Lang, params?: MessageParams): string {
  return formatText(STRINGS[code][lang], params);
}
