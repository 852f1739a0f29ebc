import { msg, type Lang, type MessageCode, type MessageParams } from "../i18n";
import type { IndicatorStatusCode } from "../model";
import { SheetCanvas, type ChartSpec, type PatchOp, type PatchValue, type Range } from "../patch";
import { formatDay } from "./format";
import { INDICATOR_STATUS_LOOK as STATUS_COLOURS, INDICATOR_STATUS_ORDER, statusLabel, TASK_STATUS_LOOK as TASK_STATUS_COLOURS } from "../status";
import { draftSentences } from "./paragraph";
import type { Summary, TaskLine } from "./schema";

export interface SummaryPatchOptions {
  lang?: Lang;
  /** Sheet name; "Tổng hợp" by default in both languages (other layers look it up by name). */
  sheet?: string;
  /** A warning line under the title, in red (e.g. "sample data, not the province's figures"). */
  notice?: string;
}

export const SUMMARY_SHEET = "Tổng hợp";
export const SUMMARY_CHART_IDS = {
  byArea: "summary-status-by-area",
  completeness: "summary-completeness-by-agency",
} as const;

const HEADER_FILL = "#EFEFEF";
const NOTICE_COLOUR = "#C00000";
const BAR_COLOUR = "#4285F4";
const WIDTH_CODE = 70;
const WIDTH_NAME = 360;
const WIDTH_OTHER = 110;
/** Default row height and the width of an average character, to size the paragraph rows. */
const ROW_PX = 21;
const CHAR_PX = 7;
const LINE_PX = 18;
const CHART_WIDTH = 640;
const CHART_HEIGHT = 360;

/**
 * The "Tổng hợp" sheet as a patch: the sheet is replaced (so re-running never stacks charts),
 * then title, as-of line, the draft paragraph (one sentence per merged, wrapped row), each table
 * under a bold section heading with a bold header row, and two charts beside the tables
 * (indicator status by area as a stacked bar, report completeness by agency as a bar).
 */
