import { msg, type Message, type MessageCode, type MessageParams } from "../i18n";
import type { Finding, Severity } from "../model";

/** A message whose parameters differ by language (parts that are themselves messages). */
export function bilingual(code: MessageCode, vi: MessageParams, en: MessageParams): Message {
  return { code, vi: msg(code, vi).vi, en: msg(code, en).en };
}

/** Collects findings for one sheet. */
export class FindingSink {
  readonly items: Finding[] = [];
  constructor(private readonly sheet: string) {}

  add(
    row: number,
    column: string,
    severity: Severity,
    code: string,
    message: Message | Finding["message"],
    suggestion: Message | Finding["message"] | null = null,
  ): void {
    this.items.push({ sheet: this.sheet, row, column, severity, code, message, suggestion });
  }
}
