import { cellText, isEmptyCell, type Cell } from "../grid";
import type { Finding, ParsedTarget, ParsedTimeframe } from "../model";
import { parseTarget, type ParsedNumber } from "../parse";
import { finding, type AnyMessage, type RuleId } from "./finding";
import { numberOf, timeframeOf } from "./parse-cache";
import { planLookup, type PlanLookup } from "./plan-lookup";
import { shapeOf, type RecordShape, type YearKey } from "./record-shape";
import { clean } from "./text-cache";
import type { ValidationContext } from "./types";

/** A sheet row as the core sees it, whatever its sheet. */
export interface AnyRecord {
  row: number;
  rowId: string | null;
  cells: Partial<Record<string, Cell>>;
}

export type { ParsedNumber, YearKey };

/** The cell as clean text (NFC, one dash, single spaces). */
export function cellTextOf(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return clean(cell);
  // cellText would throw on an invalid Date (toISOString): a validator must not.
  if (cell instanceof Date && Number.isNaN(cell.getTime())) return "Invalid Date";
  return cellText(cell);
}

/**
 * A few values by key, found by a linear scan: a row caches only a handful per kind (its year
 * cells, unit, agencies), and clearing is free, so one set serves every row of a sheet without
 * allocating a Map per row.
 */
class Slots<T> {
  private keys: string[] = [];
  private values: T[] = [];
  private n = 0;
  /** Where the next lookup is likely to hit: rules walk the same keys in the same order. */
  private next = 0;

  indexOf(key: string): number {
    const keys = this.keys;
    const n = this.n;
    let i = this.next;
    if (i < n && keys[i] === key) {
      this.next = i + 1;
      return i;
    }
    for (i = 0; i < n; i++) {
      if (keys[i] === key) {
        this.next = i + 1;
        return i;
      }
    }
    return -1;
  }

  at(i: number): T {
    return this.values[i];
  }

  add(key: string, value: T): T {
    this.keys[this.n] = key;
    this.values[this.n++] = value;
    return value;
  }

  clear(): void {
    this.n = 0;
    this.next = 0;
  }
}

/**
 * One record during one validation: several rules read the same cell (an actual value is
 * checked for being a number, its range, its unit, its jump), so each cell is parsed once here.
 * A sheet validation reuses one view for all its rows (`reset`): its caches hold one row at a
 * time, so an edited record is always read afresh.
 */
export class RowView<R extends AnyRecord = AnyRecord> {
  private readonly texts = new Slots<string>();
  private readonly numbers = new Slots<ParsedNumber>();
  private readonly targets = new Slots<ParsedTarget>();
  private readonly timeframes = new Slots<ParsedTimeframe>();
  private readonly facts = new Slots<unknown>();
  private shape: RecordShape | null = null;
  private planRowDone = false;
  private planRowValue: unknown = undefined;
  private rule: RuleId | null = null;
  /** The record's position in its sheet's records (-1: unknown): a hint for finding its plan row. */
  index = -1;
  private out: Finding[] = [];

  readonly lookup: PlanLookup;
  private readonly locale: "vi-VN" | "en-US";
  private readonly parseOptions: { locale: "vi-VN" | "en-US" };

  constructor(
    public record: R,
    readonly ctx: ValidationContext,
    lookup?: PlanLookup,
  ) {
    this.lookup = lookup ?? planLookup(ctx.plan);
    this.locale = ctx.locale ?? "vi-VN";
    this.parseOptions = { locale: this.locale };
  }

  /** Points the view at the next record of the same sheet, forgetting everything read. */
  reset(record: R, index = -1): void {
    this.record = record;
    this.index = index;
    this.texts.clear();
    this.numbers.clear();
    this.targets.clear();
    this.timeframes.clear();
    this.facts.clear();
    this.shape = null;
    this.planRowDone = false;
    this.planRowValue = undefined;
  }

  get row(): number {
    return this.record.row;
  }

  cell(key: string): Cell | undefined {
    return this.record.cells[key];
  }

  has(key: string): boolean {
    return key in this.record.cells;
  }

  isEmpty(key: string): boolean {
    return isEmptyCell(this.record.cells[key]);
  }

  text(key: string): string {
    const cell = this.record.cells[key];
    if (cell === null || cell === undefined) return "";
    const i = this.texts.indexOf(key);
    return i >= 0 ? this.texts.at(i) : this.texts.add(key, cellTextOf(cell));
  }

  number(key: string): ParsedNumber {
    const i = this.numbers.indexOf(key);
    return i >= 0 ? this.numbers.at(i) : this.numbers.add(key, numberOf(this.record.cells[key], this.parseOptions));
  }

  target(key: string): ParsedTarget {
    const i = this.targets.indexOf(key);
    return i >= 0 ? this.targets.at(i) : this.targets.add(key, parseTarget(this.record.cells[key], this.parseOptions));
  }

  timeframe(key: string): ParsedTimeframe {
    const i = this.timeframes.indexOf(key);
    return i >= 0 ? this.timeframes.at(i) : this.timeframes.add(key, timeframeOf(this.record.cells[key]));
  }

  /** The plan row this record holds (indicator or task, by the lookup of its sheet), once per view. */
  planRow<T>(from: Map<string, T>, at?: (lookup: PlanLookup, index: number, id: string) => T | undefined): T | undefined {
    if (this.planRowDone) return this.planRowValue as T | undefined;
    const id = this.record.rowId;
    this.planRowValue = id === null ? undefined : at !== undefined ? at(this.lookup, this.index, id) : from.get(id);
    this.planRowDone = true;
    return this.planRowValue as T | undefined;
  }

  private shapeNow(): RecordShape {
    return (this.shape ??= shapeOf(this.record.cells));
  }

  /** Per-year keys present on the record ("actual:2025" → 2025), by year. Shared: do not mutate. */
  yearKeys(prefix: "actual:" | "target:"): readonly YearKey[] {
    const shape = this.shapeNow();
    return prefix === "actual:" ? shape.actual : shape.target;
  }

  /** A derived fact computed once per view; `compute` should be a module-level function. */
  fact<T>(name: string, compute: (v: this) => T): T {
    const i = this.facts.indexOf(name);
    return i >= 0 ? (this.facts.at(i) as T) : (this.facts.add(name, compute(this)) as T);
  }

  /**
   * A fact that depends only on which keys the record has (not on their values), computed once
   * per record shape: the rows of a sheet share one. The value is shared: do not mutate it.
   */
  shapeFact<T>(name: string, compute: (v: this) => T): T {
    const facts = this.shapeNow().facts;
    if (facts.has(name)) return facts.get(name) as T;
    const value = compute(this);
    facts.set(name, value);
    return value;
  }

  /** Runs a rule's check on this view, collecting its findings into `out`. */
  runRule(rule: RuleId, check: (v: this, emit: RowView["emit"]) => void, out: Finding[]): void {
    this.rule = rule;
    this.out = out;
    check(this, this.emit);
  }

  readonly emit = (column: string, message: AnyMessage, suggestion: AnyMessage | null): void => {
    if (this.rule) this.out.push(finding(this.rule, this.ctx, this.record.row, column, message, suggestion));
  };
}
