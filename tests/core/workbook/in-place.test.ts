import { MemoryWorkbook, type PatchOp } from "../../../core/patch";
import { SHEETS } from "../../../core/layout";
import { checkWorkbook, computeStatuses, openTrackingWorkbook, trackInPlace, type TrackingWorkbook } from "../../../core/workbook";
import { dongThapSheet, haiDuongSheet } from "../recognize/seed-grids";

function pasted(name: string, grid: (string | number | null | boolean | Date)[][]): MemoryWorkbook {
  const book = new MemoryWorkbook();
  const width = Math.max(...grid.map((r) => r.length));
  const values = grid.map((r) => Array.from({ length: width }, (_, c) => (r[c] instanceof Date ? null : (r[c] ?? null)) as string | number | null));
  const ops: PatchOp[] = [
    { op: "addSheet", sheet: name, replace: true, hidden: false },
    { op: "setValues", sheet: name, row: 0, col: 0, values },
  ];
  book.applyPatch(ops);
  return book;
}

const open = (book: MemoryWorkbook): TrackingWorkbook => {
  const { workbook, error } = openTrackingWorkbook((n) => (book.sheetNames().includes(n) ? book.contents(n) : null));
  expect(error).toBeNull();
  return workbook as TrackingWorkbook;
};

const DT_TITLE = "Kế hoạch triển khai thực hiện Nghị quyết số 68/NQ-CP";
const HD_TITLE = "Kế hoạch thực hiện Quyết định số 1983/QĐ-TTg";

