import type { Lang } from "../../core/i18n";
import { t, type ExcelCode } from "./strings";

/**
 * DOM helpers of the task pane shell. Sheet text (messages quote what people typed) only ever
 * reaches the page through `textContent`, never as HTML, so a cell holding markup shows as text.
 */
export { t };

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fills every `data-t` element with its catalogue text. */
export function translate(root: ParentNode, lang: Lang): void {
  root.querySelectorAll<HTMLElement>("[data-t]").forEach((node) => {
    node.textContent = t(lang, node.dataset.t as ExcelCode);
  });
  document.documentElement.lang = lang;
}
