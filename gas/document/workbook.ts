import { defaultAgencyIndex } from "../../core/agency";
import { msg } from "../../core/i18n";
import {
  planFromWorkbook,
  reportsFromRecords,
  templateBaseFill,
  type IndicatorRecord,
  type SheetLayout,
  type TaskRecord,
  type WorkbookMeta,
} from "../../core/layout";
import type { Finding, Plan } from "../../core/model";
import type { ValidationContext } from "../../core/validate";
import { validationContextOf } from "../../core/workbook";
import { today } from "../clock";
import { settingsOf, type Env } from "../env";
import { UserError } from "../errors";
import type { SheetApi } from "../host/surface";
import type { Settings } from "../settings";
import { loadMeta } from "./meta-store";
import type { Reports } from "./statuses";
import type { SheetRead } from "./sheet-read";

export interface Opened {
  meta: WorkbookMeta;
  settings: Settings;
  today: string;
}

/** The metadata and settings; fails with a message saying what to do when there is no workbook. */
export function openTracking(env: Env): Opened {
  const { meta, error } = loadMeta(env);
  if (!meta) throw new UserError(error ?? msg("gas.noWorkbook"));
  return { meta, settings: settingsOf(env, meta), today: today() };
}

export function trackingSheet(env: Env, layout: SheetLayout): SheetApi {
  const sheet = env.ss.getSheetByName(layout.sheet);
  if (!sheet) throw new UserError(msg("gas.sheetMissing", { sheet: layout.sheet }));
  return sheet;
}

export interface CoreView {
  plan: Plan;
  /** Row problems found while rebuilding the plan (duplicate ids, rows without an id, ...). */
  planFindings: Finding[];
  ctx: ValidationContext;
  reports: Reports;
}

/** The plan as the sheets hold it, the validation context and the reported data, from records. */
export function coreView(
  opened: Opened,
  indicators: readonly IndicatorRecord[],
  tasks: readonly TaskRecord[],
): CoreView {
  const { meta, settings } = opened;
  const { plan, findings } = planFromWorkbook(meta, indicators, tasks);
  const ctx = validationContextOf(meta, plan, defaultAgencyIndex(), { asOf: settings.year, today: opened.today });
  const reports = reportsFromRecords(plan, indicators, tasks, { asOf: settings.year });
  return { plan, planFindings: findings, ctx, reports };
}

/** The fill a cell returns to once its finding is fixed. */
export function baseFillOf(read: SheetRead): (row: number, col: number) => string | null {
  const base = templateBaseFill(read.layout, read.records);
  const keyAt = new Map(read.layout.columns.map((c) => [c.col, c.key]));
  return (row, col) => {
    const key = keyAt.get(col);
    return key === undefined ? null : base(row, key);
  };
}
