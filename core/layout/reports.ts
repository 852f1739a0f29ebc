import { cellText, isEmptyCell, type Cell } from "../grid";
import type { Baseline, Observation, Plan, TaskProgress } from "../model";
import { parseNumber, type NumberLocale } from "../parse";
import { nfc } from "../text";
import { readDate, readYear } from "../validate/date";
import { taskStates } from "../validate/vocabulary";
import { keyYear, type IndicatorRecord, type SheetRecord, type TaskRecord } from "./columns";

export interface ReportOptions {
  /** How numbers typed as text are read ("19,04" in vi-VN). */
  locale?: NumberLocale;
  /**
   * The reporting year of the sheet's task columns and of an assessment typed without a yearly
   * value (meta.settings.asOf). Default: the plan's first reporting year.
   */
  asOf?: number;
}

const cellOf = (r: SheetRecord<string>, key: string): Cell | undefined => (r.cells as Record<string, Cell | undefined>)[key];
const textOf = (r: SheetRecord<string>, key: string): string | null => {
  const c = cellOf(r, key);
  return isEmptyCell(c) ? null : nfc(cellText(c)).trim();
};

/** True when every target of the indicator is words or "-" (judged by a person, not a number). */
function qualitativeIds(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const i of plan.indicators) {
    const kinds = Object.values(i.targets).map((t) => t.parsed.kind);
    if (kinds.includes("qualitative") && kinds.every((k) => k === "qualitative" || k === "none")) out.add(i.id);
  }
  return out;
}

function indicatorReports(
  plan: Plan,
  records: readonly IndicatorRecord[],
  locale: NumberLocale,
  asOf: number,
): { observations: Observation[]; baselines: Baseline[] } {
  const observations: Observation[] = [];
  const baselines: Baseline[] = [];
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const qualitative = qualitativeIds(plan);
  for (const r of records) {
    const ind = r.rowId === null ? undefined : byId.get(r.rowId);
    if (!ind) continue;
    const note = textOf(r, "note");
    const agencyId = ind.lead.ids[0] ?? null;
    const own: Observation[] = [];
    for (const key of Object.keys(r.cells)) {
      const year = keyYear(key);
      if (year === null || !key.startsWith("actual:")) continue;
      const cell = cellOf(r, key);
      if (isEmptyCell(cell)) continue;
      const raw = nfc(cellText(cell)).trim();
      const parsed = parseNumber(cell, { locale });
      const value = parsed.error === null ? parsed.value : null;
      // A word typed for a qualitative indicator ("THCS", "Đạt") is the person's assessment for that year.
      const assessment = value === null && qualitative.has(ind.id) ? raw : null;
      const o: Observation = { indicatorId: ind.id, year, value, assessment, raw, source: null, note, agencyId, recordedAt: null };
      // Only said when true, so observations of final figures keep their shape.
      if (value !== null && parsed.estimate) o.estimate = true;
      own.push(o);
    }
    const verdict = textOf(r, "assessment");
    if (verdict !== null) {
      // The assessment column judges the latest year reported, or the reporting year.
      const latest = own.reduce<Observation | null>((a, o) => (a === null || o.year > a.year ? o : a), null);
      if (latest) latest.assessment = verdict;
      else own.push({ indicatorId: ind.id, year: asOf, value: null, assessment: verdict, raw: null, source: null, note, agencyId, recordedAt: null });
    }
    observations.push(...own.sort((a, b) => a.year - b.year));
    const year = readYear(cellOf(r, "baselineYear"));
    const base = parseNumber(cellOf(r, "baselineValue"), { locale });
    if (typeof year === "number" && base.error === null && base.value !== null) {
      baselines.push({ indicatorId: ind.id, year, value: base.value });
    }
  }
  return { observations, baselines };
}

function taskReports(plan: Plan, records: readonly TaskRecord[], locale: NumberLocale, asOf: number): TaskProgress[] {
  const out: TaskProgress[] = [];
  const byId = new Map(plan.tasks.map((t) => [t.id, t]));
  for (const r of records) {
    const task = r.rowId === null ? undefined : byId.get(r.rowId);
    if (!task) continue;
    const stateText = textOf(r, "state");
    const percent = parseNumber(cellOf(r, "percent"), { locale });
    const p: TaskProgress = {
      taskId: task.id,
      year: asOf,
      state: stateText === null ? null : taskStates.read(stateText),
      // Out of range or unreadable: left out here; validation reports it on the cell.
      percent: percent.error === null && percent.value !== null && percent.value >= 0 && percent.value <= 100 ? percent.value : null,
      completedOn: readDate(cellOf(r, "completedOn")),
      evidence: textOf(r, "evidence"),
      triggeredOn: readDate(cellOf(r, "triggeredOn")),
      note: textOf(r, "note"),
      agencyId: task.lead.ids[0] ?? null,
    };
    const said = [stateText, textOf(r, "percent"), textOf(r, "completedOn"), p.evidence, textOf(r, "triggeredOn"), p.note];
    if (said.some((s) => s !== null)) out.push(p);
  }
  return out;
}

/**
 * What the agencies reported, read from the records of the two sheets: one observation per
 * filled yearly cell (the cell text kept in `raw`, value null when it does not read as a
 * number), baselines where both year and value read, and one progress entry per task row that
 * says anything. Rows not in the plan are left to validation.
 */
export function reportsFromRecords(
  plan: Plan,
  indicators: readonly IndicatorRecord[],
  tasks: readonly TaskRecord[],
  options: ReportOptions = {},
): { observations: Observation[]; baselines: Baseline[]; progress: TaskProgress[] } {
  const locale = options.locale ?? "vi-VN";
  const asOf = options.asOf ?? plan.period.from;
  const { observations, baselines } = indicatorReports(plan, indicators, locale, asOf);
  return { observations, baselines, progress: taskReports(plan, tasks, locale, asOf) };
}
