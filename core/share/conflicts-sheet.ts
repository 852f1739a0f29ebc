import { z } from "zod";
import { cellText, type Cell, type Grid } from "../grid";
import { msg, type Lang, type MessageCode } from "../i18n";
import { LAYOUT_COLOURS } from "../layout";
import { PatchValueSchema, type PatchOp, type PatchValue } from "../patch";
import { valueKey } from "./row-structure";

/**
 * The "Xung đột" sheet of the master: one row per value a package sent that could not be taken
 * because the master had changed too (or packages disagreed). The master's value stays in the
 * cell until someone decides; the row keeps both values, the base, who sent what, and, once
 * resolved, who decided what and why. The last column holds the same facts as JSON for the
 * resolution (exact types: a number stays a number, a date a date).
 */
export const CONFLICT_SHEET = "Xung đột";

export const CONFLICT_COLUMNS = [
  "id",
  "time",
  "agency",
  "sheet",
  "row",
  "column",
  "cell",
  "base",
  "master",
  "package",
  "source",
  "status",
  "by",
  "reason",
  "resolvedAt",
  "data",
] as const;
export type ConflictColumn = (typeof CONFLICT_COLUMNS)[number];

const HEADER: Record<ConflictColumn, MessageCode> = {
  id: "share.conflictSheet.id",
  time: "share.conflictSheet.time",
  agency: "share.conflictSheet.agency",
  sheet: "share.conflictSheet.sheet",
  row: "share.conflictSheet.row",
  column: "share.conflictSheet.column",
  cell: "share.conflictSheet.cell",
  base: "share.conflictSheet.base",
  master: "share.conflictSheet.master",
  package: "share.conflictSheet.package",
  source: "share.conflictSheet.source",
  status: "share.conflictSheet.status",
  by: "share.conflictSheet.by",
  reason: "share.conflictSheet.reason",
  resolvedAt: "share.conflictSheet.resolvedAt",
  data: "share.conflictSheet.data",
};
const WIDTHS = [40, 120, 180, 90, 60, 140, 60, 110, 110, 110, 200, 150, 140, 220, 120, 120];

export type ConflictStatus = "open" | "package" | "master" | "superseded";

const STATUS_TEXT: Record<ConflictStatus, MessageCode> = {
  open: "share.conflictStatus.open",
  package: "share.conflictStatus.package",
  master: "share.conflictStatus.master",
  superseded: "share.conflictStatus.superseded",
};

export const ConflictDataSchema = z.object({
  v: z.literal(1),
  id: z.number().int().min(1),
  kind: z.enum(["master", "packages"]),
  sheetKind: z.enum(["indicators", "tasks"]),
  rowId: z.string(),
  column: z.string(),
  packageId: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  source: z.string(),
  createdAt: z.string(),
  base: PatchValueSchema,
  master: PatchValueSchema,
  value: PatchValueSchema,
  status: z.enum(["open", "package", "master", "superseded"]),
});
export type ConflictData = z.infer<typeof ConflictDataSchema>;

/** One row of the sheet as read back. */
export interface ConflictRow {
  /** 0-based sheet row. */
  row: number;
  data: ConflictData;
}

export interface ConflictSheetState {
  exists: boolean;
  rows: ConflictRow[];
  /** First free row. */
  nextRow: number;
  nextId: number;
  /** Identity (`conflictIdentity`) of every row, resolved or not: a conflict is listed once. */
  identities: Set<string>;
  /** Rows whose data cell is not what this sheet writes (1-based, as a person counts). */
  damaged: number[];
}

/** A conflict is the same conflict when the same package sent the same value for the same cell. */
export const conflictIdentity = (d: Pick<ConflictData, "packageId" | "sheetKind" | "rowId" | "column" | "value">): string =>
  `${d.packageId}|${d.sheetKind}|${d.rowId}|${d.column}|${valueKey(d.value) ?? ""}`;

export function readConflicts(grid: Grid | null): ConflictSheetState {
  const state: ConflictSheetState = { exists: grid !== null, rows: [], nextRow: 1, nextId: 1, identities: new Set(), damaged: [] };
  if (grid === null) return state;
  const at = CONFLICT_COLUMNS.indexOf("data");
  grid.forEach((line, r) => {
    if (r === 0 || !line || line.every((c) => cellText(c).trim() === "")) return;
    state.nextRow = Math.max(state.nextRow, r + 1);
    let parsed: ConflictData | null = null;
    try {
      const res = ConflictDataSchema.safeParse(JSON.parse(cellText(line[at])));
      parsed = res.success ? res.data : null;
    } catch {
      parsed = null;
    }
    if (!parsed) {
      state.damaged.push(r + 1);
      return;
    }
    state.rows.push({ row: r, data: parsed });
    state.identities.add(conflictIdentity(parsed));
    state.nextId = Math.max(state.nextId, parsed.id + 1);
  });
  return state;
}

