/**
 * Time for the sharing actions: a clock tests can drive (the time budget of one Apps Script run)
 * and the stamp written into packages and the log, in Viet Nam time (UTC+7, no daylight saving).
 */
const OFFSET_MS = 7 * 3600 * 1000;

let source: () => number = () => Date.now();

export function nowMs(): number {
  return source();
}

/** For tests: a fake clock (null to go back to the real one). */
export function setShareClock(clock: (() => number) | null): void {
  source = clock ?? (() => Date.now());
}

/** "2027-11-20 09:15". */
export function stampTime(): string {
  return new Date(nowMs() + OFFSET_MS).toISOString().slice(0, 16).replace("T", " ");
}

/**
 * An Apps Script run stops at 6 minutes. No new agency is started after 4.5: one agency (build
 * a copy, or open one and read it) fits comfortably in the remaining 1.5 minutes, and what is
 * left is saved for the next run.
 */
export const RUN_BUDGET_MS = 270_000;

export class Budget {
  private readonly start = nowMs();
  constructor(private readonly limitMs = RUN_BUDGET_MS) {}
  canStart(): boolean {
    return nowMs() - this.start < this.limitMs;
  }
}
