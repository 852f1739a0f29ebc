import fc from "fast-check";
import type { Cell } from "../../../core/grid";
import { SHEETS, trackingWorkbookPatch, type SheetKind } from "../../../core/layout";
import { MemoryWorkbook, type PatchOp, type PatchValue } from "../../../core/patch";
import { mergePackages, splitWorkbook, valueKey, type PackageInput } from "../../../core/share";
import { loadTemplate } from "../../../core/template";
import { asInput, openBook, packageBook } from "./helpers";

/**
 * A small master (Đồng Tháp areas 2–3 and task section II: a shared row, group agencies, seven
 * packages), random values already in it, random edits in the packages, merged in random order.
 */
const full = loadTemplate("dong-thap-328-2024").plan!;
const plan = {
  ...full,
  areas: full.areas.filter((a) => ["2.", "3."].includes(a.code)),
  sections: full.sections.filter((s) => s.code === "II"),
  indicators: full.indicators.filter((i) => i.area === "2." || i.area === "3."),
  tasks: full.tasks.filter((t) => t.section === "II"),
};
const createPatch = trackingWorkbookPatch(plan, { asOf: 2025 });

/** The cells the properties touch: (kind, row id, column key). */
const CELLS: [SheetKind, string, string][] = [
  ...plan.indicators.flatMap((i) => ["actual:2025", "actual:2026", "note"].map((k): [SheetKind, string, string] => ["indicators", i.id, k])),
  ...plan.tasks.flatMap((t) => ["percent", "evidence"].map((k): [SheetKind, string, string] => ["tasks", t.id, k])),
];
const VALUE = fc.constantFrom<PatchValue>(1, 2, "2,5", "a", "=1+1", null);

function cellPatch(book: MemoryWorkbook, edits: readonly [number, PatchValue][]): PatchOp[] {
  const wb = openBook(book);
  const ops: PatchOp[] = [];
  for (const [i, value] of edits) {
    const [kind, rowId, key] = CELLS[i % CELLS.length];
    const layout = kind === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout;
    const row = (kind === "indicators" ? wb.indicatorRecords : wb.taskRecords).find((r) => r.rowId === rowId)?.row;
    const col = layout.columns.find((c) => c.key === key)?.col;
    if (row !== undefined && col !== undefined) ops.push({ op: "setValues", sheet: layout.sheet, row, col, values: [[value]] });
  }
  return ops;
}

function masterWith(prefill: readonly [number, PatchValue][]): MemoryWorkbook {
  const book = new MemoryWorkbook().applyPatch(createPatch);
  return book.applyPatch(cellPatch(book, prefill));
}

const tracked = (book: MemoryWorkbook): Cell[][][] => [book.contents(SHEETS.indicators), book.contents(SHEETS.tasks)];

interface Round {
  master: MemoryWorkbook;
  inputs: PackageInput[];
}

function round(prefill: readonly [number, PatchValue][], edits: readonly (readonly [number, PatchValue][])[], withCoordinated: boolean): Round {
  const master = masterWith(prefill);
  const packages = splitWorkbook(openBook(master), { now: "2025-11-01 08:00", withCoordinated });
  const inputs = packages.map((p, i) => {
    const book = packageBook(p);
    book.applyPatch(cellPatch(book, edits[i] ?? []));
    return asInput(p.fileName, book);
  });
  return { master, inputs };
}

const edit = fc.array(fc.tuple(fc.nat(CELLS.length * 3), VALUE), { maxLength: 6 });
const scenario = fc.record({
  prefill: edit,
  edits: fc.array(edit, { minLength: 7, maxLength: 7 }),
  withCoordinated: fc.boolean(),
  order: fc.array(fc.double({ noNaN: true }), { minLength: 8, maxLength: 8 }),
  twice: fc.nat(6),
});

const shuffle = <T>(items: readonly T[], keys: readonly number[]): T[] =>
  items.map((x, i) => [x, keys[i] ?? 0] as const).sort((a, b) => a[1] - b[1]).map(([x]) => x);

const RUNS = { numRuns: 15 };

