import type { PatchValue } from "../patch";
import { conflictIdentity, type ConflictData, type ConflictSheetState } from "./conflicts-sheet";
import type { CellPlace, PackageStep, Proposal } from "./package-step";
import { cellId, type SplitRecord } from "./record";
import { valueKey } from "./row-structure";
import { KINDS } from "./sheets";

/** A value the master takes, and the package it is logged under (the earliest-stamped that sent it). */
export interface CellWriteFrom {
  place: CellPlace;
  value: PatchValue;
  by: PackageStep;
}

export interface PlacedConflict {
  data: ConflictData;
  step: PackageStep;
  place: CellPlace;
}

/** A value the master's record says was taken from a package. */
export interface TakenFrom {
  packageId: string;
  agencyName: string;
  value: PatchValue;
}

export interface Combined {
  writes: CellWriteFrom[];
  /** Conflicts to list now (numbered after the sheet's last), and those the sheet already lists. */
  newConflicts: PlacedConflict[];
  listedConflicts: PlacedConflict[];
  /** Values now in the master that came from each package, by package id and cell: the record's `taken`. */
  taken: Map<string, Map<string, PatchValue>>;
  /** By cell, what the record says was taken earlier, from which package. */
  takenBy: Map<string, TakenFrom[]>;
}

interface CellGroup {
  place: CellPlace;
  entries: { step: PackageStep; proposal: Proposal }[];
}

/**
 * What the packages of one merge propose, cell by cell, decided together: a cell every package
 * that touched it wants to set to the same value, with the master still at its base and no open
 * conflict, is written; any other cell keeps the master's value and each differing proposal is a
 * conflict (the same package, cell and value are listed once, ever). Steps come in canonical order
 * (earlier-stamped first), so nothing here depends on the order packages were given in. Pure.
 */
export function combine(
  steps: readonly PackageStep[],
  valid: ReadonlyMap<PackageStep, readonly Proposal[]>,
  sheet: ConflictSheetState,
  record: SplitRecord | null,
): Combined {
  // Cells: what every package proposes for each, in canonical package order.
  const groups = new Map<string, CellGroup>();
  for (const step of steps) {
    for (const p of valid.get(step) ?? []) {
      const g = groups.get(p.cell) ?? { place: p, entries: [] };
      groups.set(p.cell, g);
      g.entries.push({ step, proposal: p });
    }
  }
  // Who the master's current values were taken from, by cell (from the record).
  const takenBy = new Map<string, TakenFrom[]>();
  for (const rec of record?.packages ?? []) {
    for (const [cell, value] of Object.entries(rec.taken)) {
      const list = takenBy.get(cell) ?? [];
      takenBy.set(cell, list);
      list.push({ packageId: rec.packageId, agencyName: rec.agencyName, value });
    }
  }
  const listed = new Map(sheet.rows.map((r) => [conflictIdentity(r.data), r.data]));
  const openCells = new Set(sheet.rows.filter((r) => r.data.status === "open").map((r) => cellId(r.data.sheetKind, r.data.rowId, r.data.column)));
  const writes: CellWriteFrom[] = [];
  const newConflicts: PlacedConflict[] = [];
  const listedConflicts: PlacedConflict[] = [];
  const taken = new Map<string, Map<string, PatchValue>>();
  const take = (step: PackageStep, place: CellPlace, value: PatchValue) => {
    const rec = step.pkg.record;
    if (place.cell in rec.taken && valueKey(rec.taken[place.cell]) === valueKey(value)) return;
    const m = taken.get(rec.packageId) ?? new Map<string, PatchValue>();
    taken.set(rec.packageId, m);
    m.set(place.cell, value);
  };
  let nextId = sheet.nextId;
  const orderedGroups = [...groups.values()].sort(
    (a, b) => KINDS.indexOf(a.place.kind) - KINDS.indexOf(b.place.kind) || a.place.masterRow - b.place.masterRow || a.place.masterCol - b.place.masterCol,
  );
  for (const g of orderedGroups) {
    const values = new Set(g.entries.map((e) => valueKey(e.proposal.sent)));
    const allTakes = g.entries.every((e) => e.proposal.verdict === "take");
    if (allTakes && values.size === 1 && !openCells.has(g.place.cell)) {
      writes.push({ place: g.place, value: g.entries[0].proposal.sent, by: g.entries[0].step });
      for (const e of g.entries) take(e.step, e.proposal, e.proposal.sent);
      continue;
    }
    for (const e of g.entries) {
      const p = e.proposal;
      const rec = e.step.pkg.record;
      // The master's value came from another package (an earlier merge took it): the packages disagree.
      const fromPackage =
        p.verdict === "conflict" && (takenBy.get(p.cell) ?? []).some((t) => t.packageId !== rec.packageId && valueKey(t.value) === valueKey(p.master));
      const kind = (p.verdict === "conflict" && !fromPackage) || openCells.has(g.place.cell) ? "master" : "packages";
      const data: ConflictData = {
        v: 1,
        id: 0,
        kind,
        sheetKind: p.kind,
        rowId: p.rowId,
        column: p.column,
        packageId: rec.packageId,
        agencyId: rec.agencyId,
        agencyName: rec.agencyName,
        source: e.step.pkg.input.source,
        createdAt: rec.createdAt,
        base: p.splitBase,
        master: p.master,
        value: p.sent,
        status: "open",
      };
      const existing = listed.get(conflictIdentity(data));
      if (existing) listedConflicts.push({ data: existing, step: e.step, place: p });
      else newConflicts.push({ data: { ...data, id: nextId++ }, step: e.step, place: p });
    }
  }
  for (const step of steps) for (const a of step.agreed) take(step, a, a.sent);
  return { writes, newConflicts, listedConflicts, taken, takenBy };
}
