/// <reference types="office-js" />
import { msg, type Message } from "../../core/i18n";
import type { SheetKind, SheetLayout } from "../../core/layout";
import { a1, consecutiveRuns } from "../../core/patch";
import { editableKeys, packageAgencies } from "../../core/share";
import type { TrackingWorkbook } from "../../core/workbook";
import { PROTECTION_OPTIONS } from "../excel/apply-patch";
import type { Session } from "../excel/session";
import { hasSheet } from "../excel/workbook-state";
import { openWorkbook } from "./context";
import { setStructureLock } from "./tools";

/** One agency's editable cells on one sheet: an allow-edit range with its password. */
export interface AgencyRange {
  sheet: string;
  title: string;
  /** Comma-separated A1 areas (no sheet name). */
  address: string;
  areas: string[];
}

export interface AgencyLock {
  agencyId: string;
  agencyName: string;
  /** Shown once to the coordinator; never stored in the workbook. */
  password: string;
  ranges: AgencyRange[];
}

export type ProtectOutcome =
  | { kind: "ranges"; agencies: AgencyLock[] }
  | { kind: "fallback"; message: Message }
  | { kind: "error"; error: Message };

/** Titles of the ranges this add-in made start so (both languages): replaced on each run. */
const OWN_TITLE = "Chỉ Tiêu – ";
/** Longer address lists are split over several ranges (Excel keeps a reference formula per range). */
const MAX_ADDRESS = 1000;

/** The A1 areas of an agency's reporting cells on one sheet, cut into address lists. */
function agencyAreas(wb: TrackingWorkbook, kind: SheetKind, rowIds: readonly string[]): string[][] {
  const layout = (kind === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout) as SheetLayout;
  const records = kind === "indicators" ? wb.indicatorRecords : wb.taskRecords;
  const keys = new Set(editableKeys(layout));
  const cols = layout.columns.filter((c) => keys.has(c.key)).map((c) => c.col).sort((a, b) => a - b);
  const wanted = new Set(rowIds);
  const rows = records.filter((r) => r.rowId !== null && wanted.has(r.rowId)).map((r) => r.row).sort((a, b) => a - b);
  const lists: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const r of consecutiveRuns(rows)) {
    for (const c of consecutiveRuns(cols)) {
      const area = a1({ row: r.start, col: c.start, rows: r.length, cols: c.length });
      if (length + area.length + 1 > MAX_ADDRESS && current.length > 0) {
        lists.push(current);
        current = [];
        length = 0;
      }
      current.push(area);
      length += area.length + 1;
    }
  }
  if (current.length > 0) lists.push(current);
  return lists;
}

/** Every agency's ranges, titled by agency and sheet (unique, at most 255 characters). */
export function agencyRanges(wb: TrackingWorkbook, lang: "vi" | "en"): Omit<AgencyLock, "password">[] {
  const seen = new Set<string>();
  return packageAgencies(wb).map((agency) => {
    const ranges: AgencyRange[] = [];
    for (const kind of ["indicators", "tasks"] as const) {
      const sheet = kind === "indicators" ? wb.meta.indicatorLayout.sheet : wb.meta.taskLayout.sheet;
      const lists = agencyAreas(wb, kind, kind === "indicators" ? agency.indicators : agency.tasks);
      lists.forEach((areas, i) => {
        let title = msg("excel.share.rangeTitle", { agency: agency.name, sheet })[lang].slice(0, 240);
        if (lists.length > 1) title += ` (${i + 1})`;
        if (seen.has(title)) title = `${title} [${agency.id}]`.slice(0, 255);
        seen.add(title);
        ranges.push({ sheet, title, address: areas.join(","), areas });
      });
    }
    return { agencyId: agency.id, agencyName: agency.name, ranges };
  });
}

/**
 * Excel has no per-person editors as Sheets has. The closest it offers add-ins is the allow-edit
 * range with a password (ExcelApiOnline 1.1: Excel on the web): each agency's reporting cells
 * become one such range with its own password, those cells are locked, and the sheet protected,
 * so an agency edits its rows with its password and structural columns stay locked for all.
 * Previous ranges of this add-in are replaced. Three requests (open, list ranges, write).
 * Without the API: the structural protection that exists, and a message saying what to do.
 */
export async function protectByAgency(
  context: Excel.RequestContext,
  session: Session,
  options: { supported: boolean; password: () => string },
): Promise<ProtectOutcome> {
  const opened = await openWorkbook(context, session);
  const wb = opened.wb;
  if (!wb) return { kind: "error", error: opened.error ?? msg("excel.error.noWorkbook") };
  if (!options.supported) {
    const locked = await setStructureLock(context, session, true);
    return locked.error ? { kind: "error", error: locked.error } : { kind: "fallback", message: msg("excel.share.protectFallback") };
  }
  const planned = agencyRanges(wb, session.lang).filter((a) => a.ranges.length > 0);
  if (planned.length === 0) return { kind: "error", error: msg("excel.share.noAgencies") };
  const sheets = [...new Set([wb.meta.indicatorLayout.sheet, wb.meta.taskLayout.sheet])].filter((s) => hasSheet(opened.state, s));
  const existing = sheets.map((name) => {
    const ranges = context.workbook.worksheets.getItem(name).protection.allowEditRanges;
    ranges.load("items/title");
    return { name, ranges };
  });
  await context.sync();
  const agencies: AgencyLock[] = planned.map((a) => ({ ...a, password: options.password() }));
  for (const { name, ranges } of existing) {
    const ws = context.workbook.worksheets.getItem(name);
    // Ranges can only be changed on an unprotected sheet.
    if (opened.state.protectedSheets.has(name)) ws.protection.unprotect();
    for (const item of ranges.items) if (item.title.startsWith(OWN_TITLE)) ranges.getItem(item.title).delete();
    for (const agency of agencies) {
      for (const r of agency.ranges) {
        if (r.sheet !== name) continue;
        // One range per area: RangeAreas (getRanges) needs ExcelApi 1.9, above the minimum.
        for (const area of r.areas) ws.getRange(area).format.protection.locked = true;
        ranges.add(r.title, r.address, { password: agency.password });
      }
    }
    ws.protection.protect(PROTECTION_OPTIONS);
  }
  await context.sync();
  for (const name of sheets) opened.state.protectedSheets.add(name);
  return { kind: "ranges", agencies };
}
