import type { AgencyIndex } from "../agency";
import { msg, type Message } from "../i18n";
import { findingsPatch, templateBaseFill, type SheetKind, type SheetRecord, type WorkbookMeta } from "../layout";
import type { Finding, Plan } from "../model";
import { a1, quoteSheetName, type PatchOp } from "../patch";
import { validateAll, validateIndicatorRow, validateTaskRow, type ValidationContext } from "../validate";
import type { TrackingWorkbook } from "./open";
import { langOf, reportingYearOf, todayOf, type JobOptions } from "./options";

/**
 * The validation context of a tracking workbook's plan: its sheets, reporting year and day.
 */
export function validationContextOf(meta: WorkbookMeta, plan: Plan, agencies: AgencyIndex, o: JobOptions = {}): ValidationContext {
  return {
    plan,
    agencies,
    asOf: reportingYearOf({ meta }, o).year,
    locale: o.locale,
    today: todayOf(o),
    indicatorSheet: meta.indicatorLayout.sheet,
    taskSheet: meta.taskLayout.sheet,
  };
}

const contextOf = (wb: TrackingWorkbook, o: JobOptions): ValidationContext => validationContextOf(wb.meta, wb.plan, wb.agencies, o);

/** Every rule finding of the whole workbook (row and sheet rules; the plan's own findings are `wb.planFindings`). */
export function checkWorkbook(wb: TrackingWorkbook, o: JobOptions = {}): Finding[] {
  return validateAll({ indicators: wb.indicatorRecords, tasks: wb.taskRecords }, contextOf(wb, o));
}

/** Findings of some rows only (live validation of an edit): row rules, no sheet rules. */
export function checkRows(wb: TrackingWorkbook, kind: SheetKind, rows: readonly number[], o: JobOptions = {}): Finding[] {
  const ctx = contextOf(wb, o);
  const wanted = new Set(rows);
  const out: Finding[] = [];
  if (kind === "indicators") {
    for (const r of wb.indicatorRecords) if (wanted.has(r.row)) out.push(...validateIndicatorRow(r, ctx));
  } else {
    for (const r of wb.taskRecords) if (wanted.has(r.row)) out.push(...validateTaskRow(r, ctx));
  }
  return out;
}

/** The notes a host read on some rows of a sheet, over the layout's columns (a person's own notes are kept). */
export type NotesOf = (kind: SheetKind, rows: readonly number[]) => readonly (readonly (string | null)[])[];

/**
 * The patch that marks findings on the given rows of one sheet (fills + notes) and clears marks
 * that are fixed. `notes[i][j]`: the host-read notes of row `rows[i]` over the layout's columns.
 */
export function findingMarks(
  wb: TrackingWorkbook,
  kind: SheetKind,
  rows: readonly number[],
  findings: readonly Finding[],
  notes: readonly (readonly (string | null)[])[],
  o: JobOptions = {},
): PatchOp[] {
  const layout = kind === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout;
  const records: readonly SheetRecord<string>[] = kind === "indicators" ? wb.indicatorRecords : wb.taskRecords;
  return findingsPatch(layout, rows, findings, notes, langOf(wb, o), templateBaseFill(layout, records));
}

export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const out = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** How many errors remain and where, as every host says it before and after a summary. */
export interface ErrorReport {
  count: number;
  /** "Chỉ tiêu!H12", in sheet order. */
  cells: string[];
  /** "Còn 3 lỗi cần sửa: Chỉ tiêu!H12, …" or "Không còn lỗi nào cần sửa." */
  message: Message;
}

/** How many cells an error report names before "and n more". */
export const ERROR_CELLS_NAMED = 8;

function findingCell(wb: Pick<TrackingWorkbook, "meta">, f: Finding): string {
  const layout = f.sheet === wb.meta.indicatorLayout.sheet ? wb.meta.indicatorLayout : f.sheet === wb.meta.taskLayout.sheet ? wb.meta.taskLayout : null;
  const col = layout?.columns.find((c) => c.key === f.column)?.col ?? null;
  const row = Math.max(f.row, 0);
  return col === null ? `${quoteSheetName(f.sheet)}!${row + 1}:${row + 1}` : a1({ row, col, rows: 1, cols: 1 }, f.sheet);
}

export function errorReport(wb: Pick<TrackingWorkbook, "meta">, findings: readonly Finding[]): ErrorReport {
  const cells = [...new Set(findings.filter((f) => f.severity === "error").map((f) => findingCell(wb, f)))];
  const count = findings.filter((f) => f.severity === "error").length;
  if (count === 0) return { count, cells, message: msg("workbook.errors.none") };
  const named = cells.slice(0, ERROR_CELLS_NAMED).join(", ");
  const more = cells.length - ERROR_CELLS_NAMED;
  return {
    count,
    cells,
    message: more > 0 ? msg("workbook.errors.someMore", { n: count, cells: named, more }) : msg("workbook.errors.some", { n: count, cells: named }),
  };
}

/** The full check, as one outcome: every finding, its marks on both sheets, and the counts. */
export interface CheckOutcome {
  year: number;
  /** Data rows checked. */
  rows: number;
  /** The plan's own findings (rebuilt from the sheets) and every rule's. */
  findings: Finding[];
  counts: FindingCounts;
  errors: ErrorReport;
  /** Marks on every data row of both sheets (fixed ones cleared). */
  marks: PatchOp[];
}

/**
 * "Check everything": the plan rebuilt from the sheets, every row rule and every sheet rule over
 * both sheets (pastes and multi-cell edits can bypass live checks), and the marks.
 */
export function fullCheck(wb: TrackingWorkbook, o: JobOptions, notes: NotesOf): CheckOutcome {
  const findings = [...wb.planFindings, ...checkWorkbook(wb, o)];
  const marks: PatchOp[] = [];
  let rows = 0;
  for (const kind of ["indicators", "tasks"] as const) {
    const layout = kind === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout;
    if (layout.columns.length === 0) continue;
    const list = (kind === "indicators" ? wb.indicatorRecords : wb.taskRecords).map((r) => r.row);
    rows += list.length;
    marks.push(...findingMarks(wb, kind, list, findings, notes(kind, list), o));
  }
  return { year: reportingYearOf(wb, o).year, rows, findings, counts: countFindings(findings), errors: errorReport(wb, findings), marks };
}
