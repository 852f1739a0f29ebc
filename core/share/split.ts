import { defaultRegistry } from "../agency";
import { hmacHex, fromHex } from "../crypto";
import { msg, type Lang } from "../i18n";
import {
  FIRST_DATA_ROW,
  LAYOUT_COLOURS,
  SHEETS,
  indicatorPlanRows,
  planLayouts,
  taskPlanRows,
  trackingWorkbookPatch,
  type PlanRow,
  type SheetLayout,
  type SheetRecord,
} from "../layout";
import { codeKey } from "../layout/plan-rows";
import type { Indicator, Plan, Task } from "../model";
import { columnLetter, consecutiveRuns, type PatchOp, type PatchValue } from "../patch";
import { vietnamStamp, type TrackingWorkbook } from "../workbook";
import { agencyKeys, shareAgencies, type ShareAgency } from "./agencies";
import type { ShareMaster } from "./master";
import { recordPatch, RECORD_VERSION, sealed, secretBytes, type PackageRecord, type RowRecord, type SplitRecord } from "./record";
import { editableKeys, patchValueOf, rowFingerprint, structureKeys } from "./row-structure";
import { byRowId } from "./sheets";
import { planFingerprint, stampOf, stampPatch, type PackageStamp } from "./stamp";

export interface SplitOptions {
  /** The host's clock, `Date.now()`: stored in the record and the stamp in Viet Nam time ("2025-11-16 08:30"). */
  now: number;
  /** Reporting year of the packages (default: the master's setting). */
  year?: number;
  /** Also hand each agency the rows it coordinates, read only. */
  withCoordinated?: boolean;
  /** Only these agencies (ids or slugs); default every lead agency. */
  agencies?: readonly string[];
  lang?: Lang;
  /**
   * 32 random bytes as 64 hex digits from the host's random source, asked for only at the first
   * split (the master has no secret yet). The core has no random source of its own.
   */
  newSecret: () => string;
}

/** One agency's package: a complete tracking workbook as a patch for an empty workbook. */
export interface SharePackage {
  agency: ShareAgency;
  /** "so-y-te.xlsx". */
  fileName: string;
  stamp: PackageStamp;
  /** What the master keeps about it (in `SplitResult.record`). */
  record: PackageRecord;
  patch: PatchOp[];
  editableRows: number;
  readOnlyRows: number;
}

export interface SplitResult {
  packages: SharePackage[];
  /** The master's record with these packages added. */
  record: SplitRecord;
  /** Writes the record into the master: apply it before the packages leave (a package the master has no record of is refused back). */
  masterPatch: PatchOp[];
  /** A new secret was made (first split): say so, the master must now be kept as safely as the packages. */
  newSecret: boolean;
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
  rows: RowRecord[];
}

/**
 * The master's reporting values on the package rows (so the agency sees what is already there and
 * the merge has its base), the record of every row, and the read-only rows greyed and locked.
 */
function fillSheet<K extends string>(
  layout: SheetLayout<K>,
  masterLayout: SheetLayout,
  rows: readonly PlanRow<K>[],
  records: ReadonlyMap<string, SheetRecord<string>>,
  pick: Pick,
  lang: Lang,
): SheetFill {
  const ops: PatchOp[] = [];
  const out: RowRecord[] = [];
  const inMaster = new Set(masterLayout.columns.map((c) => c.key));
  const structure = structureKeys(layout);
  const editable = editableKeys(layout);
  const editableCols = layout.columns.filter((c) => editable.includes(c.key)).sort((a, b) => a.col - b.col);
  const colRuns = consecutiveRuns(editableCols.map((c) => c.col));
  const keyAt = new Map(editableCols.map((c) => [c.col, c.key as string]));
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
    out.push({ id: planRow.id, editable: editableRow, fp: rowFingerprint(structure, (k) => values[k]), base });
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
  return { ops, rows: out };
}

