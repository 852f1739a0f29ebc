import { FINDING_MARK, SHEETS, type WorkbookMeta } from "../../core/layout";
import { msg } from "../../core/i18n";
import { createFromPlan } from "../../gas/actions/create";
import { loadMeta } from "../../gas/document/meta-store";
import { openEnv } from "../../gas/env";
import * as main from "../../gas/main";
import type { FakeChart, FakeGas } from "./fake";
import { columnOfKey, installFake, uninstallFake } from "./helpers";
import { dongThap, scaledPlan } from "./plans";

function setup(plan = dongThap()): { fake: FakeGas; meta: WorkbookMeta; items: number[] } {
  const fake = installFake();
  createFromPlan(openEnv(), plan, false);
  const meta = loadMeta(openEnv()).meta as WorkbookMeta;
  const sheet = fake.spreadsheet.sheet(meta.indicatorLayout.sheet);
  const idCol = columnOfKey(meta.indicatorLayout, "rowId") - 1;
  const items: number[] = [];
  for (let r = meta.indicatorLayout.firstDataRow; r < sheet.getLastRow(); r++) {
    const id = sheet.value(r, idCol);
    if (typeof id === "string" && !id.startsWith("§")) items.push(r);
  }
  fake.log.reset();
  return { fake, meta, items };
}

/** Pastes a column of values straight into the sheet, as a paste that bypassed live checks. */
function pasteQuietly(fake: FakeGas, meta: WorkbookMeta, rows: number[], key: string, value: (i: number) => unknown): void {
  const sheet = fake.spreadsheet.sheet(meta.indicatorLayout.sheet);
  const c = columnOfKey(meta.indicatorLayout, key);
  fake.log.asUser(() => rows.forEach((r, i) => sheet.getRange(r + 1, c, 1, 1).setValues([[value(i)]])));
}

const onSheet = (name: string) => (c: { where: string }) => c.where === name || c.where.startsWith(`${name}!`);

afterEach(uninstallFake);

describe("Check everything", () => {
  test("marks what pastes slipped past, per sheet in at most 6 calls", () => {
    const { fake, meta, items } = setup();
    pasteQuietly(fake, meta, items.slice(0, 30), "actual:2025", (i) => (i % 3 === 0 ? "không rõ" : i));
    const r = main.rpcCheckAll({});
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value.counts.error).toBeGreaterThan(0);
    expect(r.value.findings[0]).toMatchObject({ sheet: SHEETS.indicators, a1: expect.stringMatching(/^[A-Z]+\d+$/) });
    const sheet = fake.spreadsheet.sheet(meta.indicatorLayout.sheet);
    const c = columnOfKey(meta.indicatorLayout, "actual:2025") - 1;
    expect(sheet.note(items[0], c)).toContain(FINDING_MARK);
    expect(sheet.note(items[3], c)).toContain(FINDING_MARK);
    expect(sheet.note(items[1], c)).toBeNull();
    for (const name of [meta.indicatorLayout.sheet, meta.taskLayout.sheet]) {
      const calls = [...fake.log.reads, ...fake.log.writes].filter(onSheet(name));
      expect(calls.length).toBeLessThanOrEqual(6);
    }
  });

  test("a person's own fills and notes between marked cells are kept", () => {
    const { fake, meta, items } = setup();
    const sheet = fake.spreadsheet.sheet(meta.indicatorLayout.sheet);
    const c = columnOfKey(meta.indicatorLayout, "actual:2025");
    const mine = columnOfKey(meta.indicatorLayout, "note");
    fake.log.asUser(() => {
      sheet.getRange(items[5] + 1, mine, 1, 1).setBackgrounds([["#00ff00"]]).setNotes([["của tôi"]]);
      sheet.getRange(items[5] + 1, c - 1, 1, 1).setBackgrounds([["#0000ff"]]);
    });
    pasteQuietly(fake, meta, [items[0], items[40]], "actual:2025", () => "sai");
    pasteQuietly(fake, meta, [items[2]], "note", () => "=1/0");
    expect(main.rpcCheckAll({}).ok).toBe(true);
    expect(sheet.fill(items[5], mine - 1)).toBe("#00FF00");
    expect(sheet.fill(items[5], c - 2)).toBe("#0000FF");
    expect(sheet.note(items[5], mine - 1)).toBe("của tôi");
    expect(sheet.note(items[40], c - 1)).toContain(FINDING_MARK);
  });

  test("the call count does not grow with the rows", () => {
    const count = (rows: number, bad: number): string => {
      const { fake, meta, items } = setup(scaledPlan(rows));
      pasteQuietly(fake, meta, items.slice(0, bad), "actual:2026", () => "sai");
      pasteQuietly(fake, meta, items.slice(-bad), "actual:2024", () => "sai");
      expect(main.rpcCheckAll({}).ok).toBe(true);
      const out = fake.log.summary((c) => c.target === "Range");
      uninstallFake();
      return out;
    };
    expect(count(1000, 400)).toBe(count(120, 5));
  });
});

