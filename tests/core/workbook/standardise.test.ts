import fc from "fast-check";
import { LOG_COLUMNS, SHEETS } from "../../../core/layout";
import { parseNumber } from "../../../core/parse";
import { MemoryWorkbook } from "../../../core/patch";
import { openTrackingWorkbook, standardiseNumbers, type TrackingWorkbook } from "../../../core/workbook";
import { sampleWorkbook } from "../report/sample";

const NOW = Date.UTC(2026, 10, 25, 3);
const reopen = (book: MemoryWorkbook): TrackingWorkbook =>
  openTrackingWorkbook((n) => (book.sheetNames().includes(n) ? book.contents(n) : null)).workbook!;

describe("standardise numbers on the sample", () => {
  const { wb, book } = sampleWorkbook();
  const outcome = standardiseNumbers(wb, book.read(SHEETS.log), { now: NOW });
  const at = (id: string, key: string) => {
    const r = wb.indicatorRecords.find((x) => x.rowId === id)!;
    const col = wb.meta.indicatorLayout.columns.find((c) => c.key === key)!.col;
    return { row: r.row, col };
  };

  test("turns numbers typed as text into numbers with the workbook's format (decimals as typed)", () => {
    const c = outcome.changed.find((x) => x.rowId === "2.1" && x.column === "actual:2024")!;
    expect(c).toMatchObject({ raw: "2,45", value: 2.45 });
    book.applyPatch(outcome.patch);
    const { row, col } = at("2.1", "actual:2024");
    expect(book.cell(SHEETS.indicators, row, col)).toBe(2.45);
    expect(book.readFormats(SHEETS.indicators, { row, col, rows: 1, cols: 1 })).toEqual([["[$-42A]#,##0.00"]]);
    // A thousands dot: "1.150" flats.
    const flats = at("9.1", "actual:2025");
    expect(book.cell(SHEETS.indicators, flats.row, flats.col)).toBe(1150);
    expect(book.readFormats(SHEETS.indicators, { ...flats, rows: 1, cols: 1 })).toEqual([["[$-42A]#,##0"]]);
  });

  test("never guesses: 1,234 is left as typed and listed, with 'abc' and '5 người' in a % row", () => {
    expect(outcome.kept.map((k) => [k.rowId, k.column, k.raw])).toEqual([
      ["2.6", "actual:2026", "abc"],
      ["5.12", "actual:2026", "5 người"],
      ["9.1", "actual:2026", "1,234"],
    ]);
    expect(outcome.kept[2].message.vi).toMatch(/có hai cách hiểu/);
    const { row, col } = at("9.1", "actual:2026");
    expect(book.cell(SHEETS.indicators, row, col)).toBe("1,234");
    expect(outcome.changed.some((c) => c.raw === "1,234")).toBe(false);
  });

  test("reads 1.5 as one and a half, and says so in the log", () => {
    const c = outcome.changed.find((x) => x.raw === "1.5")!;
    expect(c.value).toBe(1.5);
    expect(c.warnings.length).toBeGreaterThan(0);
  });

  test("logs every change in Nhật ký: when, by what, the row, the column, the old text, the new number, why", () => {
    const log = book.read(SHEETS.log);
    const rows = log.slice(1).filter((r) => r.some((c) => c !== null));
    expect(rows).toHaveLength(outcome.changed.length);
    const col = (k: (typeof LOG_COLUMNS)[number]) => LOG_COLUMNS.indexOf(k);
    const first = rows.find((r) => r[col("row")] === "2.1" && r[col("column")] === "actual:2024")!;
    expect(first[col("time")]).toBe("2026-11-25 10:00");
    expect(first[col("agency")]).toBe("Chỉ Tiêu (chuẩn hóa số liệu)");
    expect(first[col("sheet")]).toBe(SHEETS.indicators);
    expect(first[col("old")]).toBe("2,45");
    expect(first[col("new")]).toBe(2.45);
    expect(first[col("source")]).toBe("Chuẩn hóa số liệu: số nhập dạng chữ «2,45» chuyển thành số 2,45");
    // The old text is stored as text ("6.100" must not turn into a number in the log).
    expect(book.readFormats(SHEETS.log, { row: 1, col: col("old"), rows: 1, cols: 1 })).toEqual([["@"]]);
  });

  test("the statuses do not change; a second run has nothing left to turn", () => {
    const again = reopen(book);
    expect(again.indicatorRecords.map((r) => r.cells)).toEqual(outcome.after.indicatorRecords.map((r) => r.cells));
    const second = standardiseNumbers(again, book.read(SHEETS.log), { now: NOW });
    expect(second.changed).toEqual([]);
    expect(second.kept).toHaveLength(3);
  });
});

describe("standardise numbers, any text", () => {
  test("a text cell is either turned into exactly the number it reads as, or left as typed", () => {
    const { wb, book } = sampleWorkbook();
    const record = wb.indicatorRecords.find((r) => r.rowId === "2.2")!;
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[0-9.,% -]{1,9}$/), fc.string({ maxLength: 8 })), (typed) => {
        const edited: TrackingWorkbook = {
          ...wb,
          indicatorRecords: wb.indicatorRecords.map((r) => (r === record ? { ...r, cells: { ...r.cells, "actual:2024": typed } } : r)),
        };
        const o = standardiseNumbers(edited, book.read(SHEETS.log), { now: NOW });
        const changed = o.changed.filter((c) => c.rowId === "2.2" && c.column === "actual:2024");
        const kept = o.kept.filter((c) => c.rowId === "2.2" && c.column === "actual:2024");
        if (typed.trim() === "") expect(changed.length + kept.length).toBe(0);
        else expect(changed.length + kept.length).toBe(1);
        for (const c of changed) {
          expect(c.value).toBe(parseNumber(typed).value);
          expect(c.raw).toBe(typed);
          // Never a reading a person could take two ways.
          expect(/^\d{1,3},\d{3}$/.test(typed.trim())).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
