import { trackingWorkbookPatch, SHEETS } from "../../../core/layout";
import { MemoryWorkbook, mergePatchOps, type PatchOp } from "../../../core/patch";
import { applyPatch } from "../../../gas/host/apply-patch";
import { composeRectangles } from "../../../gas/host/compose";
import type { FakeGas } from "../fake";
import { installFake, uninstallFake } from "../helpers";
import { dongThap } from "../plans";

afterEach(uninstallFake);

function applyOnFake(fake: FakeGas, ops: PatchOp[]): void {
  applyPatch({ app: fake.SpreadsheetApp, spreadsheet: fake.spreadsheet, properties: fake.properties, lang: "vi" }, ops);
}

describe("applyPatch on the fake", () => {
  test("the tracking workbook comes out as the core's in-memory reference", () => {
    const fake = installFake({ sheets: [] });
    const ops = trackingWorkbookPatch(dongThap());
    applyOnFake(fake, ops);
    const ref = new MemoryWorkbook().applyPatch(ops);
    expect(fake.spreadsheet.sheets.map((s) => s.name)).toEqual(ref.sheetNames());
    for (const name of [SHEETS.indicators, SHEETS.tasks, SHEETS.meta]) {
      const mine = fake.spreadsheet.sheet(name).store;
      const theirs = ref.sheet(name);
      expect(Object.fromEntries(mine.values)).toEqual(Object.fromEntries(theirs.values));
      expect(Object.fromEntries(mine.fills)).toEqual(Object.fromEntries(theirs.fills));
      expect(Object.fromEntries(mine.notes)).toEqual(Object.fromEntries(theirs.notes));
      expect(Object.fromEntries(mine.formats)).toEqual(Object.fromEntries(theirs.formats));
      expect(mine.merges).toEqual(theirs.merges);
    }
    expect(fake.spreadsheet.sheet(SHEETS.meta).isSheetHidden()).toBe(true);
    // One setValues per merged rectangle: adjacent writes never cost extra calls.
    const rectangles = mergePatchOps(ops).filter((o) => o.op === "setValues").length;
    expect(fake.log.count("setValues")).toBe(rectangles);
  });

  test("formula-like text stays text", () => {
    const fake = installFake({ sheets: ["S"] });
    applyOnFake(fake, [{ op: "setValues", sheet: "S", row: 0, col: 0, values: [["=HYPERLINK(\"http://x\")", "+84 90", "-", "'a"]] }]);
    const s = fake.spreadsheet.sheet("S");
    expect([s.value(0, 0), s.value(0, 1), s.value(0, 2), s.value(0, 3)]).toEqual(['=HYPERLINK("http://x")', "+84 90", "-", "'a"]);
    expect(s.store.formulas.size).toBe(0);
  });

  test("a chart with the same id is replaced, not stacked", () => {
    const fake = installFake({ sheets: ["S"] });
    const chart = (title: string): PatchOp => ({
      op: "addChart",
      sheet: "S",
      chart: { id: "c1", kind: "pie", title, dataRange: { row: 0, col: 0, rows: 3, cols: 2 }, anchor: { row: 0, col: 3 }, width: 400, height: 300, seriesInColumns: true },
    });
    applyOnFake(fake, [chart("một")]);
    applyOnFake(fake, [chart("hai")]);
    const charts = fake.spreadsheet.sheet("S").charts;
    expect(charts.map((c) => [c.type, c.options.title, c.position])).toEqual([["pie", "hai", { row: 1, col: 4 }]]);
    expect(charts[0].ranges).toEqual(["S!A1:B3"]);
  });

  test("validation rules and protections reach the native builders", () => {
    const fake = installFake({ sheets: ["S"] });
    applyOnFake(fake, [
      { op: "setValidation", sheet: "S", range: { row: 1, col: 1, rows: 2, cols: 1 }, rule: { kind: "list", values: ["Tăng", "Giảm"], strict: true }, help: { vi: "Chọn", en: "Pick" } },
      { op: "protectRange", sheet: "S", range: { row: 0, col: 0, rows: 1, cols: 3 }, description: "Chỉ Tiêu: tiêu đề", warningOnly: true },
      { op: "protectRange", sheet: "S", range: { row: 0, col: 0, rows: 1, cols: 4 }, description: "Chỉ Tiêu: tiêu đề", warningOnly: true },
    ]);
    const s = fake.spreadsheet.sheet("S");
    expect(s.validations.get("1,1")).toMatchObject({ criteria: { kind: "list", values: ["Tăng", "Giảm"] }, allowInvalid: false, helpText: "Chọn" });
    expect(s.validations.has("3,1")).toBe(false);
    expect(s.protections.map((p) => [p.description, p.range?.getA1Notation()])).toEqual([["Chỉ Tiêu: tiêu đề", "A1:D1"]]);
  });
});

describe("composeRectangles", () => {
  test("scattered writes of one kind become one rectangle, gaps keep what was read", () => {
    const ops: PatchOp[] = [
      { op: "setFills", sheet: "S", row: 3, col: 2, fills: [["#F4CCCC"]] },
      { op: "setFills", sheet: "S", row: 40, col: 7, fills: [["#FFF2CC"]] },
      { op: "setNotes", sheet: "S", row: 3, col: 2, notes: [["a"]] },
      { op: "setNotes", sheet: "S", row: 5, col: 4, notes: [["b"]] },
    ];
    const out = composeRectangles("S", ops, {
      value: () => undefined,
      note: (r, c) => (r === 4 && c === 3 ? "của tôi" : null),
      fill: (r) => (r === 10 ? "#EEEEEE" : null),
    });
    expect(out.map((o) => o.op)).toEqual(["setNotes", "setFills"]);
    const fills = out[1];
    if (fills.op !== "setFills") throw new Error();
    expect([fills.row, fills.col, fills.fills.length, fills.fills[0].length]).toEqual([3, 2, 38, 6]);
    expect(fills.fills[7][0]).toBe("#EEEEEE");
    const notes = out[0];
    if (notes.op !== "setNotes") throw new Error();
    expect(notes.notes).toEqual([
      ["a", null, null],
      [null, "của tôi", null],
      [null, null, "b"],
    ]);
  });

  test("values it cannot fill are left as separate writes", () => {
    const ops: PatchOp[] = [
      { op: "setValues", sheet: "S", row: 0, col: 0, values: [[1]] },
      { op: "setValues", sheet: "S", row: 0, col: 5, values: [[2]] },
    ];
    expect(composeRectangles("S", ops, { value: () => undefined, note: () => undefined, fill: () => null })).toEqual(ops);
  });
});
