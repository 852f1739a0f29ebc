import type { Cell } from "../grid";
import {
  PatchOpSchema,
  type ChartSpec,
  type ConditionalRule,
  type FontStyle,
  type HelpText,
  type OpOf,
  type PatchOp,
  type PatchOpKind,
  type ValidationRule,
} from "./ops";
import { rangeContains, rangesIntersect, type Range } from "./range";
import { safeValues, type HostValue } from "./values";

export interface MemoryValidation {
  rule: ValidationRule;
  help: HelpText | null;
}

export interface MemoryConditionalFormat {
  range: Range;
  rules: ConditionalRule[];
}

export interface MemoryProtection {
  /** Null for a whole-sheet protection. */
  range: Range | null;
  description: string;
  editors: string[];
  warningOnly: boolean;
  unprotected: Range[];
}

type Sparse<T> = Map<string, T>;
const key = (row: number, col: number): string => `${row},${col}`;

/** One sheet of a `MemoryWorkbook`. Fields are public so tests can look at anything. */
export class MemorySheet {
  hidden = false;
  /** Stored cell values: what a host would read back (escape apostrophes removed). */
  readonly values: Sparse<Exclude<Cell, null>> = new Map();
  readonly formulas: Sparse<string> = new Map();
  readonly fills: Sparse<string> = new Map();
  readonly notes: Sparse<string> = new Map();
  readonly formats: Sparse<string> = new Map();
  readonly fonts: Sparse<FontStyle> = new Map();
  readonly wraps: Sparse<boolean> = new Map();
  readonly alignments: Sparse<"left" | "center" | "right"> = new Map();
  readonly validations: Sparse<MemoryValidation> = new Map();
  conditionalFormats: MemoryConditionalFormat[] = [];
  protections: MemoryProtection[] = [];
  charts: ChartSpec[] = [];
  merges: Range[] = [];
  frozen = { rows: 0, cols: 0 };
  /** How the sheet prints (setPageSetup), and where printed pages start (setPageBreaks). */
  pageSetup: Omit<OpOf<"setPageSetup">, "op" | "sheet"> | null = null;
  pageBreaks: number[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly rowHeights = new Map<number, number>();
  /** Grid size: grows with every write, like a host sheet. */
  rowCount = 0;
  colCount = 0;

  constructor(public name: string) {}

  grow(row: number, col: number): void {
    this.rowCount = Math.max(this.rowCount, row + 1);
    this.colCount = Math.max(this.colCount, col + 1);
  }

  /**
   * Writes one cell the way Sheets/Excel treat typed input: a leading apostrophe marks text (it is
   * dropped from the stored value), a leading "=" makes a formula. `setValues` goes through
   * `safeValues` first, so data never reaches the formula branch.
   */
  enter(row: number, col: number, value: HostValue): void {
    const k = key(row, col);
    this.grow(row, col);
    this.formulas.delete(k);
    if (value === null || value === "") {
      this.values.delete(k);
    } else if (typeof value === "string" && value.startsWith("'")) {
      this.values.set(k, value.slice(1));
    } else if (typeof value === "string" && value.startsWith("=")) {
      this.values.delete(k);
      this.formulas.set(k, value);
    } else {
      this.values.set(k, value);
    }
  }

  clearCells(): void {
    for (const m of [this.values, this.formulas, this.fills, this.notes, this.formats, this.fonts, this.wraps, this.alignments, this.validations]) {
      m.clear();
    }
    this.conditionalFormats = [];
    this.merges = [];
  }
}

function setSparse<T>(map: Sparse<T>, row: number, col: number, value: T | null): void {
  if (value === null) map.delete(key(row, col));
  else map.set(key(row, col), value);
}

function readSparse<T>(map: Sparse<T>, range: Range): (T | null)[][] {
  return Array.from({ length: range.rows }, (_, i) =>
    Array.from({ length: range.cols }, (_, j) => map.get(key(range.row + i, range.col + j)) ?? null),
  );
}

function cellsOf(range: Range): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < range.rows; i++) for (let j = 0; j < range.cols; j++) out.push([range.row + i, range.col + j]);
  return out;
}

/**
 * A pure-TS workbook that applies patches the way the hosts do, for tests of every layer. Ops
 * are validated with `PatchOpSchema` and counted by kind so tests can assert call budgets.
 * Values go through `safeValues` like on every host, then are "typed" into cells (see
 * `MemorySheet.enter`): escaped text reads back as the original text, never as a formula.
 * Per-cell writes (values, formats, validation, merges...) grow the grid; range-level rules
 * (conditional formats, protections, charts) do not. Formulas are stored, not evaluated.
 */
