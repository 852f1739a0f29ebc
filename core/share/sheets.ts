import type { SheetKind, SheetLayout, SheetRecord } from "../layout";
import type { TrackingWorkbook } from "../workbook";

/** The two tracking sheets, in the order every sharing step walks them. */
export const KINDS: readonly SheetKind[] = ["indicators", "tasks"];

/** One value per tracking sheet: indexing by kind needs no check and no cast. */
export type ByKind<T> = Readonly<Record<SheetKind, T>>;

export const byKind = <T>(f: (kind: SheetKind) => T): ByKind<T> => ({ indicators: f("indicators"), tasks: f("tasks") });

export const layoutOf = (wb: TrackingWorkbook, kind: SheetKind): SheetLayout => (kind === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout);

export const recordsOf = (wb: TrackingWorkbook, kind: SheetKind): readonly SheetRecord<string>[] =>
  kind === "indicators" ? wb.indicatorRecords : wb.taskRecords;

/** Records by plan row id (the first of a duplicated id, as the plan reader does). */
export function byRowId(records: readonly SheetRecord<string>[]): Map<string, SheetRecord<string>> {
  const out = new Map<string, SheetRecord<string>>();
  for (const r of records) if (r.rowId !== null && !out.has(r.rowId)) out.set(r.rowId, r);
  return out;
}