/** What a row shows besides its data: where the cell is, in the master's words. */
export interface ConflictView {
  time: string;
  sheet: string;
  cell: string;
  column: string;
  by: string;
  reason: string;
  resolvedAt: string;
}

const TEXT = new Set<ConflictColumn>(["time", "row", "cell", "base", "master", "package", "resolvedAt", "data"]);

export function conflictRowValues(d: ConflictData, view: ConflictView, lang: Lang): PatchValue[] {
  const row: Record<ConflictColumn, PatchValue> = {
    id: d.id,
    time: view.time,
    agency: d.agencyName,
    sheet: view.sheet,
    row: d.rowId,
    column: view.column,
    cell: view.cell,
    base: d.base,
    master: d.master,
    package: d.value,
    source: d.source,
    status: msg(STATUS_TEXT[d.status])[lang],
    by: view.by,
    reason: view.reason,
    resolvedAt: view.resolvedAt,
    data: JSON.stringify(d),
  };
  return CONFLICT_COLUMNS.map((c) => row[c]);
}

const formatsOf = (values: PatchValue[]) => values.map((v, j) => (typeof v === "string" && TEXT.has(CONFLICT_COLUMNS[j]) ? "@" : null));

/** The sheet with its header (when it does not exist yet) and these rows from `row` on. */
export function conflictRowsPatch(rows: readonly PatchValue[][], state: ConflictSheetState, lang: Lang): PatchOp[] {
  if (rows.length === 0) return [];
  const sheet = CONFLICT_SHEET;
  const cols = CONFLICT_COLUMNS.length;
  const ops: PatchOp[] = [];
  if (!state.exists) {
    ops.push(
      { op: "addSheet", sheet, replace: false, hidden: false },
      { op: "setValues", sheet, row: 0, col: 0, values: [CONFLICT_COLUMNS.map((c) => msg(HEADER[c])[lang])] },
      { op: "setFills", sheet, row: 0, col: 0, fills: [CONFLICT_COLUMNS.map(() => LAYOUT_COLOURS.header)] },
      { op: "setFontStyles", sheet, row: 0, col: 0, styles: [CONFLICT_COLUMNS.map(() => ({ bold: true, italic: false, color: null }))] },
      { op: "setColumnWidths", sheet, col: 0, widths: WIDTHS.slice(0, cols) },
      { op: "freeze", sheet, rows: 1, cols: 0 },
      // A warning only: the department reads and sorts it; resolving goes through the add-in or `chitieu resolve`.
      { op: "protectSheet", sheet, description: msg("share.protect.conflicts")[lang], warningOnly: true },
    );
  }
  ops.push({ op: "setNumberFormats", sheet, row: state.nextRow, col: 0, formats: rows.map(formatsOf) });
  ops.push({ op: "setValues", sheet, row: state.nextRow, col: 0, values: rows.map((r) => [...r]) });
  return ops;
}

/** Rewrites one row (after a resolution). */
export function conflictRowUpdate(row: number, values: PatchValue[]): PatchOp[] {
  const sheet = CONFLICT_SHEET;
  return [
    { op: "setNumberFormats", sheet, row, col: 0, formats: [formatsOf(values)] },
    { op: "setValues", sheet, row, col: 0, values: [values] },
  ];
}

/** Reads back the view columns of a row as they are (so an update rewrites them unchanged). */
export function viewOf(line: readonly Cell[] | undefined): ConflictView {
  const get = (c: ConflictColumn) => cellText(line?.[CONFLICT_COLUMNS.indexOf(c)] ?? null);
  return { time: get("time"), sheet: get("sheet"), cell: get("cell"), column: get("column"), by: get("by"), reason: get("reason"), resolvedAt: get("resolvedAt") };
}

/** The status text shown in the sheet, in the master's language. */
export const statusText = (s: ConflictStatus, lang: Lang): string => msg(STATUS_TEXT[s])[lang];
