import { bilingual, msg, type Lang, type Message } from "../i18n";
import { SHEETS } from "../layout";
import { columnLetter, type PatchOp, type PatchValue } from "../patch";
import { checkRows, vietnamStamp } from "../workbook";
import { masterAfter, recomputePatch, withCells } from "./after-merge";
import { conflictRowUpdate, conflictRowValues, CONFLICT_SHEET, readConflicts, viewOf, type ConflictData, type ConflictRow } from "./conflicts-sheet";
import { Labels } from "./labels";
import { logPatch, readLog, type LogEntry } from "./log";
import { conflictIdsIn, noteWithConflicts } from "./marks";
import type { ShareMaster } from "./master";
import type { NoteLookup } from "./open-package";
import { cellId, recordPatch, withTaken } from "./record";
import { displayValue, patchValueOf, valueKey } from "./row-structure";
import { byRowId, layoutOf, recordsOf } from "./sheets";

export interface ResolveOptions {
  /** The conflict's number in the "Xung đột" sheet. */
  id: number;
  /** Write the package's value, or keep the master's. */
  take: "package" | "master";
  /** Who decides (a name or an e-mail), and why: both go into the log. */
  by: string;
  reason: string;
  /** The host's clock, `Date.now()`: the time logged (Viet Nam), and today for the check and the statuses. */
  now: number;
  lang?: Lang;
  /** Notes of the master's cells as the host read them (the conflict line is taken out, the rest kept). */
  notes?: NoteLookup;
}

export interface ResolveResult {
  /** Null when the conflict cannot be resolved this way (`error` says why). */
  patch: PatchOp[] | null;
  error: Message | null;
  message: Message | null;
  conflict: ConflictData | null;
  /** Other open conflicts of the same cell closed because a value was taken. */
  superseded: number[];
}

/** The open conflicts of a master, for a host to list with one-click resolutions. */
export function openConflicts(master: ShareMaster): ConflictData[] {
  return readConflicts(master.read(CONFLICT_SHEET))
    .rows.filter((r) => r.data.status === "open")
    .map((r) => r.data);
}

const fail = (error: Message): ResolveResult => ({ patch: null, error, message: null, conflict: null, superseded: [] });
const shown = (v: PatchValue, lang: Lang) => (v === null ? msg("share.change.empty")[lang] : displayValue(v));

/**
 * Resolves one conflict: takes the package's value into the master (after checking that the cell
 * still holds the value the conflict was listed against and that the package's value passes
 * validation) or keeps the master's; closes the other open conflicts of that cell when a value is
 * taken; takes the mark off the cell; records who decided and why in the sheet and in "Nhật ký".
 */
