import { MemoryWorkbook } from "../../../core/patch";
import { summaryJob } from "../../../core/workbook";
import { entryCell, sharedWorkbook } from "../../fixtures/shared-table";

const NOW = Date.UTC(2025, 10, 25, 3);

describe("summaryJob", () => {
  it("re-checks, judges with bad values held back, and writes marks, statuses and the summary; says the errors left", () => {
    const { book, open } = sharedWorkbook();
    const at = entryCell(open(), { sheet: "indicators", rowId: "2.3", key: "actual:2025", value: 140, why: "" });
    book.sheet(at.sheet).enter(at.row, at.col, 140);
    const wb = open();
    const outcome = summaryJob(wb, { now: NOW, notice: "Thử" }, (_, rows) => rows.map(() => []));
    expect(outcome.errors).toBe(outcome.check.errors);
    expect(outcome.errors.message.vi).toMatch(/^Còn 1 lỗi cần sửa: 'Chỉ tiêu'!L7\./);
    expect(outcome.patch).toEqual([...outcome.marks, ...outcome.sheet]);
    expect(outcome.sheet.every((op) => op.sheet === "Tổng hợp")).toBe(true);
    expect(outcome.summary.toCorrect.map((x) => x.cell)).toEqual(["L7"]);
    expect(outcome.overview.toCorrect).toBe(1);
    // Today is Viet Nam's day of the host's instant.
    expect(outcome.summary.today).toBe("2025-11-25");
    book.applyPatch(outcome.patch);
    expect(book.cell("Tổng hợp", 3, 0)).toBe("Thử Còn 1 ô số liệu có lỗi, chưa được dùng để đánh giá (xem mục IX).");
    expect(new MemoryWorkbook().applyPatch(outcome.sheet).sheet("Tổng hợp").charts).toHaveLength(2);
  });
});
