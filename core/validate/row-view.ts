import { cellText, isEmptyCell, type Cell } from "../grid";
import type { Finding, ParsedTarget, ParsedTimeframe } from "../model";
import type { ParsedNumber } from "../parse";
import { finding, type AnyMessage, type RuleId } from "./finding";
import { numberOf, targetOf, timeframeOf } from "./parse-cache";
import { planLookup, type PlanLookup } from "./plan-lookup";
import { clean } from "./text-cache";
import type { ValidationContext } from "./types";

/** A sheet row as the core sees it, whatever its sheet. */
export interface AnyRecord {
  row: number;
  rowId: string | null;
  cells: Partial<Record<string, Cell>>;
}

export type { ParsedNumber };

/** The cell as clean text (NFC, one dash, single spaces). */
export function cellTextOf(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return clean(cell);
  // cellText would throw on an invalid Date (toISOString): a validator must not.
  if (cell instanceof Date && Number.isNaN(cell.getTime())) return "Invalid Date";
  return cellText(cell);
}

/**
 * One record during one validation: several rules read the same cell (an actual value is
 * checked for being a number, its range, its unit, its jump), so each cell is parsed once here.
 * A view lives for one check of one row, so an edited record is always read afresh.
 * Caches are allocated on first use: most rows touch only a few.
 */
export class RowView<R extends AnyRecord = AnyRecord> {
  private texts?: Map<string, string>;
  private numbers?: Map<string, ParsedNumber>;
  private targets?: Map<string, ParsedTarget>;
  private timeframes?: Map<string, ParsedTimeframe>;
  private actualYears?: { key: string; year: number }[];
  private targetYears?: { key: string; year: number }[];
  private facts?: Map<string, unknown>;
  private planRowDone = false;
  private planRowValue: unknown = undefined;
  private rule: RuleId | null = null;
  private out: Finding[] = [];

  readonly lookup: PlanLookup;
  private readonly locale: "vi-VN" | "en-US";

  constructor(
    readonly record: R,
    readonly ctx: ValidationContext,
    lookup?: PlanLookup,
  ) {
    this.lookup = lookup ?? planLookup(ctx.plan);
    this.locale = ctx.locale ?? "vi-VN";
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
    const texts = (this.texts ??= new Map());
    let t = texts.get(key);
    if (t === undefined) texts.set(key, (t = cellTextOf(cell)));
    return t;
  }

  number(key: string): ParsedNumber {
    const numbers = (this.numbers ??= new Map());
    let p = numbers.get(key);
    if (p === undefined) numbers.set(key, (p = numberOf(this.record.cells[key], this.locale)));
    return p;
  }

  target(key: string): ParsedTarget {
    const targets = (this.targets ??= new Map());
    let p = targets.get(key);
    if (p === undefined) targets.set(key, (p = targetOf(this.record.cells[key], this.locale)));
    return p;
  }

  timeframe(key: string): ParsedTimeframe {
    const timeframes = (this.timeframes ??= new Map());
    let p = timeframes.get(key);
    if (p === undefined) timeframes.set(key, (p = timeframeOf(this.record.cells[key], this.locale)));
    return p;
  }

  /** The plan row this record holds (indicator or task, by the lookup of its sheet), once per view. */
  planRow<T>(from: Map<string, T>): T | undefined {
    if (this.planRowDone) return this.planRowValue as T | undefined;
    const id = this.record.rowId;
    this.planRowValue = id === null ? undefined : from.get(id);
    this.planRowDone = true;
    return this.planRowValue as T | undefined;
  }

  /** Per-year keys present on the record ("actual:2025" → 2025), by year. */
  yearKeys(prefix: "actual:" | "target:"): { key: string; year: number }[] {
    const hit = prefix === "actual:" ? this.actualYears : this.targetYears;
    if (hit) return hit;
    const out: { key: string; year: number }[] = [];
    for (const key in this.record.cells) {
      if (!key.startsWith(prefix)) continue;
      const year = Number(key.slice(prefix.length));
      if (Number.isInteger(year)) out.push({ key, year });
    }
    if (out.length > 1) out.sort((a, b) => a.year - b.year);
    if (prefix === "actual:") this.actualYears = out;
    else this.targetYears = out;
    return out;
  }

  /** A derived fact computed once per view; `compute` should be a module-level function. */
  fact<T>(name: string, compute: (v: this) => T): T {
    const facts = (this.facts ??= new Map());
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
