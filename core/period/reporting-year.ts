import { msg, type Message } from "../i18n";

/** What the reporting period needs to know about a plan (a Plan or a workbook's metadata). */
export interface PlanCalendar {
  period: { from: number; to: number };
  reporting: { agencyDeadline: string; consolidationDeadline: string | null };
}

/**
 * Where the year's closing day comes from: the plan's consolidation deadline, else its agency
 * deadline, else the cut-off of Nghị định 09/2019/NĐ-CP (a year's data run from 15/12 of the
 * previous year to 14/12).
 */
export type ClosingSource = "consolidation" | "agency" | "decree";

export interface ReportingPeriod {
  /** The year whose report is being prepared. */
  year: number;
  /**
   * "reporting": agencies are still reporting (up to the agency deadline, or the decree's
   * cut-off); "consolidating": the coordinating department consolidates (after the agency
   * deadline, up to the consolidation deadline).
   */
  phase: "reporting" | "consolidating";
  /** The last day the year's report is prepared (yyyy-mm-dd). */
  closesOn: string;
  /** The agencies' deadline for the year, when the plan sets one (yyyy-mm-dd). */
  agencyDeadline: string | null;
  source: ClosingSource;
  /** The day fell before the plan's first year or after its last: the year was brought inside. */
  clamped: boolean;
}

/** NĐ 09/2019/NĐ-CP, Art. 12: annual data are cut off on 14/12. */
const DECREE_CUTOFF = { month: 12, day: 14 };

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** "15/11" → month and day; null when the text is not a day of the year. */
export function readDayMonth(text: string | null | undefined): { month: number; day: number } | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*$/.exec(text ?? "");
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const probe = new Date(Date.UTC(2024, month - 1, day)); // a leap year: 29/2 is a day of the year
  return month >= 1 && month <= 12 && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day ? { month, day } : null;
}

/**
 * The date of a month-day deadline for a year's data. A deadline in the first half of the
 * calendar year (before 1 July) falls in the year after the data year (a report "by 15/1" on
 * the year just ended); 29/2 in a common year is 28/2.
 */
function deadlineFor(dataYear: number, at: { month: number; day: number }): string {
  const year = at.month < 7 ? dataYear + 1 : dataYear;
  const last = new Date(Date.UTC(2000, at.month, 0));
  last.setUTCFullYear(year, at.month, 0);
  const day = Math.min(at.day, last.getUTCDate());
  return `${pad(year, 4)}-${pad(at.month)}-${pad(day)}`;
}

function closing(plan: PlanCalendar): { at: { month: number; day: number }; source: ClosingSource } {
  const consolidation = readDayMonth(plan.reporting.consolidationDeadline);
  if (consolidation) return { at: consolidation, source: "consolidation" };
  const agency = readDayMonth(plan.reporting.agencyDeadline);
  if (agency) return { at: agency, source: "agency" };
  return { at: DECREE_CUTOFF, source: "decree" };
}

/**
 * The year whose report is being prepared on `today` (yyyy-mm-dd, Viet Nam time): a data year's
 * report is prepared until its closing day (consolidation deadline, else agency deadline, else
 * the decree's 14/12 cut-off); from the next day on, the next year's. The result is kept within
 * the plan's years (before the plan starts: its first year; after it ends: its last, the final
 * report). See docs/domain.md, "Reporting period".
 */
export function reportingPeriod(plan: PlanCalendar, today: string): ReportingPeriod {
  const { at, source } = closing(plan);
  const agency = readDayMonth(plan.reporting.agencyDeadline);
  const calendarYear = /^\d{4}-\d{2}-\d{2}$/.test(today) ? Number(today.slice(0, 4)) : plan.period.from;
  // The smallest data year still open on `today` (a deadline may fall in the following year).
  let year = calendarYear - 1;
  while (deadlineFor(year, at) < today) year++;
  let clamped = false;
  if (year < plan.period.from || year > plan.period.to) {
    year = Math.min(Math.max(year, plan.period.from), plan.period.to);
    clamped = true;
  }
  const closesOn = deadlineFor(year, at);
  const agencyDeadline = agency ? deadlineFor(year, agency) : null;
  const phase = source === "consolidation" && agencyDeadline !== null && today > agencyDeadline && !clamped ? "consolidating" : "reporting";
  return { year, phase, closesOn, agencyDeadline, source, clamped };
}

/** The reporting year by default on `today`: see `reportingPeriod`. */
export function reportingYear(plan: PlanCalendar, today: string): number {
  return reportingPeriod(plan, today).year;
}

/**
 * A year a person gave (a CLI option, a settings field) checked against the plan: a whole year
 * within the plan's years, else a message saying what was seen and what to give.
 */
export function checkReportingYear(plan: PlanCalendar, year: unknown): Message | null {
  const { from, to } = plan.period;
  if (typeof year === "number" && Number.isInteger(year) && year >= from && year <= to) return null;
  const seen = typeof year === "number" && Number.isFinite(year) ? String(year) : String(year ?? "");
  return msg("period.yearOutsidePlan", { year: seen, from, to });
}
