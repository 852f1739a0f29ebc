import {
  buildMeta,
  columnOf,
  metaPatch,
  planFromWorkbook,
  planLayouts,
  readIndicatorRecords,
  readMeta,
  reportsFromRecords,
  ROW_MARKS,
  SHEETS,
  trackingColumnsPatch,
  rowIdsFromRecognized,
  userColumnsFromMappings,
  type IndicatorColumnKey,
} from "../../../core/layout";
import type { Cell } from "../../../core/grid";
import { MemoryWorkbook } from "../../../core/patch";
import type { ColumnMapping, RecognizedTable } from "../../../core/recognize";
import { ALL, smallPlan } from "./fixture";

const plan = smallPlan();
const SHEET = "Phụ lục I";

/** The appendix as a user pasted it: a title in A1, the table from column C, header on row 7. */
const TABLE: Cell[][] = [
  ["TT", "Chỉ tiêu", "Đơn vị", "Đến năm 2025", "Đến năm 2030", "Chủ trì", "Phối hợp"],
  ["1.", "Ưu đãi người có công với cách mạng", null, null, null, null, null],
  [null, plan.indicators[0].name, "%", "100", "100", "Sở Lao động - Thương binh và Xã hội", ALL],
  ["2.", "Nhà ở, việc làm", null, null, null, "Sở Lao động - Thương binh và Xã hội", null],
  ["2.1", "Tỷ lệ thất nghiệp", "%", "<3", "<3", "Sở Lao động - TBXH", ALL],
  ["2.2", "Số căn nhà ở xã hội hoàn thành", "Căn", "-", "6.100", "Sở Xây dựng", ALL],
  [null, "Thành thị", "Căn", "-", "4.000", "Sở Xây dựng", ALL],
  ["2.3", plan.indicators[4].name, "Mức độ", "Giải quyết cơ bản", "Xóa bỏ hoàn toàn", "Sở Xây dựng", ALL],
];
const ROW_IDS = [ROW_MARKS.area, "1/1", ROW_MARKS.area, "2.1", "2.2", "2.2/1", "2.3"];
const USER_COLUMNS = [
  { key: "code", col: 2 },
  { key: "name", col: 3 },
  { key: "unit", col: 4 },
  { key: "target:2025", col: 5 },
  { key: "target:2030", col: 6 },
  { key: "lead", col: 7 },
  { key: "partners", col: 8 },
] as const;

function userSheet(): MemoryWorkbook {
  const wb = new MemoryWorkbook([SHEET]);
  const s = wb.sheet(SHEET);
  s.enter(0, 0, "PHỤ LỤC I. CÁC CHỈ TIÊU CHỦ YẾU");
  TABLE.forEach((line, i) => line.forEach((v, j) => s.enter(6 + i, 2 + j, v)));
  return wb;
}

