import { msg, type Lang, type MessageCode, type MessageParams } from "../i18n";
import type { IndicatorStatusCode } from "../model";
import { printedPageHeightPx, SheetCanvas, type ChartSpec, type PatchOp, type PatchValue, type Range } from "../patch";
import { INDICATOR_STATUS_LOOK as STATUS_COLOURS, INDICATOR_STATUS_ORDER, statusLabel, TASK_STATUS_LOOK as TASK_STATUS_COLOURS } from "../status";
import { formatDay } from "./format";
import { draftSentences } from "./paragraph";
import { sheetPrintSetup } from "./print";
import type { IndicatorConcern, Summary, TaskLine } from "./schema";
import {
  CHAR_PX,
  columnWidths,
  decimalsOf,
  gapFormat,
  kindFormat,
  LINE_PX,
  linesIn,
  ROW_PX,
  rowHeight,
  valueFormat,
  type SheetTable,
  type TableCell,
  type TableColumn,
} from "./sheet-table";

export interface SummaryPatchOptions {
  lang?: Lang;
  /** Sheet name; "Tổng hợp" by default in both languages (other layers look it up by name). */
  sheet?: string;
  /** A warning line under the title, in red (e.g. "sample data, not the province's figures"). */
  notice?: string;
  /** The plan's date of issue (yyyy-mm-dd), for the printed footer. */
  issuedOn?: string;
  /**
   * Estimated heights for the tables' wrapped rows: for .xlsx files (LibreOffice keeps the default
   * height). Live hosts fit rows to wrapped text themselves; merged rows always get heights.
   */
  fitRows?: boolean;
}

export const SUMMARY_SHEET = "Tổng hợp";
export const SUMMARY_CHART_IDS = {
  byArea: "summary-status-by-area",
  completeness: "summary-completeness-by-agency",
} as const;

const HEADER_FILL = "#EFEFEF";
const NOTICE_COLOUR = "#C00000";
const NOTE_COLOUR = "#595959";
const BAR_COLOUR = "#4285F4";
const CHART_WIDTH = 640;
const CHART_HEIGHT = 360;

/** A block of the sheet, top to bottom. */
type Block =
  | { kind: "line"; text: string; bold?: boolean; italic?: boolean; color?: string }
  | { kind: "gap" }
  | { kind: "table"; id?: "byArea" | "completeness"; table: SheetTable }
  | { kind: "notes"; lines: string[] }
  | { kind: "charts" };

const cell = (value: PatchValue, format?: string): TableCell => (format === undefined ? { value } : { value, format });

/**
 * The "Tổng hợp" sheet as a patch: the sheet is replaced (so re-running never stacks charts),
 * then title, as-of line, the draft paragraph, the two charts on a printed page of their own, and
 * each table under a bold heading: columns sized to what they hold, long text wrapped, every
 * number in its own cell with a number format, and under each table one line per figure the
 * tool works out, saying what it is.
 */
