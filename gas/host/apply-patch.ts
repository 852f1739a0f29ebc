import { mergePatchOps, safeValues, type FontStyle, type OpOf, type PatchOp, type Range } from "../../core/patch";
import type { Lang } from "../../core/i18n";
import { buildChart } from "./charts";
import { dataValidation, replaceConditionalRules } from "./rules";
import type { PropertiesApi, RangeApi, SheetApi, SpreadsheetApi, SpreadsheetAppApi } from "./surface";

export interface ApplyContext {
  app: SpreadsheetAppApi;
  spreadsheet: SpreadsheetApi;
  /** Where chart ids are remembered so a re-run replaces its chart; null: charts only added. */
  properties: PropertiesApi | null;
  lang: Lang;
}

const CHARTS_KEY = "chitieu.charts";

/** Runs of equal sizes (widths/heights), so 20 equal columns cost one call. */
function runs(sizes: readonly number[]): { at: number; count: number; size: number }[] {
  const out: { at: number; count: number; size: number }[] = [];
  sizes.forEach((size, i) => {
    const last = out[out.length - 1];
    if (last && last.size === size && last.at + last.count === i) last.count++;
    else out.push({ at: i, count: 1, size });
  });
  return out;
}

function rect(sheet: SheetApi, r: Range): RangeApi {
  return sheet.getRange(r.row + 1, r.col + 1, r.rows, r.cols);
}

function at(sheet: SheetApi, op: { row: number; col: number }, grid: readonly unknown[][]): RangeApi {
  return sheet.getRange(op.row + 1, op.col + 1, grid.length, grid[0]?.length ?? 1);
}

const map2 = <T, U>(grid: readonly (readonly T[])[], f: (v: T) => U): U[][] => grid.map((row) => row.map(f));

function fonts(range: RangeApi, styles: readonly (readonly (FontStyle | null)[])[]): void {
  range.setFontWeights(map2(styles, (s) => (s?.bold ? "bold" : "normal")));
  range.setFontStyles(map2(styles, (s) => (s?.italic ? "italic" : "normal")));
  // null resets a cell's colour to the default text colour.
  range.setFontColors(map2(styles, (s) => s?.color ?? null));
}

/** Ids of charts this add-on made, by sheet and spec id (Sheets charts carry no custom id). */
function chartIds(props: PropertiesApi | null): Record<string, number> {
  if (!props) return {};
  try {
    const parsed: unknown = JSON.parse(props.getProperty(CHARTS_KEY) ?? "{}");
    return parsed !== null && typeof parsed === "object" ? (parsed as Record<string, number>) : {};
  } catch {
    return {};
  }
}

/** Makes an existing sheet empty in place (same tab, same id): what "replace" means to a user. */
function resetSheet(sheet: SheetApi, app: SpreadsheetAppApi): void {
  sheet.clear();
  sheet.clearNotes();
  const rows = Math.max(sheet.getMaxRows(), 1);
  const cols = Math.max(sheet.getMaxColumns(), 1);
  const all = sheet.getRange(1, 1, rows, cols);
  all.breakApart();
  all.setDataValidation(null);
  sheet.setConditionalFormatRules([]);
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  for (const p of sheet.getProtections(app.ProtectionType.RANGE)) p.remove();
  for (const p of sheet.getProtections(app.ProtectionType.SHEET)) p.remove();
  sheet.setFrozenRows(0);
  sheet.setFrozenColumns(0);
  // Columns the earlier sheet hid (its row ids) show again: the new layout hides its own.
  sheet.showColumns(1, cols);
}

/**
 * Applies a core patch to the open spreadsheet with one API call per rectangle and property:
 * adjacent writes are merged first (`mergePatchOps`), so 500 one-row fills cost one
 * `setBackgrounds`. Text goes through `safeValues` (formula-like text stays text).
 */
