import type { MessageParams } from "./message";

const PLACEHOLDER = /\{(\w+)\}/g;
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Fills `{name}` placeholders of one catalogue text, as `msg` does (unknown ones stay as
 * written). For pages that carry only a few catalogue entries instead of the whole catalogue
 * (the Sheets sidebar, the Excel task pane's first script): importing this file alone does not
 * pull the catalogue in.
 */
export function formatText(template: string, params?: MessageParams): string {
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, key: string) => (hasOwn.call(params, key) ? String(params[key]) : whole));
}
