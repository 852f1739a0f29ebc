import { msg } from "../../core/i18n";
import * as main from "../../gas/main";
import { setClock } from "../../gas/clock";
import { MENU_ITEMS, MINIMAL_MENU_ITEMS } from "../../gas/menu";
import { SETTINGS_KEY } from "../../gas/settings";
import { columnOfKey, installFake, metaOf, uninstallFake } from "./helpers";

afterEach(uninstallFake);

const exported = main as unknown as Record<string, unknown>;

describe("menu", () => {
  test("AuthMode.NONE: a minimal Vietnamese menu, no property or cell read", () => {
    const fake = installFake();
    fake.properties.data.set(SETTINGS_KEY, JSON.stringify({ year: 2026, projection: "linear", lang: "en" }));
    main.onOpen({ authMode: fake.ScriptApp.AuthMode.NONE });
    expect(fake.ui.menus).toHaveLength(1);
    expect(fake.ui.menus[0].items).toEqual(MINIMAL_MENU_ITEMS.map((i) => ({ caption: msg(i.label).vi, functionName: i.fn })));
    expect(fake.log.calls).toEqual([]);
  });

  test("AuthMode.LIMITED: the full menu in the document's language", () => {
    const fake = installFake();
    fake.properties.data.set(SETTINGS_KEY, JSON.stringify({ year: 2026, projection: "linear", lang: "en" }));
    main.onOpen({ authMode: fake.ScriptApp.AuthMode.LIMITED });
    const menu = fake.ui.menus[0];
    expect(menu.functionNames()).toEqual(MENU_ITEMS.flatMap((i) => (i ? [i.fn] : [])));
    expect(menu.items).toContainEqual({ caption: "Check everything", functionName: "menuCheckAll" });
    expect(fake.log.reads).toEqual([]);
  });

  test("onInstall builds the same menu; every item calls an exported function", () => {
    const fake = installFake();
    main.onInstall({ authMode: fake.ScriptApp.AuthMode.FULL });
    for (const fn of fake.ui.menus[0].functionNames()) expect(typeof exported[fn]).toBe("function");
    for (const i of MINIMAL_MENU_ITEMS) expect(typeof exported[i.fn]).toBe("function");
  });

  test("menu items open the sidebar on the right view, help explains the steps", () => {
    const fake = installFake({ htmlFiles: { Sidebar: "<html><body>sidebar</body></html>" } });
    main.menuSettings();
    main.menuOpenSidebar();
    main.menuHelp();
    expect(fake.ui.sidebars.map((s) => s.getContent())).toEqual([
      expect.stringContaining('window.CHITIEU_BOOT={"view":"settings","lang":"vi"}'),
      expect.stringContaining('"view":"main"'),
    ]);
    expect(fake.ui.sidebars[0].title).toBe("Chỉ Tiêu");
    expect(fake.ui.alerts[0]).toBe(msg("gas.help").vi);
  });

  test("an action without a tracking workbook explains what to do", () => {
    const fake = installFake();
    main.menuCheckAll();
    expect(fake.ui.alerts).toEqual([msg("gas.noWorkbook").vi]);
  });
});

