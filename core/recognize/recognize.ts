import { createAgencyIndex, defaultAgencyIndex, type AgencyIndex } from "../agency";
import type { Grid, MergedRange } from "../grid";
import { msg } from "../i18n";
import { codeShape } from "./codes";
import { FindingSink } from "./findings";
import { msgLang } from "../i18n";
import { isHeaderCandidate, isRepeatedHeader, readHeader, type TableHeader } from "./header";
import { headerKey } from "./header-words";
import { IndicatorReader } from "./indicator-rows";
import { ReadContext } from "./read-context";
import { SheetView } from "./sheet-view";
import { TaskReader } from "./task-rows";
import { tableContext, type TableContext } from "./table-context";
import { readIdentity } from "./identity";
import { diagnoseSheet } from "./diagnose";
import type { RecognizedRow, RecognizedSheet, RecognizedTable, RecognizeOptions } from "./types";

/**
 * Finds every appendix table in a pasted grid (a sheet may hold Phụ lục I then Phụ lục II), with
 * the findings that belong to no table (a header-like row without a name column).
 */
export function recognizeSheet(grid: Grid, merges: readonly MergedRange[] = [], options: RecognizeOptions = {}): RecognizedSheet {
  const view = new SheetView(Array.isArray(grid) ? grid : [], Array.isArray(merges) ? merges : []);
  const sheet = options.sheet ?? "";
  const sheetFindings = new FindingSink(sheet);
  const index = options.registry ? createAgencyIndex(options.registry) : defaultAgencyIndex();

  const candidates: number[] = [];
  for (let r = 0; r < view.rowCount; r++) if (isHeaderCandidate(view, r)) candidates.push(r);

  const tables: RecognizedTable[] = [];
  const lines: string[] = [];
  let pos = 0;
  for (const r of candidates) {
    if (r < pos) continue;
    const header = readHeader(view, r);
    if (!header) {
      sheetFindings.add(r, "name", "warning", "recognize.noNameColumn", msg("recognize.noNameColumn", { row: r + 1 }), msg("recognize.noNameColumnFix"));
      continue;
    }
    const headerEnd = Math.max(...header.headerRows, ...header.numberingRows);
    let end = view.rowCount - 1;
    for (const next of candidates) {
      if (next <= headerEnd || isRepeatedHeader(view, next, header)) continue;
      if (readHeader(view, next)) {
        end = next - 1;
        break;
      }
    }
    end = trimEnd(view, header, headerEnd + 1, end);
    const titleLines = linesAbove(view, pos, header.headerRows[0]);
    lines.push(...titleLines);
    tables.push(readTable(view, header, headerEnd + 1, end, new FindingSink(sheet), index, titleLines));
    pos = Math.max(end, headerEnd) + 1;
  }
  if (tables.length === 0) {
    lines.push(...linesAbove(view, 0, view.rowCount));
    const why = diagnoseSheet(view, sheet);
    if (why) sheetFindings.items.push(why);
  }
  return { tables, identity: readIdentity(lines), findings: sheetFindings.items };
}

/** All tables found, in grid order. */
export function recognizeTables(grid: Grid, merges: readonly MergedRange[] = [], options: RecognizeOptions = {}): RecognizedTable[] {
  return recognizeSheet(grid, merges, options).tables;
}

/** The first table found, or null. */
export function recognizeTable(grid: Grid, merges: readonly MergedRange[] = [], options: RecognizeOptions = {}): RecognizedTable | null {
  return recognizeTables(grid, merges, options)[0] ?? null;
}

/** Drops trailing blank rows and the title block of what follows ("PHỤ LỤC II", "(Kèm theo ...)"). */
function trimEnd(view: SheetView, header: TableHeader, first: number, end: number): number {
  const nameCol = header.columns.find((m) => m.role === "name")?.col;
  let r = end;
  while (r >= first) {
    const filled: { col: number; text: string }[] = [];
    for (let c = header.left; c <= header.right; c++) {
      const t = view.text(r, c);
      if (t !== "") filled.push({ col: c, text: t });
    }
    if (filled.length === 0) {
      r--;
      continue;
    }
    if (filled.length === 1 && isTitleLine(filled[0].text, filled[0].col !== nameCol)) {
      r--;
      continue;
    }
    break;
  }
  return r;
}

function isTitleLine(text: string, outsideNameColumn: boolean): boolean {
  const kind = codeShape(text).kind;
  if (kind !== "other") return false;
  if (outsideNameColumn) return true;
  if (/^(phu luc|kem theo|nguon)\b/.test(headerKey(text))) return true;
  return /\p{L}/u.test(text) && text === text.toUpperCase() && text.length >= 12;
}