describe("trackingColumnsPatch: a table recognised in place", () => {
  const wb = userSheet();
  const before = wb.read(SHEET, { row: 0, col: 0, rows: 14, cols: 9 });
  const { patch, layout } = trackingColumnsPatch(SHEET, 6, 7, 13, [...USER_COLUMNS], "indicators", plan, ROW_IDS);
  wb.applyPatch(patch);
  const col = (key: IndicatorColumnKey) => columnOf(layout, key) as number;

  it("adds the tracking columns right of the user's last column and points the layout at their own columns", () => {
    expect(layout).toMatchObject({ kind: "indicators", sheet: SHEET, headerRow: 6, firstDataRow: 7 });
    expect(USER_COLUMNS.map((c) => [c.key, columnOf(layout, c.key)])).toEqual(USER_COLUMNS.map((c) => [c.key, c.col]));
    expect(layout.columns.filter((c) => c.col <= 8).every((c) => c.structural)).toBe(true);
    expect(layout.columns.filter((c) => c.col > 8).map((c) => c.key)).toEqual([
      "direction", "baselineYear", "baselineValue", "actual:2024", "actual:2025", "actual:2026", "actual:2027",
      "actual:2028", "actual:2029", "actual:2030", "assessment", "status:2025", "status:2030", "progress", "note", "rowId",
    ]);
    expect(col("direction")).toBe(9);
  });

  it("leaves the user's own cells untouched", () => {
    expect(wb.read(SHEET, { row: 0, col: 0, rows: 14, cols: 9 })).toEqual(before);
  });

  it("writes one-row headers, row ids and the plan's directions for confirmation", () => {
    expect(wb.cell(SHEET, 6, col("direction"))).toBe("Chiều");
    expect(wb.cell(SHEET, 6, col("actual:2024"))).toBe("Thực hiện năm 2024");
    expect(wb.cell(SHEET, 6, col("status:2030"))).toBe("Trạng thái mốc 2030");
    expect(wb.cell(SHEET, 6, col("baselineValue"))).toBe("Giá trị gốc");
    expect([7, 8, 9, 10, 11, 12, 13].map((r) => wb.cell(SHEET, r, col("rowId")))).toEqual(ROW_IDS);
    expect(wb.cell(SHEET, 10, col("direction"))).toBe("Giảm");
    expect(wb.cell(SHEET, 9, col("direction"))).toBeNull(); // area row
    expect(wb.cell(SHEET, 5, col("direction"))).toBeNull(); // above the table
  });

  it("adds validations, status colours and protections on the new columns", () => {
    expect(wb.validationAt(SHEET, 10, col("direction"))?.rule).toMatchObject({ kind: "list", values: ["Tăng", "Giảm", "Không"] });
    expect(wb.validationAt(SHEET, 9, col("direction"))).toBeNull();
    expect(wb.validationAt(SHEET, 13, col("actual:2030"))?.rule).toEqual({ kind: "number", allowBlank: true });
    expect(wb.validationAt(SHEET, 6, col("actual:2030"))).toBeNull(); // header row
    const cf = wb.sheet(SHEET).conditionalFormats;
    expect(cf.map((c) => c.range)).toEqual([{ row: 7, col: col("status:2025"), rows: 7, cols: 2 }]);
    const prot = wb.sheet(SHEET).protections;
    const user = prot.find((p) => p.range?.col === 2);
    expect(user).toMatchObject({ range: { row: 7, col: 2, rows: 7, cols: 7 }, warningOnly: true });
    const computed = prot.find((p) => p.range?.col === col("status:2025"));
    expect(computed).toMatchObject({ range: { cols: 3 }, warningOnly: false });
    expect(prot.find((p) => p.range?.col === col("rowId"))).toMatchObject({ warningOnly: false });
    expect(wb.sheet(SHEET).frozen).toEqual({ rows: 0, cols: 0 }); // the user's sheet keeps its own freeze
  });

  it("records the mapping in the document and reads the plan and reports back from the user's table", () => {
    const meta = buildMeta(plan, { indicators: layout, tasks: planLayouts(plan).tasks });
    wb.applyPatch(metaPatch(meta));
    const stored = readMeta(wb.read(SHEETS.meta));
    expect(stored.error).toBeNull();
    expect(stored.meta?.indicatorLayout).toEqual(layout);
    wb.sheet(SHEET).enter(10, col("actual:2025"), "2,8");
    const records = readIndicatorRecords(wb.read(SHEET), stored.meta!.indicatorLayout);
    const { plan: rebuilt, findings } = planFromWorkbook(stored.meta!, records, []);
    expect(rebuilt.areas).toEqual(plan.areas);
    expect(rebuilt.indicators).toEqual(plan.indicators);
    // No task sheet yet: the fingerprint says the structure differs (the tasks are missing).
    expect(findings.map((f) => f.code)).toEqual(["layout.structure.changed"]);
    const { observations } = reportsFromRecords(rebuilt, records, []);
    expect(observations).toEqual([expect.objectContaining({ indicatorId: "2.1", year: 2025, value: 2.8 })]);
  });
});

describe("userColumnsFromMappings and rowIdsFromRecognized", () => {
  const mappings: ColumnMapping[] = [
    { col: 2, role: "code", year: null, header: "TT" },
    { col: 3, role: "name", year: null, header: "Chỉ tiêu" },
    { col: 4, role: "unit", year: null, header: "Đơn vị" },
    { col: 5, role: "target", year: 2025, header: "Đến năm 2025" },
    { col: 6, role: "target", year: null, header: "Mục tiêu" },
    { col: 7, role: "lead", year: null, header: "Chủ trì" },
    { col: 8, role: "partners", year: null, header: "Phối hợp" },
    { col: 9, role: "ignored", year: null, header: "Ghi chú của Sở" },
  ];

  it("maps roles to keys, gives a yearless target the next milestone, and keeps ignored columns in the table", () => {
    const { userColumns, lastCol } = userColumnsFromMappings(mappings, "indicators", [2025, 2030]);
    expect(userColumns).toEqual([...USER_COLUMNS]);
    expect(lastCol).toBe(9);
    const { layout } = trackingColumnsPatch(SHEET, 6, 7, 13, userColumns, "indicators", plan, ROW_IDS, { lastCol });
    expect(columnOf(layout, "direction")).toBe(10);
  });

  it("maps a task table's name column to the task text", () => {
    const { userColumns } = userColumnsFromMappings(
      [
        { col: 0, role: "code", year: null, header: "TT" },
        { col: 1, role: "name", year: null, header: "Nhiệm vụ" },
        { col: 2, role: "timeframe", year: null, header: "Thời gian" },
      ],
      "tasks",
      [2025],
    );
    expect(userColumns).toEqual([
      { key: "code", col: 0 },
      { key: "text", col: 1 },
      { key: "timeframe", col: 2 },
    ]);
  });

  it("gives group rows their markers and plan rows their ids", () => {
    const table: RecognizedTable = {
      kind: "indicators",
      headerRows: [6],
      firstRow: 7,
      lastRow: 10,
      columns: mappings,
      milestoneYears: [2025, 2030],
      areas: [],
      sections: [],
      indicators: [],
      tasks: [],
      rows: [
        { row: 7, kind: "area", id: null },
        { row: 8, kind: "indicator", id: "1/1" },
        { row: 9, kind: "blank", id: null },
        { row: 10, kind: "subrow", id: "1/1/1" },
      ],
      findings: [],
    };
    expect(rowIdsFromRecognized(table)).toEqual(["§area", "1/1", null, "1/1/1"]);
  });
});
