import type ExcelJS from "exceljs";
import {
  a1,
  columnLetter,
  excelHeaderFooter,
  safeValues,
  type ChartSpec,
  type OpOf,
  type PatchOp,
  type Range,
} from "../../core/patch";

/**
 * The ExcelJS host: applies core patch ops to a workbook in memory. ExcelJS has no charts and
 * only sheet-level protection, so charts are collected for `injectCharts` after writing, and
 * range protections become locked cells on a protected sheet (everything else unlocked).
 */
export interface AppliedPatch {
  charts: Map<string, ChartSpec[]>;
}

interface SheetProtection {
  locked: Range[];
  warningOnly: boolean;
  /** protectSheet: the whole sheet is locked except these. */
  wholeSheetExcept: Range[] | null;
}

const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;

export function applyPatch(wb: ExcelJS.Workbook, ops: readonly PatchOp[], charts: Map<string, ChartSpec[]> = new Map()): AppliedPatch {
  const protections = new Map<string, SheetProtection>();
  const ws = (name: string): ExcelJS.Worksheet => {
    const sheet = wb.getWorksheet(name);
    if (!sheet) throw new Error(`patch: no sheet "${name}" (an addSheet op must come first)`);
    return sheet;
  };
  const eachCell = <T>(op: { sheet: string; row: number; col: number }, grid: T[][], set: (cell: ExcelJS.Cell, v: T) => void) => {
    const sheet = ws(op.sheet);
    grid.forEach((row, i) => {
      const xr = sheet.getRow(op.row + i + 1);
      row.forEach((v, j) => set(xr.getCell(op.col + j + 1), v));
    });
  };

  for (const op of ops) {
    switch (op.op) {
      case "addSheet": {
        const existing = wb.getWorksheet(op.sheet);
        if (existing && op.replace) {
          wb.removeWorksheet(existing.id);
          charts.delete(op.sheet);
          protections.delete(op.sheet);
        }
        const sheet = wb.getWorksheet(op.sheet) ?? wb.addWorksheet(op.sheet);
        sheet.state = op.hidden ? "hidden" : "visible";
        if (op.index !== undefined) placeSheet(wb, sheet, op.index);
        break;
      }
      case "deleteSheet": {
        const existing = wb.getWorksheet(op.sheet);
        if (existing) wb.removeWorksheet(existing.id);
        charts.delete(op.sheet);
        protections.delete(op.sheet);
        break;
      }
      case "clearSheet": {
        const sheet = ws(op.sheet);
        sheet.eachRow({ includeEmpty: true }, (row) => {
          row.eachCell({ includeEmpty: true }, (cell) => {
            cell.value = null;
            cell.style = {};
            clearNote(cell);
          });
        });
        for (const ref of [...((sheet.model as unknown as { merges?: string[] }).merges ?? [])]) sheet.unMergeCells(ref);
        validations(sheet).model = {};
        (sheet as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = [];
        break;
      }
      case "setValues": {
        const values = safeValues(op.values, { escape: false, dates: "date" });
        eachCell(op, values, (cell, v) => {
          cell.value = v === null || v === "" ? null : v;
        });
        break;
      }
      case "setFormulas":
        eachCell(op, op.formulas, (cell, f) => {
          cell.value = f === null ? null : { formula: f.slice(1), date1904: false };
        });
        break;
      case "setFills":
        eachCell(op, op.fills, (cell, hex) => {
          restyle(cell, { fill: hex === null ? { type: "pattern", pattern: "none" } : { type: "pattern", pattern: "solid", fgColor: { argb: argb(hex) } } });
        });
        break;
      case "setNotes":
        eachCell(op, op.notes, (cell, note) => {
          if (note === null) clearNote(cell);
          else cell.note = note;
        });
        break;
      case "setNumberFormats":
        eachCell(op, op.formats, (cell, fmt) => {
          restyle(cell, { numFmt: fmt ?? "General" });
        });
        break;
      case "setFontStyles":
        eachCell(op, op.styles, (cell, style) => {
          const font: Partial<ExcelJS.Font> =
            style === null ? {} : { bold: style.bold, italic: style.italic, ...(style.color ? { color: { argb: argb(style.color) } } : {}) };
          restyle(cell, { font });
        });
        break;
      case "setWrap": {
        const sheet = ws(op.sheet);
        forRange(op.range, (r, c) => {
          const cell = sheet.getCell(r + 1, c + 1);
          restyle(cell, { alignment: { ...cell.alignment, wrapText: op.wrap, vertical: "top" } });
        });
        break;
      }
      case "setAlignment": {
        const sheet = ws(op.sheet);
        forRange(op.range, (r, c) => {
          const cell = sheet.getCell(r + 1, c + 1);
          restyle(cell, { alignment: { ...cell.alignment, horizontal: op.horizontal } });
        });
        break;
      }
      case "setRowHeights": {
        const sheet = ws(op.sheet);
        op.heights.forEach((h, i) => {
          sheet.getRow(op.row + i + 1).height = h * 0.75;
        });
        break;
      }
      case "mergeCells": {
        const sheet = ws(op.sheet);
        for (const r of op.ranges) {
          if (r.rows === 1 && r.cols === 1) continue;
          try {
            sheet.mergeCells(r.row + 1, r.col + 1, r.row + r.rows, r.col + r.cols);
          } catch {
            // Overlaps an existing merge: undo the old one and merge again.
            sheet.unMergeCells(r.row + 1, r.col + 1, r.row + r.rows, r.col + r.cols);
            sheet.mergeCells(r.row + 1, r.col + 1, r.row + r.rows, r.col + r.cols);
          }
        }
        break;
      }
      case "freeze":
        ws(op.sheet).views = op.rows || op.cols ? [{ state: "frozen", xSplit: op.cols, ySplit: op.rows }] : [];
        break;
      case "setColumnsHidden": {
        const sheet = ws(op.sheet);
        for (let c = op.col; c < op.col + op.count; c++) sheet.getColumn(c + 1).hidden = op.hidden;
        break;
      }
      case "setColumnWidths": {
        const sheet = ws(op.sheet);
        // Excel widths are in characters of the default font (about 7 px each).
        op.widths.forEach((px, i) => {
          sheet.getColumn(op.col + i + 1).width = Math.max(1, Math.round((px / 7) * 100) / 100);
        });
        break;
      }
      case "setValidation":
        applyValidation(ws(op.sheet), op);
        break;
      case "setConditionalFormats":
        applyConditionalFormats(ws(op.sheet), op);
        break;
      case "protectRange": {
        const p = protections.get(op.sheet) ?? { locked: [], warningOnly: op.warningOnly, wholeSheetExcept: null };
        p.locked.push(op.range);
        p.warningOnly = p.warningOnly && op.warningOnly;
        protections.set(op.sheet, p);
        break;
      }
      case "protectSheet":
        protections.set(op.sheet, { locked: [], warningOnly: op.warningOnly, wholeSheetExcept: op.unprotected ?? [] });
        break;
      case "removeProtections":
        protections.delete(op.sheet);
        ws(op.sheet).unprotect();
        break;
      case "addChart": {
        const list = (charts.get(op.sheet) ?? []).filter((c) => c.id !== op.chart.id);
        list.push(op.chart);
        charts.set(op.sheet, list);
        break;
      }
      case "removeCharts":
        charts.delete(op.sheet);
        break;
      case "setPageSetup":
        applyPageSetup(ws(op.sheet), op);
        break;
      case "setPageBreaks":
        applyPageBreaks(ws(op.sheet), op.rows);
        break;
      default: {
        const never: never = op;
        throw new Error(`patch: unknown op ${JSON.stringify(never)}`);
      }
    }
  }
  for (const [name, p] of protections) {
    const sheet = wb.getWorksheet(name);
    if (sheet) applyProtection(sheet, p);
  }
  return { charts };
}

const MM_PER_INCH = 25.4;

/**
 * Print settings as ExcelJS writes them (pageSetup with fitToPage, the Print_Titles name, the
 * header/footer codes). Everything the op asks for is expressible in .xlsx.
 */
function applyPageSetup(sheet: ExcelJS.Worksheet, op: OpOf<"setPageSetup">): void {
  const m = op.margins;
  const inches = (mm: number): number => Math.round((mm / MM_PER_INCH) * 1000) / 1000;
  const setup: Partial<ExcelJS.PageSetup> = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: op.orientation,
    fitToPage: true,
    fitToWidth: op.fitToWidth,
    fitToHeight: op.fitToHeight,
    horizontalCentered: op.centerHorizontally === true,
    margins: { top: inches(m.top), bottom: inches(m.bottom), left: inches(m.left), right: inches(m.right), header: inches(m.header), footer: inches(m.footer) },
  };
  if (op.titleRows) setup.printTitlesRow = `${op.titleRows.from + 1}:${op.titleRows.to + 1}`;
  else delete setup.printTitlesRow;
  sheet.pageSetup = setup;
  sheet.headerFooter = { ...sheet.headerFooter, oddHeader: excelHeaderFooter(op.header), oddFooter: excelHeaderFooter(op.footer) };
}

