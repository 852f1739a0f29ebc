import type { Finding } from "../../../core/model";
import { errorReport, fullCheck } from "../../../core/workbook";
import { entryCell, sharedWorkbook } from "../../fixtures/shared-table";

const NOW = Date.UTC(2025, 10, 25, 3);

describe("fullCheck", () => {
  it("gives every finding, their marks on both sheets, the counts and the errors left, as one outcome", () => {
    const { book, open } = sharedWorkbook();
    for (const [sheet, rowId, key, value] of [
      ["indicators", "2.2", "actual:2025", "abc"],
      ["tasks", "II.1", "percent", 150],
    ] as const) {
      const at = entryCell(open(), { sheet, rowId, key, value, why: "" });
      book.sheet(at.sheet).enter(at.row, at.col, value);
    }
    const wb = open();
    const outcome = fullCheck(wb, { now: NOW }, (_, rows) => rows.map(() => []));
    expect(outcome.year).toBe(2025);
    expect(outcome.rows).toBe(wb.indicatorRecords.length + wb.taskRecords.length);
    expect(outcome.counts.error).toBe(2);
    expect(outcome.errors.cells).toEqual(["'Chỉ tiêu'!L6", "'Nhiệm vụ'!G8"]);
    expect(outcome.errors.message.vi).toBe(
      "Còn 2 lỗi cần sửa: 'Chỉ tiêu'!L6, 'Nhiệm vụ'!G8. Các giá trị có lỗi không được dùng để đánh giá (trạng thái “Số liệu cần sửa”).",
    );
    expect(outcome.errors.message.en).toBe(
      "2 error(s) remain: 'Chỉ tiêu'!L6, 'Nhiệm vụ'!G8. Values with errors are not used in any status (status “Data to correct”).",
    );
    expect(new Set(outcome.marks.map((op) => op.sheet))).toEqual(new Set(["Chỉ tiêu", "Nhiệm vụ"]));
  });
});

describe("errorReport", () => {
  const { open } = sharedWorkbook();
  const wb = open();
  const error = (row: number, column = "actual:2025", sheet = "Chỉ tiêu"): Finding => ({
    sheet,
    row,
    column,
    severity: "error",
    code: "x",
    message: { code: "x", vi: "", en: "" },
    suggestion: null,
  });

  it("none left", () => {
    expect(errorReport(wb, [{ ...error(5), severity: "warning" }]).message).toMatchObject({ vi: "Không còn lỗi nào cần sửa.", en: "No errors remain." });
  });

  it("names eight cells, then says how many more; a finding on a column the sheet lacks names its row", () => {
    const many = Array.from({ length: 11 }, (_, i) => error(3 + i));
    const r = errorReport(wb, many);
    expect(r.count).toBe(11);
    expect(r.message.vi).toContain("'Chỉ tiêu'!L4, 'Chỉ tiêu'!L5");
    expect(r.message.vi).toContain("'Chỉ tiêu'!L11 và 3 ô khác");
    expect(r.message.en).toContain("and 3 more cell(s)");
    expect(errorReport(wb, [error(4, "nothing")]).cells).toEqual(["'Chỉ tiêu'!5:5"]);
  });
});
