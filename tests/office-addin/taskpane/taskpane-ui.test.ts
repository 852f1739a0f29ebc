import * as fs from "node:fs";
import * as path from "node:path";
import { createServer, type Server } from "node:http";
import { spawnSync } from "node:child_process";
import type { Browser, Page } from "playwright-core";
import { describeWithChromium, launchChromium } from "../../support/chromium";
import { PackageBook } from "../share/package-files";
import { doc, p as paragraph, pack, table } from "../../core/docx/wordml";

// The task pane in headless Chromium, served by the dev server (plain http here), with the
// office-addin-mock fake in place of Excel.
const root = path.resolve(__dirname, "../../..");

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css", ".json": "application/json", ".png": "image/png" };

/** The same routes as scripts/dev-excel.mjs, over plain http. */
function staticFiles(dir: string) {
  const officeDir = path.join(root, "node_modules/@microsoft/office-js/dist");
  return (req: { url?: string }, res: { writeHead: (s: number, h?: Record<string, string>) => void; end: (b?: Buffer | string) => void }) => {
    const url = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = url.startsWith("/office-js/") ? path.join(officeDir, url.slice(11)) : path.join(dir, url.slice(1));
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(fs.readFileSync(file));
  };
}

describeWithChromium("task pane UI in headless Chromium", () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let base: string;
  /** Errors thrown by our scripts (office.js outside Office throws its own: see harness.ts). */
  const ours: string[] = [];
  const requested: string[] = [];

  beforeAll(async () => {
    const { build } = require("esbuild") as typeof import("esbuild");
    const out = path.join(root, "dist/office-addin-uitest");
    fs.mkdirSync(out, { recursive: true });
    // The dev build (local Office.js), made by the same function the dev server uses.
    const script = `import("${path.join(root, "scripts/build-office.mjs")}").then((m) => m.buildOffice({ dev: true, out: ${JSON.stringify(out)}, extraScript: '<script src="harness.js"></script>' }))`;
    const made = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    if (made.status !== 0) throw new Error(made.stderr);
    await build({
      entryPoints: [path.join(__dirname, "harness.ts")],
      bundle: true,
      format: "iife",
      platform: "browser",
      outfile: path.join(out, "harness.js"),
      alias: { "office-addin-manifest": path.join(__dirname, "../fake-excel/office-app-shim.ts") },
      logLevel: "error",
    });
    server = createServer(staticFiles(out));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    browser = await launchChromium();
    page = await browser.newPage();
    page.on("pageerror", (e) => {
      if (/taskpane\.js|chunks\//.test(e.stack ?? "")) ours.push(e.stack ?? e.message);
      else console.warn("page error (office.js):", e.message);
    });
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it("creates from the template, shows live findings with click-to-select, escapes sheet text", async () => {
    await page.goto(`${base}/taskpane.html`);
    await page.waitForFunction(() => document.querySelector("#create")?.textContent !== "");
    expect(await page.textContent("#create")).toBe("Tạo bảng theo dõi từ mẫu");
    // The shell is a module script; the core came as a separate chunk.
    expect(await page.$eval('script[src="taskpane.js"]', (s) => (s as HTMLScriptElement).type)).toBe("module");
    expect(requested.some((p) => /^\/chunks\/core-[\w-]+\.js$/.test(p))).toBe(true);
    await page.selectOption("#template", "hai-duong-1768-2022");
    await page.click("#create");
    await page.waitForFunction(() => /1768/.test(document.querySelector("#message")?.textContent ?? ""), undefined, { timeout: 30_000 });

    // A bad percentage typed in the sheet shows up in the list; the cell's text is never HTML.
    await page.evaluate(async () => {
      const fake = (window as unknown as { __fake: { type: (s: string, a: string, v: unknown) => Promise<void> } }).__fake;
      await fake.type("Nhiệm vụ", "I5", 150);
      await fake.type("Nhiệm vụ", "J5", '<img src=x onerror="window.__pwned=1">');
    });
    await page.waitForSelector("#findings li");
    const items = await page.$$eval("#findings li", (lis) => lis.map((li) => li.textContent ?? ""));
    expect(items.some((t) => t.includes("I5"))).toBe(true);
    expect(await page.$$("#findings img")).toHaveLength(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // Click-to-select.
    await page.click("#findings li >> text=I5");
    await page.waitForFunction(() => (window as unknown as { __fake: { selected: unknown } }).__fake.selected !== null);
    expect(await page.evaluate(() => (window as unknown as { __fake: { selected: unknown } }).__fake.selected)).toEqual({ sheet: "Nhiệm vụ", address: "I5" });

    // English.
    await page.selectOption("#lang", "en");
    expect(await page.textContent("#check")).toBe("Check everything");

    // Summary in one click.
    await page.click("#summary");
    await page.waitForFunction(() => /Tổng hợp/.test(document.querySelector("#message")?.textContent ?? ""), undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { __fake: { workbook: { sheet: (n: string) => { charts: unknown[] } } } }).__fake.workbook.sheet("Tổng hợp").charts.length)).toBe(2);
    expect(await page.$$eval("#overview tr", (rows) => rows.length)).toBeGreaterThan(0);
    expect(ours).toEqual([]);
  }, 120_000);
  it("shares: packages to download, consolidation from picked files, results as text", async () => {
    requested.length = 0;
    await page.goto(`${base}/taskpane.html`);
    await page.waitForFunction(() => document.querySelector("#share-split")?.textContent !== "");
    expect(await page.textContent("#share-split")).toBe("Tạo gói cho từng cơ quan");
    expect(await page.textContent("#share-merge")).toBe("Tổng hợp từ các gói");
    await page.selectOption("#template", "dong-thap-328-2024");
    await page.click("#create");
    await page.waitForFunction(() => /328/.test(document.querySelector("#message")?.textContent ?? ""), undefined, { timeout: 30_000 });
    // ExcelJS is not fetched until sharing is used.
    expect(requested.some((p) => /^\/chunks\/sharing-/.test(p))).toBe(false);

    await page.click("#share-split");
    await page.waitForSelector('#share-results a[download="cuc-thong-ke-tinh.xlsx"]', { timeout: 60_000 });
    expect(requested.some((p) => /^\/chunks\/sharing-[\w-]+\.js$/.test(p))).toBe(true);
    expect(await page.$$eval("#share-results ul a.download", (as) => as.length)).toBe(21);
    expect(await page.getAttribute("#share-results > a.download", "download")).toBe("dong-thap-328-2024-goi-don-vi.zip");
    const bytes = await page.evaluate(async () => {
      const a = document.querySelector('#share-results a[download="cuc-thong-ke-tinh.xlsx"]') as HTMLAnchorElement;
      return Array.from(new Uint8Array(await (await fetch(a.href)).arrayBuffer()));
    });

    // Filled in Node with ExcelJS; a second copy with markup typed into a plan cell.
    const filled = await PackageBook.open(new Uint8Array(bytes));
    filled.set("indicators", "2.1", "actual:2027", "2,7");
    const tampered = await PackageBook.open(new Uint8Array(bytes));
    tampered.set("indicators", "2.2", "name", '<img src=x onerror="window.__pwned=2">');
    const xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    await page.setInputFiles("#share-files", [
      { name: "cuc-thong-ke-tinh.xlsx", mimeType: xlsx, buffer: Buffer.from(await filled.bytes()) },
      { name: "sua-ten.xlsx", mimeType: xlsx, buffer: Buffer.from(await tampered.bytes()) },
      { name: "<b>hong</b>.xlsx", mimeType: xlsx, buffer: Buffer.from("không phải tệp Excel") },
    ]);
    await page.waitForFunction(() => /Đã gộp/.test(document.querySelector("#message")?.textContent ?? ""), undefined, { timeout: 60_000 });
    const results = (await page.textContent("#share-results")) ?? "";
    expect(results).toContain("cuc-thong-ke-tinh.xlsx — Cục Thống kê tỉnh: 1 giá trị mới, 0 xung đột");
    expect(results).toContain('<img src=x onerror="window.__pwned=2">');
    expect(results).toContain("<b>hong</b>.xlsx");
    expect(results).toContain("Đơn vị chưa gửi gói (20)");
    expect(await page.$$("#share-results img")).toHaveLength(0);
    expect(await page.$$("#share-results b")).toHaveLength(0);
    expect(await page.$$eval("#share-results .rejected li", (lis) => lis.length)).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(ours).toEqual([]);
  }, 180_000);

  it("imports a plan from a Word file picked in the pane; the Word chunk comes only then", async () => {
    requested.length = 0;
    await page.goto(`${base}/taskpane.html`);
    await page.waitForFunction(() => document.querySelector("#import-word")?.textContent !== "");
    expect(await page.textContent("#import-word")).toBe("Nhập kế hoạch từ tệp Word (.docx)");
    expect(await page.getAttribute("#word-file", "accept")).toContain(".docx");
    await page.waitForFunction(() => document.querySelector("#message")?.textContent === "", undefined, { timeout: 30_000 });
    expect(requested.some((p) => /^\/chunks\/word-/.test(p))).toBe(false);

    // A Word 97 file first: the message says how to get a .docx, nothing is created.
    const doc97 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600), Buffer.from("WordDocument", "utf16le")]);
    await page.setInputFiles("#word-file", { name: "ke-hoach.doc", mimeType: "application/msword", buffer: doc97 });
    await page.waitForFunction(() => /Word 97/.test(document.querySelector("#message")?.textContent ?? ""), undefined, { timeout: 30_000 });
    expect(requested.some((p) => /^\/chunks\/word-[\w-]+\.js$/.test(p))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __fake: { workbook: { find: (n: string) => unknown } } }).__fake.workbook.find("Chỉ tiêu"))).toBeUndefined();

    // The plan's .docx: the tracking sheets are created by the template job, from the document.
    const docx = fs.readFileSync(path.join(root, "tests/fixtures/corpus/docs/dong-thap-328-2024-excerpt.docx"));
    await page.setInputFiles("#word-file", { name: "<b>KH 328</b>.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: docx });
    await page.waitForFunction(() => /Đã tạo bảng theo dõi từ/.test(document.querySelector("#message")?.textContent ?? ""), undefined, { timeout: 60_000 });
    expect(await page.textContent("#message")).toContain("8 chỉ tiêu, 5 nhiệm vụ");
    expect(await page.$$("#message b")).toHaveLength(0);
    const names = await page.evaluate(() => (window as unknown as { __fake: { workbook: { sheets: { name: string }[] } } }).__fake.workbook.sheets.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(["Chỉ tiêu", "Nhiệm vụ", "Đơn vị", "Tổng hợp", "Nhật ký", "_chitieu"]));
    const column = await page.evaluate(() => {
      const sheet = (window as unknown as { __fake: { workbook: { sheet: (n: string) => { values: Map<string, unknown> } } } }).__fake.workbook.sheet("Nhiệm vụ");
      return [...sheet.values.values()].filter((v) => typeof v === "string");
    });
    expect(column.some((v) => String(v).startsWith("Tuyên truyền, quán triệt"))).toBe(true);

    // Again over the existing sheets: asks first.
    await page.setInputFiles("#word-file", { name: "KH 328.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: docx });
    await page.waitForSelector("#confirm:not([hidden])", { timeout: 30_000 });
    expect(await page.textContent("#confirm-text")).toContain("Chỉ tiêu");
    await page.click("#confirm-no");
    await page.waitForSelector("#confirm", { state: "hidden" });

    // An appendix alone: nothing says which plan it is, so the pane asks (the file is not read again).
    const cells = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "1.", "Tuyên truyền", "Sở Nội vụ", "Sở Y tế", "Năm 2026"];
    const rects = cells.map((text, i) => ({ top: Math.floor(i / 5), left: i % 5, bottom: Math.floor(i / 5), right: i % 5, text }));
    const appendix = await pack({ document: doc(`${paragraph("PHỤ LỤC")}${table(2, 5, rects)}`) });
    await page.setInputFiles("#word-file", { name: "PL.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(appendix) });
    await page.waitForSelector("#word-identity", { timeout: 30_000 });
    expect(await page.textContent("#message")).toContain("phần đầu văn bản «PL.docx» không ghi");
    expect(await page.locator("#word-identity label.missing").count()).toBe(4);
    await page.fill("#word-identity-number", "12/KH-UBND");
    await page.fill("#word-identity-issuedOn", "2026-01-05");
    await page.fill("#word-identity-issuer", "Ủy ban nhân dân tỉnh Đồng Tháp");
    await page.fill("#word-identity-title", "Kế hoạch tuyên truyền");
    await page.click("#word-create");
    await page.waitForSelector("#confirm:not([hidden])", { timeout: 30_000 });
    await page.click("#confirm-yes");
    await page.waitForFunction(() => /Đã tạo bảng theo dõi từ «PL.docx»: 0 chỉ tiêu, 1 nhiệm vụ/.test(document.querySelector("#message")?.textContent ?? ""), undefined, { timeout: 60_000 });
    expect(await page.locator("#word-identity").count()).toBe(0);
    expect(ours).toEqual([]);
  }, 180_000);

  it("recognises a pasted appendix, asking for the plan's details its title lines do not give", async () => {
    await page.evaluate(async () => {
      const fake = (window as unknown as { __fake: { type: (s: string, a: string, v: unknown) => Promise<void>; activeSheet: string; workbook: { addSheet: (n: string) => unknown } } }).__fake;
      fake.workbook.addSheet("Dán");
      await fake.type("Dán", "A1", [
        ["PHỤ LỤC", "", "", "", ""],
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        ["1.", "Tuyên truyền kế hoạch", "Sở Nội vụ", "Sở Y tế", "Năm 2026"],
      ]);
      fake.activeSheet = "Dán";
    });
    await page.click("#recognize");
    await page.waitForSelector("#recognize-identity", { timeout: 30_000 });
    expect(await page.textContent("#message")).toContain("Chưa biết");
    expect(await page.locator("#recognize-identity label.missing").count()).toBe(4);
    await page.fill("#recognize-identity-number", "15/KH-UBND");
    await page.fill("#recognize-identity-issuedOn", "2026-02-01");
    await page.fill("#recognize-identity-issuer", "Ủy ban nhân dân tỉnh Đồng Tháp");
    await page.fill("#recognize-identity-title", "Kế hoạch tuyên truyền");
    await page.click("#recognize-again");
    // The workbook already tracks a plan: replacing its tracking sheets is asked first.
    await page.waitForSelector("#confirm:not([hidden])", { timeout: 30_000 });
    await page.click("#confirm-yes");
    await page.waitForFunction(() => /Dán/.test(document.querySelector("#message")?.textContent ?? "") && !/Chưa biết/.test(document.querySelector("#message")?.textContent ?? ""), undefined, { timeout: 60_000 });
    expect(await page.locator("#recognize-identity").count()).toBe(0);
    const number = await page.evaluate(() => {
      const sheet = (window as unknown as { __fake: { workbook: { sheet: (n: string) => { values: Map<string, unknown> } } } }).__fake.workbook.sheet("_chitieu");
      return [...sheet.values.values()].map(String).join("").includes("15/KH-UBND");
    });
    expect(number).toBe(true);
    expect(ours).toEqual([]);
  }, 180_000);
});
