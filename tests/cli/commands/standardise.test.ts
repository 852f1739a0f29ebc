import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { SHEETS } from "../../../core/layout";
import { run } from "../helpers";

const NOW = Date.UTC(2026, 10, 25, 3);

describe("chitieu standardise", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-std-"));
  const xlsx = path.join(dir, "mau.xlsx");
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    expect((await run(["sample", "-o", xlsx], "", dir, NOW)).code).toBe(0);
  }, 120_000);

  test("turns the numbers typed as text into numbers, logs them, lists what it left, and re-marks", async () => {
    const r = await run(["standardise", xlsx, "-o", "chuan.xlsx"], "", dir, NOW);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Đã chuyển \d+ ô số nhập dạng chữ thành số \(ghi vào «Nhật ký»\); giữ nguyên 3 ô/);
    expect(r.out).toContain("Chỉ tiêu!M95: “1,234” có hai cách hiểu");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "chuan.xlsx"));
    const ind = wb.getWorksheet(SHEETS.indicators)!;
    expect(ind.getCell("M95").value).toBe("1,234");
    expect(ind.getCell("K7").value).toBe(2.45);
    expect(ind.getCell("K7").numFmt).toBe("[$-42A]#,##0.00");
    const log = wb.getWorksheet(SHEETS.log)!;
    const logged: unknown[][] = [];
    log.eachRow((row, r) => {
      if (r > 1) logged.push((row.values as unknown[]).slice(1));
    });
    // time, who, sheet, row, column, old, new, why
    expect(logged).toContainEqual([expect.any(String), expect.stringMatching(/^Chỉ Tiêu \(chuẩn hóa số liệu\)/), SHEETS.indicators, "2.1", "actual:2024", "2,45", 2.45, expect.stringContaining("«2,45»")]);
    // The row-id column stays hidden for people; the file reads as the same plan.
    const status = await run(["status", path.join(dir, "chuan.xlsx"), "--json"], "", dir, NOW);
    expect(status.code).toBe(0);
    // The input is untouched.
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(xlsx);
    expect(before.getWorksheet(SHEETS.indicators)!.getCell("K7").value).toBe("2,45");
  }, 120_000);

  test("a message, not a stack trace, for a missing output", async () => {
    const r = await run(["standardise", xlsx], "", dir, NOW);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/-o/);
  });
});