/** The agencies that would get a package: every lead agency of the master's plan. */
export function packageAgencies(master: TrackingWorkbook): ShareAgency[] {
  return shareAgencies(master.plan, master.agencies);
}

/** The record a split starts from: the master's, or a new one with a fresh secret. */
function startRecord(master: ShareMaster, newSecret: () => string): { record: SplitRecord; fresh: boolean } {
  if (master.record) return { record: master.record, fresh: false };
  const secret = newSecret().toLowerCase();
  const bytes = fromHex(secret);
  // A weak or malformed secret would make every stamp forgeable: a host bug, never a user's.
  if (bytes === null || bytes.length !== 32) throw new Error("newSecret must give 64 hex digits (32 random bytes)");
  return { record: { kind: "chitieu-split-record", version: RECORD_VERSION, planId: master.workbook.meta.planId, secret, packages: [] }, fresh: true };
}

/**
 * One package per lead agency: the same tracking workbook as the master (same layout functions),
 * holding only the rows the agency leads (editable; shared rows go to each of their leads) and,
 * on request, the rows it coordinates (read only), with the master's values on those rows copied
 * in and a stamp signed with the master's secret. The master's record of every package (its rows,
 * layout and base values) comes back as `record` and `masterPatch`: the merge reads packages
 * through it, never through what a package says about itself.
 */
export function splitWorkbook(master: ShareMaster, options: SplitOptions): SplitResult {
  const wb = master.workbook;
  const lang = options.lang ?? wb.meta.settings.lang;
  const year = options.year ?? wb.meta.settings.asOf;
  const withCoordinated = options.withCoordinated ?? false;
  const indicatorRecords = byRowId(wb.indicatorRecords);
  const taskRecords = byRowId(wb.taskRecords);
  const wanted = options.agencies;
  const agencies = packageAgencies(wb).filter((a) => !wanted || wanted.includes(a.id) || wanted.includes(a.slug));
  const { record: start, fresh } = startRecord(master, options.newSecret);
  const secret = secretBytes(start);
  const createdAt = vietnamStamp(options.now);
  const made: PackageRecord[] = [];
  const packages = agencies.map((agency) => {
    const ind = pickRows(wb.plan.indicators, agency.id, withCoordinated);
    const task = pickRows<Task>(wb.plan.tasks, agency.id, withCoordinated);
    const plan = subPlan(wb.plan, ind, task);
    const layouts = planLayouts(plan);
    const registry = wb.registry === defaultRegistry ? undefined : wb.registry;
    const indicators = fillSheet(layouts.indicators, wb.meta.indicatorLayout, indicatorPlanRows(plan, lang), indicatorRecords, ind, lang);
    const tasks = fillSheet(layouts.tasks, wb.meta.taskLayout, taskPlanRows(plan), taskRecords, task, lang);
    const sequence = start.packages.length + made.length;
    const packageId = hmacHex(secret, `chitieu/package-id\n${wb.meta.planId}|${agency.id}|${year}|${createdAt}|${sequence}`).slice(0, 16);
    const rows = { indicators: indicators.rows, tasks: tasks.rows };
    const record = sealed(secret, {
      packageId,
      agencyId: agency.id,
      agencyName: agency.name,
      year,
      createdAt,
      templateVersion: wb.meta.templateVersion,
      planFingerprint: planFingerprint(rows),
      layouts: { indicators: layouts.indicators, tasks: layouts.tasks },
      rows,
      taken: {},
    });
    made.push(record);
    const stamp = stampOf(secret, record, wb.meta.planId);
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
    return {
      agency,
      fileName: `${agency.slug}.xlsx`,
      stamp,
      record,
      patch,
      editableRows: ind.editable.size + task.editable.size,
      readOnlyRows: ind.readOnly.size + task.readOnly.size,
    };
  });
  const record: SplitRecord = { ...start, packages: [...start.packages, ...made] };
  return { packages, record, masterPatch: made.length > 0 ? recordPatch(record, lang) : [], newSecret: fresh && made.length > 0 };
}
