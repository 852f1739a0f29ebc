import { findingsPatch, reportsFromRecords, statusPatch, templateBaseFill, type SheetRecord } from "../layout";
import type { Lang } from "../i18n";
import type { Baseline, Finding, IndicatorStatus, Observation, TaskProgress, TaskStatus } from "../model";
import type { PatchOp } from "../patch";
import { currentMilestone, indicatorStatuses, taskStatus } from "../status";
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

function validationContext(wb: TrackingWorkbook, o: JobOptions): ValidationContext {
  return {
    plan: wb.plan,
    agencies: wb.agencies,
    asOf: asOfOf(wb, o),
    locale: o.locale,
    today: o.today,
    indicatorSheet: wb.meta.indicatorLayout.sheet,
    taskSheet: wb.meta.taskLayout.sheet,
  };
}

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

/** Task statuses are judged at the end of the reporting year, or today while it is running. */
export function asOfDate(asOf: number, today?: string): string {
  if (today && Number(today.slice(0, 4)) === asOf) return today;
  return `${asOf}-12-31`;
}

/** Statuses of the indicators and tasks of the given records (all of them by default). */
export function computeStatuses(
  wb: TrackingWorkbook,
  o: JobOptions = {},
  only?: { indicatorRows?: readonly number[]; taskRows?: readonly number[] },
): StatusResult {
  const asOf = asOfOf(wb, o);
  const date = asOfDate(asOf, o.today);
  const pick = <R extends SheetRecord<string>>(records: R[], rows?: readonly number[]): R[] => {
    if (!rows) return records;
    const wanted = new Set(rows);
    return records.filter((r) => wanted.has(r.row));
  };
  const indicatorRecords = pick(wb.indicatorRecords, only?.indicatorRows);
  const taskRecords = pick(wb.taskRecords, only?.taskRows);
  const reports = reportsFromRecords(wb.plan, indicatorRecords, taskRecords, { locale: o.locale, asOf });
  const obsBy = groupBy(reports.observations, (x) => x.indicatorId);
  const baseBy = new Map(reports.baselines.map((b) => [b.indicatorId, b]));
  const progBy = groupBy(reports.progress, (x) => x.taskId);
  const wantedIndicators = new Set(indicatorRecords.map((r) => r.rowId));
  const wantedTasks = new Set(taskRecords.map((r) => r.rowId));
  const projection = wb.meta.settings.projection;

  const all: IndicatorStatus[] = [];
  const current: IndicatorStatus[] = [];
  for (const indicator of wb.plan.indicators) {
    if (!wantedIndicators.has(indicator.id)) continue;
    const list = indicatorStatuses({
      indicator,
      observations: obsBy.get(indicator.id) ?? [],
      baseline: baseBy.get(indicator.id) ?? null,
      asOf,
      projection: indicator.projection ?? projection,
    });
    all.push(...list);
    if (list.length > 0) {
      const m = currentMilestone(
        list.map((s) => s.milestone),
        asOf,
      );
      current.push(list.find((s) => s.milestone === m) ?? list[list.length - 1]);
    }
  }
  const tasks: TaskStatus[] = [];
  for (const task of wb.plan.tasks) {
    if (!wantedTasks.has(task.id)) continue;
    tasks.push(
      taskStatus({
        task,
        progress: progBy.get(task.id) ?? [],
        asOf: date,
        programme: wb.plan.period,
        reportDeadline: deadline(wb.plan.reporting.agencyDeadline),
      }),
    );
  }
  return { asOf, asOfDate: date, indicatorStatuses: all, current, taskStatuses: tasks, ...reports };
}

/** "15/11" → "11-15" (the status engine's month-day form); undefined when unreadable. */
function deadline(text: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(text.trim());
  if (!m) return undefined;
  return `${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
}

/** Writes the computed columns (status per milestone, progress, task assessment) of both sheets. */
export function statusMarks(wb: TrackingWorkbook, result: StatusResult, o: JobOptions = {}, only?: { indicatorRows?: readonly number[]; taskRows?: readonly number[] }): PatchOp[] {
  const lang = langOf(wb, o);
  const pick = <R extends SheetRecord<string>>(records: R[], rows?: readonly number[]): R[] => {
    if (!rows) return records;
    const wanted = new Set(rows);
    return records.filter((r) => wanted.has(r.row));
  };
  return [
    ...statusPatch(wb.meta.indicatorLayout, pick(wb.indicatorRecords, only?.indicatorRows), result.indicatorStatuses, [], lang),
    ...statusPatch(wb.meta.taskLayout, pick(wb.taskRecords, only?.taskRows), [], result.taskStatuses, lang),
  ];
}

/** The summary model and the patch that writes the "Tổng hợp" sheet with its charts. */
export function summarize(wb: TrackingWorkbook, result: StatusResult, o: JobOptions = {}): { summary: Summary; patch: PatchOp[] } {
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
  return { summary, patch: summaryToPatch(summary, { lang: langOf(wb, o) }) };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
