import { excelMessages } from "../../core/i18n/catalogue/excel";
import { formatText } from "../../core/i18n/format";
import type { Lang, MessageParams } from "../../core/i18n";

/**
 * The task pane's own texts: the catalogue's "excel." part, imported alone (not through
 * core/i18n) so the first script does not carry the whole catalogue; the core chunk brings the
 * rest with it. Messages from the core arrive already built in both languages.
 */
export type ExcelCode = keyof typeof excelMessages;

export const t = (lang: Lang, code: ExcelCode, params?: MessageParams): string => formatText(excelMessages[code][lang], params);
