import type { Finding, Severity } from "../model";
import { finding, type AnyMessage } from "./finding";
import { planLookup } from "./plan-lookup";
import { RowView, type AnyRecord } from "./row-view";
import { SheetIndex } from "./sheet-index";
import type { RowRule, RuleScope, SheetRule, ValidationContext } from "./types";

/**
 * Helpers so each rule reads as one table entry: its identity, the columns it reads, and a check
 * that only says what is wrong (`emit`); building the finding (sheet, severity, code) is shared.
 */

export type EmitRow = (column: string, message: AnyMessage, suggestion: AnyMessage | null) => void;
export type EmitSheet = (row: number, column: string, message: AnyMessage, suggestion: AnyMessage | null) => void;

interface Def {
  code: string;
  scope: RuleScope;
  severity: Severity;
  columns: readonly string[];
}

/** A row rule that can also run on a shared view (one parse per cell for all the rules of a row). */
export interface ViewRowRule<R extends AnyRecord> extends RowRule<R> {
  run(view: RowView<R>, out: Finding[]): void;
}

export function rowRule<R extends AnyRecord>(
  def: Def & { check: (v: RowView<R>, emit: EmitRow) => void },
): ViewRowRule<R> {
  const { check, ...id } = def;
  const run = (v: RowView<R>, out: Finding[]): void => v.runRule(id, check, out);
  return {
    ...id,
    level: "row",
    run,
    check(record: R, ctx: ValidationContext): Finding[] {
      const out: Finding[] = [];
      run(new RowView(record, ctx), out);
      return out;
    },
  };
}

/** A sheet rule that can also run on a shared index (the sheet's maps built once for all rules). */
export interface ViewSheetRule<R extends AnyRecord> extends SheetRule<R> {
  run(sheet: SheetIndex<R>, out: Finding[]): void;
}

export function sheetRule<R extends AnyRecord>(
  def: Def & { check: (sheet: SheetIndex<R>, ctx: ValidationContext, emit: EmitSheet) => void },
): ViewSheetRule<R> {
  const { check, ...id } = def;
  const run = (sheet: SheetIndex<R>, out: Finding[]): void => {
    const ctx = sheet.ctx;
    check(sheet, ctx, (row, column, message, suggestion) => out.push(finding(id, ctx, row, column, message, suggestion)));
  };
  return {
    ...id,
    level: "sheet",
    run,
    check(records: readonly R[], ctx: ValidationContext): Finding[] {
      const out: Finding[] = [];
      run(new SheetIndex(records, ctx, planLookup(ctx.plan)), out);
      return out;
    },
  };
}
