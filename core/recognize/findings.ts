import type { Message } from "../i18n";
import type { Finding, Severity } from "../model";

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
