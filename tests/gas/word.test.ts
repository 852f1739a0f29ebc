import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { SHEETS } from "../../core/layout";
import * as main from "../../gas/main";
import { DRIVE_FILE } from "../../gas/share";
import { PICKER_KEYS, readDocxInAppsScript } from "../../gas/word";
import { readDocxBytes } from "../../hosts/docx";
import { doc, p, pack, table } from "../core/docx/wordml";
import type { FakeGas } from "./fake";
import { installFake, uninstallFake } from "./helpers";

/**
 * Issue 10.4 in Sheets, server side on the fake: the Picker's settings and token, then a .docx
 * picked in Drive read with Utilities.unzip and the core's reader, and the tracking sheets
 * created by the template job.
 */
const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const fixture = new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../fixtures/corpus/docs/dong-thap-328-2024-excerpt.docx")));
const FILE_ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz";

type Ok<T> = T extends { ok: true; value: infer V } ? V : never;
function ok<T extends { ok: boolean }>(r: T): Ok<T> {
  if (!r.ok) throw new Error(`rpc failed: ${JSON.stringify(r)}`);
  return (r as unknown as { value: Ok<T> }).value;
}
function failure(r: { ok: boolean }): { code: string; vi: string; en: string } {
  if (r.ok) throw new Error("rpc succeeded");
  return (r as unknown as { error: { code: string; vi: string; en: string } }).error;
}

function configured(): FakeGas {
  const fake = installFake();
  fake.scriptProperties.data.set(PICKER_KEYS.apiKey, "AIzaSyA-fake_developer_key_0123456789");
  fake.scriptProperties.data.set(PICKER_KEYS.appId, "123456789012");
  return fake;
}

afterEach(uninstallFake);

describe("the Picker dialog's settings", () => {
  test("asks for drive.file when the action is used, and hands the token, key and app id", () => {
    const fake = configured();
    const c = ok(main.rpcWordPickerConfig({}));
    expect(c).toEqual({ token: "ya29.fake-token", developerKey: "AIzaSyA-fake_developer_key_0123456789", appId: "123456789012", hasWorkbook: false, planNumber: null, lang: "vi" });
    expect(fake.scopeRequests).toEqual([{ mode: "FULL", scopes: [DRIVE_FILE] }]);
  });

  test("says what the administrator must set when the key or app id is missing or malformed", () => {
    const fake = installFake();
    const e = failure(main.rpcWordPickerConfig({}));
    expect(e.code).toBe("gas.word.notConfigured");
    expect(e.vi).toContain("CHITIEU_PICKER_API_KEY, CHITIEU_PICKER_APP_ID");
    expect(e.vi).toContain("docs/gas.md");
    fake.scriptProperties.data.set(PICKER_KEYS.apiKey, "AIzaSyA-fake_developer_key_0123456789");
    fake.scriptProperties.data.set(PICKER_KEYS.appId, "my-project");
    expect(failure(main.rpcWordPickerConfig({})).vi).not.toContain("CHITIEU_PICKER_API_KEY");
  });

  test("the menu item and the sidebar button open the dialog (a modal over the sheet)", () => {
    const fake = configured();
    Object.assign(fake.htmlService.files, { Picker: "<html><body>picker</body></html>" });
    main.menuImportWord();
    expect(fake.ui.dialogs).toHaveLength(1);
    expect(fake.ui.dialogs[0].title).toBe("Nhập kế hoạch từ tệp Word");
    expect(fake.ui.dialogs[0].html.getContent()).toContain('window.CHITIEU_BOOT={"lang":"vi"}');
    expect(ok(main.rpcOpenWordPicker({}))).toEqual({ opened: true });
    expect(fake.ui.dialogs).toHaveLength(2);
    expect(fake.scopeRequests.every((r) => r.scopes.includes(DRIVE_FILE))).toBe(true);
  });
});

