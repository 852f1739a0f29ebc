import fc from "fast-check";
import type { Cell, MergedRange } from "../../../core/grid";
import { recognizeSheet } from "../../../core/recognize";

// Cells drawn from header words, codes, targets and agency names, so random grids do hit the
// interesting paths (headers, groups, sub-rows, merges), plus arbitrary values.
const words = [
  "TT", "Chỉ tiêu", "Nhiệm vụ", "Đơn vị", "Mục tiêu", "Đến năm 2025", "2030", "Chủ trì", "Phối hợp", "Thời gian",
  "Cấp trình", "Ghi chú", "Phân công", "1.", "2.1", "10.10", "I", "VI", "-", "a)", "<3", "6.100", "Hằng năm",
  "Sở Y tế", "Thành thị", "(1)", "", " ",
];
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom<Cell>(null, true, false, new Date(0), new Date(Number.NaN)) },
);
const grid = fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 30 });
const merge: fc.Arbitrary<MergedRange> = fc.record({
  top: fc.integer({ min: -2, max: 32 }),
  left: fc.integer({ min: -2, max: 10 }),
  bottom: fc.integer({ min: -2, max: 32 }),
  right: fc.integer({ min: -2, max: 10 }),
});

describe("recognizeSheet on random grids", () => {
  it("never throws and returns well-formed tables", () => {
    fc.assert(
      fc.property(grid, fc.array(merge, { maxLength: 8 }), (g, merges) => {
        const r = recognizeSheet(g, merges, { sheet: "S" });
        for (const t of r.tables) {
          expect(t.headerRows.length).toBeGreaterThanOrEqual(1);
          expect(t.headerRows.length).toBeLessThanOrEqual(3);
          expect(t.columns.some((c) => c.role === "name")).toBe(true);
          const ids = [...t.indicators.map((i) => i.id), ...t.tasks.map((x) => x.id)];
          expect(new Set(ids).size).toBe(ids.length);
          for (const f of t.findings) expect(f.sheet).toBe("S");
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never throws under a real header, and every data row gets a row entry", () => {
    const header: Cell[] = ["TT", "Chỉ tiêu", "Đơn vị", "Đến năm 2025", "Đến năm 2030", "Chủ trì", "Phối hợp"];
    fc.assert(
      // Merges below the header: a merge over the header's own cells may hide a column.
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }), fc.array(merge.filter((m) => m.top >= 1), { maxLength: 8 }), (rows, merges) => {
        const g = [header, ...rows];
        const [t] = recognizeSheet(g, merges).tables;
        expect(t).toBeDefined();
        const listed = new Set(t.rows.map((r) => r.row));
        for (let r = t.firstRow; r <= t.lastRow; r++) expect(listed.has(r)).toBe(true);
        const unreadable = t.rows.filter((r) => r.kind === "unreadable").length;
        expect(t.findings.filter((f) => f.code === "recognize.unreadableRow")).toHaveLength(unreadable);
      }),
      { numRuns: 400 },
    );
  });

  it("reads a grid the same in NFC and NFD", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const nfd = g.map((row) => row.map((c) => (typeof c === "string" ? c.normalize("NFD") : c)));
        const nfc = g.map((row) => row.map((c) => (typeof c === "string" ? c.normalize("NFC") : c)));
        expect(recognizeSheet(nfd, [])).toEqual(recognizeSheet(nfc, []));
      }),
      { numRuns: 200 },
    );
  });
});