describe("trackInPlace: the user's pasted table becomes the tracking sheet", () => {
  it("adds tracking columns right of both Đồng Tháp appendices on one sheet and records the mapping", () => {
    const { grid, merges } = dongThapSheet();
    const book = pasted("Phụ lục", grid);
    const width = Math.max(...grid.map((r) => r.length));
    const result = trackInPlace("Phụ lục", grid, merges, { identity: { title: DT_TITLE }, sheetCount: 1 });
    expect(result.error).toBeNull();
    book.applyPatch(result.patch);
    expect(book.sheetNames()).toEqual(expect.arrayContaining(["Phụ lục", SHEETS.agencies, SHEETS.summary, SHEETS.log, SHEETS.meta]));
    // The user's cells are untouched: their own columns are where they were.
    expect(book.cell("Phụ lục", 0, 0)).toEqual(grid[0][0] ?? null);
    const wb = open(book);
    expect(wb.meta.indicatorLayout.sheet).toBe("Phụ lục");
    expect(Math.min(...wb.meta.indicatorLayout.columns.filter((c) => !["code", "name", "unit", "lead", "partners"].includes(c.key) && !c.key.startsWith("target:")).map((c) => c.col))).toBeGreaterThanOrEqual(7);
    expect(wb.plan.indicators).toHaveLength(105);
    expect(wb.plan.tasks).toHaveLength(64);
    // Indicator records stop where the task table begins.
    expect(wb.indicatorRecords.every((r) => r.row <= (wb.meta.indicatorLayout.lastDataRow ?? Infinity))).toBe(true);
    expect(wb.indicatorRecords.filter((r) => r.rowId !== null)).toHaveLength(105);
    expect(width).toBeGreaterThan(0);

    // Merged and "same as above" agency cells stay empty on the sheet, yet the rows keep them.
    const ind = (id: string) => wb.plan.indicators.find((i) => i.id === id)!;
    expect(ind("2.3").lead.ids).toEqual(["so-ldtbxh", "cuc-thong-ke"]);
    expect(ind("3.4").lead.ids).toEqual(["so-ldtbxh"]);
    expect(ind("6.13").lead.ids).toEqual(["so-gddt"]);
    const task = (id: string) => wb.plan.tasks.find((t) => t.id === id)!;
    expect(task("III.3").lead.ids).toEqual(task("III.1").lead.ids);
    expect(task("III.3").timeframe.timeframe.kind).not.toBe("unknown");

    // Type a value for 2.1 in the new actual column and get a status.
    const row = wb.indicatorRecords.find((r) => r.rowId === "2.1")!.row;
    const col = wb.meta.indicatorLayout.columns.find((c) => c.key === "actual:2026")!.col;
    book.applyPatch([{ op: "setValues", sheet: "Phụ lục", row, col, values: [[2.8]] }]);
    const statuses = computeStatuses(open(book), { asOf: 2026 });
    expect(statuses.current.find((s) => s.indicatorId === "2.1")?.status).toBe("achieved");
    expect(checkWorkbook(open(book), { asOf: 2026 }).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("tracks the Hải Dương task table in place", () => {
    const { grid, merges } = haiDuongSheet();
    const book = pasted("Sheet1", grid);
    const result = trackInPlace("Sheet1", grid, merges, { identity: { title: HD_TITLE, issuer: "Ủy ban nhân dân tỉnh Hải Dương" } });
    expect(result.error).toBeNull();
    book.applyPatch(result.patch);
    const wb = open(book);
    expect(wb.plan.tasks).toHaveLength(35);
    expect(wb.meta.indicatorLayout.columns).toEqual([]);
    expect(wb.taskRecords.filter((r) => r.rowId !== null)).toHaveLength(35);
  });

  it("says clearly when there is no table", () => {
    const result = trackInPlace("Trống", [["Xin chào"], ["không có bảng"]], []);
    expect(result.error?.code).toBe("ui.import.noTable");
    expect(result.patch).toEqual([]);
  });
});

describe("trackInPlace: a table with no target column", () => {
  it("keeps the targets read from the indicators' text in a column of their own, to be confirmed", () => {
    const grid = [
      ["PHỤ LỤC"],
      ["CÁC CHỈ TIÊU ĐẾN NĂM 2030"],
      ["(Kèm theo Kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND tỉnh Quảng Trị)"],
      ["TT", "Chỉ tiêu", "Cơ quan chủ trì"],
      ["1", "Tỷ lệ xã đạt chuẩn nông thôn mới đạt 60%", "Sở Nông nghiệp và Môi trường"],
      ["2", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 10%", "Sở Y tế"],
    ];
    const result = trackInPlace("PL", grid, [], { identity: { title: "Kế hoạch phát triển nông thôn" } });
    expect(result.error).toBeNull();
    expect(result.identity).toMatchObject({ number: "45/KH-UBND", issuedOn: "2024-03-12", province: "Quảng Trị" });
    expect(result.findings.filter((f) => f.code === "recognize.targetFromText")).toHaveLength(2);
    const book = pasted("PL", grid);
    book.applyPatch(result.patch);
    const wb = open(book);
    expect(wb.plan.indicators.map((i) => [i.code, i.targets["2030"]?.parsed.kind, i.targets["2030"]?.parsed.hi])).toEqual([
      ["1", "exact", 60],
      ["2", "max", 10],
    ]);
  });
});

describe("trackInPlace: bodies the registry does not know", () => {
  it("lists them in the Đơn vị sheet as written, not yet confirmed, with the closest known name", () => {
    const grid = [
      ["(Kèm theo Kế hoạch số 12/KH-UBND ngày 02/01/2025 của UBND tỉnh Quảng Trị)"],
      ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
      ["1", "Xây dựng kho dữ liệu", "Trung tâm Chuyển đổi số tỉnh", "Sở Y tê", "Quý IV/2025"],
    ];
    const result = trackInPlace("PL", grid, [], { identity: { title: "Kế hoạch chuyển đổi số" } });
    expect(result.error).toBeNull();
    const book = pasted("PL", grid);
    book.applyPatch(result.patch);
    const names = Array.from({ length: 10 }, (_, r) => [book.cell(SHEETS.agencies, r, 1), book.cell(SHEETS.agencies, r, 7)]);
    const tt = names.find(([n]) => n === "Trung tâm Chuyển đổi số tỉnh");
    expect(tt?.[1]).toMatch(/^Chưa xác nhận/);
    const typo = names.find(([n]) => n === "Sở Y tê");
    expect(typo?.[1]).toContain("“Sở Y tế”");
    // Never dropped, never replaced: the task keeps both as written.
    const task = open(book).plan.tasks[0];
    expect(task.lead.unknown).toEqual(["Trung tâm Chuyển đổi số tỉnh"]);
    expect(task.partners.unknown).toEqual(["Sở Y tê"]);
  });
});
