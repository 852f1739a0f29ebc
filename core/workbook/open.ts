import { createAgencyIndex, defaultAgencyIndex, defaultRegistry, type AgencyIndex } from "../agency";
import type { Grid } from "../grid";
import { msg, type Message } from "../i18n";
import {
  SHEETS,
  planFromWorkbook,
  readIndicatorRecords,
  readMeta,
  readTaskRecords,
  type IndicatorRecord,
  type TaskRecord,
  type WorkbookMeta,
} from "../layout";
import type { AgencyRegistry, Finding, Plan } from "../model";
import { reportingYearOf } from "./options";

/**
 * A tracking workbook as the core sees it after one read: its metadata, the plan rebuilt from the
 * sheets' structural columns (the sheet is the source of truth), and every row as a record.
 * Every host (Apps Script, the Office JavaScript API, ExcelJS) opens a workbook through this one function.
 */
export interface TrackingWorkbook {
  meta: WorkbookMeta;
  plan: Plan;
  registry: AgencyRegistry;
  agencies: AgencyIndex;
  indicatorRecords: IndicatorRecord[];
  taskRecords: TaskRecord[];
  /** Problems found while rebuilding the plan (unreadable targets, unknown agencies...). */
  planFindings: Finding[];
}

/** Reads one sheet's values by name; null when the sheet does not exist. */
export type SheetReader = (sheet: string) => Grid | null;

export interface OpenOptions {
  registry?: AgencyRegistry;
  /**
   * The host's clock (`Date.now()`). With it, a workbook whose reporting year is automatic opens
   * on the year being prepared today (meta.settings.asOf is that year; its mode stays "auto").
   */
  now?: number;
}

export function openTrackingWorkbook(read: SheetReader, options: OpenOptions = {}): { workbook: TrackingWorkbook | null; error: Message | null } {
  const metaGrid = read(SHEETS.meta);
  if (metaGrid === null) return { workbook: null, error: msg("layout.meta.missing") };
  const { meta, error } = readMeta(metaGrid);
  if (!meta) return { workbook: null, error: error ?? msg("layout.meta.missing") };
  return openWithMeta(meta, read, options);
}

/**
 * The same, with the metadata already read (the Sheets add-on keeps a copy in its cache, so a
 * live edit spends no read on the hidden sheet). `read` may return only the rows the host read
 * (the others empty): the workbook then holds those rows.
 */
export function openWithMeta(
  stored: WorkbookMeta,
  read: SheetReader,
  options: OpenOptions = {},
): { workbook: TrackingWorkbook | null; error: Message | null } {
  const year = reportingYearOf({ meta: stored }, { now: options.now });
  const meta: WorkbookMeta = year.year === stored.settings.asOf ? stored : { ...stored, settings: { ...stored.settings, asOf: year.year } };
  const registry = options.registry ?? defaultRegistry;
  const agencies = registry === defaultRegistry ? defaultAgencyIndex() : createAgencyIndex(registry);
  const indicatorGrid = meta.indicatorLayout.columns.length > 0 ? read(meta.indicatorLayout.sheet) : [];
  const taskGrid = meta.taskLayout.columns.length > 0 ? read(meta.taskLayout.sheet) : [];
  if (indicatorGrid === null || taskGrid === null) {
    const sheet = indicatorGrid === null ? meta.indicatorLayout.sheet : meta.taskLayout.sheet;
    return { workbook: null, error: msg("ui.workbook.sheetMissing", { sheet }) };
  }
  const indicatorRecords = readIndicatorRecords(indicatorGrid, meta.indicatorLayout);
  const taskRecords = readTaskRecords(taskGrid, meta.taskLayout);
  const { plan, findings } = planFromWorkbook(meta, indicatorRecords, taskRecords, registry);
  return {
    workbook: { meta, plan, registry, agencies, indicatorRecords, taskRecords, planFindings: findings },
    error: null,
  };
}
