import * as fs from "node:fs";
import * as path from "node:path";
import type * as vm from "node:vm";
import type { Browser, Page } from "playwright-core";
import { SHEETS } from "../../core/layout";
import { describeWithChromium, HOSTILE, launchChromium } from "../support/chromium";
import { buildBundle, intoRealm, loadCode, readDist } from "./bundle";
import { FakeGas } from "./fake";
import { RUN_SHIM } from "./run-shim";
import { doc, p as paragraph, pack, table } from "../core/docx/wordml";

jest.setTimeout(60_000);

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const fixture = new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../fixtures/corpus/docs/dong-thap-328-2024-excerpt.docx")));

/**
 * A stand-in for apis.google.com/js/api.js (no network here): `gapi.load("picker")` gives a Picker
 * that records how it was built and lets the test pick a file or cancel, answering with the
 * same response keys as Google's.
 */
const FAKE_GAPI = `
  window.__picker = null;
  const picker = {
    ViewId: { DOCS: "all" }, DocsViewMode: { LIST: "list" },
    Action: { PICKED: "picked", CANCEL: "cancel" },
    Response: { ACTION: "action", DOCUMENTS: "docs" },
    Document: { ID: "id", NAME: "name", MIME_TYPE: "mimeType" },
    DocsView: class { constructor(v) { this.s = { view: v }; } setMimeTypes(m) { this.s.mimeTypes = m; return this; } setIncludeFolders(f) { this.s.folders = f; return this; } setSelectFolderEnabled(f) { this.s.selectFolders = f; return this; } setMode(m) { return this; } },
    PickerBuilder: class {
      constructor() { this.s = {}; }
      addView(v) { this.s.view = v.s; return this; }
      setOAuthToken(t) { this.s.token = t; return this; }
      setDeveloperKey(k) { this.s.key = k; return this; }
      setAppId(a) { this.s.appId = a; return this; }
      setOrigin(o) { this.s.origin = o; return this; }
      setLocale(l) { this.s.locale = l; return this; }
      setTitle(t) { this.s.title = t; return this; }
      setSize() { return this; }
      setCallback(f) { this.f = f; return this; }
      build() { const s = this.s, f = this.f; return { setVisible(on) { window.__picker = { settings: s, answer: f, visible: on }; f({ action: "loaded" }); } }; }
    },
  };
  window.gapi = { load(name, opts) { window.google = window.google || {}; window.google.picker = picker; setTimeout(opts.callback, 0); } };
`;
const HOST_SHIM = `window.google.script.host = { origin: "https://docs.google.com", close() { window.__closed = true; } };`;

