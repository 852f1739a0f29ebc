import { FINDING_MARK, SHEETS } from "../../core/layout";
import { buildBundle, intoRealm, loadCode } from "./bundle";
import { FakeGas } from "./fake";
import { columnOfKey, metaOf, typeInto } from "./helpers";

beforeAll(buildBundle, 120_000);

/** The path a coordinator and an agency take, run by the built Code.js on the fake. */
describe("full user path (dist/gas/Code.js on the fake)", () => {
  test("the bundle runs the whole user path on the fake", () => {
    const fake = new FakeGas();
    const gas = loadCode({ ...fake.globals(), console });
    const call = (name: string, arg: unknown = {}): { ok: boolean; value?: Record<string, unknown>; error?: { en: string } } =>
      JSON.parse(JSON.stringify(gas[name](intoRealm(gas, arg))));

    gas.onOpen({ authMode: fake.ScriptApp.AuthMode.LIMITED });
    expect(fake.ui.menus).toHaveLength(1);

    // Create from the Đồng Tháp template.
    const created = call("rpcCreateFromTemplate", { templateId: "dong-thap-328-2024", replace: false });
    expect(created).toMatchObject({ ok: true, value: { number: "328/KH-UBND", indicators: 105, tasks: 64 } });
    const layout = metaOf(fake).indicatorLayout;
    const sheet = fake.spreadsheet.sheet(SHEETS.indicators);
    const idCol = columnOfKey(layout, "rowId") - 1;
    const items: number[] = [];
    for (let r = layout.firstDataRow; r < 200; r++) {
      const id = sheet.value(r, idCol);
      if (typeof id === "string" && !id.startsWith("§")) items.push(r + 1);
    }
    const actual = columnOfKey(layout, "actual:2025");

    // Type values, good and bad: findings appear at once...
    fake.log.reset();
    gas.onEdit(typeInto(fake, sheet, items[1], actual, [["khoảng mười"]]));
    gas.onEdit(typeInto(fake, sheet, items[2], actual, [[87.5]]));
    expect(sheet.note(items[1] - 1, actual - 1)).toContain(FINDING_MARK);
    expect(sheet.fill(items[1] - 1, actual - 1)).toBe("#F4CCCC");
    expect(sheet.note(items[2] - 1, actual - 1)).toBeNull();
    expect(fake.log.reads.length).toBe(4);

    // ... and clear once fixed.
    gas.onEdit(typeInto(fake, sheet, items[1], actual, [["10,5"]]));
    expect(sheet.note(items[1] - 1, actual - 1)).toBeNull();
    expect(sheet.fill(items[1] - 1, actual - 1)).toBeNull();

    // Check everything, compute statuses, generate the summary.
    const checked = call("rpcCheckAll");
    expect(checked.ok).toBe(true);
    const statuses = call("rpcComputeStatuses");
    expect(statuses).toMatchObject({ ok: true, value: { year: expect.any(Number) } });
    expect(sheet.value(items[2] - 1, columnOfKey(layout, "status:2025") - 1)).toEqual(expect.any(String));
    const summary = call("rpcGenerateSummary", { full: true });
    expect(summary).toMatchObject({ ok: true, value: { sheet: "Tổng hợp" } });
    const tab = fake.spreadsheet.sheet("Tổng hợp");
    expect(tab.charts).toHaveLength(2);
    expect(String(tab.value(0, 0))).toContain("328/KH-UBND");
  });
});
