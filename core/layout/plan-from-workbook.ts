import { createAgencyIndex, defaultAgencyIndex, defaultRegistry, matchAgencies, toAgencyRef, type AgencyIndex } from "../agency";
import { cellText, isEmptyCell, type Cell } from "../grid";
import { msg } from "../i18n";
import type { AgencyRef, AgencyRegistry, Area, Direction, Finding, Indicator, Plan, Section, Task, TargetCell } from "../model";
import { parseTarget, parseTimeframe } from "../parse";
import { nfc } from "../text";
import { directions } from "../validate/vocabulary";
import { keyYear, type IndicatorRecord, type SheetRecord, type TaskRecord } from "./columns";
import { structureFingerprint } from "./fingerprint";
import type { WorkbookMeta } from "./meta";
import { recordMark } from "./records";

type AnyRecord = SheetRecord<string>;

const cellOf = (r: AnyRecord, key: string): Cell | undefined => (r.cells as Record<string, Cell | undefined>)[key];
const textOf = (r: AnyRecord, key: string): string => nfc(cellText(cellOf(r, key)));
const optionalText = (r: AnyRecord, key: string): string | null => (isEmptyCell(cellOf(r, key)) ? null : textOf(r, key));

/** Keys an agency fills or the add-in computes: content there alone does not make a plan row. */
const REPORT_KEYS = /^(actual:|status:|direction$|baseline|assessment$|progress$|note$|state$|percent$|completedOn$|evidence$|triggeredOn$)/;

function byRow<R extends AnyRecord>(records: readonly R[]): R[] {
  return [...records].sort((a, b) => a.row - b.row);
}

function indexFor(registry: AgencyRegistry | undefined): AgencyIndex {
  return registry === undefined || registry === defaultRegistry ? defaultAgencyIndex() : createAgencyIndex(registry);
}

interface Context {
  meta: WorkbookMeta;
  index: AgencyIndex;
  findings: Finding[];
}

function agencyRef(ctx: Context, r: AnyRecord, key: string, inherited?: string): AgencyRef {
  return toAgencyRef(matchAgencies(ownOrInherited(r, key, inherited), ctx.index));
}

/** The cell's text; for an empty cell of a pasted table, the text recognised as "same as above". */
function ownOrInherited(r: AnyRecord, key: string, inherited: string | undefined): string {
  return inherited !== undefined && isEmptyCell(cellOf(r, key)) ? inherited : textOf(r, key);
}

/** A row id seen twice, or a row with plan-like content but no id: reported, then skipped. */
function rowProblem(ctx: Context, sheet: string, r: AnyRecord, seen: Map<string, number>): boolean {
  if (r.rowId !== null) {
    const first = seen.get(r.rowId);
    if (first === undefined) {
      seen.set(r.rowId, r.row);
      return false;
    }
    ctx.findings.push({
      sheet,
      row: r.row,
      column: "rowId",
      severity: "warning",
      code: "layout.row.duplicateId",
      message: msg("layout.row.duplicateId", { rowId: r.rowId, row: r.row + 1, otherRow: first + 1 }),
      suggestion: msg("layout.row.duplicateIdFix"),
    });
    return true;
  }
  const planContent = Object.keys(r.cells).some((k) => k !== "rowId" && !REPORT_KEYS.test(k) && !isEmptyCell(cellOf(r, k)));
  const anyContent = Object.keys(r.cells).some((k) => k !== "rowId" && !isEmptyCell(cellOf(r, k)));
  if (anyContent) {
    ctx.findings.push({
      sheet,
      row: r.row,
      column: planContent ? "code" : "rowId",
      severity: "warning",
      code: "layout.row.noId",
      message: msg("layout.row.noId", { row: r.row + 1 }),
      suggestion: msg("layout.row.noIdFix"),
    });
  }
  return true;
}

function targetsOf(r: AnyRecord): Record<string, TargetCell> {
  const out: Record<string, TargetCell> = {};
  for (const key of Object.keys(r.cells)) {
    if (!key.startsWith("target:")) continue;
    const year = keyYear(key);
    if (year === null || isEmptyCell(cellOf(r, key))) continue;
    const raw = textOf(r, key);
    out[String(year)] = { raw, parsed: parseTarget(raw) };
  }
  return out;
}

/** Direction from the sheet cell, else the stored one, else the targets' hint. */
function directionOf(r: AnyRecord, stored: Direction | undefined, targets: Record<string, TargetCell>): { direction: Direction; typed: boolean } {
  const typed = isEmptyCell(cellOf(r, "direction")) ? null : directions.read(textOf(r, "direction"));
  if (typed !== null) return { direction: typed, typed: true };
  if (stored !== undefined) return { direction: stored, typed: false };
  const hint = Object.values(targets).find((t) => t.parsed.directionHint !== null)?.parsed.directionHint;
  return { direction: hint ?? "none", typed: false };
}