describe("merge properties", () => {
  it("split then merge with no edits is the identity on the master's values", () => {
    fc.assert(
      fc.property(edit, fc.boolean(), (prefill, withCoordinated) => {
        const { master, inputs } = round(prefill, [], withCoordinated);
        const before = tracked(master);
        const r = mergePackages(openBook(master), inputs, { now: "2025-11-20", log: master.contents(SHEETS.log) });
        master.applyPatch(r.patch);
        expect(r.merged).toEqual([]);
        expect(r.conflicts).toEqual([]);
        expect(r.rejected).toEqual([]);
        expect(tracked(master)).toEqual(before);
      }),
      RUNS,
    );
  });

  it("is idempotent: merging the same packages again writes nothing, not even a log row", () => {
    fc.assert(
      fc.property(scenario, ({ prefill, edits, withCoordinated, twice }) => {
        const { master, inputs } = round(prefill, edits, withCoordinated);
        const all = [...inputs, inputs[twice % inputs.length]];
        const first = mergePackages(openBook(master), all, { now: "t1", log: master.contents(SHEETS.log) });
        master.applyPatch(first.patch);
        const second = mergePackages(openBook(master), all, { now: "t2", log: master.contents(SHEETS.log) });
        expect(second.patch).toEqual([]);
        expect(second.merged).toEqual([]);
        expect(second.conflicts.length).toBe(first.conflicts.length);
      }),
      RUNS,
    );
  });

  it("without conflicts, does not depend on the order of the packages", () => {
    fc.assert(
      fc.property(scenario, ({ prefill, edits, withCoordinated, order }) => {
        const { master, inputs } = round(prefill, edits, withCoordinated);
        const before = tracked(master);
        const a = mergePackages(openBook(master), inputs, { now: "t", log: null });
        fc.pre(a.conflicts.length === 0);
        const b = mergePackages(openBook(master), shuffle(inputs, order), { now: "t", log: null });
        expect(b.conflicts).toEqual([]);
        const one = new MemoryWorkbook().applyPatch(createPatch);
        const other = new MemoryWorkbook().applyPatch(createPatch);
        // Apply each result to its own copy of the master.
        const copy = (book: MemoryWorkbook) => {
          const [ind, task] = before;
          book.applyPatch([
            { op: "setValues", sheet: SHEETS.indicators, row: 0, col: 0, values: pad(ind) },
            { op: "setValues", sheet: SHEETS.tasks, row: 0, col: 0, values: pad(task) },
          ]);
        };
        copy(one);
        copy(other);
        one.applyPatch(a.patch);
        other.applyPatch(b.patch);
        expect(tracked(other)).toEqual(tracked(one));
      }),
      RUNS,
    );
  });

  it("never loses a reported value: each non-empty package cell is in the master or in a conflict", () => {
    fc.assert(
      fc.property(scenario, ({ prefill, edits, withCoordinated, order, twice }) => {
        const { master, inputs } = round(prefill, edits, withCoordinated);
        const all = shuffle([...inputs, inputs[twice % inputs.length]], order);
        const r = mergePackages(openBook(master), all, { now: "t", log: master.contents(SHEETS.log) });
        master.applyPatch(r.patch);
        const after = openBook(master);
        for (const input of all) {
          const pkg = input.workbook!;
          for (const kind of ["indicators", "tasks"] as const) {
            const records = kind === "indicators" ? pkg.indicatorRecords : pkg.taskRecords;
            const masterRecords = kind === "indicators" ? after.indicatorRecords : after.taskRecords;
            const layout = kind === "indicators" ? pkg.meta.indicatorLayout : pkg.meta.taskLayout;
            for (const rec of records) {
              if (rec.rowId === null) continue;
              const m = masterRecords.find((x) => x.rowId === rec.rowId)!;
              for (const { key, structural } of layout.columns) {
                if (structural) continue;
                const sent = valueKey((rec.cells as Record<string, Cell>)[key]);
                if (sent === null) continue;
                const kept = valueKey((m.cells as Record<string, Cell>)[key]) === sent;
                const recorded = r.conflicts.some((c) => c.rowId === rec.rowId && c.column === key && valueKey(c.packageValue) === sent);
                expect({ at: `${input.source} ${rec.rowId} ${key}`, kept: kept || recorded }).toEqual({ at: `${input.source} ${rec.rowId} ${key}`, kept: true });
              }
            }
          }
        }
      }),
      RUNS,
    );
  });
});

function pad(grid: Cell[][]): PatchValue[][] {
  const width = Math.max(1, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, j) => {
    const v = r[j] ?? null;
    return v instanceof Date ? { date: v.toISOString().slice(0, 10) } : v;
  }));
}
