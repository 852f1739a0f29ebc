import { msg, type MessageCode } from "../i18n";
import type { AnyRecord } from "./row-view";
import { shownRow } from "./finding";
import { planLookup } from "./plan-lookup";
import { sheetRule } from "./rule";
import type { RuleScope, SheetRule, ValidationContext } from "./types";

/** Sheet rules shared by both sheets: row ids duplicated, unknown to the plan, or missing. */

/** Records in grid order (hosts usually hand them so; sorting only when they do not). */
export function inRowOrder<R extends AnyRecord>(records: readonly R[]): readonly R[] {
  for (let i = 1; i < records.length; i++) {
    if (records[i].row < records[i - 1].row) return [...records].sort((a, b) => a.row - b.row);
  }
  return records;
}

interface PlanRow {
  id: string;
  code: string;
  label: string;
}

function planRows(scope: RuleScope, ctx: ValidationContext): PlanRow[] {
  return scope === "indicator"
    ? ctx.plan.indicators.map((i) => ({ id: i.id, code: i.code, label: i.name }))
    : ctx.plan.tasks.map((t) => ({ id: t.id, code: t.code, label: t.text }));
}

function planIds(scope: RuleScope, ctx: ValidationContext): ReadonlyMap<string, unknown> {
  const lookup = planLookup(ctx.plan);
  return scope === "indicator" ? lookup.indicators : lookup.tasks;
}

const LABEL_MAX = 80;
const shorten = (s: string): string => (s.length > LABEL_MAX ? s.slice(0, LABEL_MAX - 1) + "…" : s);

export function rowIdDuplicate<R extends AnyRecord>(scope: RuleScope, code: MessageCode): SheetRule<R> {
  return sheetRule<R>({
    code: `${scope}.rowId.duplicate`,
    scope,
    severity: "error",
    columns: ["rowId"],
    check(records, _ctx, emit) {
      const first = new Map<string, number>();
      for (const r of inRowOrder(records)) {
        if (r.rowId === null) continue;
        const seen = first.get(r.rowId);
        if (seen === undefined) first.set(r.rowId, r.row);
        else {
          emit(r.row, "rowId", msg(code, { rowId: r.rowId, otherRow: shownRow(seen) }), msg("validation.suggest.duplicateRow"));
        }
      }
    },
  });
}

export function rowIdUnknown<R extends AnyRecord>(scope: RuleScope, code: MessageCode): SheetRule<R> {
  return sheetRule<R>({
    code: `${scope}.rowId.unknown`,
    scope,
    severity: "warning",
    columns: ["rowId"],
    check(records, ctx, emit) {
      const ids = planIds(scope, ctx);
      for (const r of records) {
        if (r.rowId === null || ids.has(r.rowId)) continue;
        emit(r.row, "rowId", msg(code, { rowId: r.rowId, plan: ctx.plan.number }), msg("validation.suggest.unknownRow"));
      }
    },
  });
}

/** A plan row deleted from the sheet: reported at the row where it should be (after its predecessor). */
export function rowMissing<R extends AnyRecord>(scope: RuleScope, code: MessageCode): SheetRule<R> {
  return sheetRule<R>({
    code: `${scope}.row.missing`,
    scope,
    severity: "error",
    columns: ["rowId", "code"],
    check(records, ctx, emit) {
      const present = new Map<string, number>();
      for (const r of records) if (r.rowId !== null && !present.has(r.rowId)) present.set(r.rowId, r.row);
      const expected = ctx.expectedRowIds;
      let anchor = records.length > 0 ? records[0].row : 0;
      for (const r of records) if (r.row < anchor) anchor = r.row;
      for (const p of planRows(scope, ctx)) {
        const at = present.get(p.id);
        if (at !== undefined) {
          anchor = at;
          continue;
        }
        if (expected && !expected.has(p.id)) continue;
        emit(
          anchor,
          "rowId",
          msg(code, { code: p.code || p.id, name: shorten(p.label), after: shownRow(anchor) }),
          msg("validation.suggest.restoreRow"),
        );
      }
    },
  });
}