describe("settings in document properties", () => {
  test("saved when valid, checked with zod", () => {
    const fake = installFake();
    const ok = main.rpcSaveSettings({ year: 2027, projection: "cagr", lang: "en" });
    expect(ok).toEqual({ ok: true, value: { year: 2027, projection: "cagr", lang: "en" } });
    expect(JSON.parse(fake.properties.data.get(SETTINGS_KEY) ?? "null")).toEqual({ year: 2027, projection: "cagr", lang: "en" });
  });

  test.each([
    [{ year: 1800, projection: "linear", lang: "vi" }],
    [{ year: 2026, projection: "exponential", lang: "vi" }],
    [{ year: 2026, projection: "linear", lang: "fr" }],
    [{ year: "2026", projection: "linear", lang: "vi" }],
    [{ year: 2026, projection: "linear", lang: "vi", extra: "<script>" }],
    [null],
  ])("refused: %j", (input) => {
    const fake = installFake();
    const r = main.rpcSaveSettings(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("gas.badRequest");
    expect(fake.properties.data.has(SETTINGS_KEY)).toBe(false);
  });

  test("damaged stored settings fall back to the defaults", () => {
    const fake = installFake();
    fake.properties.data.set(SETTINGS_KEY, '{"year":"soon"}');
    const state = main.rpcGetState({});
    // No year stored: automatic.
    expect(state.ok && state.value.settings).toEqual({ year: null, projection: "linear", lang: "vi" });
  });

  test("the year is automatic unless chosen: on the fake's day (20/11/2026) Đồng Tháp is consolidating 2026", () => {
    installFake();
    expect(main.rpcCreateFromTemplate({ templateId: "dong-thap-328-2024", replace: false }).ok).toBe(true);
    let state = main.rpcGetState({});
    if (!state.ok) throw new Error(state.error.en);
    expect(state.value.settings.year).toBeNull();
    expect([state.value.year, state.value.yearLine?.vi]).toEqual([2026, "Năm báo cáo 2026 (tự động: hôm nay 20/11/2026, năm 2026 chốt ngày 30/11/2026)"]);
    // At 00:30 on 1/12 in Viet Nam (17:30 UTC on 30/11) the department prepares 2027.
    setClock(() => Date.UTC(2026, 10, 30, 17, 30));
    state = main.rpcGetState({});
    expect(state.ok && state.value.year).toBe(2027);
    const r = main.rpcComputeStatuses({});
    expect(r.ok && r.value.year).toBe(2027);
  });

  test("a year outside the plan is refused with the plan's years; null goes back to automatic", () => {
    const fake = installFake();
    expect(main.rpcCreateFromTemplate({ templateId: "dong-thap-328-2024", replace: false }).ok).toBe(true);
    const before = fake.properties.data.get(SETTINGS_KEY);
    const r = main.rpcSaveSettings({ year: 2031, projection: "linear", lang: "vi" });
    expect(r).toEqual({ ok: false, error: expect.objectContaining({ code: "period.yearOutsidePlan" }) });
    if (!r.ok) expect(r.error.vi).toContain("2024–2030");
    expect(fake.properties.data.get(SETTINGS_KEY)).toBe(before);
    expect(main.rpcSaveSettings({ year: null, projection: "linear", lang: "vi" })).toEqual({ ok: true, value: { year: null, projection: "linear", lang: "vi" } });
  });

  test("the reporting year drives the statuses; status cells keep the workbook's language", () => {
    const fake = installFake();
    expect(main.rpcCreateFromTemplate({ templateId: "dong-thap-328-2024", replace: false }).ok).toBe(true);
    main.rpcSaveSettings({ year: 2030, projection: "linear", lang: "en" });
    const r = main.rpcComputeStatuses({});
    expect(r.ok && r.value.year).toBe(2030);
    expect(r.ok && r.value.message.en).toContain("2030 statuses");
    // The conditional formats made with the workbook colour Vietnamese labels: statuses stay Vietnamese.
    const sheet = fake.spreadsheet.sheet("Chỉ tiêu");
    const coloured = new Set(sheet.conditionalRules.map((x) => (x as unknown as { text: string }).text));
    const layout = metaOf(fake).indicatorLayout;
    const col = columnOfKey(layout, "status:2030") - 1;
    const written: unknown[] = [];
    for (let r = layout.firstDataRow; r < sheet.getLastRow(); r++) if (sheet.value(r, col) !== null) written.push(sheet.value(r, col));
    expect(written.length).toBeGreaterThan(50);
    expect(written.filter((v) => !coloured.has(String(v)))).toEqual([]);
  });
});

describe("rpc payload checks", () => {
  test("a request of the wrong shape never reaches the sheet", () => {
    const fake = installFake();
    const r = main.rpcSelectCell({ sheet: "Chỉ tiêu", row: 0, col: 1 });
    expect(r.ok).toBe(false);
    expect(fake.log.calls).toEqual([]);
  });

  test("select a cell from a finding", () => {
    const fake = installFake();
    const r = main.rpcSelectCell({ sheet: "Trang tính1", row: 4, col: 3 });
    expect(r).toEqual({ ok: true, value: { a1: "C4" } });
    expect(fake.spreadsheet.active?.getA1Notation()).toBe("C4");
  });
});
