import fc from "fast-check";
import { classifyCell, isErrorValue, type CellState } from "../../../core/share";

const key = fc.constantFrom<string | null>(null, "n:1", "n:2", "s:a", "s:b");
const state = fc.record<CellState>({
  base: key,
  sent: key,
  master: key,
  access: fc.constantFrom("write", "readOnlyRow", "noColumn"),
  uncomputed: fc.boolean(),
  errorValue: fc.boolean(),
});

describe("the three-way decision for one cell", () => {
  const s = (base: string | null, sent: string | null, master: string | null): CellState => ({ base, sent, master, access: "write", uncomputed: false, errorValue: false });

  it("follows the table", () => {
    expect(classifyCell(s("n:1", "n:1", "n:1")).kind).toBe("same");
    expect(classifyCell(s("n:1", "n:1", "n:2")).kind).toBe("masterNewer");
    expect(classifyCell(s("n:1", "n:2", "n:1")).kind).toBe("take");
    expect(classifyCell(s(null, "n:2", null)).kind).toBe("take");
    expect(classifyCell(s("n:1", null, "n:1")).kind).toBe("take");
    expect(classifyCell(s("n:1", "n:2", "n:2")).kind).toBe("agree");
    expect(classifyCell(s("n:1", "n:2", "s:a")).kind).toBe("conflict");
    expect(classifyCell(s(null, "n:2", "n:1")).kind).toBe("conflict");
  });

  it("never lets a package change what it may not write, and always reports what it cannot read", () => {
    fc.assert(
      fc.property(state, (st) => {
        const v = classifyCell(st);
        if (st.uncomputed) expect(v).toEqual({ kind: "held", reason: "uncomputed" });
        else if (st.sent === st.base) expect(["same", "masterNewer"]).toContain(v.kind);
        else if (st.access !== "write") expect(v).toEqual({ kind: "held", reason: st.access === "noColumn" ? "noColumn" : "readOnly" });
        else if (st.errorValue) expect(v).toEqual({ kind: "held", reason: "errorValue" });
        // Only a cell the master left at its base is ever taken; a different master value is never overwritten.
        if (v.kind === "take") expect(st.master).toBe(st.base);
        if (v.kind === "conflict") expect([st.base, st.sent]).not.toContain(st.master);
        // A package that changed nothing is never a write, a conflict or a hold (unless it holds an unreadable formula).
        if (st.sent === st.base && !st.uncomputed) expect(["take", "conflict", "held", "agree"]).not.toContain(v.kind);
      }),
      { numRuns: 2000 },
    );
  });

  it("recognises spreadsheet error values", () => {
    for (const e of ["#DIV/0!", "#REF!", "#N/A", "#NAME?", "#VALUE!", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#ERROR!", " #N/A "]) expect([e, isErrorValue(e)]).toEqual([e, true]);
    for (const v of ["#1", "# N/A", "abc", 5, null, "#DIV/0"]) expect([v, isErrorValue(v)]).toEqual([v, false]);
  });
});
