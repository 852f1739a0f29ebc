import { FINDING_MARK, layoutSpan, SHEETS } from "../../../core/layout";
import { liveEdit } from "../../../core/workbook";
import { entryCell, sharedWorkbook } from "../../fixtures/shared-table";

const NOW = Date.UTC(2025, 10, 25, 3);

describe("liveEdit: the job every host runs on an edit", () => {
  it("checks the edited rows, marks them, and writes their recomputed statuses", () => {
    const { book, open } = sharedWorkbook();
    const at = entryCell(open(), { sheet: "indicators", rowId: "2.5", key: "actual:2025", value: 105, why: "" });
    book.sheet(at.sheet).enter(at.row, at.col, 105);
    const outcome = liveEdit(open(), { kind: "indicators", rows: [at.row], grid: book.read(at.sheet), notes: [[]] }, { now: NOW });
    expect(outcome.rows).toEqual([at.row]);
    expect(outcome.findings.map((f) => [f.column, f.severity, f.code])).toEqual([["actual:2025", "error", "indicator.percent.outOfRange"]]);
    expect(outcome.statuses.indicators.map((s) => [s.indicatorId, s.milestone, s.status])).toEqual([
      ["2.5", 2025, "dataToCorrect"],
      ["2.5", 2030, "dataToCorrect"],
    ]);
    expect(outcome.statuses.tasks).toEqual([]);
    book.applyPatch(outcome.marks);
    expect(book.readNotes(SHEETS.indicators, { row: at.row, col: at.col, rows: 1, cols: 1 })[0][0]).toContain(FINDING_MARK);
    const statusCol = open().meta.indicatorLayout.columns.find((c) => c.key === "status:2025")!.col;
    expect(book.cell(SHEETS.indicators, at.row, statusCol)).toBe("Số liệu cần sửa");

    // Fixed: the mark goes (the host read it with the row's notes), the status is judged again.
    book.sheet(at.sheet).enter(at.row, at.col, 47);
    book.sheet(at.sheet).enter(at.row, at.col - 1, 45);
    const span = layoutSpan(open().meta.indicatorLayout);
    const notes = book.readNotes(SHEETS.indicators, { row: at.row, col: span.col, rows: 1, cols: span.cols });
    const fixed = liveEdit(open(), { kind: "indicators", rows: [at.row], grid: book.read(at.sheet), notes }, { now: NOW });
    expect(fixed.findings).toEqual([]);
    book.applyPatch(fixed.marks);
    expect(book.readNotes(SHEETS.indicators, { row: at.row, col: at.col, rows: 1, cols: 1 })[0][0] ?? null).toBeNull();
    expect(book.cell(SHEETS.indicators, at.row, statusCol)).toBe("Cần đẩy nhanh");
  });

  it("reads the rows from the host's grid, never from the workbook it was given, and leaves other rows alone", () => {
    const { book, open } = sharedWorkbook();
    const wb = open();
    const at = entryCell(wb, { sheet: "tasks", rowId: "II.1", key: "percent", value: 150, why: "" });
    // Typed after the workbook was opened: only the grid holds it.
    book.sheet(at.sheet).enter(at.row, at.col, 150);
    const outcome = liveEdit(wb, { kind: "tasks", rows: [at.row], grid: book.read(at.sheet), notes: [[]] }, { now: NOW });
    expect(outcome.findings.map((f) => f.code)).toEqual(["task.percent.outOfRange"]);
    expect(outcome.statuses.tasks.map((s) => [s.taskId, s.status])).toEqual([["II.1", "dataToCorrect"]]);
    const touched = outcome.marks.map((op) => ("row" in op ? [op.sheet, op.row] : [op.sheet]));
    expect(new Set(touched.map((t) => JSON.stringify(t)))).toEqual(new Set([JSON.stringify([at.sheet, at.row])]));
  });

  it("a row with content but no id is reported on that row (a plan problem a single row shows)", () => {
    const { book, open } = sharedWorkbook();
    const wb = open();
    const layout = wb.meta.indicatorLayout;
    const last = Math.max(...wb.indicatorRecords.map((r) => r.row)) + 1;
    const name = layout.columns.find((c) => c.key === "name")!.col;
    book.sheet(layout.sheet).enter(last, name, "Chỉ tiêu thêm tay");
    const outcome = liveEdit(wb, { kind: "indicators", rows: [last], grid: book.read(layout.sheet), notes: [[]] }, { now: NOW });
    expect(outcome.findings.map((f) => [f.row, f.code])).toEqual([[last, "layout.row.noId"]]);
  });
});
