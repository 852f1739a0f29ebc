import { cellText, isEmptyCell, type Grid } from "../grid";
import { msg, type Lang } from "../i18n";
import { LOG_COLUMNS } from "../layout";
import type { PatchValue } from "../patch";
import { valueKey } from "./row-structure";

/**
 * Rows of the "Nhật ký" sheet written by a merge. The source cell ends with
 * "(agency#packageId)" so a later merge knows which packages were received and which conflicts
 * are already logged: merging the same package again adds nothing.
 */
export type LogKind = "value" | "conflict" | "receipt";

export interface LogEntry {
  kind: LogKind;
  time: string;
  agencyName: string;
  /** Sheet name; empty for a receipt. */
  sheet: string;
  rowId: string;
  column: string;
  old: PatchValue;
  value: PatchValue;
  source: string;
  agencyId: string;
  packageId: string;
}

const TAG = /\(([a-z0-9-]+)#([0-9a-f]{16})\)\s*$/;

export function logRow(e: LogEntry, lang: Lang): PatchValue[] {
  const tag = `${e.source} (${e.agencyId}#${e.packageId})`;
  const source = e.kind === "conflict" ? `${msg("share.log.conflict")[lang]} — ${tag}` : tag;
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

/** Identity of a logged conflict: same package, cell and sent value. */
export const conflictKey = (packageId: string, sheet: string, rowId: string, column: string, value: PatchValue | string | number | boolean | Date | null): string =>
  `${packageId}|${sheet}|${rowId}|${column}|${valueKey(value) ?? ""}`;

export interface LogState {
  /** First free row (0-based; row 0 is the header). */
  nextRow: number;
  /** Package ids with a receipt row. */
  received: Set<string>;
  /** Agencies that returned a package in an earlier merge. */
  returned: Set<string>;
  conflicts: Set<string>;
}

/** What earlier merges left in the log. A missing log (null) is created by the merge. */
export function readLog(grid: Grid | null): LogState {
  const state: LogState = { nextRow: 1, received: new Set(), returned: new Set(), conflicts: new Set() };
  if (grid === null) return state;
  const col = (name: (typeof LOG_COLUMNS)[number]) => LOG_COLUMNS.indexOf(name);
  grid.forEach((line, r) => {
    if (!line || line.every((c) => isEmptyCell(c))) return;
    state.nextRow = Math.max(state.nextRow, r + 1);
    if (r === 0) return;
    const tag = TAG.exec(cellText(line[col("source")]));
    if (!tag) return;
    const [, agencyId, packageId] = tag;
    const sheet = cellText(line[col("sheet")]).trim();
    if (sheet === "") {
      state.received.add(packageId);
      state.returned.add(agencyId);
    } else if (cellText(line[col("source")]).trimStart().startsWith("⚠")) {
      const rowId = cellText(line[col("row")]).trim();
      const column = cellText(line[col("column")]).trim();
      state.conflicts.add(conflictKey(packageId, sheet, rowId, column, line[col("new")] ?? null));
    }
  });
  return state;
}
