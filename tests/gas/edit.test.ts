import { msg } from "../../core/i18n";
import { FINDING_MARK, type WorkbookMeta } from "../../core/layout";
import { createFromPlan } from "../../gas/actions/create";
import { loadMeta } from "../../gas/document/meta-store";
import { openEnv } from "../../gas/env";
import * as main from "../../gas/main";
import type { FakeGas, FakeSheet } from "./fake";
import { columnOfKey, installFake, typeInto, uninstallFake } from "./helpers";
import { dongThap, scaledPlan } from "./plans";

interface Setup {
  fake: FakeGas;
  meta: WorkbookMeta;
  sheet: FakeSheet;
  /** 1-based sheet row of the n-th indicator row (plan rows, not group rows). */
  itemRow: (n: number) => number;
  col: (key: string) => number;
}

function setup(plan = dongThap()): Setup {
  const fake = installFake();
  createFromPlan(openEnv(), plan, false);
  const meta = loadMeta(openEnv()).meta as WorkbookMeta;
  const sheet = fake.spreadsheet.sheet(meta.indicatorLayout.sheet);
  const idCol = columnOfKey(meta.indicatorLayout, "rowId");
  const items: number[] = [];
  for (let r = meta.indicatorLayout.firstDataRow; r < sheet.getLastRow(); r++) {
    const id = sheet.value(r, idCol - 1);
    if (typeof id === "string" && !id.startsWith("§")) items.push(r + 1);
  }
  fake.log.reset();
  return { fake, meta, sheet, itemRow: (n) => items[n], col: (key) => columnOfKey(meta.indicatorLayout, key) };
}

afterEach(uninstallFake);

