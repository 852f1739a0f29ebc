import { msg, type MessageCode } from "../i18n";
import type { Indicator, Task } from "../model";
import type { AnyRecord } from "./row-view";
import { shownRow } from "./finding";
import type { PlanLookup } from "./plan-lookup";
import { sheetRule, type ViewSheetRule } from "./rule";
import type { SheetIndex } from "./sheet-index";
import type { RuleScope, ValidationContext } from "./types";

/** Sheet rules shared by both sheets: row ids duplicated, unknown to the plan, or missing. */

export { inRowOrder } from "./sheet-index";

/** The plan rows of the sheet's scope (read in place: no copy of a 100k-row plan). */
function planRows(scope: RuleScope, ctx: ValidationContext): readonly (Indicator | Task)[] {
  return scope === "indicator" ? ctx.plan.indicators : ctx.plan.tasks;
}

/** The label a message names a plan row by: the indicator's name, the task's text. */
function labelOf(scope: RuleScope, row: Indicator | Task): string {
  return scope === "indicator" ? (row as Indicator).name : (row as Task).text;
}

function planIds(scope: RuleScope, lookup: PlanLookup): ReadonlyMap<string, unknown> {
  return scope === "indicator" ? lookup.indicators : lookup.tasks;
}

/** Row id → row of its first record, in the order the records were given. */
function firstRowById<R extends AnyRecord>(sheet: SheetIndex<R>): (id: string) => number | undefined {
  const records = sheet.records;
  if (sheet.ordered === records) {
    // Given in grid order: the index's map already says which record came first.
    const first = sheet.firstById;
    return (id) => {
      const i = first.get(id);
      return i === undefined ? undefined : records[i].row;
    };
  }
  const present = new Map<string, number>();
  for (const r of records) if (r.rowId !== null && !present.has(r.rowId)) present.set(r.rowId, r.row);
  return (id) => present.get(id);
}

const LABEL_MAX = 80;
const shorten = (s: string): string => (s.length > LABEL_MAX ? s.slice(0, LABEL_MAX - 1) + "…" : s);

export function rowIdDuplicate<R extends AnyRecord>(scope: RuleScope, code: MessageCode): ViewSheetRule<R> {
  return sheetRule<R>({
    code: `${scope}.rowId.duplicate`,
    scope,
    severity: "error",
    columns: ["rowId"],
    check(sheet, _ctx, emit) {
      const first = sheet.firstById;
      const ordered = sheet.ordered;
      for (let i = 0; i < ordered.length; i++) {
        const r = ordered[i];
        if (r.rowId === null) continue;
        const seen = first.get(r.rowId) as number;
        if (seen === i) continue;
        emit(
          r.row,
          "rowId",
          msg(code, { rowId: r.rowId, otherRow: shownRow(ordered[seen].row) }),
          msg("validation.suggest.duplicateRow"),
        );
      }
    },
  });
}

export function rowIdUnknown<R extends AnyRecord>(scope: RuleScope, code: MessageCode): ViewSheetRule<R> {
  return sheetRule<R>({
    code: `${scope}.rowId.unknown`,
    scope,
    severity: "warning",
    columns: ["rowId"],
    check(sheet, ctx, emit) {
      const ids = planIds(scope, sheet.lookup);
      for (const r of sheet.records) {
        if (r.rowId === null || ids.has(r.rowId)) continue;
        emit(r.row, "rowId", msg(code, { rowId: r.rowId, plan: ctx.plan.number }), msg("validation.suggest.unknownRow"));
      }
    },
  });
}

/** A plan row deleted from the sheet: reported at the row where it should be (after its predecessor). */
export function rowMissing<R extends AnyRecord>(scope: RuleScope, code: MessageCode): ViewSheetRule<R> {
  return sheetRule<R>({
    code: `${scope}.row.missing`,
    scope,
    severity: "error",
    columns: ["rowId", "code"],
    check(sheet, ctx, emit) {
      const records = sheet.records;
      const present = firstRowById(sheet);
      const expected = ctx.expectedRowIds;
      let anchor = records.length > 0 ? records[0].row : 0;
      for (const r of records) if (r.row < anchor) anchor = r.row;
      for (const p of planRows(scope, ctx)) {
        const at = present(p.id);
        if (at !== undefined) {
          anchor = at;
          continue;
        }
        if (expected && !expected.has(p.id)) continue;
        emit(
          anchor,
          "rowId",
          msg(code, { code: p.code || p.id, name: shorten(labelOf(scope, p)), after: shownRow(anchor) }),
          msg("validation.suggest.restoreRow"),
        );
      }
    },
  });
}
