import { MemorySheet } from "../../../core/patch";
import type {
  ChartApi,
  ConditionalFormatRuleApi,
  DataValidationApi,
  HostCell,
  NewChartApi,
  ProtectionApi,
  RangeApi,
  SheetApi,
} from "../../../gas/host/surface";
import type { CallLog } from "./call-log";
import { FakeChartBuilder, type FakeChart } from "./charts";
import type { FakeDataValidation } from "./rules";

type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
const key = (r: number, c: number): string => `${r},${c}`;

function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A user as Apps Script returns them from getEditors(). */
export interface FakeUser {
  getEmail(): string;
}

export class FakeProtection implements ProtectionApi {
  description = "";
  warningOnly = false;
  editors: string[] = [];
  domainEdit: boolean;
  unprotected: RangeApi[] = [];
  constructor(
    readonly sheet: FakeSheet,
    readonly type: "RANGE" | "SHEET",
    readonly range: FakeRange | null,
  ) {
    // As in Sheets: a new protection starts with the file's editors (owner included).
    this.editors = [...sheet.parent.owner, ...sheet.parent.fileEditors];
    this.domainEdit = sheet.parent.domainEdit;
  }
  private rec(method: string): void {
    this.sheet.log.record("Protection", method, this.range ? `${this.sheet.name}!${this.range.getA1Notation()}` : this.sheet.name);
  }
  getEditors(): FakeUser[] {
    this.rec("getEditors");
    return this.editors.map((e) => ({ getEmail: () => e }));
  }
  removeEditors(users: (string | FakeUser)[]): this {
    this.rec("removeEditors");
    const gone = new Set(users.map((u) => (typeof u === "string" ? u : u.getEmail())));
    // Neither the owner nor the person running the script can be removed.
    const kept = new Set([...this.sheet.parent.owner, this.sheet.parent.me]);
    this.editors = this.editors.filter((e) => kept.has(e) || !gone.has(e));
    return this;
  }
  canDomainEdit(): boolean {
    this.rec("canDomainEdit");
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): this {
    this.rec("setDomainEdit");
    this.domainEdit = editable;
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  getDescription(): string {
    return this.description;
  }
  setDescription(description: string): this {
    this.description = description;
    return this;
  }
  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = warningOnly;
    return this;
  }
  addEditors(emails: string[]): this {
    this.rec("addEditors");
    for (const e of emails) if (!this.editors.includes(e)) this.editors.push(e);
    return this;
  }
  setUnprotectedRanges(ranges: RangeApi[]): this {
    this.unprotected = ranges;
    return this;
  }
  remove(): void {
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
}

/** A rectangle of a fake sheet; 1-based like Apps Script. */
export class FakeRange implements RangeApi {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) {
      throw new Error(`Exception: The coordinates of the range are outside the dimensions of the sheet (${row},${column},${numRows},${numColumns}).`);
    }
  }
  private log(method: string): void {
    this.sheet.log.record("Range", method, `${this.sheet.name}!${this.getA1Notation()}`);
  }
  private cells<T>(f: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this.numRows }, (_, i) => Array.from({ length: this.numColumns }, (_, j) => f(this.row - 1 + i, this.column - 1 + j)));
  }
  private each<T>(grid: readonly (readonly T[])[], f: (r: number, c: number, v: T) => void): void {
    if (grid.length !== this.numRows || grid.some((row) => row.length !== this.numColumns)) {
      throw new Error(`Exception: The number of rows or columns in the data does not match the range (${this.getA1Notation()}).`);
    }
    grid.forEach((row, i) => row.forEach((v, j) => f(this.row - 1 + i, this.column - 1 + j, v)));
    this.sheet.store.grow(this.row - 1 + this.numRows - 1, this.column - 1 + this.numColumns - 1);
  }
  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getA1Notation(): string {
    const start = `${columnName(this.column - 1)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnName(this.column + this.numColumns - 2)}${this.row + this.numRows - 1}`;
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getValues(): HostCell[][] {
    this.log("getValues");
    const s = this.sheet.store;
    return this.cells((r, c) => s.values.get(key(r, c)) ?? "");
  }
  getNotes(): string[][] {
    this.log("getNotes");
    return this.cells((r, c) => this.sheet.store.notes.get(key(r, c)) ?? "");
  }
  /** As Sheets: "#ffffff" where a cell has no fill. */
  getBackgrounds(): string[][] {
    this.log("getBackgrounds");
    return this.cells((r, c) => (this.sheet.store.fills.get(key(r, c)) ?? "#ffffff").toLowerCase());
  }
  setValues(values: HostCell[][]): this {
    this.log("setValues");
    this.each(values, (r, c, v) => {
      if (v !== null && typeof v === "object" && Object.prototype.toString.call(v) !== "[object Date]") {
        throw new Error(`Exception: setValues got an object at ${r + 1},${c + 1}`);
      }
      this.sheet.store.enter(r, c, v as string | number | boolean | Date | null);
    });
    return this;
  }
  setFormulas(formulas: string[][]): this {
    this.log("setFormulas");
    this.each(formulas, (r, c, f) => this.sheet.store.enter(r, c, f === "" ? null : f));
    return this;
  }
  setBackgrounds(colors: string[][]): this {
    this.log("setBackgrounds");
    this.each(colors, (r, c, v) => {
      // White is what Sheets shows for no fill; the fake stores both as none.
      if (v === null || v === "" || v.toLowerCase() === "#ffffff") this.sheet.store.fills.delete(key(r, c));
      else this.sheet.store.fills.set(key(r, c), v.toUpperCase());
    });
    return this;
  }
  setNotes(notes: string[][]): this {
    this.log("setNotes");
    this.each(notes, (r, c, v) => {
      if (v === null || v === "") this.sheet.store.notes.delete(key(r, c));
      else this.sheet.store.notes.set(key(r, c), String(v));
    });
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    this.log("setNumberFormats");
    // "General" is Sheets' default format: storing it is the same as no format.
    this.each(formats, (r, c, v) => {
      if (v === "General" || v === "" || v === null) this.sheet.store.formats.delete(key(r, c));
      else this.sheet.store.formats.set(key(r, c), v);
    });
    return this;
  }
  private font(method: string, grid: HostCell[][], field: "bold" | "italic" | "color"): this {
    this.log(method);
    this.each(grid, (r, c, v) => {
      const s = this.sheet.store;
      const was = s.fonts.get(key(r, c)) ?? { bold: false, italic: false, color: null };
      const next = { ...was };
      if (field === "bold") next.bold = v === "bold";
      else if (field === "italic") next.italic = v === "italic";
      else next.color = typeof v === "string" ? v.toUpperCase() : null;
      s.fonts.set(key(r, c), next);
    });
    return this;
  }
  setFontWeights(weights: HostCell[][]): this {
    return this.font("setFontWeights", weights, "bold");
  }
  setFontStyles(styles: HostCell[][]): this {
    return this.font("setFontStyles", styles, "italic");
  }
  setFontColors(colors: HostCell[][]): this {
    return this.font("setFontColors", colors, "color");
  }
  setHorizontalAlignment(alignment: "left" | "center" | "normal" | "right" | null): this {
    this.log("setHorizontalAlignment");
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) {
        const k = key(this.row - 1 + i, this.column - 1 + j);
        if (alignment === null || alignment === "normal") this.sheet.store.alignments.delete(k);
        else this.sheet.store.alignments.set(k, alignment);
      }
    }
    return this;
  }
  setWrap(wrap: boolean): this {
    this.log("setWrap");
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) {
        if (wrap) this.sheet.store.wraps.set(key(this.row - 1 + i, this.column - 1 + j), true);
        else this.sheet.store.wraps.delete(key(this.row - 1 + i, this.column - 1 + j));
      }
    }
    return this;
  }
  private box(): { row: number; col: number; rows: number; cols: number } {
    return { row: this.row - 1, col: this.column - 1, rows: this.numRows, cols: this.numColumns };
  }
  merge(): this {
    this.log("merge");
    const b = this.box();
    const s = this.sheet.store;
    if (s.merges.some((m) => m.row < b.row + b.rows && b.row < m.row + m.rows && m.col < b.col + b.cols && b.col < m.col + m.cols)) {
      throw new Error("Exception: You must select all cells in a merged range to merge or unmerge them.");
    }
    s.merges.push(b);
    return this;
  }
  breakApart(): this {
    this.log("breakApart");
    const b = this.box();
    const s = this.sheet.store;
    s.merges = s.merges.filter((m) => !(m.row >= b.row && m.col >= b.col && m.row + m.rows <= b.row + b.rows && m.col + m.cols <= b.col + b.cols));
    return this;
  }
  getMergedRanges(): FakeRange[] {
    this.log("getMergedRanges");
    const b = this.box();
    return this.sheet.store.merges
      .filter((m) => m.row < b.row + b.rows && b.row < m.row + m.rows && m.col < b.col + b.cols && b.col < m.col + m.cols)
      .map((m) => new FakeRange(this.sheet, m.row + 1, m.col + 1, m.rows, m.cols));
  }
  setDataValidation(rule: DataValidationApi | null): this {
    this.log("setDataValidation");
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) {
        const k = key(this.row - 1 + i, this.column - 1 + j);
        if (rule === null) this.sheet.validations.delete(k);
        else this.sheet.validations.set(k, rule as FakeDataValidation);
      }
    }
    return this;
  }
  activate(): this {
    this.sheet.log.record("Range", "activate", `${this.sheet.name}!${this.getA1Notation()}`);
    this.sheet.parent.active = this;
    this.sheet.parent.activeSheet = this.sheet;
    return this;
  }
  protect(): FakeProtection {
    this.sheet.log.record("Range", "protect", `${this.sheet.name}!${this.getA1Notation()}`);
    const p = new FakeProtection(this.sheet, "RANGE", this);
    this.sheet.protections.push(p);
    return p;
  }
}

