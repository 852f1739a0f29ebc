import { defaultRegistry } from "../agency";
import { msg, type Lang } from "../i18n";
import {
  FIRST_DATA_ROW,
  LAYOUT_COLOURS,
  SHEETS,
  fnv1a64,
  indicatorPlanRows,
  planLayouts,
  structureFingerprint,
  taskPlanRows,
  trackingWorkbookPatch,
  type PlanRow,
  type SheetLayout,
  type SheetRecord,
} from "../layout";
import { codeKey } from "../layout/plan-rows";
import type { Indicator, Plan, Task } from "../model";
import { columnLetter, consecutiveRuns, type PatchOp, type PatchValue } from "../patch";
import type { TrackingWorkbook } from "../workbook";
import { agencyKeys, shareAgencies, type ShareAgency } from "./agencies";
import { editableKeys, patchValueOf, rowFingerprint, structureKeys } from "./row-structure";
import { STAMP_VERSION, stampPatch, type PackageStamp, type RowStamp } from "./stamp";

export interface SplitOptions {
  /** Host clock, stored in the stamp ("2025-11-16 08:30"); the core has no clock. */
  now: string;
  /** Reporting year of the packages (default: the master's setting). */
  year?: number;
  /** Also hand each agency the rows it coordinates, read only. */
  withCoordinated?: boolean;
  /** Only these agencies (ids or slugs); default every lead agency. */
  agencies?: readonly string[];
  lang?: Lang;
}

/** One agency's package: a complete tracking workbook as a patch for an empty workbook. */
export interface SharePackage {
  agency: ShareAgency;
  /** "so-y-te.xlsx". */
  fileName: string;
  stamp: PackageStamp;
  patch: PatchOp[];
  editableRows: number;
  readOnlyRows: number;
}

/** Rows of one kind in a package: which plan rows, and which of them the agency may edit. */
interface Pick {
  editable: Set<string>;
  readOnly: Set<string>;
}

function pickRows<T extends { id: string; lead: Indicator["lead"]; partners: Indicator["partners"] }>(
  items: readonly T[],
  agency: string,
  withCoordinated: boolean,
): Pick {
  const editable = new Set<string>();
  const readOnly = new Set<string>();
  for (const item of items) {
    if (agencyKeys(item.lead).includes(agency)) editable.add(item.id);
    else if (withCoordinated && agencyKeys(item.partners).includes(agency)) readOnly.add(item.id);
  }
  return { editable, readOnly };
}

/** The master's plan cut down to the package's rows, with the groups they sit in. */
function subPlan(plan: Plan, ind: Pick, task: Pick): Plan {
  // A sub-row needs its parent row (read only when the agency does not lead it).
  for (const i of plan.indicators) {
    if (i.parent !== null && (ind.editable.has(i.id) || ind.readOnly.has(i.id)) && !ind.editable.has(i.parent)) ind.readOnly.add(i.parent);
  }
  const has = (p: Pick, id: string) => p.editable.has(id) || p.readOnly.has(id);
  const indicators = plan.indicators.filter((i) => has(ind, i.id));
  const tasks = plan.tasks.filter((t) => has(task, t.id));
  const areaKeys = new Set(indicators.map((i) => codeKey(i.area)));
  const sectionKeys = new Set(tasks.map((t) => codeKey(t.section)));
  const subKeys = new Set(tasks.filter((t) => t.subArea !== null).map((t) => `${codeKey(t.section)}/${codeKey(t.subArea as string)}`));
  return {
    ...plan,
    areas: plan.areas.filter((a) => areaKeys.has(codeKey(a.code))),
    sections: plan.sections.filter((s) =>
      s.parent === null ? sectionKeys.has(codeKey(s.code)) : subKeys.has(`${codeKey(s.parent)}/${codeKey(s.code)}`),
    ),
    indicators,
    tasks,
  };
}

interface SheetFill {
  ops: PatchOp[];
  stamps: Record<string, RowStamp>;
}

/**
 * The master's reporting values on the package rows (so the agency sees what is already there),
 * the stamp of every row, and the read-only rows greyed and locked.
 */
