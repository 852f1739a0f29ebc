import { MemoryWorkbook, mergePatchOps, type PatchOp } from "../../../core/patch";

const fill = (row: number, col = 2, colour = "#FF0000"): PatchOp => ({
  op: "setFills",
  sheet: "S",
  row,
  col,
  fills: [[colour]],
});

describe("mergePatchOps", () => {
  it("turns 500 one-row fills down a column into one op", () => {
    const ops = Array.from({ length: 500 }, (_, i) => fill(10 + i, 2, i % 2 ? "#00FF00" : "#FF0000"));
    const merged = mergePatchOps(ops);
    expect(merged).toHaveLength(1);
    const op = merged[0];
    expect(op.op).toBe("setFills");
    if (op.op !== "setFills") return;
    expect(op.row).toBe(10);
    expect(op.fills).toHaveLength(500);
    expect(op.fills[1]).toEqual(["#00FF00"]);
    expect(ops[0]).toEqual(fill(10)); // input untouched
  });

  it("merges rightwards, interleaved kinds, and keeps kinds and sheets apart", () => {
    const ops: PatchOp[] = [];
    for (let r = 0; r < 3; r++) {
      ops.push({ op: "setValues", sheet: "S", row: r, col: 0, values: [[`a${r}`, r]] });
      ops.push({ op: "setFills", sheet: "S", row: r, col: 0, fills: [["#FFFFFF"]] });
      ops.push({ op: "setNotes", sheet: "T", row: r, col: 0, notes: [[null]] });
    }
    ops.push({ op: "setValues", sheet: "S", row: 0, col: 2, values: [["x"], ["y"], ["z"]] });
    const merged = mergePatchOps(ops);
    expect(merged.map((o) => o.op)).toEqual(["setValues", "setFills", "setNotes"]);
    const v = merged[0];
    if (v.op !== "setValues") throw new Error("expected setValues");
    expect(v.values).toEqual([
      ["a0", 0, "x"],
      ["a1", 1, "y"],
      ["a2", 2, "z"],
    ]);
  });

  it("does not merge gaps, overlaps, different widths, or across a sheet reset", () => {
    expect(mergePatchOps([fill(0), fill(2)])).toHaveLength(2);
    expect(mergePatchOps([fill(0), fill(0)])).toHaveLength(2);
    expect(
      mergePatchOps([fill(0), { op: "setFills", sheet: "S", row: 1, col: 2, fills: [["#FF0000", "#FF0000"]] }]),
    ).toHaveLength(2);
    expect(mergePatchOps([fill(0), { op: "clearSheet", sheet: "S" }, fill(1)])).toHaveLength(3);
    expect(mergePatchOps([fill(0), { op: "clearSheet", sheet: "Other" }, fill(1)])).toHaveLength(2);
  });

  it("keeps the order of writes to the same cell (value then formula then value)", () => {
    const ops: PatchOp[] = [
      { op: "setValues", sheet: "S", row: 0, col: 0, values: [[1]] },
      { op: "setFormulas", sheet: "S", row: 1, col: 0, formulas: [["=A1*2"]] },
      { op: "setValues", sheet: "S", row: 1, col: 0, values: [[5]] },
    ];
    const merged = mergePatchOps(ops);
    expect(merged).toHaveLength(3);
    const direct = new MemoryWorkbook(["S"]).applyPatch(ops);
    const viaMerge = new MemoryWorkbook(["S"]).applyPatch(merged);
    expect(viaMerge.contents("S")).toEqual(direct.contents("S"));
    expect(direct.contents("S")).toEqual([[1], [5]]);
  });

  it("gives the same workbook as the unmerged ops on a random-ish mix", () => {
    const ops: PatchOp[] = [];
    for (let r = 0; r < 40; r++) {
      ops.push({ op: "setValues", sheet: "S", row: r, col: r % 3 === 0 ? 0 : 1, values: [[`v${r}`]] });
      if (r % 5 === 0) ops.push({ op: "setFormulas", sheet: "S", row: r + 1, col: 1, formulas: [[`=A${r + 1}`]] });
      ops.push({ op: "setFontStyles", sheet: "S", row: r, col: 0, styles: [[{ bold: r % 2 === 0, italic: false, color: null }]] });
    }
    const direct = new MemoryWorkbook(["S"]).applyPatch(ops);
    const merged = mergePatchOps(ops);
    expect(merged.length).toBeLessThan(ops.length);
    const viaMerge = new MemoryWorkbook(["S"]).applyPatch(merged);
    const range = { row: 0, col: 0, rows: 42, cols: 2 };
    expect(viaMerge.contents("S", range)).toEqual(direct.contents("S", range));
    expect(viaMerge.readFontStyles("S", range)).toEqual(direct.readFontStyles("S", range));
  });
});
