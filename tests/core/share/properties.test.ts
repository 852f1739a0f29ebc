import fc from "fast-check";
import type { Cell } from "../../../core/grid";
import { trackingWorkbookPatch, type SheetKind } from "../../../core/layout";
import { MemoryWorkbook, type PatchOp, type PatchValue } from "../../../core/patch";
import { valueKey, type MergeResult, type PackageInput } from "../../../core/share";
import { loadTemplate } from "../../../core/template";
import { editMeta, editStamp } from "./forge";
import { asInput, vnTime, logRows, merge, openBook, packageBook, snapshot, split } from "./helpers";

/**
 * A small master (Đồng Tháp areas 2–3 and task section II: a shared row, group agencies, seven
 * packages) with random values, split; random edits in the packages and, after the split, in the
 * master (three-way states: unchanged, changed by one side, by both, the same or differently);
 * merged in random orders, some packages twice.
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
/** Valid and invalid values, formula-like text, a % out of range, empty. */
const VALUE = fc.constantFrom<PatchValue>(1, 2, "2,5", 105, "abc", "=1+1", null);

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

interface Round {
  master: MemoryWorkbook;
  inputs: PackageInput[];
  /** Each input's package book, and its split-time values by "kind|row|column". */
  books: Map<PackageInput, MemoryWorkbook>;
  bases: Map<PackageInput, Map<string, PatchValue>>;
}

function round(prefill: readonly [number, PatchValue][], edits: readonly (readonly [number, PatchValue][])[], after: readonly [number, PatchValue][], withCoordinated: boolean): Round {
  const master = new MemoryWorkbook().applyPatch(createPatch);
  master.applyPatch(cellPatch(master, prefill));
  const packages = split(master, { now: vnTime("2025-11-01 08:00"), withCoordinated });
  master.applyPatch(cellPatch(master, after));
  const books = new Map<PackageInput, MemoryWorkbook>();
  const bases = new Map<PackageInput, Map<string, PatchValue>>();
  const inputs = packages.map((p, i) => {
    const book = packageBook(p);
    book.applyPatch(cellPatch(book, edits[i] ?? []));
    const input = asInput(p.fileName, book);
    books.set(input, book);
    const base = new Map<string, PatchValue>();
    for (const kind of ["indicators", "tasks"] as const) for (const r of p.record.rows[kind]) for (const [k, v] of Object.entries(r.base)) base.set(`${kind}|${r.id}|${k}`, v);
    bases.set(input, base);
    return input;
  });
  return { master, inputs, books, bases };
}

const copyOf = (book: MemoryWorkbook): MemoryWorkbook => {
  const out = new MemoryWorkbook();
  for (const name of book.sheetNames()) {
    const grid = book.contents(name);
    const width = Math.max(1, ...grid.map((r) => r.length));
    const values = grid.map((r) => Array.from({ length: width }, (_, j) => {
      const v = r[j] ?? null;
      return v instanceof Date ? { date: v.toISOString().slice(0, 10) } : v;
    }));
    out.applyPatch([{ op: "addSheet", sheet: name, replace: true, hidden: book.sheet(name).hidden }]);
    if (grid.length > 0) out.applyPatch([{ op: "setValues", sheet: name, row: 0, col: 0, values }]);
  }
  return out;
};

const edit = fc.array(fc.tuple(fc.nat(CELLS.length * 3), VALUE), { maxLength: 6 });
const scenario = fc.record({
  prefill: edit,
  edits: fc.array(edit, { minLength: 7, maxLength: 7 }),
  after: fc.array(fc.tuple(fc.nat(CELLS.length * 3), VALUE), { maxLength: 4 }),
  withCoordinated: fc.boolean(),
  order: fc.array(fc.double({ noNaN: true }), { minLength: 8, maxLength: 8 }),
  twice: fc.nat(6),
});

const shuffle = <T>(items: readonly T[], keys: readonly number[]): T[] =>
  items.map((x, i) => [x, keys[i] ?? 0] as const).sort((a, b) => a[1] - b[1]).map(([x]) => x);

const RUNS = { numRuns: 12 };

