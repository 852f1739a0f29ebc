import { MemoryWorkbook, PatchSchema, SheetCanvas, type ChartSpec, type PatchOp } from "../../../core/patch";

const chart = (id: string): ChartSpec => ({
  id,
  kind: "stackedBar",
  title: "Tình trạng theo lĩnh vực",
  dataRange: { row: 0, col: 0, rows: 3, cols: 2 },
  anchor: { row: 0, col: 4 },
  width: 480,
  height: 300,
  seriesInColumns: true,
  seriesColors: ["#34A853", null],
});

/** One op of every kind, in an order that exercises each one. */
const everyKind: PatchOp[] = [
  { op: "addSheet", sheet: "Dữ liệu", replace: false, hidden: false },
  { op: "addSheet", sheet: "_meta", replace: false, hidden: true, index: 0 },
  { op: "setValues", sheet: "Dữ liệu", row: 0, col: 0, values: [["TT", "Chỉ tiêu"], ["2.1", "=không phải công thức"]] },
  { op: "setFormulas", sheet: "Dữ liệu", row: 2, col: 1, formulas: [["=COUNTA(B1:B2)"]] },
  { op: "setFills", sheet: "Dữ liệu", row: 0, col: 0, fills: [["#EEEEEE", "#EEEEEE"]] },
  { op: "setNotes", sheet: "Dữ liệu", row: 1, col: 1, notes: [["Ghi chú"]] },
  { op: "setNumberFormats", sheet: "Dữ liệu", row: 1, col: 0, formats: [["@"]] },
  { op: "setFontStyles", sheet: "Dữ liệu", row: 0, col: 0, styles: [[{ bold: true, italic: false, color: "#000000" }, null]] },
  { op: "setWrap", sheet: "Dữ liệu", range: { row: 1, col: 1, rows: 1, cols: 1 }, wrap: true },
  { op: "setRowHeights", sheet: "Dữ liệu", row: 1, heights: [42] },
  { op: "mergeCells", sheet: "Dữ liệu", ranges: [{ row: 5, col: 0, rows: 1, cols: 3 }] },
  { op: "freeze", sheet: "Dữ liệu", rows: 1, cols: 2 },
  { op: "setColumnWidths", sheet: "Dữ liệu", col: 1, widths: [320, 90] },
  {
    op: "setValidation",
    sheet: "Dữ liệu",
    range: { row: 1, col: 3, rows: 2, cols: 1 },
    rule: { kind: "number", min: 0, max: 100, allowBlank: true },
    help: { vi: "Nhập số từ 0 đến 100.", en: "Enter a number from 0 to 100." },
  },
  {
    op: "setConditionalFormats",
    sheet: "Dữ liệu",
    range: { row: 1, col: 4, rows: 10, cols: 1 },
    rules: [{ kind: "textEquals", text: "Đạt", fill: "#34A853", fontColor: "#FFFFFF" }],
  },
  {
    op: "protectRange",
    sheet: "Dữ liệu",
    range: { row: 0, col: 0, rows: 1, cols: 5 },
    description: "Tiêu đề",
    editors: ["dieuphoi@example.gov.vn"],
    warningOnly: false,
  },
  {
    op: "protectSheet",
    sheet: "_meta",
    description: "Khóa",
    warningOnly: true,
    unprotected: [{ row: 0, col: 0, rows: 1, cols: 1 }],
  },
  { op: "addChart", sheet: "Dữ liệu", chart: chart("c1") },
  { op: "addSheet", sheet: "Nháp", replace: false, hidden: false },
  { op: "addChart", sheet: "Nháp", chart: chart("c2") },
  { op: "removeCharts", sheet: "Nháp" },
  { op: "clearSheet", sheet: "Nháp" },
  { op: "removeProtections", sheet: "_meta" },
  { op: "deleteSheet", sheet: "Nháp" },
];