describeWithChromium("the Word import dialog in headless Chromium, served by the bundle on the fake", () => {
  let browser: Browser;
  let page: Page;
  let fake: FakeGas;
  let gas: vm.Context;
  const calls: string[] = [];
  let apiBlocked = false;

  async function openDialog(): Promise<void> {
    gas.menuImportWord();
    const html = fake.ui.dialogs[fake.ui.dialogs.length - 1].html.getContent();
    await page.setContent(html.replace("<head>", `<head><script>${RUN_SHIM}${HOST_SHIM}</script>`));
    await page.waitForSelector("body[data-ready=true]");
  }

  const pick = (doc: { id: string; name: string } | null) =>
    page.evaluate((d) => {
      const p = (window as unknown as { __picker: { answer: (r: unknown) => void } }).__picker;
      (window as unknown as { __picker: unknown }).__picker = null;
      p.answer(d ? { action: "picked", docs: [{ id: d.id, name: d.name, mimeType: "x" }] } : { action: "cancel" });
    }, doc);

  beforeAll(async () => {
    buildBundle();
    fake = new FakeGas({ htmlFiles: { Sidebar: readDist("Sidebar.html"), Picker: readDist("Picker.html") } });
    fake.scriptProperties.data.set("CHITIEU_PICKER_API_KEY", "AIzaSyA-fake_developer_key_0123456789");
    fake.scriptProperties.data.set("CHITIEU_PICKER_APP_ID", "123456789012");
    fake.DriveApp.add("1AbCdEfGhIjKlMnOpQrSt", { name: `${HOSTILE}.docx`, mimeType: DOCX_MIME, bytes: fixture });
    gas = loadCode({ ...fake.globals(), console });
    browser = await launchChromium();
    page = await browser.newPage();
    await page.route("https://apis.google.com/js/api.js", (route) =>
      apiBlocked ? route.abort() : route.fulfill({ status: 200, contentType: "text/javascript", body: FAKE_GAPI }),
    );
    await page.exposeFunction("__gasRun", async (name: string, arg: string) => {
      calls.push(name);
      const fn = gas[name];
      if (typeof fn !== "function") throw new Error(`no server function ${name}`);
      return JSON.stringify(fn(intoRealm(gas, JSON.parse(arg))));
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
  });

  test("opens the Picker at once with the token, key and app id; the picked file becomes the tracking sheets", async () => {
    await openDialog();
    await page.waitForFunction(() => (window as unknown as { __picker: unknown }).__picker !== null);
    const settings = await page.evaluate(() => (window as unknown as { __picker: { settings: Record<string, unknown> } }).__picker.settings);
    expect(settings).toMatchObject({ token: "ya29.fake-token", key: "AIzaSyA-fake_developer_key_0123456789", appId: "123456789012", origin: "https://docs.google.com", locale: "vi" });
    expect(String((settings.view as { mimeTypes: string }).mimeTypes)).toContain(DOCX_MIME);
    expect(await page.locator("#btn-pick").isDisabled()).toBe(true);
    await pick({ id: "1AbCdEfGhIjKlMnOpQrSt", name: `${HOSTILE}.docx` });
    await page.waitForSelector("#done");
    expect(await page.textContent("#done")).toBe(`Đã tạo bảng theo dõi từ «${HOSTILE}.docx»: 8 chỉ tiêu, 5 nhiệm vụ.`);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(fake.spreadsheet.getSheetByName(SHEETS.tasks)).not.toBeNull();
    expect(calls).toEqual(expect.arrayContaining(["rpcWordPickerConfig", "rpcImportWord"]));
  });

  test("over an existing workbook: asks before replacing, cancel leaves everything as it was", async () => {
    await openDialog();
    // A workbook exists: the dialog waits for the person instead of opening the Picker.
    expect(await page.evaluate(() => (window as unknown as { __picker: unknown }).__picker)).toBeNull();
    // (The plan's number comes from the document's head once its identity is read: issue #10, item 3.)
    await expect(page.locator("label.inline").textContent()).resolves.toMatch(/^Thay thế bảng theo dõi hiện có/);
    await page.click("#btn-pick");
    await page.waitForFunction(() => (window as unknown as { __picker: unknown }).__picker !== null);
    await pick(null);
    await page.waitForFunction(() => !(document.querySelector("#btn-pick") as HTMLButtonElement).disabled);
    expect(await page.textContent("#message")).toBe("");
    // Without the box ticked the server refuses to overwrite; ticked, it replaces.
    await page.click("#btn-pick");
    await page.waitForFunction(() => (window as unknown as { __picker: unknown }).__picker !== null);
    await pick({ id: "1AbCdEfGhIjKlMnOpQrSt", name: "KH.docx" });
    await page.waitForFunction(() => document.querySelector("#message.error")?.textContent?.includes("đã có bảng theo dõi"));
    await page.check("#replace");
    await page.click("#btn-pick");
    await page.waitForFunction(() => (window as unknown as { __picker: unknown }).__picker !== null);
    await pick({ id: "1AbCdEfGhIjKlMnOpQrSt", name: "KH.docx" });
    await page.waitForSelector("#done");
    await page.click("#btn-close");
    expect(await page.evaluate(() => (window as unknown as { __closed?: boolean }).__closed)).toBe(true);
  });

  test("asks for the plan's details the document does not give, then creates the sheets", async () => {
    const cells = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "1.", "Tuyên truyền", "Sở Nội vụ", "Sở Y tế", "Năm 2026"];
    const rects = cells.map((text, i) => ({ top: Math.floor(i / 5), left: i % 5, bottom: Math.floor(i / 5), right: i % 5, text }));
    fake.DriveApp.add("2PhuLucKhongCoDauVanBan", { name: "PL.docx", mimeType: DOCX_MIME, bytes: await pack({ document: doc(`${paragraph("PHỤ LỤC")}${table(2, 5, rects)}`) }) });
    await openDialog();
    await page.check("#replace");
    await page.click("#btn-pick");
    await page.waitForFunction(() => (window as unknown as { __picker: unknown }).__picker !== null);
    await pick({ id: "2PhuLucKhongCoDauVanBan", name: "PL.docx" });
    await page.waitForSelector("#identity");
    expect(await page.textContent("#message")).toContain("phần đầu văn bản «PL.docx» không ghi");
    expect(await page.locator("#identity label.missing").count()).toBe(4);
    await page.fill("#identity-number", "12/KH-UBND");
    await page.fill("#identity-issuedOn", "2026-01-05");
    await page.fill("#identity-issuer", "Ủy ban nhân dân tỉnh Đồng Tháp");
    await page.fill("#identity-title", "Kế hoạch tuyên truyền");
    await page.click("#btn-identity");
    await page.waitForSelector("#done");
    expect(await page.textContent("#done")).toContain("1 nhiệm vụ");
    expect(await page.locator("#identity").count()).toBe(0);
  });

  test("says so when Google's Picker cannot be loaded", async () => {
    fake.spreadsheet.deleteSheet(fake.spreadsheet.sheet(SHEETS.meta));
    fake.cache.expire();
    apiBlocked = true;
    // A fresh page: the one before has gapi loaded already.
    await page.close();
    page = await browser.newPage();
    await page.route("https://apis.google.com/js/api.js", (route) => route.abort());
    await page.exposeFunction("__gasRun", async (name: string, arg: string) => JSON.stringify(gas[name](intoRealm(gas, JSON.parse(arg)))));
    await openDialog();
    await page.waitForFunction(() => document.querySelector("#message.error")?.textContent?.includes("Không mở được hộp chọn tệp"));
    expect(await page.locator("#btn-pick").isDisabled()).toBe(false);
    apiBlocked = false;
  });
});
