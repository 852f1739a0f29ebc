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