export function summaryToPatch(summary: Summary, options: SummaryPatchOptions = {}): PatchOp[] {
  const lang = options.lang ?? "vi";
  const sheet = options.sheet ?? SUMMARY_SHEET;
  const t = (code: MessageCode, params?: MessageParams): string => msg(code, params)[lang];
  const agency = (name: string | null): string => name ?? t("summary.noAgency");
  const dateFormat = lang === "vi" ? "dd/mm/yyyy" : "yyyy-mm-dd";

  const statusCols: IndicatorStatusCode[] = INDICATOR_STATUS_ORDER.filter((s) => summary.indicatorTotals[s] > 0);
  if (statusCols.length === 0) statusCols.push("noData");
  const statusColumns: TableColumn[] = statusCols.map((s) => ({
    header: statusLabel(s, lang),
    kind: "count",
    headerFill: { fill: STATUS_COLOURS[s].fill, font: STATUS_COLOURS[s].font },
  }));
  const count = (n: number): TableCell => cell(n, kindFormat("count", lang));
  const num = (x: number | null, format: (d: number, l: Lang) => string): TableCell =>
    x === null ? { value: null } : { value: x, format: format(decimalsOf(x), lang) };
  const index = (i: number): TableCell => cell(i, kindFormat("index", lang));
  const year = (y: number | null): TableCell => cell(y, kindFormat("year", lang));
  const blocks: Block[] = [];

  // Title block and notices.
  blocks.push({ kind: "line", text: t("summary.sheet.title", { number: summary.plan.number }), bold: true });
  blocks.push({ kind: "line", text: summary.plan.title, italic: true });
  blocks.push({ kind: "line", text: t("summary.sheet.asOf", { year: summary.asOf, date: formatDay(summary.today, lang) }), italic: true });
  const toCorrect = summary.toCorrect.length > 0 ? t("summary.notice.toCorrect", { n: summary.toCorrect.length }) : null;
  const notice = [options.notice, toCorrect].filter((x): x is string => !!x).join(" ");
  if (notice) blocks.push({ kind: "line", text: notice, bold: true, color: NOTICE_COLOUR });

  // Overview: the draft paragraph, one sentence a row; then the charts' page.
  blocks.push({ kind: "line", text: t("summary.section.overview"), bold: true });
  for (const s of draftSentences(summary, lang)) blocks.push({ kind: "line", text: s });
  blocks.push({ kind: "gap" }, { kind: "charts" });

  const countsNote = t("summary.explain.counts", { total: t("summary.col.total"), year: summary.asOf });

  // II. Status by area (chart 1 reads names and status columns).
  blocks.push({ kind: "line", text: t("summary.section.byArea"), bold: true });
  blocks.push({
    kind: "table",
    id: "byArea",
    table: {
      columns: [{ header: t("summary.col.code"), kind: "code" }, { header: t("summary.col.area"), kind: "name" }, ...statusColumns, { header: t("summary.col.total"), kind: "count" }],
      rows: summary.byArea.map((a) => [cell(a.code), cell(a.name), ...statusCols.map((s) => count(a.counts[s])), count(a.total)]),
      totalRow: [cell(null), cell(t("summary.total")), ...statusCols.map((s) => count(summary.indicatorTotals[s])), count(summary.indicatorCount)],
    },
  });
  blocks.push({ kind: "notes", lines: [countsNote] }, { kind: "gap" });

  // III. Status by lead agency.
  blocks.push({ kind: "line", text: t("summary.section.byAgency"), bold: true });
  blocks.push({
    kind: "table",
    table: {
      columns: [{ header: t("summary.col.index"), kind: "index" }, { header: t("summary.col.lead"), kind: "name" }, ...statusColumns, { header: t("summary.col.total"), kind: "count" }],
      rows: summary.byAgency.map((a, i) => [index(i + 1), cell(agency(a.name)), ...statusCols.map((s) => count(a.counts[s])), count(a.total)]),
      totalRow: [cell(null), cell(t("summary.total")), ...statusCols.map((s) => count(summary.indicatorTotals[s])), count(summary.indicatorCount)],
    },
  });
  blocks.push({ kind: "notes", lines: [countsNote] }, { kind: "gap" });

  // IV. Completeness (chart 2 reads names and the percent, the two first data columns).
  const percentHeader = t("summary.col.percent");
  const expectedHeader = t("summary.col.expected");
  const total = summary.completenessTotal;
  const sum = (f: (r: Summary["completeness"][number]) => number): number => summary.completeness.reduce((s, r) => s + f(r), 0);
  const percentCell = (p: number | null): TableCell => cell(p, kindFormat("percent", lang));
  blocks.push({ kind: "line", text: t("summary.section.completeness", { year: summary.asOf }), bold: true });
  blocks.push({
    kind: "table",
    id: "completeness",
    table: {
      columns: [
        { header: t("summary.col.index"), kind: "index" },
        { header: t("summary.col.agency"), kind: "name" },
        { header: percentHeader, kind: "percent" },
        { header: t("summary.col.reported"), kind: "count" },
        { header: expectedHeader, kind: "count" },
        { header: t("summary.col.indicatorsReported"), kind: "count" },
        { header: t("summary.col.indicatorsExpected"), kind: "count" },
        { header: t("summary.col.tasksReported"), kind: "count" },
        { header: t("summary.col.tasksExpected"), kind: "count" },
      ],
      rows: summary.completeness.map((r, i) => [
        index(i + 1),
        cell(agency(r.name)),
        percentCell(r.percent),
        count(r.reported),
        count(r.expected),
        count(r.indicatorsReported),
        count(r.indicatorsExpected),
        count(r.tasksReported),
        count(r.tasksExpected),
      ]),
      totalRow: [
        cell(null),
        cell(t("summary.total")),
        percentCell(total.percent),
        count(total.reported),
        count(total.expected),
        count(sum((r) => r.indicatorsReported)),
        count(sum((r) => r.indicatorsExpected)),
        count(sum((r) => r.tasksReported)),
        count(sum((r) => r.tasksExpected)),
      ],
    },
  });
  blocks.push(
    {
      kind: "notes",
      lines: [t("summary.explain.percent", { column: percentHeader, year: summary.asOf }), t("summary.explain.expected", { column: expectedHeader, year: summary.asOf })],
    },
    { kind: "gap" },
  );

  // V. Agencies that sent nothing.
  blocks.push({ kind: "line", text: t("summary.section.silent"), bold: true });
  blocks.push({
    kind: "table",
    table: {
      columns: [{ header: t("summary.col.index"), kind: "index" }, { header: t("summary.col.agency"), kind: "name" }],
      rows: summary.silentAgencies.map((a, i) => [index(i + 1), cell(a.name)]),
      empty: t("summary.none"),
    },
  });
  blocks.push({ kind: "gap" });

  // VI. Indicators needing attention, each figure in its own cell.
  const gapHeader = t("summary.col.gap");
  const projectedHeader = t("summary.col.projected");
  const ratioHeader = t("summary.col.ratio");
  const concernRow = (x: IndicatorConcern): TableCell[] => [
    cell(x.code),
    cell(x.name),
    cell(agency(x.leadName)),
    { value: statusLabel(x.status, lang), fill: { fill: STATUS_COLOURS[x.status].fill, font: STATUS_COLOURS[x.status].font } },
    year(x.milestone),
    cell(x.targetText),
    num(x.value, valueFormat),
    year(x.valueYear),
    num(x.gap, gapFormat),
    // Forecasts to what the data supports: one decimal for a percentage, else the value's own.
    num(x.projected, (_d, l) => valueFormat(x.unit.trim().startsWith("%") ? 1 : Math.max(decimalsOf(x.value ?? 0), 1), l)),
    cell(x.ratio, kindFormat("ratio", lang)),
  ];
  blocks.push({ kind: "line", text: t("summary.section.concerns"), bold: true });
  blocks.push({
    kind: "table",
    table: {
      columns: [
        { header: t("summary.col.code"), kind: "code" },
        { header: t("summary.col.indicator"), kind: "name" },
        { header: t("summary.col.lead"), kind: "text" },
        { header: t("summary.col.status"), kind: "text", center: true },
        { header: t("summary.col.milestone"), kind: "year", center: true },
        { header: t("summary.col.target"), kind: "text", center: true },
        { header: t("summary.col.latest"), kind: "value" },
        { header: t("summary.col.valueYear"), kind: "year", center: true },
        { header: gapHeader, kind: "gap" },
        { header: projectedHeader, kind: "value" },
        { header: ratioHeader, kind: "ratio" },
      ],
      rows: summary.indicatorConcerns.map(concernRow),
      empty: t("summary.none"),
    },
  });
  blocks.push(
    {
      kind: "notes",
      lines: [
        t("summary.explain.concerns"),
        t("summary.explain.gap", { column: gapHeader }),
        t("summary.explain.projected", { column: projectedHeader }),
        t("summary.explain.ratio", { column: ratioHeader }),
      ],
    },
    { kind: "gap" },
  );

  // VII–VIII. Overdue and due-soon tasks.
  const dueHeader = t("summary.col.dueOn");
  const daysHeader = t("summary.col.daysLeft");
  const taskTable = (lines: readonly TaskLine[], withDays: boolean): SheetTable => ({
    columns: [
      { header: t("summary.col.code"), kind: "code" },
      { header: t("summary.col.task"), kind: "name" },
      { header: t("summary.col.lead"), kind: "text" },
      { header: dueHeader, kind: "date", center: true },
      ...(withDays ? [{ header: daysHeader, kind: "count" as const }] : []),
    ],
    rows: lines.map((l) => {
      const due: TableCell =
        l.dueOn !== null && /^\d{4}-\d{2}-\d{2}$/.test(l.dueOn) ? { value: { date: l.dueOn }, format: dateFormat } : { value: l.dueOn };
      if (l.status === "overdue") due.fill = { fill: TASK_STATUS_COLOURS.overdue.fill, font: TASK_STATUS_COLOURS.overdue.font };
      return [cell(l.code), cell(l.text), cell(agency(l.leadName)), due, ...(withDays ? [count(l.daysLeft ?? 0)] : [])];
    }),
    empty: t("summary.none"),
  });
  blocks.push({ kind: "line", text: t("summary.section.overdue"), bold: true });
  blocks.push({ kind: "table", table: taskTable(summary.overdueTasks, false) });
  blocks.push({ kind: "notes", lines: [t("summary.explain.dueOn", { column: dueHeader })] }, { kind: "gap" });
  blocks.push({ kind: "line", text: t("summary.section.dueSoon", { days: summary.dueSoonDays }), bold: true });
  blocks.push({ kind: "table", table: taskTable(summary.dueSoonTasks, true) });
  blocks.push({ kind: "notes", lines: [t("summary.explain.dueOn", { column: dueHeader }), t("summary.explain.daysLeft", { column: daysHeader })] }, { kind: "gap" });

  // IX. Values held back for correction: where they are and what is wrong.
  blocks.push({ kind: "line", text: t("summary.section.toCorrect"), bold: true });
  blocks.push({
    kind: "table",
    table: {
      columns: [
        { header: t("summary.col.code"), kind: "code" },
        { header: t("summary.col.indicator"), kind: "name" },
        { header: t("summary.col.sheet"), kind: "text", center: true },
        { header: t("summary.col.cell"), kind: "text", center: true },
        { header: t("summary.col.problem"), kind: "text" },
      ],
      rows: summary.toCorrect.map((x) => [
        cell(x.code),
        cell(x.name),
        cell(x.sheet),
        { value: x.cell, fill: { fill: STATUS_COLOURS.dataToCorrect.fill, font: STATUS_COLOURS.dataToCorrect.font } },
        cell(x.problem[lang]),
      ]),
      empty: t("summary.none"),
    },
  });

  return render(summary, blocks, statusCols, { sheet, lang, t, options });
}

