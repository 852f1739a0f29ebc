/** Time as the product reads it: Viet Nam's date from the host's instant, and the reporting year it falls in. */
export { vietnamDate, vietnamStamp } from "./clock";
export { reportingPeriod, reportingYear, checkReportingYear, readDayMonth } from "./reporting-year";
export type { PlanCalendar, ReportingPeriod, ClosingSource } from "./reporting-year";