export function applyPatch(ctx: ApplyContext, ops: readonly PatchOp[]): void {
  const { spreadsheet, app } = ctx;
  const cache = new Map<string, SheetApi>();
  const sheetOf = (name: string): SheetApi => {
    const hit = cache.get(name);
    if (hit) return hit;
    const s = spreadsheet.getSheetByName(name);
    if (!s) throw new Error(`Chỉ Tiêu: no sheet "${name}"`);
    cache.set(name, s);
    return s;
  };
  let charts: Record<string, number> | null = null;
  const chartKey = (sheet: string, id: string): string => `${sheet}\u0000${id}`;

  for (const op of mergePatchOps(ops)) {
    switch (op.op) {
      case "setValues":
        at(sheetOf(op.sheet), op, op.values).setValues(map2(safeValues(op.values), (v) => (v === null ? "" : v)));
        break;
      case "setFormulas":
        at(sheetOf(op.sheet), op, op.formulas).setFormulas(map2(op.formulas, (f) => f ?? ""));
        break;
      case "setFills":
        // null resets the background (Apps Script accepts null per cell).
        at(sheetOf(op.sheet), op, op.fills).setBackgrounds(op.fills as string[][]);
        break;
      case "setNotes":
        at(sheetOf(op.sheet), op, op.notes).setNotes(map2(op.notes, (n) => n ?? ""));
        break;
      case "setNumberFormats":
        // Sheets shows numbers by the spreadsheet's locale: a format's locale tag ("[$-42A]") is dropped.
        at(sheetOf(op.sheet), op, op.formats).setNumberFormats(map2(op.formats, (f) => (f === null ? "General" : f.replace(/\[\$-[0-9A-Fa-f]{3,4}\]/g, ""))));
        break;
      case "setFontStyles":
        fonts(at(sheetOf(op.sheet), op, op.styles), op.styles);
        break;
      case "setWrap":
        rect(sheetOf(op.sheet), op.range).setWrap(op.wrap);
        break;
      case "setAlignment":
        rect(sheetOf(op.sheet), op.range).setHorizontalAlignment(op.horizontal);
        break;
      case "setRowHeights": {
        const s = sheetOf(op.sheet);
        for (const r of runs(op.heights)) s.setRowHeights(op.row + r.at + 1, r.count, r.size);
        break;
      }
      case "setColumnsHidden": {
        const s = sheetOf(op.sheet);
        if (op.hidden) s.hideColumns(op.col + 1, op.count);
        else s.showColumns(op.col + 1, op.count);
        break;
      }
      case "setColumnWidths": {
        const s = sheetOf(op.sheet);
        for (const r of runs(op.widths)) s.setColumnWidths(op.col + r.at + 1, r.count, r.size);
        break;
      }
      case "mergeCells": {
        const s = sheetOf(op.sheet);
        for (const r of op.ranges) rect(s, r).merge();
        break;
      }
      case "addSheet":
        addSheet(ctx, op, cache);
        if (op.replace && charts !== null) {
          for (const k of Object.keys(charts)) if (k.startsWith(`${op.sheet}\u0000`)) delete charts[k];
        }
        break;
      case "clearSheet": {
        const s = sheetOf(op.sheet);
        s.clear();
        s.clearNotes();
        const all = s.getRange(1, 1, Math.max(s.getMaxRows(), 1), Math.max(s.getMaxColumns(), 1));
        all.breakApart();
        all.setDataValidation(null);
        s.setConditionalFormatRules([]);
        break;
      }
      case "deleteSheet": {
        const s = spreadsheet.getSheetByName(op.sheet);
        if (s) spreadsheet.deleteSheet(s);
        cache.delete(op.sheet);
        break;
      }
      case "freeze": {
        const s = sheetOf(op.sheet);
        s.setFrozenRows(op.rows);
        s.setFrozenColumns(op.cols);
        break;
      }
      case "setValidation": {
        const help = op.help ? op.help[ctx.lang] : null;
        rect(sheetOf(op.sheet), op.range).setDataValidation(dataValidation(app, op.rule, help));
        break;
      }
      case "setConditionalFormats": {
        const s = sheetOf(op.sheet);
        s.setConditionalFormatRules(replaceConditionalRules(app, s, op.range, op.rules));
        break;
      }
      case "protectRange":
      case "protectSheet":
        protect(ctx, sheetOf(op.sheet), op);
        break;
      case "removeProtections": {
        const s = sheetOf(op.sheet);
        for (const type of [app.ProtectionType.RANGE, app.ProtectionType.SHEET]) {
          for (const p of s.getProtections(type)) {
            if (op.description === undefined || p.getDescription() === op.description) p.remove();
          }
        }
        break;
      }
      case "addChart": {
        const s = sheetOf(op.sheet);
        charts ??= chartIds(ctx.properties);
        const known = charts[chartKey(op.sheet, op.chart.id)];
        if (known !== undefined) {
          const old = s.getCharts().find((c) => c.getChartId() === known);
          if (old) s.removeChart(old);
        }
        const chart = buildChart(s, op.chart);
        s.insertChart(chart);
        const id = chart.getChartId();
        if (id !== null) charts[chartKey(op.sheet, op.chart.id)] = id;
        break;
      }
      case "removeCharts": {
        const s = sheetOf(op.sheet);
        for (const c of s.getCharts()) s.removeChart(c);
        break;
      }
      case "setPageSetup":
      case "setPageBreaks":
        // Apps Script has no print settings (neither SpreadsheetApp nor the Sheets API): paper,
        // orientation, fit to width, margins, headers/footers and page breaks are chosen in
        // Sheets' print dialog (File → Print), which repeats the frozen header rows by default.
        break;
    }
  }
  if (charts !== null && ctx.properties) ctx.properties.setProperty(CHARTS_KEY, JSON.stringify(charts));
}

function addSheet(ctx: ApplyContext, op: OpOf<"addSheet">, cache: Map<string, SheetApi>): void {
  let sheet = ctx.spreadsheet.getSheetByName(op.sheet);
  if (sheet && op.replace) resetSheet(sheet, ctx.app);
  if (!sheet) {
    const count = ctx.spreadsheet.getSheets().length;
    sheet = ctx.spreadsheet.insertSheet(op.sheet, Math.min(op.index ?? count, count));
  }
  if (op.hidden) sheet.hideSheet();
  else if (sheet.isSheetHidden()) sheet.showSheet();
  cache.set(op.sheet, sheet);
}

function protect(ctx: ApplyContext, sheet: SheetApi, op: OpOf<"protectRange" | "protectSheet">): void {
  const { app } = ctx;
  const type = op.op === "protectRange" ? app.ProtectionType.RANGE : app.ProtectionType.SHEET;
  for (const p of sheet.getProtections(type)) if (p.getDescription() === op.description) p.remove();
  const p = op.op === "protectRange" ? rect(sheet, op.range).protect() : sheet.protect();
  p.setDescription(op.description).setWarningOnly(op.warningOnly);
  if (!op.warningOnly && op.editors && op.editors.length > 0) p.addEditors(op.editors);
  if (op.op === "protectSheet" && op.unprotected && op.unprotected.length > 0) {
    p.setUnprotectedRanges(op.unprotected.map((r) => rect(sheet, r)));
  }
}
