import { now } from "../clock";

/**
 * An Apps Script run stops at 6 minutes. No new agency is started after 4.5: one agency (build
 * a copy, or open one and read it) fits comfortably in the remaining 1.5 minutes, and what is
 * left is saved for the next run.
 */
export const RUN_BUDGET_MS = 270_000;

export class Budget {
  private readonly start = now();
  constructor(private readonly limitMs = RUN_BUDGET_MS) {}
  canStart(): boolean {
    return now() - this.start < this.limitMs;
  }
}
