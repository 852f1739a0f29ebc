import { msg } from "../../core/i18n";
import { templateBaseFill, type SheetLayout, type WorkbookMeta } from "../../core/layout";
import type { JobOptions } from "../../core/workbook";
import { now } from "../clock";
import { settingsOf, type Env } from "../env";
import { UserError } from "../errors";
import type { SheetApi } from "../host/surface";
import type { Settings } from "../settings";
import { loadMeta } from "./meta-store";
import type { SheetRead } from "./sheet-read";

export interface Opened {
  meta: WorkbookMeta;
  settings: Settings;
  /** The host's instant for this call (`Date.now()`): the core works out the date from it. */
  now: number;
}

/** The metadata and settings; fails with a message saying what to do when there is no workbook. */
export function openTracking(env: Env): Opened {
  const { meta, error } = loadMeta(env);
  if (!meta) throw new UserError(error ?? msg("gas.noWorkbook"));
  return { meta, settings: settingsOf(env, meta), now: now() };
}

/** What every core job gets from the document's settings and the clock. */
export function jobOptions(opened: Opened): JobOptions {
  return { asOf: opened.settings.year ?? "auto", now: opened.now, lang: opened.settings.lang, projection: opened.settings.projection };
}

export function trackingSheet(env: Env, layout: SheetLayout): SheetApi {
  const sheet = env.ss.getSheetByName(layout.sheet);
  if (!sheet) throw new UserError(msg("gas.sheetMissing", { sheet: layout.sheet }));
  return sheet;
}

/** The fill a cell returns to once its finding is fixed (what the core's marks use, by column). */
export function baseFillOf(read: SheetRead): (row: number, col: number) => string | null {
  const base = templateBaseFill(read.layout, read.records);
  const keyAt = new Map(read.layout.columns.map((c) => [c.col, c.key]));
  return (row, col) => {
    const key = keyAt.get(col);
    return key === undefined ? null : base(row, key);
  };
}
