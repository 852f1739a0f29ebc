import type { Grid } from "../grid";
import { fromHex } from "../crypto";
import { bilingual, msg, type Message } from "../i18n";
import { rowIdOf, type SheetKind, type SheetLayout } from "../layout";
import { openTrackingWorkbook, type OpenOptions, type SheetReader, type TrackingWorkbook } from "../workbook";
import { KINDS, layoutOf, recordsOf } from "./sheets";
import { readRecord, SPLIT_SHEET, type SplitRecord } from "./record";

/**
 * A master as sharing takes it: the tracking workbook, the sheet reader it came from (read once
 * per sheet), and its record of the packages it sent (null before the first split).
 */
export interface ShareMaster {
  workbook: TrackingWorkbook;
  read: SheetReader;
  record: SplitRecord | null;
}

/** A reader that asks the host for each sheet once. */
export function onceReader(read: SheetReader): SheetReader {
  const seen = new Map<string, Grid | null>();
  return (name) => {
    if (!seen.has(name)) seen.set(name, read(name));
    return seen.get(name) ?? null;
  };
}

const window = (layout: SheetLayout): [number, number] => [layout.firstDataRow, layout.lastDataRow ?? Infinity];
const inside = (line: number, [from, to]: [number, number]) => line >= from && line <= to;

/**
 * Where the master's metadata and its sheets disagree about one sheet kind, or null: a plan row
 * of the metadata found on the sheet outside the data rows the metadata gives (a `_chitieu`
 * edited by hand, a first data row moved), or none of its rows where the metadata puts them.
 * Splitting or merging such a master would silently leave rows out or write into the wrong ones.
 */
function contradiction(wb: TrackingWorkbook, kind: SheetKind, read: SheetReader): Message | null {
  const layout = layoutOf(wb, kind);
  const ids = new Set(Object.keys(wb.meta.rows[kind]));
  const rowIdCol = layout.columns.find((c) => c.key === "rowId")?.col;
  if (ids.size === 0 || rowIdCol === undefined) return null;
  const grid = read(layout.sheet) ?? [];
  const own = window(layout);
  const other = KINDS.map((k) => layoutOf(wb, k)).find((l) => l.kind !== kind && l.sheet === layout.sheet && l.columns.length > 0);
  for (let line = 0; line < grid.length; line++) {
    const id = rowIdOf(grid[line]?.[rowIdCol]);
    if (id === null || !ids.has(id) || inside(line, own) || (other && inside(line, window(other)))) continue;
    return msg("share.master.rowOutside", { sheet: layout.sheet, row: id, line: line + 1, first: layout.firstDataRow + 1 });
  }
  if (!recordsOf(wb, kind).some((r) => r.rowId !== null && ids.has(r.rowId))) {
    return msg("share.master.noRows", { sheet: layout.sheet, count: ids.size, first: layout.firstDataRow + 1 });
  }
  return null;
}

/**
 * Opens a master for splitting or merging. Refused with a message when it is not a tracking
 * workbook, when its metadata contradicts its sheets, or when its record of sent packages is
 * damaged (its secret and bases would be lost). `options.now`: the host's clock, so that an
 * automatic reporting year is the year being prepared today, as everywhere.
 */
export function openShareMaster(read: SheetReader, options: OpenOptions = {}): { master: ShareMaster | null; error: Message | null } {
  const once = onceReader(read);
  const { workbook, error } = openTrackingWorkbook(once, options);
  if (!workbook) return { master: null, error: error ?? msg("layout.meta.missing") };
  for (const kind of KINDS) {
    const problem = contradiction(workbook, kind, once);
    if (problem) return { master: null, error: bilingual("share.master.refused", (lang) => ({ detail: problem[lang] })) };
  }
  const { record, error: recordError } = readRecord(once(SPLIT_SHEET));
  if (recordError) return { master: null, error: recordError };
  if (record && (record.planId !== workbook.meta.planId || fromHex(record.secret) === null)) {
    return { master: null, error: msg("share.record.otherPlan", { planId: record.planId, masterPlanId: workbook.meta.planId }) };
  }
  return { master: { workbook, read: once, record }, error: null };
}