describe("Compute statuses and the summary", () => {
  test("statuses fill the computed columns and come back as counts", () => {
    const { fake, meta, items } = setup();
    pasteQuietly(fake, meta, items.slice(0, 20), "actual:2025", (i) => 50 + i);
    const r = main.rpcComputeStatuses({});
    if (!r.ok) throw new Error(r.error.en);
    const total = r.value.indicators.reduce((a, b) => a + b.count, 0);
    // Labelled in both languages by the server, in display order (the sidebar only shows them).
    expect(r.value.indicators.map((s) => s.label.code)).toEqual(r.value.indicators.map((s) => `summary.status.${s.code}`));
    expect(r.value.indicators.every((s) => s.label.vi.length > 0 && s.label.en.length > 0)).toBe(true);
    // Counted as the plan numbers them (as the summary, the Excel pane and the CLI count them): 89
    // indicators; the 100 rows with a target of their own (sub-rows included) are said beside.
    expect([total, r.value.indicatorCount, r.value.rowCount]).toEqual([89, 89, 100]);
    expect(r.value.indicatorLine.vi).toBe("89 chỉ tiêu (tính theo số thứ tự của kế hoạch; 100 dòng được đánh giá, kể cả 16 dòng chi tiết)");
    expect(r.value.message.vi).toContain(`${total} chỉ tiêu`);
    const sheet = fake.spreadsheet.sheet(meta.indicatorLayout.sheet);
    const s = columnOfKey(meta.indicatorLayout, "status:2025") - 1;
    const t = columnOfKey(meta.indicatorLayout, "target:2025") - 1;
    const withTarget = items.filter((row) => sheet.value(row, t) !== null);
    expect(withTarget.length).toBeGreaterThan(80);
    expect(withTarget.filter((row) => typeof sheet.value(row, s) !== "string")).toEqual([]);
    expect(fake.log.reads.filter((c) => c.method === "getValues").length).toBe(2);
  });

  test("the summary sheet gets tables and two native charts, replaced in place on re-run", () => {
    const { fake, meta, items } = setup();
    pasteQuietly(fake, meta, items.slice(0, 40), "actual:2025", (i) => 10 + i);
    const first = main.rpcGenerateSummary({ full: true });
    if (!first.ok) throw new Error(first.error.en);
    const summary = fake.spreadsheet.sheet(first.value.sheet);
    const charts = (): FakeChart[] => summary.charts;
    expect(summary.value(0, 0)).toContain("328/KH-UBND");
    expect(charts().map((c) => [c.type, c.stacked])).toEqual([
      ["bar", true],
      ["bar", false],
    ]);
    expect(charts()[0].ranges[0]).toMatch(/^Tổng hợp![A-Z]+\d+:[A-Z]+\d+$/);
    const before = fake.spreadsheet.sheets.indexOf(summary);
    expect(main.rpcGenerateSummary({ full: false }).ok).toBe(true);
    expect(fake.spreadsheet.sheet(first.value.sheet)).toBe(summary);
    expect(fake.spreadsheet.sheets.indexOf(summary)).toBe(before);
    expect(charts()).toHaveLength(2);
    expect(fake.lock.held).toBe(false);
  });

  test("while someone else generates, a clear message and nothing written", () => {
    const { fake } = setup();
    fake.lock.heldByOther = true;
    const r = main.rpcGenerateSummary({ full: true });
    expect(r).toEqual({ ok: false, error: msg("gas.busy") });
    expect(fake.log.writes).toEqual([]);
    main.menuGenerateSummary();
    expect(fake.ui.alerts).toEqual([msg("gas.busy").vi]);
  });
});

describe("Check everything under the document lock", () => {
  test("holds the lock while it reads and marks, then lets it go; says how many errors remain and where", () => {
    const { fake, meta, items } = setup();
    pasteQuietly(fake, meta, items.slice(0, 2), "actual:2025", () => "abc");
    const r = main.rpcCheckAll({});
    if (!r.ok) throw new Error(r.error.en);
    expect(fake.lock.tries).toBe(1);
    expect(fake.lock.held).toBe(false);
    expect(r.value.counts.error).toBeGreaterThanOrEqual(2);
    expect(r.value.errors.vi).toMatch(/^Còn \d+ lỗi cần sửa: 'Chỉ tiêu'!/);
    expect(r.value.message.vi).toContain(r.value.errors.vi);
  });

  test("while a colleague's run holds it: a clear message, nothing read or written", () => {
    const { fake } = setup();
    fake.lock.heldByOther = true;
    expect(main.rpcCheckAll({})).toEqual({ ok: false, error: msg("gas.busy") });
    expect(fake.log.writes).toEqual([]);
    expect(fake.log.reads.filter((c) => c.method === "getValues")).toEqual([]);
    main.menuCheckAll();
    expect(fake.ui.alerts).toEqual([msg("gas.busy").vi]);
  });
});

