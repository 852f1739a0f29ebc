import { FINDING_FILLS, FINDING_MARK, columnOf } from "../../../core/layout";
import { a1, type PatchOp } from "../../../core/patch";
import { loadTemplate } from "../../../core/template/catalog";
import { createFromTemplate } from "../../../office-addin/actions/create";
import { watchEdits, type EditOutcome } from "../../../office-addin/actions/live-validation";
import { applyPatch } from "../../../office-addin/excel/apply-patch";
import { rectangles } from "../../../office-addin/excel/rectangles";
import { queueWorkbookState } from "../../../office-addin/excel/workbook-state";
import { run, setup } from "../helpers";

describe("applyPatch over the fake Excel", () => {
  it("writes a patch in one request, escaping formula-like text and converting dates", async () => {
    const { fake, session } = setup(18);
    const ops: PatchOp[] = [
      { op: "addSheet", sheet: "Dữ liệu", replace: false, hidden: false },
      { op: "setValues", sheet: "Dữ liệu", row: 0, col: 0, values: [["=HYPERLINK(\"x\")", "-5%", { date: "2025-11-15" }, null]] },
      { op: "setFills", sheet: "Dữ liệu", row: 1, col: 0, fills: [["#FF0000", "#FF0000", null], ["#FF0000", "#FF0000", null]] },
      { op: "protectRange", sheet: "Dữ liệu", range: { row: 0, col: 0, rows: 5, cols: 1 }, description: "cấu trúc", warningOnly: false },
    ];
    fake.resetCounts();
    const syncs = await run(fake, async (ctx) => {
      const state = queueWorkbookState(ctx, []);
      await ctx.sync();
      return applyPatch(ctx, ops, { caps: session.caps, state: state(), notes: session.notes });
    });
    expect(syncs).toBe(1);
    expect(fake.syncs).toBe(2);
    const s = fake.workbook.sheet("Dữ liệu");
    expect(s.get(0, 0)).toBe('=HYPERLINK("x")');
    expect(s.formulas.size).toBe(0);
    expect(s.get(0, 1)).toBe("-5%");
    expect(s.get(0, 2)).toBe(45976);
    expect(s.fills.get("2,1")).toBe("#FF0000");
    expect(s.fills.has("2,2")).toBe(false);
    expect(s.protection.protected).toBe(true);
    expect(s.isLocked(3, 0)).toBe(true);
    expect(s.isLocked(3, 1)).toBe(false);
  });

  it("splits writes over Excel on the web's 5 MB request limit", async () => {
    const { fake, session } = setup(18);
    const long = "Sở Lao động – Thương binh và Xã hội chủ trì, phối hợp các sở, ban, ngành liên quan ".repeat(3);
    const values = Array.from({ length: 8000 }, (_, i) => Array.from({ length: 10 }, (_, j) => `${i}.${j} ${long}`));
    fake.resetCounts();
    await run(fake, async (ctx) => {
      const state = queueWorkbookState(ctx, []);
      await ctx.sync();
      return applyPatch(ctx, [{ op: "setValues", sheet: "Sheet1", row: 0, col: 0, values }], { caps: session.caps, state: state(), notes: session.notes });
    });
    expect(fake.syncs).toBeGreaterThan(2);
    expect(Math.max(...fake.requests)).toBeLessThan(5 * 1024 * 1024);
    expect(fake.workbook.sheet("Sheet1").get(7999, 9)).toBe(`7999.9 ${long}`);
  });

  it("joins equal fills into rectangles", () => {
    const g = [["a", "a", "b"], ["a", "a", "b"], ["c", "c", "c"]];
    expect(rectangles(g).map((r) => `${r.row},${r.col} ${r.rows}x${r.cols} ${r.value}`)).toEqual(["0,0 2x2 a", "0,2 2x1 b", "2,0 1x3 c"]);
  });
});