/** Row breaks: a page starts at each 0-based row, so the break goes after the row above it. */
function applyPageBreaks(sheet: ExcelJS.Worksheet, rows: readonly number[]): void {
  const model = sheet as unknown as { rowBreaks: unknown[] };
  model.rowBreaks = [];
  for (const r of [...new Set(rows)].sort((a, b) => a - b)) sheet.getRow(r).addPageBreak();
}

/** ExcelJS keeps data validations per address; its typings omit the collection. */
interface DataValidationsLike {
  model: Record<string, unknown>;
  add(address: string, validation: ExcelJS.DataValidation): void;
}
const validations = (sheet: ExcelJS.Worksheet): DataValidationsLike =>
  (sheet as unknown as { dataValidations: DataValidationsLike }).dataValidations;

/**
 * Changes part of a cell's style on a copy: ExcelJS gives the cells of a file read from disk one
 * shared style object per style, and its setters (`cell.numFmt = …`) write into that object, so
 * one cell's new format would become every such cell's.
 */
function restyle(cell: ExcelJS.Cell, change: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...change };
}

function forRange(r: Range, fn: (row: number, col: number) => void): void {
  for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) fn(r.row + i, r.col + j);
}

function clearNote(cell: ExcelJS.Cell): void {
  // ExcelJS has no public way to remove a note; its setter always creates one.
  (cell as unknown as { _comment?: unknown })._comment = undefined;
}