interface RenderContext {
  sheet: string;
  lang: Lang;
  t: (code: MessageCode, params?: MessageParams) => string;
  options: SummaryPatchOptions;
}

/** Lays the blocks out on the sheet: rows, widths, wraps, heights, charts, print setup. */
function render(summary: Summary, blocks: readonly Block[], statusCols: readonly IndicatorStatusCode[], ctx: RenderContext): PatchOp[] {
  const { sheet, lang, t, options } = ctx;
  const tables = blocks.flatMap((b) => (b.kind === "table" ? [b.table] : []));
  const span = Math.max(...tables.map((tb) => tb.columns.length));
  const widths = columnWidths(tables, span, lang);
  const sheetWidth = widths.reduce((a, b) => a + b, 0);
  const print = sheetPrintSetup(sheet, { number: summary.plan.number, issuedOn: options.issuedOn ?? "", province: summary.plan.province }, { from: 0, to: 0 }, lang);

  // The charts: side by side on a printed page of their own (a page break before and after), over
  // rows reserved for them so nothing sits under a chart; each no taller than the page.
  const chartRoom = printedPageHeightPx(sheetWidth, print) - 4 * ROW_PX;
  const areaChartHeight = Math.min(CHART_HEIGHT, chartRoom);
  const completenessHeight = Math.min(chartRoom, Math.max(300, 120 + 24 * summary.completeness.length));
  const chartRows = Math.ceil(Math.max(areaChartHeight, completenessHeight) / ROW_PX) + 1;
  let secondChartCol = 0;
  for (let x = 0; secondChartCol < widths.length && x < CHART_WIDTH + 10; secondChartCol++) x += widths[secondChartCol];

  const c = new SheetCanvas(sheet);
  const merges: Range[] = [];
  const centred: Range[] = [];
  const heights = new Map<number, number>();
  /** Rows whose height the live hosts cannot work out (merged) or that are reserved for charts. */
  const fixedHeights = new Set<number>();
  let row = 0;
  let chartTop = -1;
  let tablesTop = -1;
  const anchors: Partial<Record<"byArea" | "completeness", { header: number; rows: number }>> = {};

  const mergedLine = (text: string, style: { bold?: boolean; italic?: boolean; color?: string }) => {
    c.value(row, 0, text);
    if (style.bold || style.italic || style.color) c.font(row, 0, { bold: style.bold === true, italic: style.italic === true, color: style.color ?? null });
    merges.push({ row, col: 0, rows: 1, cols: span });
    // Hosts do not fit a merged row to its wrapped text: a line that needs more room gets a height.
    const lines = linesIn(text, sheetWidth);
    if (lines > 1) {
      heights.set(row, lines * LINE_PX + 6);
      fixedHeights.add(row);
    }
    row++;
  };

  for (const b of blocks) {
    if (b.kind === "line") mergedLine(b.text, b);
    else if (b.kind === "gap") row++;
    else if (b.kind === "notes") for (const line of b.lines) mergedLine(line, { italic: true, color: NOTE_COLOUR });
    else if (b.kind === "charts") {
      chartTop = row;
      for (let i = 0; i < chartRows; i++) {
        heights.set(row + i, ROW_PX);
        fixedHeights.add(row + i);
      }
      row += chartRows;
      tablesTop = row;
    } else {
      const { table } = b;
      const header = row;
      table.columns.forEach((col, j) => {
        c.value(row, j, col.header).font(row, j, { bold: true, color: col.headerFill?.font ?? null }).fill(row, j, col.headerFill?.fill ?? HEADER_FILL);
      });
      heights.set(row, rowHeight(table.columns.map((col) => col.header), widths));
      row++;
      const body = [...table.rows, ...(table.totalRow ? [table.totalRow] : [])];
      body.forEach((cells, i) => {
        const isTotal = table.totalRow !== undefined && i === body.length - 1;
        cells.forEach((x, j) => {
          c.value(row, j, x.value);
          const format = x.format ?? kindFormat(table.columns[j].kind, lang);
          if (format !== undefined && typeof x.value === "number") c.format(row, j, format);
          else if (x.format) c.format(row, j, x.format);
          if (x.fill) c.fill(row, j, x.fill.fill).font(row, j, { color: x.fill.font });
          if (isTotal) c.font(row, j, { bold: true });
        });
        heights.set(row, rowHeight(cells.map((x) => (typeof x.value === "string" ? x.value : null)), widths));
        row++;
      });
      if (body.length === 0 && table.empty) {
        c.value(row, 1, table.empty).font(row, 1, { italic: true });
        row++;
      }
      // Centred columns next to each other are one range (one host call).
      table.columns.forEach((col, j) => {
        if (!col.center || row - header <= 1) return;
        const last = centred[centred.length - 1];
        if (last && last.row === header + 1 && last.col + last.cols === j) last.cols++;
        else centred.push({ row: header + 1, col: j, rows: row - header - 1, cols: 1 });
      });
      if (b.id) anchors[b.id] = { header, rows: table.rows.length };
    }
  }

  const byArea = anchors.byArea ?? { header: tablesTop, rows: 0 };
  const completeness = anchors.completeness ?? { header: tablesTop, rows: 0 };
  const charts: ChartSpec[] = [
    {
      id: SUMMARY_CHART_IDS.byArea,
      kind: "stackedBar",
      title: t("summary.chart.byArea"),
      dataRange: { row: byArea.header, col: 1, rows: byArea.rows + 1, cols: 1 + statusCols.length },
      anchor: { row: chartTop, col: 0 },
      width: CHART_WIDTH,
      height: areaChartHeight,
      seriesInColumns: true,
      seriesColors: statusCols.map((s) => STATUS_COLOURS[s].fill),
    },
    {
      id: SUMMARY_CHART_IDS.completeness,
      kind: "bar",
      title: t("summary.chart.completeness", { year: summary.asOf }),
      dataRange: { row: completeness.header, col: 1, rows: completeness.rows + 1, cols: 2 },
      anchor: { row: chartTop, col: secondChartCol },
      width: CHART_WIDTH,
      height: completenessHeight,
      seriesInColumns: true,
      seriesColors: [BAR_COLOUR],
    },
  ];

  // Heights: merged and chart rows always (hosts do not fit merged cells); table rows for files.
  const heightRows = [...heights.keys()].filter((r) => options.fitRows || fixedHeights.has(r)).sort((a, b) => a - b);
  const heightOps: PatchOp[] = [];
  for (const r of heightRows) {
    const last = heightOps[heightOps.length - 1];
    if (last && last.op === "setRowHeights" && last.row + last.heights.length === r) last.heights.push(heights.get(r) as number);
    else heightOps.push({ op: "setRowHeights", sheet, row: r, heights: [heights.get(r) as number] });
  }

  return [
    { op: "addSheet", sheet, replace: true, hidden: false },
    ...c.toOps(),
    { op: "mergeCells", sheet, ranges: merges },
    // Everything wraps (numbers never need to): one call for the whole sheet.
    { op: "setWrap", sheet, range: { row: 0, col: 0, rows: row, cols: span }, wrap: true },
    ...centred.map((range): PatchOp => ({ op: "setAlignment", sheet, range, horizontal: "center" })),
    { op: "setColumnWidths", sheet, col: 0, widths },
    ...heightOps,
    ...charts.map((chart): PatchOp => ({ op: "addChart", sheet, chart })),
    print,
    { op: "setPageBreaks", sheet, rows: [chartTop, tablesTop] },
  ];
}