describe("onEdit: live validation of the edited rows", () => {
  test("a wrong value gets a fill and a note at once, within 2 reads and 3 writes", () => {
    const { fake, sheet, itemRow, col } = setup();
    const row = itemRow(2);
    const c = col("actual:2025");
    main.onEdit(typeInto(fake, sheet, row, c, [["abc"]]));
    expect(fake.log.reads.length).toBeLessThanOrEqual(2);
    expect(fake.log.writes.length).toBeLessThanOrEqual(3);
    expect(fake.log.summary((x) => x.method.startsWith("get") && x.target === "Range")).toBe("getValues×1 getNotes×1");
    expect(sheet.fill(row - 1, c - 1)).toBe("#F4CCCC");
    expect(sheet.note(row - 1, c - 1)).toMatch(new RegExp(`^${FINDING_MARK} “abc” không chứa số`));
  });

  test("fixing it clears the mark and keeps the person's own note", () => {
    const { fake, sheet, itemRow, col } = setup();
    const row = itemRow(2);
    const c = col("actual:2025");
    fake.log.asUser(() => sheet.getRange(row, c, 1, 1).setNotes([["Số liệu của Cục Thống kê"]]));
    main.onEdit(typeInto(fake, sheet, row, c, [["abc"]]));
    expect(sheet.note(row - 1, c - 1)?.split("\n")).toEqual(["Số liệu của Cục Thống kê", expect.stringContaining(FINDING_MARK)]);
    main.onEdit(typeInto(fake, sheet, row, c, [[42]]));
    expect(sheet.note(row - 1, c - 1)).toBe("Số liệu của Cục Thống kê");
    expect(sheet.fill(row - 1, c - 1)).toBeNull();
  });

  test("e.value is never trusted: the range is re-read", () => {
    const { fake, sheet, itemRow, col } = setup();
    const row = itemRow(3);
    const c = col("actual:2025");
    const e = typeInto(fake, sheet, row, c, [["abc"]]);
    main.onEdit({ ...e, value: "42" });
    expect(sheet.note(row - 1, c - 1)).toContain("abc");
  });

  test("the row's status is recomputed with the edit", () => {
    const { fake, sheet, itemRow, col } = setup();
    const row = itemRow(2);
    expect(sheet.value(row - 1, col("status:2025") - 1)).toBeNull();
    main.onEdit(typeInto(fake, sheet, row, col("actual:2025"), [[5]]));
    expect(sheet.value(row - 1, col("status:2025") - 1)).toEqual(expect.any(String));
    expect(sheet.note(row - 1, col("status:2025") - 1)).toEqual(expect.any(String));
  });

  test("a 500-row paste costs exactly the calls of a 1-row edit", () => {
    const { fake, sheet, itemRow, col } = setup(scaledPlan(600));
    const c = col("actual:2024");
    main.onEdit(typeInto(fake, sheet, itemRow(0), c, [["abc", 3, "7,5"]]));
    const one = fake.log.calls.filter((x) => x.target === "Range").map((x) => x.method);
    const oneAll = fake.log.calls.length;
    fake.log.reset();
    const first = itemRow(0);
    const values = Array.from({ length: 500 }, (_, i) => [i % 7 === 0 ? "abc" : i, i % 5 === 0 ? "1,234" : 10 + i, "7,5"]);
    main.onEdit(typeInto(fake, sheet, first, c, values));
    const many = fake.log.calls.filter((x) => x.target === "Range").map((x) => x.method);
    expect(many).toEqual(one);
    expect(fake.log.calls.length).toBe(oneAll);
    expect(fake.log.reads.length).toBe(2);
    expect(fake.log.writes.length).toBeLessThanOrEqual(3);
    // Findings on rows far apart were all marked by those few calls.
    expect(sheet.note(first - 1, c - 1)).toContain(FINDING_MARK);
    expect(sheet.note(first - 1 + 497, c - 1)).toContain(FINDING_MARK);
    expect(sheet.value(first - 1 + 400, col("status:2025") - 1)).toEqual(expect.any(String));
  });

  test("edits outside the tracking table cost no cell calls", () => {
    const { fake, meta, sheet, col } = setup();
    main.onEdit(typeInto(fake, fake.spreadsheet.sheet("Trang tính1"), 1, 1, [["x"]]));
    main.onEdit(typeInto(fake, sheet, meta.indicatorLayout.headerRow, col("name"), [["Chỉ tiêu"]]));
    expect(fake.log.reads).toEqual([]);
    expect(fake.log.writes).toEqual([]);
  });

  test("a cold metadata cache costs one more read once, then none", () => {
    const { fake, sheet, itemRow, col } = setup();
    fake.cache.expire();
    main.onEdit(typeInto(fake, sheet, itemRow(1), col("actual:2025"), [["abc"]]));
    expect(fake.log.reads.length).toBe(3);
    fake.log.reset();
    main.onEdit(typeInto(fake, sheet, itemRow(1), col("actual:2025"), [[1]]));
    expect(fake.log.reads.length).toBe(2);
  });

  test("an edit on the task sheet validates task rows", () => {
    const { fake, meta } = setup();
    const tasks = fake.spreadsheet.sheet(meta.taskLayout.sheet);
    const idCol = columnOfKey(meta.taskLayout, "rowId");
    let row = meta.taskLayout.firstDataRow;
    while (String(tasks.value(row, idCol - 1) ?? "§").startsWith("§")) row++;
    const c = columnOfKey(meta.taskLayout, "percent");
    main.onEdit(typeInto(fake, tasks, row + 1, c, [[150]]));
    expect(tasks.note(row, c - 1)).toContain(FINDING_MARK);
    expect(fake.log.reads.length).toBe(2);
    expect(fake.log.writes.length).toBeLessThanOrEqual(3);
  });
});

describe("onEdit under the document lock", () => {
  test("holds the lock while it checks and writes, and lets it go", () => {
    const { fake, sheet, itemRow, col } = setup();
    main.onEdit(typeInto(fake, sheet, itemRow(2), col("actual:2025"), [["abc"]]));
    expect(fake.lock.tries).toBe(1);
    expect(fake.lock.waits).toEqual([5000]);
    expect(fake.lock.held).toBe(false);
    expect(sheet.note(itemRow(2) - 1, col("actual:2025") - 1)).toContain(FINDING_MARK);
  });

  test("while a colleague's run holds it: nothing written, and a toast says the edit was not checked", () => {
    const { fake, sheet, itemRow, col } = setup();
    fake.lock.heldByOther = true;
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    main.onEdit(typeInto(fake, sheet, itemRow(2), col("actual:2025"), [["abc"]]));
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
    expect(fake.log.writes).toEqual([]);
    expect(sheet.note(itemRow(2) - 1, col("actual:2025") - 1)).toBeNull();
    expect(fake.spreadsheet.toasts.map((t) => t.msg)).toEqual([msg("gas.busyEdit").vi]);
    expect(fake.lock.held).toBe(false);
  });

  test("edits outside the table do not wait for the lock", () => {
    const { fake, sheet } = setup();
    fake.lock.heldByOther = true;
    main.onEdit(typeInto(fake, sheet, 1, 1, [["tiêu đề"]]));
    expect(fake.lock.tries).toBe(0);
    expect(fake.spreadsheet.toasts).toEqual([]);
  });
});
