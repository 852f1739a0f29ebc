import type { Cell } from "../grid";
import type { SheetKind, SheetLayout, SheetRecord } from "../layout";
import type { PatchValue } from "../patch";
import type { AcceptedPackage, CheckContext } from "./check-package";
import { classifyCell, isErrorValue } from "./classify";
import { cellId } from "./record";
import { editableKeys, patchValueOf, valueKey } from "./row-structure";
import { KINDS, type ByKind } from "./sheets";
import type { HeldReason } from "./types";

/** Where one reporting cell sits, in the master and in the package, and its three values. */
export interface CellPlace {
  kind: SheetKind;
  rowId: string;
  column: string;
  /** `cellId`: the same cell across packages. */
  cell: string;
  /** Master sheet position (0-based); col -1 when the master has no such column. */
  masterSheet: string;
  masterRow: number;
  masterCol: number;
  packageRow: number;
  packageCol: number;
  /** At split time. */
  splitBase: PatchValue;
  /** What this package's value is compared with: the last value taken from it, else the split-time one. */
  base: PatchValue;
  sent: PatchValue;
  master: PatchValue;
}

/** A change the package proposes for the master: taken when nobody else changed the cell, else a conflict. */
export interface Proposal extends CellPlace {
  verdict: "take" | "conflict";
}

export interface HeldPlace extends CellPlace {
  reason: Exclude<HeldReason, "invalid">;
  /** For an uncomputed formula, its text. */
  shown: PatchValue;
}

/** What one package says, cell by cell, before it meets the other packages of the merge. */
export interface PackageStep {
  pkg: AcceptedPackage;
  proposals: Proposal[];
  /** Cells where the master already holds what the package sent (recorded as taken from it). */
  agreed: CellPlace[];
  held: HeldPlace[];
  /** Every reporting cell as it was sent at split time: returned without changes. */
  unchanged: boolean;
}

/** The master's side of the merge, computed once: rows by id, the columns it takes from packages. */
export interface MasterCells {
  rows: ByKind<ReadonlyMap<string, SheetRecord<string>>>;
  layouts: ByKind<SheetLayout>;
  /** Non-structural columns of the master, by key: the only ones a package may write. */
  writable: ByKind<ReadonlyMap<string, number>>;
}

const uncomputedKey = (sheet: string, row: number, col: number) => `${sheet}|${row}|${col}`;

/**
 * One package against the master, cell by cell (`classifyCell`): which values it proposes, which
 * it holds back and why, whether it changed anything at all. Rows and columns it may write come
 * from the master (its record of the package, its current lead agencies, its layout), never from
 * the package.
 */
export function packageStep(ctx: CheckContext, master: MasterCells, pkg: AcceptedPackage): PackageStep {
  const rec = pkg.record;
  const uncomputed = new Map((pkg.input.uncomputed ?? []).map((u) => [uncomputedKey(u.sheet, u.row, u.col), u.formula]));
  const proposals: Proposal[] = [];
  const agreed: CellPlace[] = [];
  const held: HeldPlace[] = [];
  let unchanged = true;
  const hasTaken = Object.keys(rec.taken).length > 0;
  for (const kind of KINDS) {
    const layout = rec.layouts[kind];
    const keys = editableKeys(layout);
    const colOf = new Map<string, number>(layout.columns.map((c) => [c.key, c.col]));
    const masterRows = master.rows[kind];
    const writable = master.writable[kind];
    const masterSheet = master.layouts[kind].sheet;
    const leads = ctx.leads[kind];
    for (const r of rec.rows[kind]) {
      const p = pkg.rows[kind].get(r.id);
      // The check made sure every recorded row is in the package.
      if (!p) continue;
      const m = masterRows.get(r.id);
      const rowWritable = r.editable && (leads.get(r.id) ?? []).includes(rec.agencyId);
      for (const key of keys) {
        const packageCol = colOf.get(key) ?? -1;
        const formula = uncomputed.size === 0 ? undefined : uncomputed.get(uncomputedKey(layout.sheet, p.row, packageCol));
        const sentCell: Cell | undefined = p.cells[key];
        const splitBase = r.base[key] ?? null;
        const sentKey = valueKey(sentCell);
        const asSent = sentKey === valueKey(splitBase);
        if (formula !== undefined || !asSent) unchanged = false;
        // Most cells come back as they were sent, with nothing taken from them since: nothing to decide.
        if (asSent && formula === undefined && !hasTaken) continue;
        const id = cellId(kind, r.id, key);
        const base = hasTaken && id in rec.taken ? rec.taken[id] : splitBase;
        const masterCol = writable.get(key);
        const masterValue = m && masterCol !== undefined ? patchValueOf(m.cells[key]) : null;
        const verdict = classifyCell({
          base: valueKey(base),
          sent: sentKey,
          master: valueKey(masterValue),
          access: !m || masterCol === undefined ? "noColumn" : rowWritable ? "write" : "readOnlyRow",
          uncomputed: formula !== undefined,
          errorValue: isErrorValue(sentCell),
        });
        if (verdict.kind === "same" || verdict.kind === "masterNewer") continue;
        const place: CellPlace = {
          kind,
          rowId: r.id,
          column: key,
          cell: id,
          masterSheet,
          masterRow: m?.row ?? -1,
          masterCol: masterCol ?? -1,
          packageRow: p.row,
          packageCol,
          splitBase,
          base,
          sent: patchValueOf(sentCell),
          master: masterValue,
        };
        if (verdict.kind === "held") held.push({ ...place, reason: verdict.reason, shown: formula !== undefined ? formula : place.sent });
        else if (verdict.kind === "agree") agreed.push(place);
        else proposals.push({ ...place, verdict: verdict.kind });
      }
    }
  }
  return { pkg, proposals, agreed, held, unchanged };
}
