import type { Browser, Page } from "playwright-core";
import { describeWithChromium, HOSTILE, launchChromium } from "../support/chromium";
import { RUN_SHIM } from "./run-shim";
import type * as vm from "node:vm";
import { SHEETS } from "../../core/layout";
import { INDICATOR_STATUS_ORDER, statusLabel } from "../../core/workbook";
import { buildBundle, intoRealm, loadCode, readDist } from "./bundle";
import { FakeGas } from "./fake";
import { columnOfKey, metaOf, typeInto } from "./helpers";



jest.setTimeout(30_000);

describeWithChromium("sidebar in headless Chromium, served by the bundle on the fake", () => {
  let browser: Browser;
  let page: Page;
  let fake: FakeGas;
  let gas: vm.Context;
  const delays: Record<string, number> = {};
  /** Answers to hand back instead of the server's (a server of another version). */
  const forged: Record<string, unknown> = {};
  const calls: string[] = [];

  beforeAll(async () => {
    buildBundle();
    fake = new FakeGas({ htmlFiles: { Sidebar: readDist("Sidebar.html") } });
    gas = loadCode({ ...fake.globals(), console });
    gas.rpcCreateFromTemplate(intoRealm(gas, { templateId: "dong-thap-328-2024", replace: false }));
    const layout = metaOf(fake).indicatorLayout;
    const sheet = fake.spreadsheet.sheet(SHEETS.indicators);
    // An agency typed markup into a cell: the sidebar must show it as text.
    gas.onEdit(typeInto(fake, sheet, layout.firstDataRow + 3, columnOfKey(layout, "actual:2025"), [[HOSTILE]]));
    gas.menuOpenSidebar();
    const html = fake.ui.sidebars[0].getContent();

    browser = await launchChromium();
    page = await browser.newPage();
    await page.exposeFunction("__gasRun", async (name: string, arg: string) => {
      calls.push(name);
      if (delays[name]) await new Promise((r) => setTimeout(r, delays[name]));
      if (name in forged) return JSON.stringify(forged[name]);
      const fn = gas[name];
      if (typeof fn !== "function") throw new Error(`no server function ${name}`);
      return JSON.stringify(fn(intoRealm(gas, JSON.parse(arg))));
    });
    // Apps Script defines google.script.run before the page's scripts run: so does the shim.
    await page.setContent(html.replace("<head>", `<head><script>${RUN_SHIM}</script>`));
    await page.waitForSelector("body[data-ready=true]");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  test("loads the state through the typed wrapper", async () => {
    await expect(page.locator("#plan").textContent()).resolves.toContain("328/KH-UBND");
    expect(calls).toContain("rpcGetState");
  });

  test("findings grouped by severity; sheet text escaped; click selects the cell", async () => {
    await page.click("#btn-check");
    await page.waitForSelector("#findings ul.findings");
    const headings = await page.locator("#findings h3").allTextContents();
    expect(headings[0]).toMatch(/^Lỗi \(\d+\)$/);
    const texts = await page.locator("#findings li .text").allTextContents();
    expect(texts.some((t) => t.includes(HOSTILE))).toBe(true);
    expect(await page.locator("#findings img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const first = page.locator("#findings li button.cell").first();
    const label = (await first.textContent()) ?? "";
    await first.click();
    const want = label.split("!")[1];
    for (let i = 0; i < 50 && fake.spreadsheet.active?.getA1Notation() !== want; i++) await new Promise((r) => setTimeout(r, 50));
    expect(fake.spreadsheet.active?.getA1Notation()).toBe(want);
    expect(fake.spreadsheet.active?.getSheet().getName()).toBe(label.split("!")[0]);
  });

  test("the summary runs as three steps with progress, then the overview shows statuses", async () => {
    delays.rpcComputeStatuses = 400;
    await page.click("#btn-summary");
    await page.waitForFunction(() => document.querySelector("#progress .step")?.textContent?.startsWith("Bước 2/3"));
    await page.waitForFunction(() => document.querySelector("#message")?.textContent?.includes("Tổng hợp"));
    delete delays.rpcComputeStatuses;
    expect(await page.locator("#progress").isHidden()).toBe(true);
    expect(await page.locator("#overview table").count()).toBe(2);
    // Status labels come from the server, in display order, in the sidebar's language.
    const labels = await page.locator("#overview table").first().locator("td:first-child").allTextContents();
    const known = INDICATOR_STATUS_ORDER.map((c) => statusLabel(c, "vi"));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.map((l) => known.indexOf(l))).toEqual([...labels.map((l) => known.indexOf(l))].sort((a, b) => a - b));
    expect(labels.every((l) => known.includes(l))).toBe(true);
    expect(fake.spreadsheet.sheet("Tổng hợp").charts).toHaveLength(2);
    expect(calls.slice(-3)).toEqual(["rpcCheckAll", "rpcComputeStatuses", "rpcGenerateSummary"]);
  });

  test("settings switch the sidebar to English", async () => {
    await page.click("#btn-settings-view");
    await page.selectOption("#lang", "en");
    await page.fill("#year", "2026");
    await page.click("#btn-save");
    await page.waitForSelector("#btn-check");
    await expect(page.locator("#btn-check").textContent()).resolves.toBe("Check everything");
    expect(JSON.parse(fake.properties.data.get("chitieu.settings") ?? "{}")).toMatchObject({ lang: "en", year: 2026 });
  });

  test("a server error comes back as a message, not a crash", async () => {
    fake.lock.heldByOther = true;
    await page.click("#btn-statuses");
    await page.waitForFunction(() => document.querySelector("#message.error")?.textContent?.includes("Someone else"));
    fake.lock.heldByOther = false;
  });

  test("an answer of the wrong shape is refused by the client's zod check", async () => {
    forged.rpcCheckAll = { ok: true, value: { rows: "many", findings: "<b>x</b>" } };
    await page.click("#btn-check");
    await page.waitForFunction(() => document.querySelector("#message.error")?.textContent?.includes("wrong shape"));
    delete forged.rpcCheckAll;
  });

  test("recognising a pasted appendix asks for the plan's details its title lines do not give", async () => {
    const sheet = fake.spreadsheet.insertSheet("Dán", fake.spreadsheet.sheets.length);
    fake.log.asUser(() =>
      sheet.getRange(1, 1, 3, 5).setValues([
        ["PHỤ LỤC", "", "", "", ""],
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        ["1.", "Tuyên truyền kế hoạch", "Sở Nội vụ", "Sở Y tế", "Năm 2026"],
      ]),
    );
    fake.spreadsheet.activeSheet = sheet;
    await page.click("#btn-recognize");
    await page.waitForSelector("#identity");
    expect(await page.locator("#identity label.missing").count()).toBe(4);
    await page.fill("#identity-number", "15/KH-UBND");
    await page.fill("#identity-issuedOn", "2026-02-01");
    await page.fill("#identity-issuer", "Ủy ban nhân dân tỉnh Đồng Tháp");
    await page.fill("#identity-title", "<b>Kế hoạch</b> tuyên truyền");
    await page.click("#btn-identity");
    // The spreadsheet already tracks 328/KH-UBND: replacing its tracking sheets is asked first.
    await page.waitForSelector("#replace-confirm");
    expect(metaOf(fake).planNumber).toBe("328/KH-UBND");
    await page.click("#btn-replace-yes");
    await page.waitForSelector("#replace-confirm", { state: "detached" });
    await page.waitForFunction(() => !document.querySelector("#identity"));
    expect(metaOf(fake).planNumber).toBe("15/KH-UBND");
    // Typed text is data, never markup, in the plan's title either.
    expect(metaOf(fake).title).toBe("<b>Kế hoạch</b> tuyên truyền");
    expect(calls.filter((c) => c === "rpcRecognize")).toHaveLength(3);
  });
});
