import type { ConditionalRule, Range, ValidationRule } from "../../core/patch";
import type { ConditionalFormatRuleApi, DataValidationApi, RangeApi, SheetApi, SpreadsheetAppApi } from "./surface";

/** A core validation rule as a native data validation (null removes it). */
export function dataValidation(app: SpreadsheetAppApi, rule: ValidationRule, help: string | null): DataValidationApi | null {
  if (rule.kind === "none") return null;
  let b = app.newDataValidation();
  switch (rule.kind) {
    case "list":
      b = b.requireValueInList(rule.values, true).setAllowInvalid(!rule.strict);
      break;
    case "number":
      if (rule.min !== undefined && rule.max !== undefined) b = b.requireNumberBetween(rule.min, rule.max);
      else if (rule.min !== undefined) b = b.requireNumberGreaterThanOrEqualTo(rule.min);
      else if (rule.max !== undefined) b = b.requireNumberLessThanOrEqualTo(rule.max);
      else b = b.requireNumberBetween(-Number.MAX_VALUE, Number.MAX_VALUE);
      // Numbers typed as text ("19,04" in an en-US sheet) are for the add-on to read and explain.
      b = b.setAllowInvalid(true);
      break;
    case "date":
      b = b.requireDate().setAllowInvalid(true);
      break;
  }
  if (help) b = b.setHelpText(help);
  return b.build();
}

const inside = (outer: Range, r: RangeApi): boolean =>
  r.getRow() - 1 >= outer.row &&
  r.getColumn() - 1 >= outer.col &&
  r.getRow() - 1 + r.getNumRows() <= outer.row + outer.rows &&
  r.getColumn() - 1 + r.getNumColumns() <= outer.col + outer.cols;

/**
 * The sheet's conditional format rules with those lying inside `range` replaced by `rules`
 * (PatchOp "setConditionalFormats"); rules elsewhere on the sheet are kept.
 */
export function replaceConditionalRules(
  app: SpreadsheetAppApi,
  sheet: SheetApi,
  range: Range,
  rules: readonly ConditionalRule[],
): ConditionalFormatRuleApi[] {
  const kept = sheet.getConditionalFormatRules().filter((r) => !r.getRanges().every((x) => inside(range, x)));
  const target = sheet.getRange(range.row + 1, range.col + 1, range.rows, range.cols);
  const added = rules.map((rule) => {
    let b = app.newConditionalFormatRule().whenTextEqualTo(rule.text).setBackground(rule.fill);
    if (rule.fontColor) b = b.setFontColor(rule.fontColor);
    return b.setRanges([target]).build();
  });
  return [...kept, ...added];
}
