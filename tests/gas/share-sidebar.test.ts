import type { Browser, Page } from "playwright-core";
import { describeWithChromium, HOSTILE, launchChromium } from "../support/chromium";
import { RUN_SHIM } from "./run-shim";
import type * as vm from "node:vm";
import { AGENCY_COLUMNS, SHEETS } from "../../core/layout";
import { openTrackingWorkbook } from "../../core/workbook";
import { sheetReader } from "../../gas/share/reader";
import { buildBundle, intoRealm, loadCode, readDist } from "./bundle";
import { FakeGas, type FakeSpreadsheet } from "./fake";


jest.setTimeout(60_000);

/** Types into a plan row's cell of a tracking spreadsheet, as a person would. */
function typeInto(fake: FakeGas, ss: FakeSpreadsheet, rowId: string, key: string, value: unknown): void {
  fake.log.asUser(() => {
    const wb = openTrackingWorkbook(sheetReader(ss)).workbook!;
    const layout = wb.meta.indicatorLayout;
    const row = wb.indicatorRecords.find((r) => r.rowId === rowId)!.row;
    const col = layout.columns.find((c) => c.key === key)!.col;
    ss.sheet(layout.sheet).getRange(row + 1, col + 1, 1, 1).setValues([[value]]);
  });
}

describeWithChromium("the sharing section of the sidebar, served by the bundle on the fake", () => {
  let browser: Browser;
  let page: Page;
  let fake: FakeGas;
  let gas: vm.Context;

  beforeAll(async () => {
    buildBundle();
    fake = new FakeGas({ htmlFiles: { Sidebar: readDist("Sidebar.html") } });
    gas = loadCode({ ...fake.globals(), console });
    gas.rpcCreateFromTemplate(intoRealm(gas, { templateId: "dong-thap-328-2024", replace: false }));
    const agencies = fake.spreadsheet.sheet(SHEETS.agencies);
    const emailCol = AGENCY_COLUMNS.indexOf("email") + 1;
    fake.log.asUser(() => {
      for (let r = 1; r < 40; r++) {
        const id = agencies.value(r, 0);
        if (id === "so-ldtbxh") agencies.getRange(r + 1, emailCol, 1, 1).setValues([["ldtbxh@dongthap.gov.vn"]]);
        if (id === "cuc-thong-ke") agencies.getRange(r + 1, emailCol, 1, 1).setValues([[`thongke@dongthap.gov.vn; ${HOSTILE}`]]);
      }
    });
    gas.menuOpenSidebar();
    browser = await launchChromium();
    page = await browser.newPage();
    await page.exposeFunction("__gasRun", async (name: string, arg: string) => {
      const fn = gas[name];
      if (typeof fn !== "function") throw new Error(`no server function ${name}`);
      return JSON.stringify(fn(intoRealm(gas, JSON.parse(arg))));
    });
    await page.setContent(fake.ui.sidebars[0].getContent().replace("<head>", `<head><script>${RUN_SHIM}</script>`));
    await page.waitForSelector("body[data-ready=true]");
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  test("protect: agencies without a focal e-mail and the bad address, shown as text", async () => {
    await page.click("#btn-share-protect");
    await page.waitForSelector("#share-result #share-without li");
    const without = await page.locator("#share-without li").allTextContents();
    expect(without).toContain("Sở Y tế");
    expect(without).not.toContain("Cục Thống kê tỉnh");
    const problems = await page.locator("#share-problems li").allTextContents();
    expect(problems.some((p) => p.includes("<img"))).toBe(true);
    expect(await page.locator("#sharing img").count()).toBe(0);
  });

  test("copies: one link per agency, to the spreadsheet only; shared without notification by default", async () => {
    await page.click("#btn-share-copies");
    await page.waitForSelector("#share-copies li a");
    const links = await page.locator("#share-copies li a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    expect(links).toHaveLength(21);
    expect(links.every((h) => /^https:\/\/docs\.google\.com\/spreadsheets\/d\/file-\d+\/edit$/.test(h))).toBe(true);
    expect(fake.Drive.permissions.length).toBe(2);
    expect(fake.Drive.permissions.every((p) => p.sendNotificationEmail === false)).toBe(true);
  });

  test("consolidate: the conflict and the held value (hostile texts), the missing agencies, the errors; nothing executed", async () => {
    const byName = (name: string) => [...fake.Drive.spreadsheets.values()].find((s) => s.name.endsWith(name))!;
    typeInto(fake, byName("Sở Lao động - Thương binh và Xã hội"), "2.1", "note", "Số liệu sơ bộ");
    typeInto(fake, byName("Sở Lao động - Thương binh và Xã hội"), "2.2", "actual:2027", "2,9");
    typeInto(fake, byName("Cục Thống kê tỉnh"), "2.1", "note", HOSTILE);
    typeInto(fake, byName("Cục Thống kê tỉnh"), "2.3", "actual:2027", HOSTILE);
    await page.click("#btn-share-consolidate");
    await page.waitForSelector("#share-conflicts li");
    const conflicts = await page.locator("#share-conflicts li").allTextContents();
    expect(conflicts).toHaveLength(2);
    expect(conflicts.join(" ")).toContain(HOSTILE);
    const held = await page.locator("#share-held li").allTextContents();
    expect(held).toHaveLength(1);
    expect(held[0]).toContain(HOSTILE);
    expect(await page.locator("#share-missing li").count()).toBe(19);
    await expect(page.locator("#share-errors-before").textContent()).resolves.toMatch(/^Lỗi số liệu trước khi tổng hợp: /);
    expect(await page.locator("#sharing img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator("#message").textContent()).resolves.toContain("1 giá trị mới, 2 xung đột");
  });

  test("resolve: who and why asked once, then one click per conflict; the hostile value stays text", async () => {
    await page.waitForSelector("#share-open-conflicts li");
    expect(await page.locator("#share-open-conflicts li").count()).toBe(2);
    const hostile = page.locator("#share-open-conflicts li", { hasText: "Cục Thống kê tỉnh" });
    await hostile.locator("button.keep-master").click();
    await expect(page.locator("#message").textContent()).resolves.toContain("Nhập người xử lý và lý do");
    await page.fill("#resolve-by", "Chuyên viên A");
    await page.fill("#resolve-reason", "Không nhận nội dung lạ");
    await page.locator("#share-open-conflicts li", { hasText: "Cục Thống kê tỉnh" }).locator("button.keep-master").click();
    await page.waitForFunction(() => document.querySelectorAll("#share-open-conflicts li").length === 1);
    await page.locator("#share-open-conflicts li button.take-package").click();
    await page.waitForSelector("#share-open-conflicts p.muted");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const log = fake.spreadsheet.sheet(SHEETS.log);
    const who: string[] = [];
    for (let r = 1; r < 40; r++) if (String(log.value(r, 7) ?? "").startsWith("✔")) who.push(String(log.value(r, 1)));
    expect(who).toEqual(["Chuyên viên A", "Chuyên viên A"]);
  });
});