describe("MemoryWorkbook", () => {
  it("applies one op of every kind faithfully and counts them", () => {
    const wb = new MemoryWorkbook(["Sheet1"]).applyPatch(everyKind);
    expect(wb.sheetNames()).toEqual(["_meta", "Sheet1", "Dữ liệu"]);
    expect(wb.sheet("_meta").hidden).toBe(true);
    expect(wb.sheet("_meta").protections).toEqual([]);

    const range = { row: 0, col: 0, rows: 3, cols: 2 };
    expect(wb.read("Dữ liệu", range)).toEqual([
      ["TT", "Chỉ tiêu"],
      ["2.1", "=không phải công thức"],
      [null, null],
    ]);
    expect(wb.readFormulas("Dữ liệu", range)).toEqual([
      [null, null],
      [null, null],
      [null, "=COUNTA(B1:B2)"],
    ]);
    expect(wb.readFills("Dữ liệu", { row: 0, col: 0, rows: 1, cols: 3 })).toEqual([["#EEEEEE", "#EEEEEE", null]]);
    expect(wb.readNotes("Dữ liệu", { row: 1, col: 1, rows: 1, cols: 1 })).toEqual([["Ghi chú"]]);
    expect(wb.readFormats("Dữ liệu", { row: 1, col: 0, rows: 1, cols: 1 })).toEqual([["@"]]);
    expect(wb.readFontStyles("Dữ liệu", { row: 0, col: 0, rows: 1, cols: 2 })).toEqual([
      [{ bold: true, italic: false, color: "#000000" }, null],
    ]);
    const s = wb.sheet("Dữ liệu");
    expect(s.wraps.get("1,1")).toBe(true);
    expect(s.rowHeights.get(1)).toBe(42);
    expect(s.merges).toEqual([{ row: 5, col: 0, rows: 1, cols: 3 }]);
    expect(s.frozen).toEqual({ rows: 1, cols: 2 });
    expect([s.columnWidths.get(1), s.columnWidths.get(2)]).toEqual([320, 90]);
    expect(wb.validationAt("Dữ liệu", 2, 3)?.rule).toEqual({ kind: "number", min: 0, max: 100, allowBlank: true });
    expect(wb.validationAt("Dữ liệu", 3, 3)).toBeNull();
    expect(s.conditionalFormats).toHaveLength(1);
    expect(s.protections.map((p) => [p.description, p.editors])).toEqual([["Tiêu đề", ["dieuphoi@example.gov.vn"]]]);
    expect(s.charts.map((c) => c.id)).toEqual(["c1"]);
    // Per-cell writes grow the grid (the merge reaches row 6, the validation column D);
    // range-level rules (conditional formats, protections) do not.
    expect(wb.usedRange("Dữ liệu")).toEqual({ row: 0, col: 0, rows: 6, cols: 4 });

    expect(wb.opTotal).toBe(everyKind.length);
    expect(wb.opCounts.addSheet).toBe(3);
    expect(wb.opCounts.addChart).toBe(2);
    expect(wb.opCounts.deleteSheet).toBe(1);
  });

  it("round-trips every op through JSON and PatchSchema", () => {
    const back = PatchSchema.parse(JSON.parse(JSON.stringify(everyKind)));
    expect(back).toEqual(everyKind);
    const a = new MemoryWorkbook().applyPatch(everyKind);
    const b = new MemoryWorkbook().applyPatch(back);
    expect(b.contents("Dữ liệu")).toEqual(a.contents("Dữ liệu"));
  });

  it("keeps dates as dates through JSON", () => {
    const ops: PatchOp[] = [
      { op: "addSheet", sheet: "S", replace: true, hidden: false },
      { op: "setValues", sheet: "S", row: 0, col: 0, values: [[{ date: "2025-11-15" }]] },
    ];
    const wb = new MemoryWorkbook().applyPatch(PatchSchema.parse(JSON.parse(JSON.stringify(ops))));
    expect(wb.cell("S", 0, 0)).toEqual(new Date(Date.UTC(2025, 10, 15)));
  });

  it("keeps formula-like text as text, while unescaped typed input would become a formula", () => {
    const texts = ["=1+1", "+84 912 345 678", "-", "- 5", "@all", "'đã trích dẫn", "=HYPERLINK(\"http://x\")"];
    const wb = new MemoryWorkbook(["S"]).applyPatch([
      { op: "setValues", sheet: "S", row: 0, col: 0, values: texts.map((t) => [t]) },
    ]);
    expect(wb.read("S").map((r) => r[0])).toEqual(texts);
    expect(wb.readFormulas("S", { row: 0, col: 0, rows: texts.length, cols: 1 }).flat().every((f) => f === null)).toBe(true);
    // What the escape prevents: the same text typed raw into a host.
    wb.sheet("S").enter(10, 0, "=1+1");
    expect(wb.readFormulas("S", { row: 10, col: 0, rows: 1, cols: 1 })).toEqual([["=1+1"]]);
  });

  it("replacing a sheet removes its charts and cells; keeping it changes nothing but visibility", () => {
    const wb = new MemoryWorkbook(["A", "B", "C"]).applyPatch([
      { op: "setValues", sheet: "B", row: 0, col: 0, values: [["x"]] },
      { op: "addChart", sheet: "B", chart: chart("c1") },
      { op: "addSheet", sheet: "B", replace: false, hidden: true },
    ]);
    expect(wb.sheet("B").charts).toHaveLength(1);
    expect(wb.cell("B", 0, 0)).toBe("x");
    expect(wb.sheet("B").hidden).toBe(true);
    wb.applyPatch([{ op: "addSheet", sheet: "B", replace: true, hidden: false }]);
    expect(wb.sheetNames()).toEqual(["A", "B", "C"]); // same position
    expect(wb.sheet("B").charts).toEqual([]);
    expect(wb.read("B")).toEqual([]);
    expect(wb.sheet("B").hidden).toBe(false);
  });

  it("has replace semantics for validation, conditional formats, protections, charts and merges", () => {
    const r = { row: 0, col: 0, rows: 5, cols: 1 };
    const wb = new MemoryWorkbook(["S"]).applyPatch([
      { op: "setValidation", sheet: "S", range: r, rule: { kind: "list", values: ["Đạt", "Chưa đạt"], strict: true } },
      { op: "setValidation", sheet: "S", range: { row: 2, col: 0, rows: 1, cols: 1 }, rule: { kind: "none" } },
      { op: "setConditionalFormats", sheet: "S", range: r, rules: [{ kind: "textEquals", text: "Đạt", fill: "#00FF00" }] },
      { op: "setConditionalFormats", sheet: "S", range: r, rules: [{ kind: "textEquals", text: "Vượt", fill: "#0000FF" }] },
      { op: "protectRange", sheet: "S", range: r, description: "Sở Y tế", warningOnly: false },
      { op: "protectRange", sheet: "S", range: { ...r, col: 1 }, description: "Sở Y tế", warningOnly: true },
      { op: "addChart", sheet: "S", chart: chart("c") },
      { op: "addChart", sheet: "S", chart: { ...chart("c"), title: "Mới" } },
      { op: "mergeCells", sheet: "S", ranges: [{ row: 0, col: 0, rows: 1, cols: 3 }] },
      { op: "mergeCells", sheet: "S", ranges: [{ row: 0, col: 2, rows: 2, cols: 2 }] },
    ]);
    const s = wb.sheet("S");
    expect(wb.validationAt("S", 1, 0)?.rule.kind).toBe("list");
    expect(wb.validationAt("S", 2, 0)).toBeNull();
    expect(s.conditionalFormats).toEqual([{ range: r, rules: [{ kind: "textEquals", text: "Vượt", fill: "#0000FF" }] }]);
    expect(s.protections).toEqual([
      { range: { ...r, col: 1 }, description: "Sở Y tế", editors: [], warningOnly: true, unprotected: [] },
    ]);
    expect(s.charts.map((c) => c.title)).toEqual(["Mới"]);
    expect(s.merges).toEqual([{ row: 0, col: 2, rows: 2, cols: 2 }]);
    wb.applyPatch([{ op: "setConditionalFormats", sheet: "S", range: r, rules: [] }]);
    expect(s.conditionalFormats).toEqual([]);
  });

  it("clears cells but keeps charts on clearSheet, and null writes clear cells", () => {
    const wb = new MemoryWorkbook(["S"]).applyPatch([
      { op: "setValues", sheet: "S", row: 0, col: 0, values: [[1, 2]] },
      { op: "setFills", sheet: "S", row: 0, col: 0, fills: [["#FF0000", "#FF0000"]] },
      { op: "setValues", sheet: "S", row: 0, col: 1, values: [[null]] },
      { op: "setFills", sheet: "S", row: 0, col: 1, fills: [[null]] },
    ]);
    expect(wb.read("S")).toEqual([[1, null]]);
    expect(wb.readFills("S", { row: 0, col: 0, rows: 1, cols: 2 })).toEqual([["#FF0000", null]]);
    wb.applyPatch([{ op: "addChart", sheet: "S", chart: chart("c") }, { op: "clearSheet", sheet: "S" }]);
    expect(wb.cell("S", 0, 0)).toBeNull();
    expect(wb.sheet("S").charts).toHaveLength(1);
  });

  it("rejects ops on missing sheets and malformed ops", () => {
    const wb = new MemoryWorkbook(["S"]);
    expect(() => wb.applyPatch([{ op: "freeze", sheet: "Không có", rows: 1, cols: 0 }])).toThrow(/Không có/);
    expect(() =>
      wb.applyPatch([{ op: "setValues", sheet: "S", row: 0, col: 0, values: [[1, 2], [3]] }]),
    ).toThrow(/rectangle/);
    expect(() => wb.applyPatch([{ op: "setFills", sheet: "S", row: 0, col: 0, fills: [["red"]] }])).toThrow();
    expect(() => wb.applyPatch([{ op: "setFormulas", sheet: "S", row: 0, col: 0, formulas: [["1+1"]] }])).toThrow();
    expect(() => wb.applyPatch([{ op: "deleteSheet", sheet: "Không có" }])).not.toThrow();
  });

  it("SheetCanvas lays out a sheet in one op per property", () => {
    const canvas = new SheetCanvas("S")
      .rowValues(0, 0, ["Mã", "Tên"])
      .font(0, 0, { bold: true })
      .font(0, 1, { bold: true })
      .value(2, 1, "=text")
      .formula(3, 1, "=COUNTA(B1:B3)")
      .formula(4, 1, "=1")
      .fill(2, 0, "#FFD666")
      .format(3, 1, "0");
    const ops = canvas.toOps();
    // Formats before values: text-formatted cells keep "7.10" as text in hosts that read typed input.
    expect(ops.map((o) => o.op)).toEqual(["setNumberFormats", "setValues", "setFormulas", "setFills", "setFontStyles"]);
    expect(canvas.height).toBe(5);
    const wb = new MemoryWorkbook(["S"]).applyPatch(ops);
    expect(wb.contents("S")).toEqual([
      ["Mã", "Tên"],
      [null, null],
      [null, "=text"],
      [null, "=COUNTA(B1:B3)"],
      [null, "=1"],
    ]);
    expect(wb.readFormulas("S", { row: 2, col: 1, rows: 1, cols: 1 })).toEqual([[null]]);
  });
});