export function summaryToPatch(summary: Summary, options: SummaryPatchOptions = {}): PatchOp[] {
  const lang = options.lang ?? "vi";
  const sheet = options.sheet ?? SUMMARY_SHEET;
  const t = (code: MessageCode, params?: MessageParams): string => msg(code, params)[lang];
  const agency = (name: string | null): string => name ?? t("summary.noAgency");
  const dateFormat = lang === "vi" ? "dd/mm/yyyy" : "yyyy-mm-dd";
  const c = new SheetCanvas(sheet);

  const statusCols: IndicatorStatusCode[] = INDICATOR_STATUS_ORDER.filter((s) => summary.indicatorTotals[s] > 0);
  if (statusCols.length === 0) statusCols.push("noData");
  const widest = Math.max(2 + statusCols.length + 1, 10);

  const heading = (row: number, text: string): void => {
    c.value(row, 0, text).font(row, 0, { bold: true });
  };
  const header = (row: number, labels: readonly string[]): void => {
    labels.forEach((label, j) => c.value(row, j, label).font(row, j, { bold: true }).fill(row, j, HEADER_FILL));
  };
  const none = (row: number): void => {
    c.value(row, 1, t("summary.none")).font(row, 1, { italic: true });
  };
  const boldRow = (row: number, cols: number): void => {
    for (let j = 0; j < cols; j++) c.font(row, j, { bold: true });
  };

  // Title block.
  c.value(0, 0, t("summary.sheet.title", { number: summary.plan.number })).font(0, 0, { bold: true });
  c.value(1, 0, summary.plan.title).font(1, 0, { italic: true });
  c.value(2, 0, t("summary.sheet.asOf", { year: summary.asOf, date: formatDay(summary.today, lang) })).font(2, 0, {
    italic: true,
  });
  // Under the title: the caller's notice, and how many values are held back for correction.
  const toCorrect = summary.toCorrect.length > 0 ? t("summary.notice.toCorrect", { n: summary.toCorrect.length }) : null;
  const notice = [options.notice, toCorrect].filter((x): x is string => !!x).join(" ");
  if (notice) c.value(3, 0, notice).font(3, 0, { bold: true, color: NOTICE_COLOUR });

  // Draft paragraph, one sentence per row.
  let row = 4;
  heading(row++, t("summary.section.overview"));
  const sentences = draftSentences(summary, lang);
  const paragraphTop = row;
  for (const s of sentences) c.value(row++, 0, s);
  row += 1;

  // Status by area (chart 1 reads names + status columns).
  const statusHeaders = statusCols.map((s) => statusLabel(s, lang));
  const statusHeaderFill = (r: number): void => {
    statusCols.forEach((s, j) => c.fill(r, 2 + j, STATUS_COLOURS[s].fill).font(r, 2 + j, { color: STATUS_COLOURS[s].font }));
  };
  const areaHeading = row;
  heading(row++, t("summary.section.byArea"));
  const areaHeader = row;
  header(row, [t("summary.col.code"), t("summary.col.area"), ...statusHeaders, t("summary.col.total")]);
  statusHeaderFill(row++);
  for (const a of summary.byArea) c.rowValues(row++, 0, [a.code, a.name, ...statusCols.map((s) => a.counts[s]), a.total]);
  c.rowValues(row, 0, ["", t("summary.total"), ...statusCols.map((s) => summary.indicatorTotals[s]), summary.indicatorCount]);
  boldRow(row++, 3 + statusCols.length);
  row += 1;

  // Status by lead agency.
  heading(row++, t("summary.section.byAgency"));
  header(row, [t("summary.col.index"), t("summary.col.lead"), ...statusHeaders, t("summary.col.total")]);
  statusHeaderFill(row++);
  summary.byAgency.forEach((a, i) =>
    c.rowValues(row++, 0, [i + 1, agency(a.name), ...statusCols.map((s) => a.counts[s]), a.total]),
  );
  c.rowValues(row, 0, ["", t("summary.total"), ...statusCols.map((s) => summary.indicatorTotals[s]), summary.indicatorCount]);
  boldRow(row++, 3 + statusCols.length);
  row += 1;

  // Completeness (chart 2 reads names + percent, the two first data columns).
  const completenessHeading = row;
  heading(row++, t("summary.section.completeness", { year: summary.asOf }));
  const completenessHeader = row;
  header(row++, [
    t("summary.col.index"),
    t("summary.col.agency"),
    t("summary.col.percent"),
    t("summary.col.reported"),
    t("summary.col.expected"),
    t("summary.col.indicatorsReported"),
    t("summary.col.indicatorsExpected"),
    t("summary.col.tasksReported"),
    t("summary.col.tasksExpected"),
  ]);
  summary.completeness.forEach((r, i) => {
    c.rowValues(row, 0, [
      i + 1,
      agency(r.name),
      r.percent,
      r.reported,
      r.expected,
      r.indicatorsReported,
      r.indicatorsExpected,
      r.tasksReported,
      r.tasksExpected,
    ]).format(row++, 2, "0.0");
  });
  const total = summary.completenessTotal;
  const sum = (f: (r: Summary["completeness"][number]) => number): number => summary.completeness.reduce((s, r) => s + f(r), 0);
  c.rowValues(row, 0, [
    "",
    t("summary.total"),
    total.percent,
    total.reported,
    total.expected,
    sum((r) => r.indicatorsReported),
    sum((r) => r.indicatorsExpected),
    sum((r) => r.tasksReported),
    sum((r) => r.tasksExpected),
  ]).format(row, 2, "0.0");
  boldRow(row++, 9);
  row += 1;

  // Agencies that sent nothing.
  heading(row++, t("summary.section.silent"));
  header(row++, [t("summary.col.index"), t("summary.col.agency")]);
  if (summary.silentAgencies.length === 0) none(row++);
  summary.silentAgencies.forEach((a, i) => c.rowValues(row++, 0, [i + 1, a.name]));
  row += 1;

  // Indicators needing attention.
  heading(row++, t("summary.section.concerns"));
  header(row++, [
    t("summary.col.code"),
    t("summary.col.indicator"),
    t("summary.col.lead"),
    t("summary.col.status"),
    t("summary.col.milestone"),
    t("summary.col.value"),
    t("summary.col.valueYear"),
    t("summary.col.target"),
    t("summary.col.gap"),
    t("summary.col.ratio"),
  ]);
  if (summary.indicatorConcerns.length === 0) none(row++);
  for (const x of summary.indicatorConcerns) {
    c.rowValues(row, 0, [
      x.code,
      x.name,
      agency(x.leadName),
      statusLabel(x.status, lang),
      x.milestone,
      x.value,
      x.valueYear,
      x.targetText,
      x.gap,
      x.ratio,
    ]);
    c.fill(row, 3, STATUS_COLOURS[x.status].fill).font(row, 3, { color: STATUS_COLOURS[x.status].font });
    c.format(row++, 9, "0%");
  }
  row += 1;

  // Overdue and due-soon tasks.
  const taskRows = (lines: readonly TaskLine[], withDays: boolean): void => {
    header(row++, [
      t("summary.col.code"),
      t("summary.col.task"),
      t("summary.col.lead"),
      t("summary.col.dueOn"),
      ...(withDays ? [t("summary.col.daysLeft")] : []),
    ]);
    if (lines.length === 0) none(row++);
    for (const l of lines) {
      const due: PatchValue = l.dueOn !== null && /^\d{4}-\d{2}-\d{2}$/.test(l.dueOn) ? { date: l.dueOn } : l.dueOn;
      c.rowValues(row, 0, [l.code, l.text, agency(l.leadName), due, ...(withDays ? [l.daysLeft] : [])]);
      if (due !== null && typeof due === "object") c.format(row, 3, dateFormat);
      if (l.status === "overdue") c.fill(row, 3, TASK_STATUS_COLOURS.overdue.fill).font(row, 3, { color: TASK_STATUS_COLOURS.overdue.font });
      row++;
    }
  };
  heading(row++, t("summary.section.overdue"));
  taskRows(summary.overdueTasks, false);
  row += 1;
  heading(row++, t("summary.section.dueSoon", { days: summary.dueSoonDays }));
  taskRows(summary.dueSoonTasks, true);
  row += 1;

  // Values held back for correction: where they are and what is wrong.
  heading(row++, t("summary.section.toCorrect"));
  header(row++, [t("summary.col.sheet"), t("summary.col.cell"), t("summary.col.code"), t("summary.col.indicator"), t("summary.col.problem")]);
  if (summary.toCorrect.length === 0) none(row++);
  for (const x of summary.toCorrect) {
    c.rowValues(row, 0, [x.sheet, x.cell, x.code, x.name, x.problem[lang]]);
    c.fill(row, 1, STATUS_COLOURS.dataToCorrect.fill).font(row, 1, { color: STATUS_COLOURS.dataToCorrect.font });
    row++;
  }

  // Sheet-level formatting and charts.
  const widths = [WIDTH_CODE, WIDTH_NAME, ...Array.from({ length: widest - 2 }, () => WIDTH_OTHER)];
  const paragraphWidth = widths.reduce((a, b) => a + b, 0);
  const paragraphRanges: Range[] = sentences.map((_, i) => ({ row: paragraphTop + i, col: 0, rows: 1, cols: widest }));
  const heights = sentences.map((s) => Math.max(ROW_PX, Math.ceil((s.length * CHAR_PX) / paragraphWidth) * LINE_PX + 6));
  const chartCol = widest + 1;
  const byAreaChart: ChartSpec = {
    id: SUMMARY_CHART_IDS.byArea,
    kind: "stackedBar",
    title: t("summary.chart.byArea"),
    dataRange: { row: areaHeader, col: 1, rows: summary.byArea.length + 1, cols: 1 + statusCols.length },
    anchor: { row: areaHeading, col: chartCol },
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    seriesInColumns: true,
    seriesColors: statusCols.map((s) => STATUS_COLOURS[s].fill),
  };
  const completenessChart: ChartSpec = {
    id: SUMMARY_CHART_IDS.completeness,
    kind: "bar",
    title: t("summary.chart.completeness", { year: summary.asOf }),
    dataRange: { row: completenessHeader, col: 1, rows: summary.completeness.length + 1, cols: 2 },
    anchor: { row: Math.max(completenessHeading, areaHeading + Math.ceil(CHART_HEIGHT / ROW_PX) + 2), col: chartCol },
    width: CHART_WIDTH,
    height: Math.min(900, Math.max(300, 120 + 24 * summary.completeness.length)),
    seriesInColumns: true,
    seriesColors: [BAR_COLOUR],
  };

  const ops: PatchOp[] = [{ op: "addSheet", sheet, replace: true, hidden: false }, ...c.toOps()];
  if (paragraphRanges.length > 0) {
    ops.push(
      { op: "mergeCells", sheet, ranges: paragraphRanges },
      { op: "setWrap", sheet, range: { row: paragraphTop, col: 0, rows: sentences.length, cols: widest }, wrap: true },
      { op: "setRowHeights", sheet, row: paragraphTop, heights },
    );
  }
  ops.push(
    { op: "setColumnWidths", sheet, col: 0, widths },
    { op: "addChart", sheet, chart: byAreaChart },
    { op: "addChart", sheet, chart: completenessChart },
  );
  return ops;
}