describe("importing a picked .docx", () => {
  test("creates the tracking sheets, unzipping only the parts the reader needs", () => {
    const fake = configured();
    fake.DriveApp.add(FILE_ID, { name: "KH 328.docx", mimeType: DOCX_MIME, bytes: fixture });
    const r = ok(main.rpcImportWord({ fileId: FILE_ID, replace: false }));
    expect(r).toMatchObject({ kind: "created", number: "328/KH-UBND", indicators: 8, tasks: 5, message: { vi: "Đã tạo bảng theo dõi từ «KH 328.docx»: 8 chỉ tiêu, 5 nhiệm vụ." } });
    for (const s of [SHEETS.indicators, SHEETS.tasks, SHEETS.meta]) expect(fake.spreadsheet.getSheetByName(s)).not.toBeNull();
    // Utilities.unzip never saw anything but relationships and the document's XML parts.
    expect(fake.Utilities.unzipped.flat().every((n) => /^(_rels\/\.rels|word\/_rels\/document\.xml\.rels|word\/(document|styles|numbering)\.xml)$/.test(n))).toBe(true);
    expect(fake.Utilities.unzipped.flat()).toContain("word/document.xml");
    expect(fake.scopeRequests.some((q) => q.scopes.includes(DRIVE_FILE))).toBe(true);
    // The dialog's next config knows the workbook now exists.
    expect(ok(main.rpcWordPickerConfig({}))).toMatchObject({ hasWorkbook: true });
  });

  test("does not replace an existing tracking workbook unless asked", () => {
    const fake = configured();
    fake.DriveApp.add(FILE_ID, { name: "KH 328.docx", mimeType: DOCX_MIME, bytes: fixture });
    ok(main.rpcImportWord({ fileId: FILE_ID, replace: false }));
    expect(failure(main.rpcImportWord({ fileId: FILE_ID, replace: false })).code).toBe("gas.alreadyTracking");
    expect(ok(main.rpcImportWord({ fileId: FILE_ID, replace: true }))).toMatchObject({ kind: "created", tasks: 5 });
  });

  test("a .doc, a PDF, a Google Doc, a file not picked, a bad id: messages, nothing created", async () => {
    const fake = configured();
    const doc97 = new Uint8Array(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600), Buffer.from("WordDocument", "utf16le")]));
    fake.DriveApp.add("id-doc-97-0000", { name: "KH.doc", mimeType: "application/msword", bytes: doc97 });
    fake.DriveApp.add("id-pdf-0000000", { name: "KH.pdf", mimeType: "application/pdf", bytes: new TextEncoder().encode("%PDF-1.4\n") });
    fake.DriveApp.add("id-gdoc-000000", { name: "KH", mimeType: "application/vnd.google-apps.document", bytes: new Uint8Array(0) });
    fake.DriveApp.add("id-other-00000", { name: "khac.docx", mimeType: DOCX_MIME, bytes: fixture }, false);
    expect(failure(main.rpcImportWord({ fileId: "id-doc-97-0000", replace: false })).code).toBe("docx.legacyDoc");
    expect(failure(main.rpcImportWord({ fileId: "id-pdf-0000000", replace: false })).code).toBe("docx.pdf");
    expect(failure(main.rpcImportWord({ fileId: "id-gdoc-000000", replace: false })).vi).toContain("Tải xuống → Microsoft Word (.docx)");
    expect(failure(main.rpcImportWord({ fileId: "id-other-00000", replace: false })).code).toBe("gas.word.noAccess");
    expect(failure(main.rpcImportWord({ fileId: "../etc", replace: false } as never)).code).toBe("gas.badRequest");
    expect(fake.spreadsheet.getSheetByName(SHEETS.meta)).toBeNull();
  });

  test("a package crafted to expand without end is refused before anything is expanded", async () => {
    const fake = configured();
    // 20 MB of spaces deflate about a thousandfold: within the size limit, past the ratio one.
    const bomb = await pack({ document: doc(p(`x${" ".repeat(20 * 1024 * 1024)}`)) });
    fake.DriveApp.add(FILE_ID, { name: "bom.docx", mimeType: DOCX_MIME, bytes: bomb });
    const e = failure(main.rpcImportWord({ fileId: FILE_ID, replace: false }));
    expect(e.code).toBe("docx.bomb");
    expect(fake.Utilities.expandedBytes).toBeLessThan(1024 * 1024);
  }, 60_000);

  test("a part that expands past its declared size is caught, and so is a damaged one", async () => {
    const fake = configured();
    const zip = await JSZip.loadAsync(fixture);
    zip.file("word/document.xml", (await zip.file("word/document.xml")!.async("string")).replace("</w:body>", "<w:p/></w:body>"));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    // Lie about the size of word/document.xml in the central directory.
    const name = new TextEncoder().encode("word/document.xml");
    for (let i = bytes.length - 46; i >= 0; i--) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2 && name.every((b, j) => bytes[i + 46 + j] === b)) {
        bytes[i + 24] = 10;
        bytes[i + 25] = bytes[i + 26] = bytes[i + 27] = 0;
        break;
      }
    }
    fake.DriveApp.add(FILE_ID, { name: "sai.docx", mimeType: DOCX_MIME, bytes });
    expect(failure(main.rpcImportWord({ fileId: FILE_ID, replace: false })).code).toBe("docx.bomb");
    fake.DriveApp.add("id-cut-0000000", { name: "cut.docx", mimeType: DOCX_MIME, bytes: fixture.subarray(0, fixture.length - 100) });
    expect(failure(main.rpcImportWord({ fileId: "id-cut-0000000", replace: false })).code).toBe("docx.corrupt");
  });

  test("asks for the plan's details the document's head does not give, and creates once they are given", async () => {
    const fake = configured();
    // An appendix alone: no head, no "(Kèm theo Kế hoạch số …)" line; nothing says which plan it is.
    const cells = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "1.", "Tuyên truyền", "Sở Nội vụ", "Sở Y tế", "Năm 2026"];
    const rects = cells.map((text, i) => ({ top: Math.floor(i / 5), left: i % 5, bottom: Math.floor(i / 5), right: i % 5, text }));
    const appendix = await pack({ document: doc(`${p("PHỤ LỤC")}${table(2, 5, rects)}`) });
    fake.DriveApp.add(FILE_ID, { name: "PL.docx", mimeType: DOCX_MIME, bytes: appendix });
    const ask = ok(main.rpcImportWord({ fileId: FILE_ID, replace: false }));
    expect(ask).toMatchObject({ kind: "needsIdentity", file: "PL.docx", missing: ["number", "issuedOn", "issuer", "title"] });
    if (ask.kind !== "needsIdentity") throw new Error("expected a question");
    expect(ask.message.vi).toContain("phần đầu văn bản «PL.docx» không ghi");
    expect(fake.spreadsheet.getSheetByName(SHEETS.meta)).toBeNull();
    const done = ok(main.rpcImportWord({ fileId: FILE_ID, replace: false, identity: { number: "12/KH-UBND", issuedOn: "2026-01-05", issuer: "Ủy ban nhân dân tỉnh Đồng Tháp", title: "Kế hoạch tuyên truyền" } }));
    expect(done).toMatchObject({ kind: "created", number: "12/KH-UBND", tasks: 1 });
  });

  test("reads the same document as the Node host", async () => {
    const fake = configured();
    const gas = readDocxInAppsScript(fixture, "x.docx", fake.Utilities);
    const node = await readDocxBytes(fixture, "x.docx");
    expect(gas).toEqual(node);
  });
});
