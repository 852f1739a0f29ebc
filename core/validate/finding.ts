import { SHEETS } from "../layout";
import type { Finding } from "../model";
import type { RuleScope, ValidationContext } from "./types";

/** What a finding needs to know about the rule that raised it. */
export interface RuleId {
  code: string;
  scope: RuleScope;
  severity: Finding["severity"];
}

/** A parser's message or one of ours: anything with a code and both languages. */
export type AnyMessage = Finding["message"];

export function sheetName(scope: RuleScope, ctx: ValidationContext): string {
  return scope === "indicator" ? (ctx.indicatorSheet ?? SHEETS.indicators) : (ctx.taskSheet ?? SHEETS.tasks);
}

export function finding(
  rule: RuleId,
  ctx: ValidationContext,
  row: number,
  column: string,
  message: AnyMessage,
  suggestion: AnyMessage | null,
): Finding {
  return { sheet: sheetName(rule.scope, ctx), row, column, severity: rule.severity, code: rule.code, message, suggestion };
}

/** The row number a person sees (grid rows are 0-based). */
export const shownRow = (row: number): number => row + 1;

// Findings read left to right in the layout's column order, then by year.
const COLUMN_ORDER = [
  "code", "name", "text", "unit", "target", "lead", "partners", "timeframe", "approvalLevel",
  "expectedOutput", "direction", "baselineYear", "baselineValue", "actual", "state", "percent",
  "completedOn", "evidence", "assessment", "status", "progress", "note", "rowId",
];
const COLUMN_RANK = new Map(COLUMN_ORDER.map((k, i) => [k, i]));
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

function columnRank(key: string): number {
  const colon = key.indexOf(":");
  const base = colon < 0 ? key : key.slice(0, colon);
  const year = colon < 0 ? 0 : Number(key.slice(colon + 1)) || 0;
  return (COLUMN_RANK.get(base) ?? COLUMN_ORDER.length) * 10000 + year;
}

// Column keys are few ("actual:2027", "lead"): each is ranked once. Bounded all the same.
let ranks = new Map<string, number>();
function rank(key: string): number {
  let r = ranks.get(key);
  if (r === undefined) {
    if (ranks.size >= 10_000) ranks = new Map();
    ranks.set(key, (r = columnRank(key)));
  }
  return r;
}

/** The order of findings: by row, column (layout order), severity, code. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.row - b.row ||
    (a.column === b.column ? 0 : rank(a.column) - rank(b.column)) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/** Sorts in place (stable) by row, column (layout order), severity, code. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}
