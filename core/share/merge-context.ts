import type { Lang } from "../i18n";
import { indicatorPlanRows, taskPlanRows, type SheetKind } from "../layout";
import type { PatchValue } from "../patch";
import type { TrackingWorkbook } from "../workbook";
import { agencyKeys } from "./agencies";
import type { CheckContext } from "./check-package";
import { Labels } from "./labels";
import type { ShareMaster } from "./master";
import type { MasterCells } from "./package-step";
import { secretBytes } from "./record";
import { byRowId, KINDS, layoutOf, recordsOf } from "./sheets";
import { packageAgencies } from "./split";

/** What checking and stepping packages need of the master, computed once per merge. */
export function checkContext(master: ShareMaster, lang: Lang): CheckContext {
  const wb = master.workbook;
  const agencies = new Map(packageAgencies(wb).map((a) => [a.id, a]));
  const planRows = new Map<SheetKind, Map<string, Record<string, PatchValue | undefined>>>();
  planRows.set("indicators", new Map(indicatorPlanRows(wb.plan, lang).flatMap((r) => (r.id === null ? [] : [[r.id, r.values as Record<string, PatchValue | undefined>]]))));
  planRows.set("tasks", new Map(taskPlanRows(wb.plan).flatMap((r) => (r.id === null ? [] : [[r.id, r.values as Record<string, PatchValue | undefined>]]))));
  const leads = new Map<SheetKind, Map<string, string[]>>([
    ["indicators", new Map(wb.plan.indicators.map((i) => [i.id, agencyKeys(i.lead)]))],
    ["tasks", new Map(wb.plan.tasks.map((t) => [t.id, agencyKeys(t.lead)]))],
  ]);
  const record = master.record;
  return {
    master,
    record,
    secret: record ? secretBytes(record) : new Uint8Array(0),
    packages: new Map((record?.packages ?? []).map((p) => [p.packageId, p])),
    agencies,
    planRows,
    leads,
    labels: new Labels(wb.plan),
    lang,
  };
}

export function masterCells(wb: TrackingWorkbook): MasterCells {
  return {
    rows: new Map(KINDS.map((k) => [k, byRowId(recordsOf(wb, k))])),
    layouts: new Map(KINDS.map((k) => [k, layoutOf(wb, k)])),
    writable: new Map(KINDS.map((k) => [k, new Map(layoutOf(wb, k).columns.filter((c) => !c.structural).map((c) => [c.key as string, c.col]))])),
  };
}

