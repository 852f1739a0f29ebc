import type { AgencyIndex } from "../agency";
import type { Finding, Plan, Severity } from "../model";

export type { AgencyIndex };

export interface ValidationContext {
  plan: Plan;
  agencies: AgencyIndex;
  /** Reporting year: values after it are "future", a baseline must not be after it. */
  asOf: number;
  /** How numbers typed as text are read (Vietnamese by default). */
  locale?: "vi-VN" | "en-US";
  /** Sheet names for findings (default "Chỉ tiêu" / "Nhiệm vụ"). */
  indicatorSheet?: string;
  taskSheet?: string;
  /** Today as yyyy-mm-dd: a completion date after it is an error. Without it that check is skipped. */
  today?: string;
  /**
   * Plan row ids this sheet is expected to hold (a per-agency copy holds only that agency's rows).
   * Default: every plan row. Rows outside it are not reported missing.
   */
  expectedRowIds?: ReadonlySet<string>;
}

export type RuleScope = "indicator" | "task";

interface RuleBase {
  /** Stable code ("indicator.actual.notANumber"); its catalogue entry is `validation.<code>`. */
  code: string;
  scope: RuleScope;
  severity: Severity;
  /**
   * Column keys the rule reads, so a host knows which rules an edit of a column touches.
   * Per-year columns are written with a star: "actual:*".
   */
  columns: readonly string[];
}

/** A rule on one row: used for live validation of an edited row. */
export interface RowRule<R> extends RuleBase {
  level: "row";
  check(record: R, ctx: ValidationContext): Finding[];
}

/** A rule on the whole sheet: duplicates, orphans, rows missing or unknown to the plan. */
export interface SheetRule<R> extends RuleBase {
  level: "sheet";
  check(records: readonly R[], ctx: ValidationContext): Finding[];
}

export type Rule<R> = RowRule<R> | SheetRule<R>;
