import type { Range } from "../../../core/patch";

/**
 * The workbook behind the fake Excel: what the document holds after each `context.sync()`.
 * Plain data, so tests assert on it directly. Rows and columns are 0-based.
 */
export type StoredValue = string | number | boolean;

export interface FontState {
  bold: boolean;
  italic: boolean;
  color: string;
}

export interface ChartState {
  name: string;
  type: string;
  source: Range;
  seriesBy: string;
  title: string;
  top: number;
  left: number;
  width: number;
  height: number;
  seriesColors: (string | null)[];
  anchor?: { row: number; col: number };
}

export interface ConditionalFormatState {
  range: Range;
  formula: string;
  fill: string;
  fontColor: string | null;
}

export interface ValidationState {
  range: Range;
  rule: unknown;
}

export const DEFAULT_FONT: FontState = { bold: false, italic: false, color: "#000000" };

const key = (row: number, col: number): string => `${row},${col}`;

export class FakeSheet {
  readonly id: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  values = new Map<string, StoredValue>();
  formulas = new Map<string, string>();
  fills = new Map<string, string>();
  fonts = new Map<string, FontState>();
  numberFormats = new Map<string, string>();
  wraps = new Map<string, boolean>();
  alignments = new Map<string, string>();
  /** Per-cell lock overrides; cells default to `defaultLocked` (true, as in Excel). */
  locked = new Map<string, boolean>();
  defaultLocked = true;
  notes = new Map<string, string>();
  comments = new Map<string, { id: string; content: string }>();
  merges: Range[] = [];
  charts: ChartState[] = [];
  conditionalFormats: ConditionalFormatState[] = [];
  validations: ValidationState[] = [];
  protection: { protected: boolean; options: Record<string, unknown> | null; password?: string | null } = { protected: false, options: null };
  /** Allow-edit ranges (ExcelApiOnline 1.1): editable with their password on a protected sheet. */
  allowEditRanges: { title: string; address: string; password: string | null }[] = [];
  frozen = { rows: 0, cols: 0 };
  /** Page layout (ExcelApi 1.9): properties as the add-in set them, header/footer parts, print titles. */
  page: Record<string, unknown> = {};
  /** Horizontal page breaks (ExcelApi 1.9): the A1 address a printed page starts at. */
  pageBreaks: string[] = [];
  columnWidths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  rowHeights = new Map<number, number>();
  changedHandlers: ((args: unknown) => Promise<unknown> | void)[] = [];

  constructor(
    public name: string,
    serial: number,
  ) {
    this.id = `{sheet-${serial}}`;
  }

  get(row: number, col: number): StoredValue | "" {
    return this.values.get(key(row, col)) ?? "";
  }

  /** Bounding box of anything with content or formatting, from A1 (Excel's used range). */
  usedBox(valuesOnly: boolean): Range | null {
    let rows = 0;
    let cols = 0;
    const maps: Map<string, unknown>[] = valuesOnly ? [this.values, this.formulas] : [this.values, this.formulas, this.fills, this.fonts, this.numberFormats];
    for (const m of maps) {
      for (const k of m.keys()) {
        const [r, c] = k.split(",").map(Number);
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    }
    return rows === 0 ? null : { row: 0, col: 0, rows, cols };
  }

  isLocked(row: number, col: number): boolean {
    return this.locked.get(key(row, col)) ?? this.defaultLocked;
  }

  cells(range: Range): Array<[number, number, string]> {
    const out: Array<[number, number, string]> = [];
    for (let i = 0; i < range.rows; i++) for (let j = 0; j < range.cols; j++) out.push([range.row + i, range.col + j, key(range.row + i, range.col + j)]);
    return out;
  }

  /** Writes a value the way Excel treats `range.values` and typing: "=" starts a formula, numeric text becomes a number. */
  enter(row: number, col: number, value: unknown): void {
    const k = key(row, col);
    this.formulas.delete(k);
    if (value === null || value === undefined || value === "") {
      this.values.delete(k);
      return;
    }
    if (typeof value === "string") {
      if (value.startsWith("'")) {
        this.values.set(k, value.slice(1));
        return;
      }
      if (value.startsWith("=")) {
        this.formulas.set(k, value);
        this.values.delete(k);
        return;
      }
      const textFormat = this.numberFormats.get(k) === "@";
      if (!textFormat && /^-?\d+(\.\d+)?$/.test(value.trim())) {
        this.values.set(k, Number(value));
        return;
      }
      this.values.set(k, value);
      return;
    }
    if (typeof value === "number" || typeof value === "boolean") {
      this.values.set(k, value);
      return;
    }
    throw new Error(`Excel: invalid cell value ${String(value)} (Office.js does not accept ${typeof value} values)`);
  }

  clear(range: Range | null): void {
    if (range === null) {
      for (const m of [this.values, this.formulas, this.fills, this.fonts, this.numberFormats, this.wraps]) m.clear();
      this.merges = [];
      return;
    }
    for (const [, , k] of this.cells(range)) {
      for (const m of [this.values, this.formulas, this.fills, this.fonts, this.numberFormats, this.wraps]) m.delete(k);
    }
  }

  /** A rectangle of values as Excel returns them ("" for empty; formulas read as their stored value: none here). */
  read(range: Range): StoredValue[][] {
    return Array.from({ length: range.rows }, (_, i) => Array.from({ length: range.cols }, (_, j) => this.get(range.row + i, range.col + j)));
  }
}

export interface ChangeEvent {
  sheet: string;
  range: Range;
  /** "Unknown" for user edits; "ThisLocalAddin" for the add-in's own writes when ExcelApi 1.14 is present. */
  triggerSource: "Unknown" | "ThisLocalAddin";
  details: { valueBefore: StoredValue | ""; valueAfter: StoredValue | "" } | null;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  private serial = 0;
  private commentSerial = 0;

  addSheet(name: string): FakeSheet {
    if (this.find(name)) throw new Error(`Excel: a sheet named "${name}" already exists`);
    const s = new FakeSheet(name, ++this.serial);
    this.sheets.push(s);
    return s;
  }

  find(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`ItemNotFound: no sheet "${name}"`);
    return s;
  }

  deleteSheet(name: string): void {
    const s = this.sheet(name);
    if (this.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
      throw new Error("Excel: a workbook must keep at least one visible sheet");
    }
    this.sheets = this.sheets.filter((x) => x !== s);
  }

  nextCommentId(): string {
    return `comment-${++this.commentSerial}`;
  }
}