/** The text lines between the end of what came before and a table's header (its title block). */
export function linesAbove(view: SheetView, from: number, headerRow: number): string[] {
  const lines: string[] = [];
  for (let r = Math.max(0, from); r < headerRow; r++) {
    const parts: string[] = [];
    for (let c = 0; c < view.colCount; c++) {
      const t = view.text(r, c);
      if (t !== "") parts.push(t);
    }
    if (parts.length > 0) lines.push(parts.join(" "));
  }
  return lines;
}

function readTable(
  view: SheetView,
  header: TableHeader,
  firstRow: number,
  lastRow: number,
  sink: FindingSink,
  index: AgencyIndex,
  titleLines: string[],
): RecognizedTable {
  const ctx = new ReadContext(view, header, firstRow, lastRow, sink, index);
  const table = tableContext(ctx, titleLines);
  const headerRow = header.headerRows[0];
  checkColumns(ctx, headerRow, table);
  const headerFindings = sink.items.length;

  const rows: RecognizedRow[] = [...header.headerRows, ...header.numberingRows].map((row) => ({ row, kind: "header" as const, id: null }));
  const skip = (r: number) => ctx.isBlank(r) || isRepeatedHeader(view, r, header);
  const nextCode = (row: number): string => {
    for (let j = row + 1; j <= lastRow; j++) if (!skip(j)) return ctx.own(j, "code");
    return "";
  };
  const nextHead = (row: number) => {
    for (let j = row + 1; j <= lastRow; j++) if (!skip(j)) return ctx.rowHead(j, null);
    return null;
  };
  const reader = header.kind === "indicators" ? new IndicatorReader(ctx, table, nextHead) : new TaskReader(ctx, nextHead);
  let dataRows = 0;
  for (let r = firstRow; r <= lastRow; r++) {
    if (ctx.isBlank(r)) rows.push({ row: r, kind: "blank", id: null });
    else if (isRepeatedHeader(view, r, header)) rows.push({ row: r, kind: "repeatedHeader", id: null });
    else {
      rows.push(reader.readRow(r));
      dataRows++;
    }
  }
  if (dataRows === 0) sink.add(headerRow, ctx.key("name"), "warning", "recognize.emptyTable", msg("recognize.emptyTable", { row: headerRow + 1 }));

  const groupYears = reader instanceof IndicatorReader ? [...reader.groupYears] : [];
  if (groupYears.length === 0) {
    // Reported with the header's findings, before those of the rows.
    const rowFindings = sink.items.splice(headerFindings);
    reportYearless(ctx, headerRow, table);
    sink.items.push(...rowFindings);
  }
  const milestoneYears = [...new Set([...table.targets.map((t) => t.year), ...groupYears])].sort((a, b) => a - b);
  return {
    kind: header.kind,
    headerRows: header.headerRows,
    firstRow,
    lastRow,
    columns: header.columns,
    milestoneYears,
    areas: reader instanceof IndicatorReader ? reader.areas : [],
    sections: reader instanceof TaskReader ? reader.sections : [],
    indicators: reader instanceof IndicatorReader ? reader.indicators : [],
    tasks: reader instanceof TaskReader ? reader.tasks : [],
    rows,
    findings: sink.items,
  };
}

const EXAMPLES = {
  code: "TT, STT, Số TT",
  lead: "Chủ trì, Cơ quan chủ trì, Đơn vị chủ trì",
  target: "Đến năm 2025, Năm 2030, Mục tiêu / Đến năm 2025",
  timeframe: "Thời gian, Thời gian thực hiện",
} as const;

/** Findings for columns a table of its kind should have, and target columns without a year. */
function checkColumns(ctx: ReadContext, headerRow: number, table: TableContext): void {
  const wanted: (keyof typeof EXAMPLES)[] =
    ctx.header.kind === "indicators" ? ["code", "target", "lead"] : ["code", "lead", "timeframe"];
  for (const role of wanted) {
    const present = role === "target" ? table.targets.length > 0 || table.yearless.length > 0 : role === "lead" ? ctx.col.lead !== undefined || ctx.col.assignment !== undefined : ctx.col[role] !== undefined;
    if (present) continue;
    const label = msg(`recognize.role.${role}`);
    ctx.sink.add(
      headerRow,
      role === "target" ? "target" : role,
      "warning",
      "recognize.missingColumn",
      msgLang("recognize.missingColumn", { row: headerRow + 1, column: label.vi }, { row: headerRow + 1, column: label.en }),
      msg("recognize.missingColumnFix", { examples: EXAMPLES[role] }),
    );
  }
}

/** A target column whose year neither its header, the title nor a group row names. */
function reportYearless(ctx: ReadContext, headerRow: number, table: TableContext): void {
  for (const m of ctx.header.columns) {
    if (m.role === "target" && m.year === null && table.yearless.includes(m.col)) {
      ctx.sink.add(headerRow, "target", "warning", "recognize.targetYearUnknown", msg("recognize.targetYearUnknown", { header: m.header }), msg("recognize.targetYearUnknownFix"));
    }
  }
}