function fillSheet<K extends string>(
  layout: SheetLayout<K>,
  masterLayout: SheetLayout<string>,
  rows: readonly PlanRow<K>[],
  records: ReadonlyMap<string, SheetRecord<string>>,
  pick: Pick,
  lang: Lang,
): SheetFill {
  const ops: PatchOp[] = [];
  const stamps: Record<string, RowStamp> = {};
  const inMaster = new Set(masterLayout.columns.map((c) => c.key));
  const structure = structureKeys(layout);
  const editable = editableKeys(layout);
  const editableCols = layout.columns.filter((c) => editable.includes(c.key)).sort((a, b) => a.col - b.col);
  const colRuns = consecutiveRuns(editableCols.map((c) => c.col));
  const keyAt = new Map(editableCols.map((c) => [c.col, c.key]));
  const readOnlyRows: number[] = [];
  rows.forEach((planRow, i) => {
    if (planRow.id === null) return;
    const row = FIRST_DATA_ROW + i;
    const record = records.get(planRow.id);
    const base: Record<string, PatchValue> = {};
    for (const run of colRuns) {
      const values: PatchValue[] = [];
      for (let col = run.start; col < run.start + run.length; col++) {
        const key = keyAt.get(col) as string;
        // A column the master lacks stays as the template wrote it, and is not reported back.
        const v = inMaster.has(key) ? patchValueOf(record?.cells[key]) : null;
        values.push(v);
        if (v !== null) base[key] = v;
      }
      ops.push({ op: "setValues", sheet: layout.sheet, row, col: run.start, values: [values] });
    }
    const values = planRow.values as Record<string, PatchValue | undefined>;
    const editableRow = pick.editable.has(planRow.id);
    stamps[planRow.id] = { fp: rowFingerprint(structure, (k) => values[k]), editable: editableRow, base };
    if (!editableRow) readOnlyRows.push(row);
  });
  for (const r of consecutiveRuns(readOnlyRows)) {
    for (const c of colRuns) {
      const range = { row: r.start, col: c.start, rows: r.length, cols: c.length };
      const label = c.length === 1 ? columnLetter(c.start) : `${columnLetter(c.start)}:${columnLetter(c.start + c.length - 1)}`;
      const rowsLabel = r.length === 1 ? `${r.start + 1}` : `${r.start + 1}-${r.start + r.length}`;
      ops.push({ op: "setFills", sheet: layout.sheet, row: r.start, col: c.start, fills: Array.from({ length: r.length }, () => Array(c.length).fill(LAYOUT_COLOURS.group)) });
      ops.push({
        op: "protectRange",
        sheet: layout.sheet,
        range,
        description: msg("share.protect.readOnly", { rows: rowsLabel, columns: label })[lang],
        warningOnly: false,
      });
    }
  }
  return { ops, stamps };
}

const byRowId = (records: readonly SheetRecord<string>[]): Map<string, SheetRecord<string>> => {
  const out = new Map<string, SheetRecord<string>>();
  for (const r of records) if (r.rowId !== null && !out.has(r.rowId)) out.set(r.rowId, r);
  return out;
};

/** The agencies that would get a package: every lead agency of the master's plan. */
export function packageAgencies(master: TrackingWorkbook): ShareAgency[] {
  return shareAgencies(master.plan, master.agencies);
}

/**
 * One package per lead agency: the same tracking workbook as the master (same layout functions),
 * holding only the rows the agency leads (editable; shared rows go to each of their leads) and,
 * on request, the rows it coordinates (read only), with the master's values on those rows copied
 * in and a stamp (plan, template version, agency, year, fingerprints, copied values).
 */
export function splitWorkbook(master: TrackingWorkbook, options: SplitOptions): SharePackage[] {
  const lang = options.lang ?? master.meta.settings.lang;
  const year = options.year ?? master.meta.settings.asOf;
  const withCoordinated = options.withCoordinated ?? false;
  const masterFingerprint = structureFingerprint(master.plan);
  const indicatorRecords = byRowId(master.indicatorRecords);
  const taskRecords = byRowId(master.taskRecords);
  const wanted = options.agencies;
  const agencies = packageAgencies(master).filter((a) => !wanted || wanted.includes(a.id) || wanted.includes(a.slug));
  return agencies.map((agency) => {
    const ind = pickRows(master.plan.indicators, agency.id, withCoordinated);
    const task = pickRows<Task>(master.plan.tasks, agency.id, withCoordinated);
    const plan = subPlan(master.plan, ind, task);
    const layouts = planLayouts(plan);
    const registry = master.registry === defaultRegistry ? undefined : master.registry;
    const indicators = fillSheet(layouts.indicators, master.meta.indicatorLayout, indicatorPlanRows(plan, lang), indicatorRecords, ind, lang);
    const tasks = fillSheet(layouts.tasks, master.meta.taskLayout, taskPlanRows(plan), taskRecords, task, lang);
    const packageId = fnv1a64([master.plan.id, agency.id, String(year), options.now, masterFingerprint].join("|"));
    const stamp: PackageStamp = {
      kind: "chitieu-package",
      version: STAMP_VERSION,
      packageId,
      planId: master.plan.id,
      templateVersion: master.meta.templateVersion,
      agencyId: agency.id,
      agencyName: agency.name,
      year,
      masterFingerprint,
      createdAt: options.now,
      rows: { indicators: indicators.stamps, tasks: tasks.stamps },
    };
    const note = msg("share.package.note", {
      agency: agency.name,
      number: plan.number,
      province: plan.province,
      year,
      coordinator: plan.coordinator,
    })[lang];
    const patch: PatchOp[] = [
      ...trackingWorkbookPatch(plan, { lang, asOf: year, registry }),
      ...indicators.ops,
      ...tasks.ops,
      { op: "setValues", sheet: SHEETS.summary, row: 1, col: 0, values: [[note]] },
      ...stampPatch(stamp, lang),
    ];
    const count = (p: Pick) => p.editable.size;
    return {
      agency,
      fileName: `${agency.slug}.xlsx`,
      stamp,
      patch,
      editableRows: count(ind) + count(task),
      readOnlyRows: ind.readOnly.size + task.readOnly.size,
    };
  });
}