describe("merge properties over three-way states", () => {
  it("split then merge with no edits changes no value", () => {
    fc.assert(
      fc.property(edit, fc.boolean(), (prefill, withCoordinated) => {
        const { master, inputs } = round(prefill, [], [], withCoordinated);
        const tracked = () => [master.contents("Chỉ tiêu"), master.contents("Nhiệm vụ")];
        const before = tracked();
        const r = merge(master, inputs);
        expect(r.merged).toEqual([]);
        expect(r.conflicts).toEqual([]);
        expect(r.rejected).toEqual([]);
        expect(r.packages.every((p) => p.unchanged)).toBe(true);
        expect(tracked()).toEqual(before);
      }),
      RUNS,
    );
  });

  it("is idempotent: merging the same packages again changes nothing, not even a log row", () => {
    fc.assert(
      fc.property(scenario, ({ prefill, edits, after, withCoordinated, twice }) => {
        const { master, inputs } = round(prefill, edits, after, withCoordinated);
        const all = [...inputs, inputs[twice % inputs.length]];
        const first = merge(master, all, { now: vnTime("2025-11-20 09:00") });
        const state = snapshot(master, []);
        const second = merge(master, all, { now: vnTime("2025-11-21 10:00") });
        expect(second.patch).toEqual([]);
        expect(second.merged).toEqual([]);
        expect(second.conflicts.length).toBe(first.conflicts.length);
        expect(snapshot(master, [])).toEqual(state);
      }),
      RUNS,
    );
  });

  it("does not depend on the order of the packages: the whole master, log included, is the same", () => {
    fc.assert(
      fc.property(scenario, ({ prefill, edits, after, withCoordinated, order, twice }) => {
        const { master, inputs } = round(prefill, edits, after, withCoordinated);
        const all = [...inputs, inputs[twice % inputs.length]];
        const one = copyOf(master);
        const other = copyOf(master);
        const a = merge(one, all);
        const b = merge(other, shuffle(all, order));
        expect(snapshot(other, [])).toEqual(snapshot(one, []));
        const brief = (r: MergeResult) => r.conflicts.map((c) => [c.id, c.rowId, c.column, c.agencyId, c.packageValue]);
        expect(brief(b)).toEqual(brief(a));
      }),
      RUNS,
    );
  });

  it("never loses a value: each one a package changed is in the master, in a conflict or held back", () => {
    fc.assert(
      fc.property(scenario, ({ prefill, edits, after, withCoordinated, order, twice }) => {
        const { master, inputs, books, bases } = round(prefill, edits, after, withCoordinated);
        const all = shuffle([...inputs, inputs[twice % inputs.length]], order);
        const r = merge(master, all);
        const now = openBook(master);
        for (const p of r.packages) {
          const input = all.find((i) => i.source === p.source)!;
          const pkg = openBook(books.get(input)!);
          for (const kind of ["indicators", "tasks"] as const) {
            const layout = kind === "indicators" ? pkg.meta.indicatorLayout : pkg.meta.taskLayout;
            const records = kind === "indicators" ? pkg.indicatorRecords : pkg.taskRecords;
            const masterRecords = kind === "indicators" ? now.indicatorRecords : now.taskRecords;
            for (const rec of records) {
              if (rec.rowId === null) continue;
              const m = masterRecords.find((x) => x.rowId === rec.rowId)!;
              for (const { key, structural } of layout.columns) {
                if (structural) continue;
                const sent = valueKey((rec.cells as Record<string, Cell>)[key]);
                const inMaster = valueKey((m.cells as Record<string, Cell>)[key]) === sent;
                const inConflict = r.conflicts.some((c) => c.packageId === p.packageId && c.rowId === rec.rowId && c.column === key && valueKey(c.packageValue) === sent);
                const held = r.held.some((h) => h.packageId === p.packageId && h.rowId === rec.rowId && h.column === key && valueKey(h.value) === sent);
                const sentBase = valueKey(bases.get(input)!.get(`${kind}|${rec.rowId}|${key}`) ?? null);
                const at = `${p.source} ${rec.rowId} ${key}`;
                if (sent !== sentBase) expect({ at, kept: inMaster || inConflict || held }).toEqual({ at, kept: true });
              }
            }
          }
        }
      }),
      RUNS,
    );
  });
});

describe("forged packages, at random", () => {
  const FIELDS = ["packageId", "planId", "agencyId", "agencyName", "year", "createdAt", "planFingerprint", "templateVersion", "rows", "signature", "extra"] as const;

  it("a stamp with any field changed is refused, the master's values untouched, the refusal logged", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), fc.nat(6), fc.string({ minLength: 1, maxLength: 8 }), (field, which, junk) => {
        const { master, inputs, books } = round([], [[[0, 1], [3, "2,5"]]], [], false);
        const source = inputs[which % inputs.length].source;
        const book = books.get(inputs[which % inputs.length])!;
        editStamp(book, (s) => {
          if (field === "rows") s.rows.indicators.reverse().push({ id: "2.1", editable: true });
          else if (field === "year") s.year = s.year + 1;
          else if (field === "extra") s.editable = true;
          else if (field === "signature") s.signature = s.signature.replace(/^./, (c: string) => (c === "0" ? "1" : "0"));
          else s[field] = `${s[field]}${junk}`;
        });
        const before = snapshot(master);
        const logged = logRows(master).length;
        const r = merge(master, [asInput(source, book)]);
        expect(r.accepted).toBe(0);
        expect(r.rejected.map((x) => x.code)).toEqual([expect.stringMatching(/^(altered|unknownPackage|otherPlan|stampDamaged)$/)]);
        expect(snapshot(master)).toEqual(before);
        expect(logRows(master)).toHaveLength(logged + 1);
      }),
      { numRuns: 20 },
    );
  });

  it("a package layout with any column re-flagged, moved or dropped is refused, the master untouched", () => {
    fc.assert(
      fc.property(fc.constantFrom("indicatorLayout", "taskLayout"), fc.nat(30), fc.constantFrom("flip", "move", "drop", "firstRow"), (key, at, how) => {
        const { master, inputs, books } = round([], [[[0, 1]]], [], false);
        const input = inputs.find((i) => i.source.startsWith("so-lao-dong"))!;
        const book = books.get(input)!;
        editMeta(book, key, (l) => {
          if (how === "firstRow") l.firstDataRow += 1;
          else if (l.columns.length > 0) {
            const c = l.columns[at % l.columns.length];
            if (how === "flip") c.structural = !c.structural;
            else if (how === "move") c.col = 500 + at;
            else l.columns.splice(at % l.columns.length, 1);
          }
        });
        const before = snapshot(master);
        const r = merge(master, [asInput(input.source, book)]);
        expect(r.accepted).toBe(0);
        expect(["layoutAltered", "metaDamaged"]).toContain(r.rejected[0].code);
        expect(snapshot(master)).toEqual(before);
      }),
      { numRuns: 20 },
    );
  });
});