/** What a FakeSheet needs from its spreadsheet. */
export interface SheetParent {
  /** Owner's e-mail (one, or none for a fake that does not care). */
  owner: string[];
  /** The person running the script. */
  me: string;
  /** People the file is shared with as editors. */
  fileEditors: string[];
  domainEdit: boolean;
  active: FakeRange | null;
  activeSheet: FakeSheet | null;
  sheets: FakeSheet[];
}

export class FakeSheet implements SheetApi {
  readonly store: MemorySheet;
  readonly validations = new Map<string, FakeDataValidation>();
  conditionalRules: ConditionalFormatRuleApi[] = [];
  protections: FakeProtection[] = [];
  charts: FakeChart[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();

  constructor(
    readonly log: CallLog,
    readonly parent: SheetParent,
    name: string,
  ) {
    this.store = new MemorySheet(name);
  }
  get name(): string {
    return this.store.name;
  }
  private rec(method: string, where = ""): void {
    this.log.record("Sheet", method, `${this.name}${where}`);
  }
  getName(): string {
    return this.name;
  }
  getIndex(): number {
    return this.parent.sheets.indexOf(this) + 1;
  }
  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    this.rec("getRange");
    return new FakeRange(this, row, column, numRows, numColumns);
  }
  /** Last row/column holding a value or formula (as Apps Script counts them). */
  private extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const m of [this.store.values, this.store.formulas] as Map<string, unknown>[]) {
      for (const k of m.keys()) {
        const [r, c] = k.split(",").map(Number);
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    }
    return { rows, cols };
  }
  getLastRow(): number {
    this.rec("getLastRow");
    return this.extent().rows;
  }
  getLastColumn(): number {
    this.rec("getLastColumn");
    return this.extent().cols;
  }
  getMaxRows(): number {
    return Math.max(1000, this.store.rowCount);
  }
  getMaxColumns(): number {
    return Math.max(26, this.store.colCount);
  }
  clear(): this {
    this.rec("clear");
    const s = this.store;
    for (const m of [s.values, s.formulas, s.fills, s.formats, s.fonts, s.wraps, s.alignments] as Map<string, unknown>[]) m.clear();
    return this;
  }
  clearNotes(): this {
    this.rec("clearNotes");
    this.store.notes.clear();
    return this;
  }
  hideSheet(): this {
    this.rec("hideSheet");
    this.store.hidden = true;
    return this;
  }
  showSheet(): this {
    this.rec("showSheet");
    this.store.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.store.hidden;
  }
  activate(): this {
    this.rec("activate");
    this.parent.activeSheet = this;
    return this;
  }
  setFrozenRows(rows: number): void {
    this.rec("setFrozenRows");
    this.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.rec("setFrozenColumns");
    this.frozenColumns = columns;
  }
  hideColumns(start: number, count: number): void {
    this.rec("hideColumns");
    for (let c = start - 1; c < start - 1 + count; c++) this.store.hiddenColumns.add(c);
  }
  showColumns(start: number, count: number): void {
    this.rec("showColumns");
    for (let c = start - 1; c < start - 1 + count; c++) this.store.hiddenColumns.delete(c);
  }
  setColumnWidths(start: number, count: number, width: number): this {
    this.rec("setColumnWidths");
    for (let i = 0; i < count; i++) this.widths.set(start - 1 + i, width);
    return this;
  }
  setRowHeights(start: number, count: number, height: number): this {
    this.rec("setRowHeights");
    for (let i = 0; i < count; i++) this.heights.set(start - 1 + i, height);
    return this;
  }
  getCharts(): FakeChart[] {
    this.rec("getCharts");
    return [...this.charts];
  }
  removeChart(chart: ChartApi): void {
    this.rec("removeChart");
    this.charts = this.charts.filter((c) => c !== chart);
  }
  insertChart(chart: ChartApi): void {
    this.rec("insertChart");
    this.charts.push(chart as FakeChart);
  }
  newChart(): NewChartApi {
    this.rec("newChart");
    return new FakeChartBuilder(this);
  }
  getProtections(type: ProtectionType): FakeProtection[] {
    this.rec("getProtections");
    return this.protections.filter((p) => p.type === (type as unknown as string));
  }
  protect(): FakeProtection {
    this.rec("protect");
    const p = new FakeProtection(this, "SHEET", null);
    this.protections.push(p);
    return p;
  }
  getConditionalFormatRules(): ConditionalFormatRuleApi[] {
    this.rec("getConditionalFormatRules");
    return [...this.conditionalRules];
  }
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void {
    this.rec("setConditionalFormatRules");
    this.conditionalRules = [...rules];
  }

  // ---- Test helpers (not on the add-on's surface) ----
  /** Values as a person sees them, 0-based. */
  value(row: number, col: number): unknown {
    return this.store.values.get(key(row, col)) ?? null;
  }
  note(row: number, col: number): string | null {
    return this.store.notes.get(key(row, col)) ?? null;
  }
  fill(row: number, col: number): string | null {
    return this.store.fills.get(key(row, col)) ?? null;
  }
}