export class MemoryWorkbook {
  private sheets: MemorySheet[] = [];
  /** Ops applied, by kind. */
  readonly opCounts: Partial<Record<PatchOpKind, number>> = {};

  constructor(sheetNames: readonly string[] = []) {
    for (const name of sheetNames) this.sheets.push(new MemorySheet(name));
  }

  /** Total ops applied (host calls, roughly). */
  get opTotal(): number {
    return Object.values(this.opCounts).reduce((a, b) => a + (b ?? 0), 0);
  }

  resetCounts(): void {
    for (const k of Object.keys(this.opCounts) as PatchOpKind[]) delete this.opCounts[k];
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.sheets.some((s) => s.name === name);
  }

  /** The sheet, or an error naming the sheets that exist (as a host would fail). */
  sheet(name: string): MemorySheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`No sheet named "${name}" (sheets: ${this.sheetNames().join(", ") || "none"})`);
    return s;
  }

  /** The used rectangle from A1 (null when the sheet is empty). */
  usedRange(name: string): Range | null {
    const s = this.sheet(name);
    return s.rowCount === 0 ? null : { row: 0, col: 0, rows: s.rowCount, cols: s.colCount };
  }

  /** Values of a range (the used range by default); formula cells read as null. */
  read(name: string, range?: Range): Cell[][] {
    const r = range ?? this.usedRange(name);
    return r ? readSparse(this.sheet(name).values, r) : [];
  }

  /** The value of one cell. */
  cell(name: string, row: number, col: number): Cell {
    return this.sheet(name).values.get(key(row, col)) ?? null;
  }

  readFormulas(name: string, range: Range): (string | null)[][] {
    return readSparse(this.sheet(name).formulas, range);
  }

  readFills(name: string, range: Range): (string | null)[][] {
    return readSparse(this.sheet(name).fills, range);
  }

  readNotes(name: string, range: Range): (string | null)[][] {
    return readSparse(this.sheet(name).notes, range);
  }

  readFormats(name: string, range: Range): (string | null)[][] {
    return readSparse(this.sheet(name).formats, range);
  }

  readFontStyles(name: string, range: Range): (FontStyle | null)[][] {
    return readSparse(this.sheet(name).fonts, range);
  }

  validationAt(name: string, row: number, col: number): MemoryValidation | null {
    return this.sheet(name).validations.get(key(row, col)) ?? null;
  }

  /** Every cell's content as the user would see it in the formula bar (values or formulas). */
  contents(name: string, range?: Range): Cell[][] {
    const r = range ?? this.usedRange(name);
    if (!r) return [];
    const s = this.sheet(name);
    return readSparse(s.values, r).map((row, i) =>
      row.map((v, j) => s.formulas.get(key(r.row + i, r.col + j)) ?? v),
    );
  }

  applyPatch(ops: readonly PatchOp[]): this {
    for (const raw of ops) {
      const op = PatchOpSchema.parse(raw);
      this.opCounts[op.op] = (this.opCounts[op.op] ?? 0) + 1;
      this.apply(op);
    }
    return this;
  }

  private apply(op: PatchOp): void {
    switch (op.op) {
      case "setValues": {
        const s = this.sheet(op.sheet);
        safeValues(op.values).forEach((row, i) => row.forEach((v, j) => s.enter(op.row + i, op.col + j, v)));
        return;
      }
      case "setFormulas": {
        const s = this.sheet(op.sheet);
        op.formulas.forEach((row, i) => row.forEach((f, j) => s.enter(op.row + i, op.col + j, f)));
        return;
      }
      case "setFills":
        return this.grid(op, op.fills, (s) => s.fills);
      case "setNotes":
        return this.grid(op, op.notes, (s) => s.notes);
      case "setNumberFormats":
        return this.grid(op, op.formats, (s) => s.formats);
      case "setFontStyles":
        return this.grid(op, op.styles, (s) => s.fonts);
      case "setWrap": {
        const s = this.sheet(op.sheet);
        for (const [r, c] of cellsOf(op.range)) {
          s.grow(r, c);
          setSparse(s.wraps, r, c, op.wrap ? true : null);
        }
        return;
      }
      case "setAlignment": {
        const s = this.sheet(op.sheet);
        for (const [r, c] of cellsOf(op.range)) {
          s.grow(r, c);
          s.alignments.set(key(r, c), op.horizontal);
        }
        return;
      }
      case "setRowHeights": {
        const s = this.sheet(op.sheet);
        op.heights.forEach((h, i) => s.rowHeights.set(op.row + i, h));
        return;
      }
      case "mergeCells": {
        const s = this.sheet(op.sheet);
        for (const range of op.ranges) {
          s.merges = s.merges.filter((m) => !rangesIntersect(m, range));
          s.merges.push(range);
          s.grow(range.row + range.rows - 1, range.col + range.cols - 1);
        }
        return;
      }
      case "addSheet":
        return this.addSheet(op);
      case "clearSheet":
        this.sheet(op.sheet).clearCells();
        return;
      case "deleteSheet":
        this.sheets = this.sheets.filter((s) => s.name !== op.sheet);
        return;
      case "freeze":
        this.sheet(op.sheet).frozen = { rows: op.rows, cols: op.cols };
        return;
      case "setColumnsHidden": {
        const s = this.sheet(op.sheet);
        for (let c = op.col; c < op.col + op.count; c++) {
          if (op.hidden) s.hiddenColumns.add(c);
          else s.hiddenColumns.delete(c);
        }
        return;
      }
      case "setColumnWidths": {
        const s = this.sheet(op.sheet);
        op.widths.forEach((w, i) => s.columnWidths.set(op.col + i, w));
        return;
      }
      case "setValidation": {
        const s = this.sheet(op.sheet);
        for (const [r, c] of cellsOf(op.range)) {
          s.grow(r, c);
          setSparse(s.validations, r, c, op.rule.kind === "none" ? null : { rule: op.rule, help: op.help ?? null });
        }
        return;
      }
      case "setConditionalFormats": {
        const s = this.sheet(op.sheet);
        s.conditionalFormats = s.conditionalFormats.filter((cf) => !rangeContains(op.range, cf.range));
        if (op.rules.length > 0) s.conditionalFormats.push({ range: op.range, rules: op.rules });
        return;
      }
      case "protectRange":
      case "protectSheet": {
        const s = this.sheet(op.sheet);
        s.protections = s.protections.filter((p) => p.description !== op.description);
        s.protections.push({
          range: op.op === "protectRange" ? op.range : null,
          description: op.description,
          editors: op.editors ?? [],
          warningOnly: op.warningOnly,
          unprotected: op.op === "protectSheet" ? (op.unprotected ?? []) : [],
        });
        return;
      }
      case "removeProtections": {
        const s = this.sheet(op.sheet);
        s.protections = op.description === undefined ? [] : s.protections.filter((p) => p.description !== op.description);
        return;
      }
      case "addChart": {
        const s = this.sheet(op.sheet);
        s.charts = s.charts.filter((c) => c.id !== op.chart.id);
        s.charts.push(op.chart);
        return;
      }
      case "removeCharts":
        this.sheet(op.sheet).charts = [];
        return;
      case "setPageSetup": {
        const { op: _op, sheet: _sheet, ...setup } = op;
        this.sheet(op.sheet).pageSetup = setup;
        return;
      }
      case "setPageBreaks":
        this.sheet(op.sheet).pageBreaks = [...new Set(op.rows)].sort((a, b) => a - b);
        return;
    }
  }

  private grid<T>(op: { sheet: string; row: number; col: number }, grid: (T | null)[][], pick: (s: MemorySheet) => Sparse<T>): void {
    const s = this.sheet(op.sheet);
    const map = pick(s);
    grid.forEach((row, i) =>
      row.forEach((v, j) => {
        s.grow(op.row + i, op.col + j);
        setSparse(map, op.row + i, op.col + j, v);
      }),
    );
  }

  private addSheet(op: OpOf<"addSheet">): void {
    const existing = this.sheets.findIndex((s) => s.name === op.sheet);
    if (existing >= 0 && !op.replace) {
      this.sheets[existing].hidden = op.hidden;
      return;
    }
    let at = this.sheets.length;
    if (existing >= 0) {
      this.sheets.splice(existing, 1);
      at = existing;
    }
    const sheet = new MemorySheet(op.sheet);
    sheet.hidden = op.hidden;
    const index = op.index === undefined ? at : Math.min(op.index, this.sheets.length);
    this.sheets.splice(index, 0, sheet);
  }
}