export function resolveConflict(master: ShareMaster, options: ResolveOptions): ResolveResult {
  const wb = master.workbook;
  const lang = options.lang ?? wb.meta.settings.lang;
  const labels = new Labels(wb.plan);
  const grid = master.read(CONFLICT_SHEET);
  const state = readConflicts(grid);
  if (!state.exists) return fail(msg("share.resolve.noSheet"));
  const target = state.rows.find((r) => r.data.id === options.id);
  const open = state.rows.filter((r) => r.data.status === "open").map((r) => r.data.id);
  if (!target) return fail(msg("share.resolve.unknown", { id: options.id, open: open.length === 0 ? "—" : open.map((n) => `#${n}`).join(", ") }));
  const d = target.data;
  if (d.status !== "open") return fail(msg("share.resolve.closed", { id: d.id, by: viewOf(grid?.[target.row]).by || "?" }));
  const by = options.by.trim();
  const reason = options.reason.trim();
  if (by === "" || reason === "") return fail(msg("share.resolve.needWho"));
  const layout = layoutOf(wb, d.sheetKind);
  const record = byRowId(recordsOf(wb, d.sheetKind)).get(d.rowId);
  const col = layout.columns.find((c) => c.key === d.column && !c.structural)?.col;
  if (!record || col === undefined) return fail(msg("share.resolve.gone", { id: d.id, row: d.rowId }));
  const now = patchValueOf(record.cells[d.column]);
  if (valueKey(now) !== valueKey(d.master)) {
    return fail(bilingual("share.resolve.changed", (l) => ({ id: d.id, now: shown(now, l), then: shown(d.master, l) })));
  }
  const sheet = layout.sheet;
  const column = (l: Lang) => labels.column(d.sheetKind, d.column, l);
  if (options.take === "package") {
    const candidate = withCells(wb, new Map([[d.sheetKind, new Map([[record.row, new Map([[d.column, d.value]])]])]]));
    const errors = checkRows(candidate, d.sheetKind, [record.row], { now: options.now }).filter((f) => f.column === d.column && f.severity === "error");
    if (errors.length > 0) {
      return fail(bilingual("share.resolve.invalid", (l) => ({ id: d.id, value: shown(d.value, l), reason: errors.map((f) => f.message[l]).join(" ") })));
    }
  }
  const superseded: ConflictRow[] =
    options.take === "package"
      ? state.rows.filter((r) => r !== target && r.data.status === "open" && r.data.sheetKind === d.sheetKind && r.data.rowId === d.rowId && r.data.column === d.column)
      : [];
  const grid2 = grid ?? [];
  const update = (r: ConflictRow, status: ConflictData["status"]): PatchOp[] => {
    const view = { ...viewOf(grid2[r.row]), by, reason, resolvedAt: vietnamStamp(options.now) };
    return conflictRowUpdate(r.row, conflictRowValues({ ...r.data, status }, view, lang));
  };
  const chosen = options.take === "package" ? d.value : d.master;
  const closed = new Set([d.id, ...superseded.map((r) => r.data.id)]);
  const note = options.notes?.(sheet, record.row, col) ?? null;
  const left = conflictIdsIn(note).filter((id) => !closed.has(id));
  const entry: LogEntry = {
    kind: "resolution",
    time: vietnamStamp(options.now),
    agencyName: by,
    sheet,
    rowId: d.rowId,
    column: column(lang),
    old: d.master,
    value: chosen,
    source: d.source,
    note: msg(options.take === "package" ? "share.log.resolvedPackage" : "share.log.resolvedMaster", {
      id: d.id,
      agency: d.agencyName,
      reason,
      closed: superseded.map((r) => `#${r.data.id}`).join(", ") || "—",
    })[lang],
    agencyId: d.agencyId,
    packageId: d.packageId,
  };
  const logGrid = master.read(SHEETS.log);
  const patch: PatchOp[] = [...logPatch([entry], logGrid === null, readLog(logGrid).nextRow, lang)];
  if (options.take === "package") patch.push({ op: "setValues", sheet, row: record.row, col, values: [[d.value]] });
  patch.push({ op: "setNotes", sheet, row: record.row, col, notes: [[noteWithConflicts(note, [], closed)]] });
  if (left.length === 0) patch.push({ op: "setFills", sheet, row: record.row, col, fills: [[null]] });
  patch.push(...update(target, options.take), ...superseded.flatMap((r) => update(r, "superseded")));
  if (options.take === "package" && master.record) {
    patch.push(...recordPatch(withTaken(master.record, new Map([[d.packageId, new Map([[cellId(d.sheetKind, d.rowId, d.column), d.value]])]])), lang));
  }
  if (options.take === "package") patch.push(...recomputePatch(masterAfter(master, [{ sheet, row: record.row, col, value: d.value }], { now: options.now }), { now: options.now, lang }));
  const message = bilingual(options.take === "package" ? "share.resolve.tookPackage" : "share.resolve.keptMaster", (l) => ({
    id: d.id,
    cell: `${sheet}!${columnLetter(col)}${record.row + 1}`,
    row: d.rowId,
    column: column(l),
    value: shown(chosen, l),
    agency: d.agencyName,
    closed: superseded.length,
  }));
  return { patch, error: null, message, conflict: { ...d, status: options.take }, superseded: superseded.map((r) => r.data.id) };
}