describe("Create and recognise", () => {
  test("creating again needs an explicit replace", () => {
    const { fake } = setup();
    const again = main.rpcCreateFromTemplate({ templateId: "hai-duong-1768-2022", replace: false });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.vi).toContain("328/KH-UBND");
    const replaced = main.rpcCreateFromTemplate({ templateId: "hai-duong-1768-2022", replace: true });
    expect(replaced.ok && replaced.value.number).toBe("1768/KH-UBND");
    expect(fake.spreadsheet.sheets.filter((s) => s.name === SHEETS.indicators)).toHaveLength(1);
  });

  test("an unknown template is refused with the list of known ones", () => {
    installFake();
    const r = main.rpcCreateFromTemplate({ templateId: "nope", replace: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.vi).toContain("dong-thap-328-2024");
  });

  test("the appendix pasted on a sheet is recognised in place and then validated live", () => {
    const fake = installFake({ sheets: ["Phụ lục I"] });
    const sheet = fake.spreadsheet.sheet("Phụ lục I");
    const table = [
      ["PHỤ LỤC I. CÁC CHỈ TIÊU CHỦ YẾU", "", "", "", "", "", ""],
      ["TT", "Chỉ tiêu", "Đơn vị", "Đến năm 2025", "Đến năm 2030", "Chủ trì", "Phối hợp"],
      ["1.", "Lao động, việc làm", "", "", "", "", ""],
      ["1.1", "Tỷ lệ thất nghiệp khu vực thành thị", "%", "<3", "<3", "Sở Lao động - TBXH", "UBND các huyện, thành phố"],
      ["1.2", "Tỷ lệ lao động qua đào tạo", "%", "70", "75", "Sở Lao động - TBXH", "Sở Giáo dục và Đào tạo"],
    ];
    fake.log.asUser(() => sheet.getRange(1, 1, table.length, 7).setValues(table));
    fake.spreadsheet.activeSheet = sheet;
    const missing = main.rpcRecognize({});
    // The title lines name no plan: its number, date, issuer and title are asked for, not guessed,
    // and nothing is written until they are given.
    expect(missing.ok && missing.value.kind === "needsIdentity" && missing.value.missing).toEqual(["number", "issuedOn", "issuer", "title"]);
    if (missing.ok) expect(missing.value.message.code).toBe("ui.identity.missing");
    expect(fake.spreadsheet.sheets.some((s) => s.name === SHEETS.meta)).toBe(false);
    const r = main.rpcRecognize({ identity: { number: "328/KH-UBND", issuedOn: "2024-10-07", issuer: "Ủy ban nhân dân tỉnh Đồng Tháp", title: "Kế hoạch triển khai Nghị quyết 68/NQ-CP" } });
    if (!r.ok) throw new Error(r.error.vi);
    expect(r.value).toMatchObject({ sheet: "Phụ lục I", indicators: 2, tasks: 0 });
    expect(sheet.value(0, 0)).toBe("PHỤ LỤC I. CÁC CHỈ TIÊU CHỦ YẾU");
    const meta = loadMeta(openEnv()).meta as WorkbookMeta;
    expect(meta.indicatorLayout.sheet).toBe("Phụ lục I");
    expect(columnOfKey(meta.indicatorLayout, "name")).toBe(2);
    const actual = columnOfKey(meta.indicatorLayout, "actual:2025");
    expect(actual).toBeGreaterThan(7);
    fake.log.reset();
    const range = fake.log.asUser(() => sheet.getRange(5, actual, 1, 1).setValues([["nhiều"]]));
    main.onEdit({ range });
    expect(sheet.note(4, actual - 1)).toContain(FINDING_MARK);
    expect(fake.log.reads.length).toBe(2);
    // With no task table, the whole-workbook actions work on the one table there is.
    const check = main.rpcCheckAll({});
    expect(check.ok && check.value.rows).toBe(3);
    expect(main.rpcGenerateSummary({ full: true }).ok).toBe(true);
  });

  test("a sheet with no table says what a table needs", () => {
    installFake();
    const r = main.rpcRecognize({});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("gas.recognizeNone");
  });
});