function readIndicators(ctx: Context, records: readonly IndicatorRecord[]): { areas: Area[]; indicators: Indicator[] } {
  const areas: Area[] = [];
  const indicators: Indicator[] = [];
  const seen = new Map<string, number>();
  const sheet = ctx.meta.indicatorLayout.sheet;
  let area = "";
  /** Last top-level indicator of the current area: the parent of an un-coded row after it. */
  let lastTop: Indicator | null = null;
  for (const r of byRow(records)) {
    if (recordMark(r) === "area") {
      area = textOf(r, "code");
      areas.push({
        code: area,
        name: textOf(r, "name"),
        lead: isEmptyCell(cellOf(r, "lead")) ? null : agencyRef(ctx, r, "lead"),
        partners: isEmptyCell(cellOf(r, "partners")) ? null : agencyRef(ctx, r, "partners"),
      });
      lastTop = null;
      continue;
    }
    if (rowProblem(ctx, sheet, r, seen) || r.rowId === null) continue;
    const extras = ctx.meta.rows.indicators[r.rowId];
    const code = textOf(r, "code");
    const targets = targetsOf(r);
    const { direction, typed } = directionOf(r, extras?.direction, targets);
    const parent = extras ? extras.parent : code === "" && lastTop !== null ? lastTop.id : null;
    const ind: Indicator = {
      id: r.rowId,
      code,
      parent,
      area: extras?.area ?? area,
      name: textOf(r, "name"),
      unit: textOf(r, "unit"),
      direction,
      directionSource: extras ? (direction === extras.direction ? extras.directionSource : "confirmed") : typed ? "confirmed" : "inferred",
      targets,
      lead: agencyRef(ctx, r, "lead", extras?.inherited?.lead),
      partners: agencyRef(ctx, r, "partners", extras?.inherited?.partners),
      scale: extras?.scale ?? null,
      projection: extras?.projection ?? null,
    };
    indicators.push(ind);
    if (parent === null) lastTop = ind;
  }
  return { areas, indicators };
}

function readTasks(ctx: Context, records: readonly TaskRecord[]): { sections: Section[]; tasks: Task[] } {
  const sections: Section[] = [];
  const tasks: Task[] = [];
  const seen = new Map<string, number>();
  const sheet = ctx.meta.taskLayout.sheet;
  let section = "";
  let subArea: string | null = null;
  for (const r of byRow(records)) {
    const mark = recordMark(r);
    if (mark === "section" || mark === "area") {
      section = textOf(r, "code");
      subArea = null;
      sections.push({ code: section, name: textOf(r, "text"), parent: null });
      continue;
    }
    if (mark === "subArea") {
      subArea = textOf(r, "code");
      sections.push({ code: subArea, name: textOf(r, "text"), parent: section });
      continue;
    }
    if (rowProblem(ctx, sheet, r, seen) || r.rowId === null) continue;
    const extras = ctx.meta.rows.tasks[r.rowId];
    const expectedOutput = optionalText(r, "expectedOutput");
    tasks.push({
      id: r.rowId,
      section: extras?.section ?? section,
      subArea: extras ? extras.subArea : subArea,
      code: textOf(r, "code"),
      text: textOf(r, "text"),
      lead: agencyRef(ctx, r, "lead", extras?.inherited?.lead),
      partners: agencyRef(ctx, r, "partners", extras?.inherited?.partners),
      timeframe: parseTimeframe(ownOrInherited(r, "timeframe", extras?.inherited?.timeframe)),
      approvalLevel: optionalText(r, "approvalLevel"),
      expectedOutput,
      evidenceRequired: extras?.evidenceRequired ?? expectedOutput !== null,
    });
  }
  return { sections, tasks };
}

/**
 * The plan as the workbook holds it: the sheets' structural columns (the source of truth: codes,
 * names, units, targets, agencies, timeframes as they stand now) plus the metadata (plan header,
 * and per row what a sheet cannot show: sub-row parent, area, scale, task section). Agency
 * cells are matched again against the registry. Findings: duplicated row ids, rows with data
 * but no row id, and structural columns changed since the workbook was made.
 */
export function planFromWorkbook(
  meta: WorkbookMeta,
  indicatorRecords: readonly IndicatorRecord[],
  taskRecords: readonly TaskRecord[],
  registry?: AgencyRegistry,
): { plan: Plan; findings: Finding[] } {
  const ctx: Context = { meta, index: indexFor(registry), findings: [] };
  const { areas, indicators } = readIndicators(ctx, indicatorRecords);
  const { sections, tasks } = readTasks(ctx, taskRecords);
  const plan: Plan = {
    id: meta.planId,
    number: meta.planNumber,
    ...(meta.issuer ? { issuer: meta.issuer } : {}),
    province: meta.province,
    issuedOn: meta.issuedOn,
    title: meta.title,
    templateVersion: meta.templateVersion,
    milestoneYears: [...meta.milestoneYears],
    period: { ...meta.period },
    reporting: { ...meta.reporting },
    projection: meta.projection,
    coordinator: meta.coordinator,
    areas,
    sections,
    indicators,
    tasks,
  };
  if (structureFingerprint(plan) !== meta.fingerprint) {
    ctx.findings.push({
      sheet: meta.indicatorLayout.sheet,
      row: meta.indicatorLayout.headerRow,
      column: "code",
      severity: "warning",
      code: "layout.structure.changed",
      message: msg("layout.structure.changed"),
      suggestion: msg("layout.structure.changedFix"),
    });
  }
  return { plan, findings: ctx.findings };
}
