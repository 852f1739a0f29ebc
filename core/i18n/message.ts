import { catalogue, type MessageCode } from "./catalogue";

/** UI language. Vietnamese is the default everywhere. */
export type Lang = "vi" | "en";

/** A user-facing text in both languages, with the catalogue code it came from. */
export interface Message {
  code: MessageCode;
  vi: string;
  en: string;
}

export type MessageParams = Record<string, string | number>;

function fill(template: string, params: MessageParams | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

/** Builds a message from the one catalogue; `{name}` placeholders are filled from `params`. */
export function msg(code: MessageCode, params?: MessageParams): Message {
  const entry = catalogue[code];
  return { code, vi: fill(entry.vi, params), en: fill(entry.en, params) };
}

/** The text of a message in the given language. */
export function text(message: Pick<Message, "vi" | "en">, lang: Lang = "vi"): string {
  return message[lang];
}
