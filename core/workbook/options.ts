import type { Lang, Message } from "../i18n";
import type { Projection } from "../model";
import { checkReportingYear, reportingPeriod, vietnamDate, type ReportingPeriod } from "../period";
import type { TrackingWorkbook } from "./open";

/** What every job takes from the host besides the workbook. */
export interface JobOptions {
  /**
   * The reporting year: a year a person chose (CLI `--year`, a settings field), "auto" for the
   * year being prepared today, or nothing for the workbook's own setting (which may be "auto").
   */
  asOf?: number | "auto";
  /** The host's clock, `Date.now()`: the only time the core gets. Without it, no "today". */
  now?: number;
  lang?: Lang;
  locale?: "vi-VN" | "en-US";
  /** The projection method for "on track" (default: the workbook's setting). */
  projection?: Projection;
}

/** The reporting year a job works on, and why. */
export interface ReportingYear {
  year: number;
  /** True when it follows today's date (not a person's choice). */
  auto: boolean;
  /** Today in Viet Nam (yyyy-mm-dd), when the host gave its clock. */
  today: string | null;
  /** The period of the year being prepared today (null without a clock). */
  period: ReportingPeriod | null;
}

/** Today in Viet Nam from the host's instant; undefined without one. */
export function todayOf(o: JobOptions): string | undefined {
  if (o.now === undefined) return undefined;
  const day = vietnamDate(o.now);
  return day === "" ? undefined : day;
}

/**
 * The reporting year: the one asked for, else the workbook's fixed year, else (automatic) the
 * year being prepared today by the plan's deadlines (docs/domain.md, "Reporting period"); without
 * a clock an automatic year falls back to the year stored in the workbook.
 */
export function reportingYearOf(wb: Pick<TrackingWorkbook, "meta">, o: JobOptions = {}): ReportingYear {
  const today = todayOf(o) ?? null;
  const period = today === null ? null : reportingPeriod(wb.meta, today);
  if (typeof o.asOf === "number") return { year: o.asOf, auto: false, today, period };
  const auto = o.asOf === "auto" || wb.meta.settings.yearMode !== "fixed";
  if (auto && period !== null) return { year: period.year, auto: true, today, period };
  return { year: wb.meta.settings.asOf, auto: false, today, period };
}

/** A year a person gave, checked against the workbook's plan (null when it may be used). */
export function checkYear(wb: Pick<TrackingWorkbook, "meta">, year: unknown): Message | null {
  return checkReportingYear(wb.meta, year);
}

export const langOf = (wb: Pick<TrackingWorkbook, "meta">, o: JobOptions): Lang => o.lang ?? wb.meta.settings.lang;