function placeSheet(wb: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, index: number): void {
  const others = wb.worksheets.filter((w) => w !== sheet);
  others.splice(Math.min(index, others.length), 0, sheet);
  others.forEach((w, i) => {
    (w as unknown as { orderNo: number }).orderNo = i;
  });
}

function applyValidation(sheet: ExcelJS.Worksheet, op: OpOf<"setValidation">): void {
  const ref = a1(op.range);
  const dv = validations(sheet);
  const model = dv.model;
  // Replace: drop earlier validations on cells inside this range.
  for (const key of Object.keys(model)) if (insideRange(key, op.range)) delete model[key];
  const prompt = op.help ? { showInputMessage: true, promptTitle: "Chỉ Tiêu", prompt: op.help.vi.slice(0, 255) } : {};
  const rule = op.rule;
  if (rule.kind === "none") return;
  if (rule.kind === "list") {
    dv.add(ref, {
      type: "list",
      allowBlank: true,
      formulae: [`"${rule.values.map((v) => v.replace(/"/g, '""')).join(",")}"`],
      showErrorMessage: true,
      errorStyle: rule.strict ? "stop" : "warning",
      errorTitle: "Chỉ Tiêu",
      error: `Chọn một trong: ${rule.values.join(", ")}`.slice(0, 255),
      ...prompt,
    });
  } else if (rule.kind === "number") {
    const min = rule.min ?? -1e15;
    const max = rule.max ?? 1e15;
    dv.add(ref, {
      type: "decimal",
      operator: "between",
      allowBlank: rule.allowBlank,
      formulae: [min, max],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "Chỉ Tiêu",
      error: rule.min !== undefined || rule.max !== undefined ? `Nhập một số từ ${min} đến ${max}.` : "Nhập một số.",
      ...prompt,
    });
  } else {
    dv.add(ref, {
      type: "date",
      operator: "greaterThan",
      allowBlank: true,
      formulae: [new Date(Date.UTC(1990, 0, 1))],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "Chỉ Tiêu",
      error: "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/11/2025.",
      ...prompt,
    });
  }
}

function insideRange(ref: string, r: Range): boolean {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) return false;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  const left = col(m[1]);
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  const right = m[3] ? col(m[3]) : left;
  return top >= r.row && left >= r.col && bottom < r.row + r.rows && right < r.col + r.cols;
}

function applyConditionalFormats(sheet: ExcelJS.Worksheet, op: OpOf<"setConditionalFormats">): void {
  const ref = a1(op.range);
  const list = (sheet as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
  const kept = list.filter((cf) => !cf.ref.split(" ").every((part) => part === ref || insideRange(part, op.range)));
  (sheet as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = kept;
  if (op.rules.length === 0) return;
  const topLeft = `${columnLetter(op.range.col)}${op.range.row + 1}`;
  sheet.addConditionalFormatting({
    ref,
    rules: op.rules.map((rule, i) => ({
      type: "expression",
      priority: i + 1,
      // Exact text match: "Đạt" must not colour "Không đạt" (containsText would).
      formulae: [`EXACT(${topLeft},"${rule.text.replace(/"/g, '""')}")`],
      style: {
        fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
        ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
      },
    })),
  });
}

function applyProtection(sheet: ExcelJS.Worksheet, p: SheetProtection): void {
  const lockedAt = (r: number, c: number): boolean =>
    p.wholeSheetExcept
      ? !p.wholeSheetExcept.some((x) => r >= x.row && r < x.row + x.rows && c >= x.col && c < x.col + x.cols)
      : p.locked.some((x) => r >= x.row && r < x.row + x.rows && c >= x.col && c < x.col + x.cols);
  const width = Math.max(sheet.columnCount, ...p.locked.map((x) => x.col + x.cols));
  const height = Math.max(sheet.rowCount, ...p.locked.map((x) => x.row + x.rows));
  // Columns carry the default for cells typed later (rows below the table).
  for (let c = 0; c < width; c++) {
    const column = sheet.getColumn(c + 1);
    column.protection = { locked: lockedAt(height + 1, c) && p.wholeSheetExcept !== null };
  }
  for (let r = 0; r < height; r++) {
    const row = sheet.getRow(r + 1);
    for (let c = 0; c < width; c++) restyle(row.getCell(c + 1), { protection: { locked: lockedAt(r, c) } });
  }
  if (p.warningOnly) return; // Excel has no "warn only" protection: leave the sheet unprotected.
  void sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    formatCells: true,
    sort: true,
    autoFilter: true,
    insertRows: false,
    deleteRows: false,
  });
}

