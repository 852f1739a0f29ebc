import { columnOf, LOG_COLUMNS, SHEETS } from "../../../core/layout";
import { a1 } from "../../../core/patch";
import { loadTemplate } from "../../../core/template/catalog";
import { createFromTemplate } from "../../../office-addin/actions/create";
import { annualReportOf } from "../../../office-addin/actions/report";
import { standardiseInExcel } from "../../../office-addin/actions/standardise";
import { run, setup } from "../helpers";

describe("Excel: standardise numbers and the annual report", () => {
  test("numbers typed as text become numbers with the workbook's format, logged; 1,234 left; three requests", async () => {
    const { fake, session } = setup(18);
    await run(fake, (ctx) => createFromTemplate(ctx, session, loadTemplate("dong-thap-328-2024")));
    const layout = session.wb!.meta.indicatorLayout;
    const rowOf = (id: string) => session.wb!.indicatorRecords.find((r) => r.rowId === id)!.row;
    const col = columnOf(layout, "actual:2026")!;
    // Typed as text (Excel keeps "2,62" as text on an English system).
    fake.workbook.sheet(layout.sheet).values.set(`${rowOf("2.1")},${col}`, "2,62");
    fake.workbook.sheet(layout.sheet).values.set(`${rowOf("9.1")},${col}`, "1,234");
    fake.resetCounts();
    const out = await run(fake, (ctx) => standardiseInExcel(ctx, session));
    if (out.kind !== "done") throw new Error(out.error.en);
    expect(fake.syncs).toBeLessThanOrEqual(3);
    const sheet = fake.workbook.sheet(layout.sheet);
    expect(sheet.get(rowOf("2.1"), col)).toBe(2.62);
    expect(sheet.numberFormats.get(`${rowOf("2.1")},${col}`)).toBe("[$-42A]#,##0.00");
    expect(sheet.get(rowOf("9.1"), col)).toBe("1,234");
    expect(out.lines[0].vi).toMatch(/^Đã chuyển 1 ô .*giữ nguyên 1 ô/);
    expect(out.lines[1].vi).toContain(`${a1({ row: rowOf("9.1"), col, rows: 1, cols: 1 })}: “1,234” có hai cách hiểu`);
    const log = fake.workbook.sheet(SHEETS.log);
    expect(log.get(1, LOG_COLUMNS.indexOf("old"))).toBe("2,62");
    expect(log.get(1, LOG_COLUMNS.indexOf("new"))).toBe(2.62);
    // The row-id column is hidden in the sheets the add-in made.
    expect(sheet.hiddenColumns.has(columnOf(layout, "rowId")!)).toBe(true);
  });

  test("the annual report: one read, nothing written to the workbook", async () => {
    const { fake, session } = setup(18);
    await run(fake, (ctx) => createFromTemplate(ctx, session, loadTemplate("dong-thap-328-2024")));
    fake.resetCounts();
    const out = await run(fake, (ctx) => annualReportOf(ctx, session));
    if (out.kind !== "report") throw new Error(out.error.en);
    expect(fake.syncs).toBe(1);
    expect(out.report.sections).toHaveLength(3);
    expect(out.report.fileName).toBe("bao-cao-328-KH-UBND-nam-2025.docx");
    expect(out.indicators).toBe(89);
    expect(fake.requests.every((b) => b < 200_000)).toBe(true);
  });
});
