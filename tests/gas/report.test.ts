import JSZip from "jszip";
import { SHEETS } from "../../core/layout";
import { loadSample } from "../../core/template";
import { createFromPlan } from "../../gas/actions/create";
import { loadMeta } from "../../gas/document/meta-store";
import { openEnv } from "../../gas/env";
import * as main from "../../gas/main";
import { DOCX_MIME } from "../../hosts/wordml";
import type { FakeGas } from "./fake";
import { columnOfKey, installFake, uninstallFake } from "./helpers";
import { dongThap } from "./plans";

afterEach(uninstallFake);

const DRIVE_FILE = "https://www.googleapis.com/auth/drive.file";

/** The sample's values typed into the fake's tracking sheet, as agencies would. */
function withSample(fake: FakeGas): void {
  const meta = loadMeta(openEnv()).meta!;
  const sheet = fake.spreadsheet.sheet(SHEETS.indicators);
  const idCol = columnOfKey(meta.indicatorLayout, "rowId") - 1;
  const rowOf = new Map<string, number>();
  for (let r = meta.indicatorLayout.firstDataRow; r < sheet.getLastRow(); r++) {
    const id = sheet.value(r, idCol);
    if (typeof id === "string") rowOf.set(id, r);
  }
  const sample = loadSample("dong-thap-328-2024").sample!;
  fake.log.asUser(() => {
    for (const v of sample.values) {
      const r = rowOf.get(v.indicatorId);
      if (r !== undefined) sheet.getRange(r + 1, columnOfKey(meta.indicatorLayout, `actual:${v.year}`), 1, 1).setValues([[v.cell]]);
    }
  });
}

describe("Annual report in Sheets", () => {
  test("asks for drive.file only now, saves a .docx to Drive and links to it; the spreadsheet is not written", async () => {
    const fake = installFake();
    createFromPlan(openEnv(), dongThap(), false);
    withSample(fake);
    fake.log.reset();
    const r = main.rpcAnnualReport({});
    if (!r.ok) throw new Error(r.error.en);
    expect(fake.scopeRequests).toEqual([{ mode: "FULL", scopes: [DRIVE_FILE] }]);
    expect(fake.log.writes).toEqual([]);
    const [id, file] = [...fake.Drive.files.entries()][0];
    expect(file.mimeType).toBe(DOCX_MIME);
    expect(file.name).toMatch(/^bao-cao-328-KH-UBND-nam-\d{4}\.docx$/);
    expect(r.value.url).toBe(`https://drive.google.com/file/d/${id}/view`);
    expect(r.value.fileName).toBe(file.name);
    expect(r.value.message.vi).toContain(file.name);
    expect(r.value.notes.map((n) => n.code)).toContain("report.toFill");
    // The package Utilities.zip made opens, with its parts where Word looks for them.
    const zip = await JSZip.loadAsync(file.bytes);
    expect(Object.keys(zip.files).sort()).toEqual(
      ["[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/_rels/document.xml.rels", "word/document.xml", "word/header1.xml", "word/header2.xml", "word/styles.xml"].sort(),
    );
    const body = await zip.file("word/document.xml")!.async("string");
    expect(body).toContain("Kết quả thực hiện Kế hoạch số 328/KH-UBND");
    expect(body).toContain("Phụ lục I");
  });

  test("the menu item says where the report went", () => {
    const fake = installFake();
    createFromPlan(openEnv(), dongThap(), false);
    main.menuAnnualReport();
    expect(fake.Drive.files.size).toBe(1);
    expect(fake.spreadsheet.toasts.at(-1)?.msg ?? "").toMatch(/Google Drive/);
  });

  test("without a tracking workbook: a message, nothing created", () => {
    const fake = installFake();
    const r = main.rpcAnnualReport({});
    expect(r.ok).toBe(false);
    expect(fake.Drive.files.size).toBe(0);
  });
});
