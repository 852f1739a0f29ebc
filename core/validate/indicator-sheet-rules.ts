import type { IndicatorRecord } from "../layout";
import { msg } from "../i18n";
import { isEmptyCell } from "../grid";
import { cellTextOf } from "./row-view";
import { shownRow } from "./finding";
import { codeKey, indicatorAt, type PlanLookup } from "./plan-lookup";
import { sheetRule } from "./rule";
import { firstRowByScopeAndCode } from "./sheet-index";

/** Indicator sheet rules: duplicate codes within an area, sub-rows without their indicator. */

type R = IndicatorRecord;

/** A group row ("2. Lao động, việc làm"): not a plan indicator, its code is an area code. */
function isGroupRow(record: R, lookup: PlanLookup, code: string): boolean {
  if (record.rowId !== null && lookup.indicators.has(record.rowId)) return false;
  return code !== "" && lookup.areaCodes.has(code);
}

/** A row with something in it besides its code and id. */
function hasContent(record: R): boolean {
  for (const key in record.cells) {
    if (key !== "code" && key !== "rowId" && !isEmptyCell(record.cells[key as keyof R["cells"]])) return true;
  }
  return false;
}

export const indicatorCodeDuplicate = sheetRule<R>({
  code: "indicator.code.duplicate",
  scope: "indicator",
  severity: "error",
  columns: ["code"],
  check(sheet, _ctx, emit) {
    const lookup = sheet.lookup;
    const first = firstRowByScopeAndCode();
    // Codes restart in every area; group rows ("2.") are numbered among themselves.
    let area = "";
    let areaOf: string | null = null; // the plan area `area` was built from
    const ordered = sheet.ordered;
    for (let i = 0; i < ordered.length; i++) {
      const r = ordered[i];
      const code = codeKey(cellTextOf(r.cells.code));
      const ind = r.rowId === null ? undefined : indicatorAt(lookup, i, r.rowId);
      let scope: string;
      if (ind) {
        if (ind.area !== areaOf) {
          area = "a|" + codeKey(ind.area);
          areaOf = ind.area;
        }
        scope = area;
      } else if (isGroupRow(r, lookup, code)) {
        area = "a|" + code;
        areaOf = null;
        scope = "groups";
      } else scope = area;
      if (code === "") continue;
      const seen = first(scope, code, r.row);
      if (seen !== undefined) {
        emit(
          r.row,
          "code",
          msg("validation.indicator.code.duplicate", { code: cellTextOf(r.cells.code), otherRow: shownRow(seen) }),
          msg("validation.suggest.uniqueCode"),
        );
      }
    }
  },
});

/**
 * Sub-rows ("Thành thị", "Nông thôn") mean nothing without their indicator: a plan sub-row whose
 * parent is gone, or an added row without a code right under a group row.
 */
export const indicatorOrphan = sheetRule<R>({
  code: "indicator.row.orphan",
  scope: "indicator",
  severity: "warning",
  columns: ["code", "rowId"],
  check(sheet, _ctx, emit) {
    const lookup = sheet.lookup;
    const present = sheet.firstById;
    let underIndicator = false;
    const ordered = sheet.ordered;
    for (let i = 0; i < ordered.length; i++) {
      const r = ordered[i];
      const ind = r.rowId === null ? undefined : indicatorAt(lookup, i, r.rowId);
      if (ind) {
        underIndicator = true;
        if (ind.parent !== null && !present.has(ind.parent)) {
          const parent = lookup.indicators.get(ind.parent)?.code || ind.parent;
          emit(
            r.row,
            "rowId",
            msg("validation.indicator.row.parentMissing", { parent }),
            msg("validation.suggest.attachSubRow"),
          );
        }
        continue;
      }
      if (isGroupRow(r, lookup, codeKey(cellTextOf(r.cells.code)))) {
        underIndicator = false;
        continue;
      }
      if (cellTextOf(r.cells.code) !== "") {
        underIndicator = true;
        continue;
      }
      if (!underIndicator && hasContent(r)) {
        emit(r.row, "code", msg("validation.indicator.row.noParent"), msg("validation.suggest.attachSubRow"));
      }
    }
  },
});
