export { bilingual, joined, msg, msgLang, msgText, templateParts, text } from "./message";
export { formatText } from "./format";
export type { Lang, Message, MessageParams } from "./message";
export { catalogue } from "./catalogue";
export type { MessageCode, CatalogueEntry } from "./catalogue";
