import { cellText, isEmptyCell, type Grid } from "../grid";
import { msg, type Lang } from "../i18n";
import { LOG_COLUMNS, SHEETS, logSheetPatch } from "../layout";
import type { PatchOp, PatchValue } from "../patch";
import { valueKey } from "./row-structure";

/**
 * Rows of the "Nhật ký" sheet written by sharing: who, when, what, from what to what, and why.
 * The source cell ends with a tag "(kind:agency#id)" so a later merge knows what is already
 * logged: merging the same packages again, or resuming a consolidation that was cut short after
 * its log rows were written, logs nothing twice.
 */
export type LogKind = "value" | "conflict" | "held" | "rejected" | "receipt" | "unchanged" | "resolution";

/** Tag prefixes by kind (ASCII, the same in both languages; a value has none, as in earlier logs). */
const TAG_KIND: Record<LogKind, string> = {
  value: "",
  conflict: "xung-dot:",
  held: "giu-lai:",
  rejected: "tu-choi:",
  receipt: "nhan:",
  unchanged: "nguyen-trang:",
  resolution: "xu-ly:",
};
const KIND_OF_TAG = new Map(Object.entries(TAG_KIND).map(([k, v]) => [v, k as LogKind]));

export interface LogEntry {
  kind: LogKind;
  time: string;
  /** Who: the agency (or, for a resolution, the person who decided). */
  agencyName: string;
  /** Sheet name; empty for a whole-package entry. */
  sheet: string;
  rowId: string;
  /** The column as a person reads it. */
  column: string;
  old: PatchValue;
  value: PatchValue;
  /** The file, or what the entry is about. */
  source: string;
  /** Before the source: why (a conflict number, a reason for holding back or refusing). */
  note: string;
  agencyId: string;
  packageId: string;
}

const TAG = /\(([a-z-]+:)?([^#()\s]*)#([0-9a-f]{16})\)\s*$/;

export function logRow(e: LogEntry): PatchValue[] {
  const tag = `(${TAG_KIND[e.kind]}${e.agencyId}#${e.packageId})`;
  const source = `${e.note === "" ? "" : `${e.note} — `}${e.source} ${tag}`;
  const row: Record<(typeof LOG_COLUMNS)[number], PatchValue> = {
    time: e.time,
    agency: e.agencyName,
    sheet: e.sheet,
    row: e.rowId,
    column: e.column,
    old: e.old,
    new: e.value,
    source,
  };
  return LOG_COLUMNS.map((c) => row[c]);
}

/** The identity of a logged event: the same event is never logged twice. */
export const logKey = (kind: LogKind, packageId: string, sheet: string, rowId: string, column: string, value: PatchValue | string | number | boolean | Date | null): string =>
  `${kind}|${packageId}|${sheet}|${rowId}|${column}|${kind === "rejected" ? "" : (valueKey(value) ?? "")}`;

export const logKeyOf = (e: LogEntry): string => logKey(e.kind, e.packageId, e.sheet, e.rowId, e.column, e.value);

export interface LogState {
  /** First free row (0-based; row 0 is the header). */
  nextRow: number;
  /** Package ids with a receipt. */
  received: Set<string>;
  /** Agencies that returned a package in an earlier merge (with or without changes). */
  returned: Set<string>;
  /** `logKey` of every entry. */
  keys: Set<string>;
}

/** What earlier runs left in the log. A missing log (null) is created by the first entry. */
export function readLog(grid: Grid | null): LogState {
  const state: LogState = { nextRow: 1, received: new Set(), returned: new Set(), keys: new Set() };
  if (grid === null) return state;
  const col = (name: (typeof LOG_COLUMNS)[number]) => LOG_COLUMNS.indexOf(name);
  grid.forEach((line, r) => {
    if (!line || line.every((c) => isEmptyCell(c))) return;
    state.nextRow = Math.max(state.nextRow, r + 1);
    if (r === 0) return;
    const source = cellText(line[col("source")]);
    const tag = TAG.exec(source);
    if (!tag) return;
    const [, prefix, agencyId, packageId] = tag;
    const sheet = cellText(line[col("sheet")]).trim();
    // Logs written before tags had kinds: a receipt had no sheet, a conflict began with "⚠".
    let kind = KIND_OF_TAG.get(prefix ?? "") ?? "value";
    if (prefix === undefined && sheet === "") kind = "receipt";
    else if (prefix === undefined && source.trimStart().startsWith("⚠")) kind = "conflict";
    if (kind === "receipt" || kind === "unchanged") {
      state.received.add(packageId);
      state.returned.add(agencyId);
    }
    const rowId = cellText(line[col("row")]).trim();
    const column = cellText(line[col("column")]).trim();
    state.keys.add(logKey(kind, packageId, sheet, rowId, column, line[col("new")] ?? null));
  });
  return state;
}

/** Log columns a host could read as a number or a date ("4.10", "2025-11-20 09:15", "1,58"). */
const TEXT_COLUMNS = new Set(["time", "row", "old", "new"]);

/** The log rows from `row` on (the sheet made first when `create`), text that looks like a number kept as text. */
export function logPatch(entries: readonly LogEntry[], create: boolean, row: number, lang: Lang): PatchOp[] {
  if (entries.length === 0) return [];
  const values = entries.map((e) => logRow(e));
  const formats = values.map((r) => r.map((v, j) => (typeof v === "string" && TEXT_COLUMNS.has(LOG_COLUMNS[j]) ? "@" : null)));
  const sheet = SHEETS.log;
  return [
    ...(create ? logSheetPatch(lang, 4) : []),
    { op: "setNumberFormats", sheet, row, col: 0, formats },
    { op: "setValues", sheet, row, col: 0, values },
  ];
}

/** The note of a log row ("⚠ Xung đột #3", "⛔ Giữ lại: …"), in the log's language. */
export const logNote = {
  conflict: (id: number, lang: Lang) => msg("share.log.conflict", { id })[lang],
  held: (reason: string, lang: Lang) => msg("share.log.held", { reason })[lang],
  rejected: (lang: Lang) => msg("share.log.rejected")[lang],
};
