/// <reference types="office-js" />
import { a1, columnLetter, safeValues, type ChartSpec, type OpOf, type PatchOp, type Range } from "../../core/patch";
import { FINDING_MARK } from "../../core/layout";
import { AnnotationIndex, noteAddress } from "./annotations";
import type { Capabilities } from "./capabilities";
import { jsonBytes, RequestMeter, rowBlocks, DEFAULT_REQUEST_BUDGET } from "./request-size";
import { rectangles } from "./rectangles";
import { selfWrites, type SelfWrites } from "./self-writes";
import { hasSheet, type WorkbookState } from "./workbook-state";

/**
 * The Office.js host of core patches: queues every op on a RequestContext and syncs once at the
 * end, or earlier only when the request would pass Excel on the web's 5 MB limit. Returns the
 * number of `context.sync()` calls made (1 for any ordinary patch; 0 for an empty one).
 *
 * Mapping notes (Excel differs from the patch model in a few places):
 * - per-cell fills and fonts become one call per rectangle of equal values;
 * - range protections become locked cells on a protected sheet (other cells unlocked);
 *   "warning only" protections cannot be expressed in Excel, so those cells stay editable;
 *   Excel has no per-user editors;
 * - a protected sheet is unprotected at the start of the request and protected again at its
 *   end, so the add-in can write statuses and marks into it;
 * - notes go through the `AnnotationIndex` (add, change or delete as the cell needs);
 * - validation rules need ExcelApi 1.8 and are skipped before it (live validation covers them).
 */
export interface ApplyEnv {
  caps: Capabilities;
  state: WorkbookState;
  notes: AnnotationIndex;
  /** Request budget in bytes (default 4 MB, under the 5 MB limit). */
  budget?: number;
  /** UI language, for validation help texts. */
  lang?: "vi" | "en";
  journal?: SelfWrites;
  /** Suspend recalculation while writing (summary sheets with formulas). */
  suspendCalculation?: boolean;
}

/** Options every protected sheet gets: people may still format, sort and filter. */
export const PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowAutoFilter: true,
  allowSort: true,
  allowEditObjects: true,
  selectionMode: "Normal",
};

const CHART_TYPES: Record<ChartSpec["kind"], Excel.ChartType> = {
  bar: "BarClustered" as Excel.ChartType,
  column: "ColumnClustered" as Excel.ChartType,
  stackedBar: "BarStacked" as Excel.ChartType,
  pie: "Pie" as Excel.ChartType,
};

const PX_TO_PT = 0.75;
const NO_FONT = { bold: false, italic: false, color: null as string | null };

