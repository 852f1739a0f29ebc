import { findingsPatch, reportsFromRecords, statusPatch, templateBaseFill, type SheetRecord } from "../layout";
import type { Lang } from "../i18n";
import type { Baseline, Finding, IndicatorStatus, Observation, TaskProgress, TaskStatus } from "../model";
import type { PatchOp } from "../patch";
import { planStatuses, taskAsOfDate } from "../status";
import { buildSummary, summaryToPatch, type Summary } from "../summary";
import { validateAll, validateIndicatorRow, validateTaskRow, type ValidationContext } from "../validate";
import type { TrackingWorkbook } from "./open";

/**
 * The product's jobs on an opened tracking workbook, each "records in → results + patch out".
 * Hosts call these and apply the patch; none of them re-implements a step.
 */
export interface JobOptions {
  /** Reporting year (default: the workbook's setting). */
  asOf?: number;
  /** yyyy-mm-dd, from the host's clock (the core has none). */
  today?: string;
  lang?: Lang;
  locale?: "vi-VN" | "en-US";
}

const asOfOf = (wb: TrackingWorkbook, o: JobOptions): number => o.asOf ?? wb.meta.settings.asOf;
const langOf = (wb: TrackingWorkbook, o: JobOptions): Lang => o.lang ?? wb.meta.settings.lang;

/**
 * The validation context of a tracking workbook's plan: its sheets, reporting year and day. Hosts
 * that validate only the rows they read (live edits) build it with this too.
 */
export function validationContextOf(
  meta: TrackingWorkbook["meta"],
  plan: TrackingWorkbook["plan"],
  agencies: TrackingWorkbook["agencies"],
  o: JobOptions = {},
): ValidationContext {
  return {
    plan,
    agencies,
    asOf: o.asOf ?? meta.settings.asOf,
    locale: o.locale,
    today: o.today,
    indicatorSheet: meta.indicatorLayout.sheet,
    taskSheet: meta.taskLayout.sheet,
  };
}

const validationContext = (wb: TrackingWorkbook, o: JobOptions): ValidationContext => validationContextOf(wb.meta, wb.plan, wb.agencies, o);

/** Every finding of the whole workbook: the full check before any summary or merge. */
export function checkWorkbook(wb: TrackingWorkbook, o: JobOptions = {}): Finding[] {
  return validateAll({ indicators: wb.indicatorRecords, tasks: wb.taskRecords }, validationContext(wb, o));
}

/** Findings of some rows only (live validation of an edit): row rules, no sheet rules. */
export function checkRows(wb: TrackingWorkbook, kind: "indicators" | "tasks", rows: readonly number[], o: JobOptions = {}): Finding[] {
  const ctx = validationContext(wb, o);
  const wanted = new Set(rows);
  const out: Finding[] = [];
  if (kind === "indicators") {
    for (const r of wb.indicatorRecords) if (wanted.has(r.row)) out.push(...validateIndicatorRow(r, ctx));
  } else {
    for (const r of wb.taskRecords) if (wanted.has(r.row)) out.push(...validateTaskRow(r, ctx));
  }
  return out;
}

/**
 * The patch that marks findings on the given rows of one sheet (fills + notes) and clears marks
 * that are fixed. `notes[i][j]`: the host-read notes of row `rows[i]` over the layout's columns.
 */
export function findingMarks(
  wb: TrackingWorkbook,
  kind: "indicators" | "tasks",
  rows: readonly number[],
  findings: readonly Finding[],
  notes: readonly (readonly (string | null)[])[],
  o: JobOptions = {},
): PatchOp[] {
  const layout = kind === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout;
  const records: readonly SheetRecord<string>[] = kind === "indicators" ? wb.indicatorRecords : wb.taskRecords;
  return findingsPatch(layout, rows, findings, notes, langOf(wb, o), templateBaseFill(layout, records));
}

export interface StatusResult {
  asOf: number;
  /** As-of date of task statuses (yyyy-mm-dd). */
  asOfDate: string;
  /** Every indicator × milestone. */
  indicatorStatuses: IndicatorStatus[];
  /** One per indicator: the milestone "as of" judges (BRIEF §3). */
  current: IndicatorStatus[];
  taskStatuses: TaskStatus[];
  observations: Observation[];
  baselines: Baseline[];
  progress: TaskProgress[];
}

/** The day tasks are judged on for a reporting year (today while it runs, else 31/12). */
export const asOfDate = taskAsOfDate;

/** Statuses of the indicators and tasks of the given records (all of them by default). */
export function computeStatuses(
  wb: TrackingWorkbook,
  o: JobOptions = {},
  only?: { indicatorRows?: readonly number[]; taskRows?: readonly number[] },
): StatusResult {
  const asOf = asOfOf(wb, o);
  const indicatorRecords = pick(wb.indicatorRecords, only?.indicatorRows);
  const taskRecords = pick(wb.taskRecords, only?.taskRows);
  const reports = reportsFromRecords(wb.plan, indicatorRecords, taskRecords, { locale: o.locale, asOf });
  const ids = (records: readonly SheetRecord<string>[]) => new Set(records.flatMap((r) => (r.rowId === null ? [] : [r.rowId])));
  const statuses = planStatuses(wb.plan, reports, {
    asOf,
    projection: wb.meta.settings.projection,
    today: o.today,
    only: { indicators: ids(indicatorRecords), tasks: ids(taskRecords) },
  });
  return {
    asOf,
    asOfDate: statuses.asOfDate,
    indicatorStatuses: statuses.indicators,
    current: statuses.current,
    taskStatuses: statuses.tasks,
    ...reports,
  };
}

/** The records of the given rows (all of them when no rows are given). */
function pick<R extends SheetRecord<string>>(records: R[], rows?: readonly number[]): R[] {
  if (!rows) return records;
  const wanted = new Set(rows);
  return records.filter((r) => wanted.has(r.row));
}

/** Writes the computed columns (status per milestone, progress, task assessment) of both sheets. */
export function statusMarks(wb: TrackingWorkbook, result: StatusResult, o: JobOptions = {}, only?: { indicatorRows?: readonly number[]; taskRows?: readonly number[] }): PatchOp[] {
  const lang = langOf(wb, o);
  return [
    ...statusPatch(wb.meta.indicatorLayout, pick(wb.indicatorRecords, only?.indicatorRows), result.indicatorStatuses, [], lang),
    ...statusPatch(wb.meta.taskLayout, pick(wb.taskRecords, only?.taskRows), [], result.taskStatuses, lang),
  ];
}

/** The summary model and the patch that writes the "Tổng hợp" sheet with its charts. */
export function summarize(
  wb: TrackingWorkbook,
  result: StatusResult,
  o: JobOptions & { notice?: string } = {},
): { summary: Summary; patch: PatchOp[] } {
  const names = new Map(wb.registry.agencies.map((a) => [a.id, a.name]));
  const summary = buildSummary({
    plan: wb.plan,
    asOf: result.asOf,
    today: o.today ?? result.asOfDate,
    indicatorStatuses: result.current,
    taskStatuses: result.taskStatuses,
    observations: result.observations,
    progress: result.progress,
    agencyName: (id) => names.get(id) ?? id,
  });
  return { summary, patch: summaryToPatch(summary, { lang: langOf(wb, o), notice: o.notice, issuedOn: wb.plan.issuedOn }) };
}
