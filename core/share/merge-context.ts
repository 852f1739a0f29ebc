import type { Lang } from "../i18n";
import { indicatorPlanRows, taskPlanRows, type PlanRow } from "../layout";
import type { PatchValue } from "../patch";
import type { TrackingWorkbook } from "../workbook";
import { agencyKeys } from "./agencies";
import type { CheckContext } from "./check-package";
import { Labels } from "./labels";
import type { ShareMaster } from "./master";
import type { MasterCells } from "./package-step";
import { secretBytes } from "./record";
import { byKind, byRowId, layoutOf, recordsOf } from "./sheets";
import { packageAgencies } from "./split";

/** What checking and stepping packages need of the master, computed once per merge. */
export function checkContext(master: ShareMaster, lang: Lang): CheckContext {
  const wb = master.workbook;
  const agencies = new Map(packageAgencies(wb).map((a) => [a.id, a]));
  const planRows = {
    indicators: plainRows(indicatorPlanRows(wb.plan, lang)),
    tasks: plainRows(taskPlanRows(wb.plan)),
  };
  const leads = {
    indicators: new Map(wb.plan.indicators.map((i) => [i.id, agencyKeys(i.lead)])),
    tasks: new Map(wb.plan.tasks.map((t) => [t.id, agencyKeys(t.lead)])),
  };
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
    rows: byKind((k) => byRowId(recordsOf(wb, k))),
    layouts: byKind((k) => layoutOf(wb, k)),
    writable: byKind((k) => new Map(layoutOf(wb, k).columns.filter((c) => !c.structural).map((c) => [c.key, c.col]))),
  };
}

/** Plan rows by id, their cells as plain values by column key. */
function plainRows<K extends string>(rows: readonly PlanRow<K>[]): Map<string, Readonly<Record<string, PatchValue | undefined>>> {
  const out = new Map<string, Readonly<Record<string, PatchValue | undefined>>>();
  for (const r of rows) if (r.id !== null) out.set(r.id, r.values);
  return out;
}