describe("live validation on older Excel", () => {
  for (const [api, mode] of [[10, "comments"], [7, "fill"]] as const) {
    it(`ExcelApi 1.${api}: marks with ${mode}, ignores its own writes without triggerSource, ≤ 2 requests per edit`, async () => {
      const { fake, session } = setup(api);
      expect(session.notes.mode).toBe(mode);
      await run(fake, (ctx) => createFromTemplate(ctx, session, loadTemplate("hai-duong-1768-2022")));
      const layout = session.wb!.meta.taskLayout;
      const row = session.wb!.taskRecords.find((r) => r.rowId !== null)!.row;
      const col = columnOf(layout, "percent")!;
      const outcomes: EditOutcome[] = [];
      await run(fake, (ctx) => watchEdits(ctx, session, (o) => outcomes.push(o), (e) => { throw e; }));
      fake.resetCounts();
      await fake.type(layout.sheet, a1({ row, col, rows: 1, cols: 1 }), 150);
      expect(fake.syncs).toBeLessThanOrEqual(2);
      const sheet = fake.workbook.sheet(layout.sheet);
      expect(sheet.fills.get(`${row},${col}`)).toBe(FINDING_FILLS.error);
      if (mode === "comments") expect(sheet.comments.get(`${row},${col}`)?.content).toContain(FINDING_MARK);
      expect(sheet.notes.size).toBe(0);
      expect(session.findings.some((f) => f.row === row && f.column === "percent")).toBe(true);
      await fake.type(layout.sheet, a1({ row, col, rows: 1, cols: 1 }), 40);
      expect(sheet.fills.get(`${row},${col}`) ?? null).not.toBe(FINDING_FILLS.error);
      expect(sheet.comments.size).toBe(0);
      expect(session.findings.some((f) => f.row === row && f.column === "percent")).toBe(false);
      expect(fake.violations).toEqual([]);
    });
  }
});

describe("page setup", () => {
  const setupOp: PatchOp = {
    op: "setPageSetup",
    sheet: "In",
    paper: "A4",
    orientation: "landscape",
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { top: 15, bottom: 18, left: 12, right: 12, header: 7, footer: 8 },
    titleRows: { from: 1, to: 2 },
    footer: { left: [{ text: "Kế hoạch 328/KH-UBND & Sở Kế hoạch" }], right: [{ field: "sheet" }, { text: " — Trang " }, { field: "page" }, { text: "/" }, { field: "pages" }] },
    centerHorizontally: true,
  };
  const ops: PatchOp[] = [{ op: "addSheet", sheet: "In", replace: false, hidden: false }, setupOp, { op: "setPageBreaks", sheet: "In", rows: [10, 40] }];

  it("ExcelApi 1.9 and later: A4 landscape, one page wide, print titles, footer codes, page breaks, in the same request", async () => {
    const { fake, session } = setup(18);
    expect(session.caps.pageLayout).toBe(true);
    fake.resetCounts();
    const syncs = await run(fake, async (ctx) => {
      const state = queueWorkbookState(ctx, []);
      await ctx.sync();
      return applyPatch(ctx, ops, { caps: session.caps, state: state(), notes: session.notes });
    });
    expect(syncs).toBe(1);
    const page = fake.workbook.sheet("In").page;
    expect(page).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$2:$3",
      centerHorizontally: true,
      leftFooter: "Kế hoạch 328/KH-UBND && Sở Kế hoạch",
      rightFooter: "&A — Trang &P/&N",
      centerFooter: "",
    });
    expect(page.leftMargin).toBeCloseTo((12 * 72) / 25.4, 1);
    expect(fake.workbook.sheet("In").pageBreaks).toEqual(["A11", "A41"]);
  });

  it("before ExcelApi 1.9: skipped (the sheet prints with Excel's settings), nothing else fails", async () => {
    const { fake, session } = setup(8);
    expect(session.caps.pageLayout).toBe(false);
    await run(fake, async (ctx) => {
      const state = queueWorkbookState(ctx, []);
      await ctx.sync();
      return applyPatch(ctx, ops, { caps: session.caps, state: state(), notes: session.notes });
    });
    expect(fake.workbook.sheet("In").page).toEqual({});
    expect(fake.violations).toEqual([]);
  });
});