export async function applyPatch(context: Excel.RequestContext, ops: readonly PatchOp[], env: ApplyEnv): Promise<number> {
  const meter = new RequestMeter(env.budget ?? DEFAULT_REQUEST_BUDGET);
  const journal = env.journal ?? selfWrites;
  const lang = env.lang ?? "vi";
  const state = env.state;
  let syncs = 0;
  /** Post-sync updates of the note index (comment ids are known only after the sync). */
  let pendingIndex: (() => void)[] = [];
  const sheets = context.workbook.worksheets;
  const ws = (name: string): Excel.Worksheet => sheets.getItem(name);
  const range = (sheet: string, r: Range): Excel.Range => ws(sheet).getRange(a1(r));

  // Which sheets end protected, and which have their locks reset by this patch.
  const endProtected = new Set<string>(state.protectedSheets);
  const unprotectedNow = new Set<string>();
  const lockReset = new Set<string>();

  const flush = async (): Promise<void> => {
    if (meter.commands === 0) return;
    if (env.suspendCalculation) context.application.suspendApiCalculationUntilNextSync();
    await context.sync();
    syncs++;
    meter.reset();
    const done = pendingIndex;
    pendingIndex = [];
    for (const f of done) f();
  };
  /** Makes room for `bytes` more in the current request. */
  const room = async (bytes: number): Promise<void> => {
    if (meter.wouldOverflow(bytes)) await flush();
    meter.add(bytes);
  };

  const unprotectFirst = async (sheet: string): Promise<void> => {
    if (!endProtected.has(sheet) || unprotectedNow.has(sheet) || !hasSheet(state, sheet)) return;
    await room(0);
    ws(sheet).protection.unprotect();
    unprotectedNow.add(sheet);
  };

  for (const op of ops) {
    if ("sheet" in op && op.op !== "addSheet" && op.op !== "deleteSheet") await unprotectFirst(op.sheet);
    switch (op.op) {
      case "addSheet": {
        const exists = hasSheet(state, op.sheet);
        if (exists && op.replace) {
          await room(0);
          ws(op.sheet).delete();
          state.sheets = state.sheets.filter((s) => s.toLowerCase() !== op.sheet.toLowerCase());
          endProtected.delete(op.sheet);
          // The sheet added in its place starts unprotected: protect it at the end if the patch says so.
          state.protectedSheets.delete(op.sheet);
          env.notes.forgetSheet(op.sheet);
        }
        await room(0);
        const sheet = exists && !op.replace ? ws(op.sheet) : sheets.add(op.sheet);
        if (!exists || op.replace) state.sheets.push(op.sheet);
        sheet.visibility = (op.hidden ? "Hidden" : "Visible") as Excel.SheetVisibility;
        if (op.index !== undefined) sheet.position = op.index;
        break;
      }
      case "deleteSheet":
        if (hasSheet(state, op.sheet)) {
          await room(0);
          ws(op.sheet).delete();
          state.sheets = state.sheets.filter((s) => s.toLowerCase() !== op.sheet.toLowerCase());
          endProtected.delete(op.sheet);
          state.protectedSheets.delete(op.sheet);
          env.notes.forgetSheet(op.sheet);
        }
        break;
      case "clearSheet": {
        await room(0);
        const whole = ws(op.sheet).getRange();
        whole.clear();
        whole.unmerge();
        whole.conditionalFormats.clearAll();
        if (env.caps.dataValidation) whole.dataValidation.clear();
        break;
      }
      case "setValues": {
        const values = safeValues(op.values, { dates: "serial" }).map((row) => row.map((v) => (v === null ? "" : v)));
        for (const block of rowBlocks(values, (env.budget ?? DEFAULT_REQUEST_BUDGET) / 2)) {
          const r = { row: op.row + block.start, col: op.col, rows: block.rows.length, cols: block.rows[0].length };
          await room(jsonBytes(block.rows));
          range(op.sheet, r).values = block.rows as (string | number | boolean)[][];
          journal.record(op.sheet, r);
        }
        break;
      }
      case "setFormulas": {
        const formulas = op.formulas.map((row) => row.map((f) => f ?? ""));
        const r = { row: op.row, col: op.col, rows: formulas.length, cols: formulas[0].length };
        await room(jsonBytes(formulas));
        range(op.sheet, r).formulas = formulas;
        journal.record(op.sheet, r);
        break;
      }
      case "setNumberFormats": {
        const formats = op.formats.map((row) => row.map((f) => f ?? "General"));
        await room(jsonBytes(formats));
        range(op.sheet, { row: op.row, col: op.col, rows: formats.length, cols: formats[0].length }).numberFormat = formats;
        break;
      }
      case "setFills":
        for (const rect of rectangles(op.fills, (v) => v ?? "")) {
          await room(16);
          const format = range(op.sheet, { row: op.row + rect.row, col: op.col + rect.col, rows: rect.rows, cols: rect.cols }).format.fill;
          if (rect.value === null) format.clear();
          else format.color = rect.value;
        }
        break;
      case "setFontStyles":
        for (const rect of rectangles(op.styles.map((row) => row.map((s) => s ?? NO_FONT)))) {
          await room(48);
          const font = range(op.sheet, { row: op.row + rect.row, col: op.col + rect.col, rows: rect.rows, cols: rect.cols }).format.font;
          font.bold = rect.value.bold;
          font.italic = rect.value.italic;
          font.color = rect.value.color ?? "#000000";
        }
        break;
      case "setWrap":
        await room(8);
        range(op.sheet, op.range).format.wrapText = op.wrap;
        break;
      case "setNotes":
        await queueNotes(op, env, room, context, (f) => pendingIndex.push(f));
        break;
      case "setRowHeights":
        for (const run of runsOf(op.heights)) {
          await room(8);
          ws(op.sheet).getRange(`${op.row + run.start + 1}:${op.row + run.start + run.length}`).format.rowHeight = run.value * PX_TO_PT;
        }
        break;
      case "setColumnWidths":
        for (const run of runsOf(op.widths)) {
          await room(8);
          const from = columnLetter(op.col + run.start);
          const to = columnLetter(op.col + run.start + run.length - 1);
          ws(op.sheet).getRange(`${from}:${to}`).format.columnWidth = run.value * PX_TO_PT;
        }
        break;
      case "mergeCells":
        for (const r of op.ranges) {
          await room(0);
          range(op.sheet, r).merge(false);
        }
        break;
      case "freeze": {
        await room(0);
        const panes = ws(op.sheet).freezePanes;
        if (op.rows > 0 && op.cols > 0) panes.freezeAt(ws(op.sheet).getRange(a1({ row: 0, col: 0, rows: op.rows, cols: op.cols })));
        else if (op.rows > 0) panes.freezeRows(op.rows);
        else if (op.cols > 0) panes.freezeColumns(op.cols);
        else panes.unfreeze();
        break;
      }
      case "setValidation":
        if (env.caps.dataValidation) await queueValidation(op, range(op.sheet, op.range), lang, room);
        break;
      case "setConditionalFormats": {
        await room(0);
        const target = range(op.sheet, op.range);
        target.conditionalFormats.clearAll();
        for (const rule of op.rules) {
          await room(jsonBytes(rule.text) + 32);
          const cf = target.conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
          cf.cellValue.format.fill.color = rule.fill;
          if (rule.fontColor) cf.cellValue.format.font.color = rule.fontColor;
          cf.cellValue.rule = { formula1: `="${rule.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
        }
        break;
      }
      case "protectRange":
      case "protectSheet": {
        await room(0);
        const sheet = ws(op.sheet);
        if (op.op === "protectSheet") {
          sheet.getRange().format.protection.locked = true;
          for (const r of op.unprotected ?? []) range(op.sheet, r).format.protection.locked = false;
          lockReset.add(op.sheet);
        } else {
          if (!lockReset.has(op.sheet)) {
            sheet.getRange().format.protection.locked = false;
            lockReset.add(op.sheet);
          }
          if (!op.warningOnly) range(op.sheet, op.range).format.protection.locked = true;
        }
        endProtected.add(op.sheet);
        break;
      }
      case "removeProtections":
        if (op.description === undefined) endProtected.delete(op.sheet);
        break;
      case "addChart":
        await queueChart(ws(op.sheet), op.chart, room);
        break;
      case "removeCharts":
        // Charts are only ever written on sheets the same patch replaces (the summary), so
        // there is nothing left to remove; a live chart list would cost a request.
        break;
    }
  }
  for (const sheet of endProtected) {
    if (!hasSheet(state, sheet)) continue;
    if (state.protectedSheets.has(sheet) && !unprotectedNow.has(sheet)) continue;
    await room(0);
    ws(sheet).protection.protect(PROTECTION_OPTIONS);
  }
  state.protectedSheets = new Set([...endProtected].filter((s) => hasSheet(state, s)));
  await flush();
  return syncs;
}

function runsOf(values: readonly number[]): { start: number; length: number; value: number }[] {
  const out: { start: number; length: number; value: number }[] = [];
  values.forEach((v, i) => {
    const last = out[out.length - 1];
    if (last && last.value === v) last.length++;
    else out.push({ start: i, length: 1, value: v });
  });
  return out;
}

async function queueNotes(
  op: OpOf<"setNotes">,
  env: ApplyEnv,
  room: (bytes: number) => Promise<void>,
  context: Excel.RequestContext,
  later: (f: () => void) => void,
): Promise<void> {
  const index = env.notes;
  for (let i = 0; i < op.notes.length; i++) {
    for (let j = 0; j < op.notes[i].length; j++) {
      const row = op.row + i;
      const col = op.col + j;
      const text = op.notes[i][j];
      const existing = index.get(op.sheet, row, col);
      if ((existing?.content ?? null) === text) continue;
      const address = noteAddress(op.sheet, row, col);
      // Comments are conversations: only findings become comments; header guides and status
      // explanations stay out of them (the task pane shows both).
      const virtual = index.mode === "fill" || (index.mode === "comments" && existing?.id === undefined && (text === null || !text.includes(FINDING_MARK)));
      if (virtual) {
        index.set(op.sheet, row, col, text === null ? null : { content: text });
        continue;
      }
      await room(jsonBytes(text) + address.length);
      if (index.mode === "notes") {
        const notes = context.workbook.notes;
        if (text === null) notes.getItem(address).delete();
        else if (existing) notes.getItem(address).content = text;
        else notes.add(address, text);
        index.set(op.sheet, row, col, text === null ? null : { content: text });
      } else {
        const comments = context.workbook.comments;
        if (existing?.id !== undefined) {
          if (text === null) comments.getItem(existing.id).delete();
          else comments.getItem(existing.id).content = text;
          index.set(op.sheet, row, col, text === null ? null : { content: text, id: existing.id });
        } else if (text !== null) {
          const added = comments.add(address, text);
          added.load("id");
          later(() => index.set(op.sheet, row, col, { content: text, id: added.id }));
        }
      }
    }
  }
}

async function queueValidation(
  op: OpOf<"setValidation">,
  target: Excel.Range,
  lang: "vi" | "en",
  room: (bytes: number) => Promise<void>,
): Promise<void> {
  const rule = op.rule;
  await room(jsonBytes(rule) + 64);
  target.dataValidation.clear();
  if (rule.kind === "none") return;
  if (rule.kind === "list") {
    // Excel's list source is comma-separated: a value with a comma cannot be offered.
    if (rule.values.some((v) => v.includes(","))) return;
    target.dataValidation.rule = { list: { inCellDropDown: true, source: rule.values.join(",") } };
  } else if (rule.kind === "number") {
    const lo = rule.min;
    const hi = rule.max;
    target.dataValidation.rule = {
      decimal:
        lo !== undefined && hi !== undefined
          ? { formula1: lo, formula2: hi, operator: "Between" as Excel.DataValidationOperator }
          : lo !== undefined
            ? { formula1: lo, operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator }
            : { formula1: hi ?? Number.MAX_SAFE_INTEGER, operator: "LessThanOrEqualTo" as Excel.DataValidationOperator },
    };
    target.dataValidation.ignoreBlanks = rule.allowBlank;
  } else {
    target.dataValidation.rule = { date: { formula1: "1900-01-01", operator: "GreaterThan" as Excel.DataValidationOperator } };
  }
  const strict = rule.kind === "list" ? rule.strict : true;
  target.dataValidation.errorAlert = {
    showAlert: true,
    style: (strict ? "Stop" : "Warning") as Excel.DataValidationAlertStyle,
    title: "Chỉ Tiêu",
    message: op.help ? op.help[lang].slice(0, 255) : "",
  };
  if (op.help) target.dataValidation.prompt = { showPrompt: true, title: "Chỉ Tiêu", message: op.help[lang].slice(0, 255) };
}

async function queueChart(sheet: Excel.Worksheet, spec: ChartSpec, room: (bytes: number) => Promise<void>): Promise<void> {
  await room(jsonBytes(spec));
  const chart = sheet.charts.add(CHART_TYPES[spec.kind], sheet.getRange(a1(spec.dataRange)), (spec.seriesInColumns ? "Columns" : "Rows") as Excel.ChartSeriesBy);
  chart.name = spec.id;
  chart.title.text = spec.title;
  chart.setPosition(a1({ row: spec.anchor.row, col: spec.anchor.col, rows: 1, cols: 1 }));
  chart.width = spec.width * PX_TO_PT;
  chart.height = spec.height * PX_TO_PT;
  (spec.seriesColors ?? []).forEach((color, i) => {
    if (color !== null) chart.series.getItemAt(i).format.fill.setSolidColor(color);
  });
}
