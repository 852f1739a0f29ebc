import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { PatchOp } from "../../../core/patch";
import {
  applyPatch,
  CHARTS_SHEET,
  HostError,
  listChartTitles,
  loadSpreadsheet,
  saveWorkbook,
  storedCharts,
  workbookBytes,
} from "../../../cli/xlsx";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-xlsx-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ops: PatchOp[] = [
  { op: "addSheet", sheet: "Chỉ tiêu", replace: true, hidden: false },
  { op: "addSheet", sheet: "_meta", replace: true, hidden: true },
  {
    op: "setValues",
    sheet: "Chỉ tiêu",
    row: 0,
    col: 0,
    values: [
      ["TT", "Chỉ tiêu", "Mục tiêu 2025", "Thực hiện 2025", "Ngày"],
      ["2.1", "Tỷ lệ thất nghiệp", "<3", 2.8, { date: "2025-11-15" }],
      ["2.2", "=HYPERLINK(\"http://x\")", "-", null, null],
    ],
  },
  { op: "setFills", sheet: "Chỉ tiêu", row: 1, col: 3, fills: [["#FFE599"], [null]] },
  { op: "setNotes", sheet: "Chỉ tiêu", row: 1, col: 3, notes: [["⚠ Chỉ Tiêu: kiểm tra lại"]] },
  { op: "setNumberFormats", sheet: "Chỉ tiêu", row: 1, col: 4, formats: [["dd/mm/yyyy"]] },
  { op: "setFontStyles", sheet: "Chỉ tiêu", row: 0, col: 0, styles: [[{ bold: true, italic: false, color: null }]] },
  { op: "freeze", sheet: "Chỉ tiêu", rows: 1, cols: 2 },
  { op: "setColumnWidths", sheet: "Chỉ tiêu", col: 1, widths: [420] },
  {
    op: "setValidation",
    sheet: "Chỉ tiêu",
    range: { row: 1, col: 3, rows: 2, cols: 1 },
    rule: { kind: "number", min: 0, max: 100, allowBlank: true },
    help: { vi: "Nhập số", en: "Enter a number" },
  },
  {
    op: "setConditionalFormats",
    sheet: "Chỉ tiêu",
    range: { row: 1, col: 2, rows: 2, cols: 1 },
    rules: [{ kind: "textEquals", text: "Đạt", fill: "#B7E1CD" }],
  },
  { op: "protectRange", sheet: "Chỉ tiêu", range: { row: 0, col: 0, rows: 3, cols: 3 }, description: "cấu trúc", warningOnly: false },
  { op: "setValues", sheet: "_meta", row: 0, col: 0, values: [["planId", "dong-thap-328-2024"]] },
  { op: "addSheet", sheet: "Tổng hợp", replace: true, hidden: false },
  {
    op: "setValues",
    sheet: "Tổng hợp",
    row: 0,
    col: 0,
    values: [
      ["Lĩnh vực", "Đạt", "Không đạt"],
      ["Lao động", 3, 1],
      ["Y tế", 5, 2],
    ],
  },
  {
    op: "addChart",
    sheet: "Tổng hợp",
    chart: {
      id: "status-by-area",
      kind: "stackedBar",
      title: "Trạng thái theo lĩnh vực",
      dataRange: { row: 0, col: 0, rows: 3, cols: 3 },
      anchor: { row: 0, col: 5 },
      width: 480,
      height: 300,
      seriesInColumns: true,
      seriesColors: ["#34A853", "#EA4335"],
    },
  },
];

describe("ExcelJS host", () => {
  it("applies every kind of patch op and reads it back from the written file", async () => {
    const wb = new ExcelJS.Workbook();
    const { charts } = applyPatch(wb, ops);
    const file = path.join(tmp, "ops.xlsx");
    await saveWorkbook(wb, charts, file);

    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(file);
    const ws = back.getWorksheet("Chỉ tiêu")!;
    expect(ws.getCell("A2").value).toBe("2.1");
    expect(ws.getCell("D2").value).toBe(2.8);
    // Formula-like text from the data is a plain string, never a formula.
    expect(ws.getCell("B3").value).toBe('=HYPERLINK("http://x")');
    expect(ws.getCell("B3").formula).toBeUndefined();
    expect((ws.getCell("E2").value as Date).toISOString().slice(0, 10)).toBe("2025-11-15");
    expect(ws.getCell("E2").numFmt).toBe("dd/mm/yyyy");
    expect((ws.getCell("D2").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFE599");
    expect(ws.getCell("D2").note).toBe("⚠ Chỉ Tiêu: kiểm tra lại");
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1 });
    expect(ws.getColumn(2).width).toBe(60);
    expect(ws.getCell("D2").dataValidation).toMatchObject({ type: "decimal", formulae: [0, 100] });
    // Locked is Excel's default (stored as no attribute); the sheet itself is protected.
    expect(ws.getCell("A1").protection?.locked ?? true).toBe(true);
    expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    expect(ws.getCell("D2").protection?.locked).toBe(false);
    expect(back.getWorksheet("_meta")!.state).toBe("hidden");

    const bytes = new Uint8Array(fs.readFileSync(file));
    expect(await listChartTitles(bytes)).toEqual(["Trạng thái theo lĩnh vực"]);
  });

  it("keeps its charts through a read and re-write (ExcelJS alone would drop them)", async () => {
    const wb = new ExcelJS.Workbook();
    const { charts } = applyPatch(wb, ops);
    const first = await workbookBytes(wb, charts);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(Buffer.from(first) as unknown as ArrayBuffer);
    const kept = storedCharts(reread);
    expect([...kept.keys()]).toEqual(["Tổng hợp"]);
    expect(reread.getWorksheet(CHARTS_SHEET)!.state).toBe("veryHidden");
    const second = await workbookBytes(reread, kept);
    expect(await listChartTitles(second)).toEqual(["Trạng thái theo lĩnh vực"]);
  });

  it("replacing a sheet drops its charts", async () => {
    const wb = new ExcelJS.Workbook();
    const { charts } = applyPatch(wb, [...ops, { op: "addSheet", sheet: "Tổng hợp", replace: true, hidden: false }]);
    expect(charts.get("Tổng hợp")).toBeUndefined();
    expect(await listChartTitles(await workbookBytes(wb, charts))).toEqual([]);
  });

  it("reads grids, merges and notes", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Phụ lục");
    ws.getCell("A1").value = "TT";
    ws.getCell("B2").value = { richText: [{ text: "Sở " }, { text: "Y tế" }] };
    ws.getCell("C3").value = { formula: "1+1", result: 2 };
    ws.mergeCells("D1:D3");
    ws.getCell("A1").note = "ghi chú của người dùng";
    const file = path.join(tmp, "read.xlsx");
    await wb.xlsx.writeFile(file);
    const loaded = await loadSpreadsheet(file);
    const sheet = loaded.sheets[0];
    expect(sheet.grid[0][0]).toBe("TT");
    expect(sheet.grid[1][1]).toBe("Sở Y tế");
    expect(sheet.grid[2][2]).toBe(2);
    expect(sheet.merges).toEqual([{ top: 0, left: 3, bottom: 2, right: 3 }]);
    expect(sheet.notes.get("0,0")).toBe("ghi chú của người dùng");
  });
});

describe("file errors", () => {
  const load = async (name: string, bytes?: Buffer) => {
    const file = path.join(tmp, name);
    if (bytes) fs.writeFileSync(file, bytes);
    try {
      await loadSpreadsheet(file);
      return null;
    } catch (e) {
      expect(e).toBeInstanceOf(HostError);
      return (e as HostError).userMessage;
    }
  };
  const cfb = (withEncryption: boolean) => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const body = Buffer.alloc(1024);
    if (withEncryption) Buffer.from("EncryptedPackage", "utf16le").copy(body, 200);
    return Buffer.concat([header, body]);
  };

  it("names a missing file", async () => {
    expect((await load("khong-co.xlsx"))?.code).toBe("ui.file.missing");
  });
  it("reports a corrupt workbook", async () => {
    expect((await load("hong.xlsx", Buffer.from("PK\u0003\u0004 rác")))?.code).toBe("ui.file.corrupt");
    expect((await load("hong2.xlsx", Buffer.from("not a zip at all")))?.code).toBe("ui.file.corrupt");
  });
  it("recognises a password-protected workbook and an old .xls", async () => {
    const pw = await load("matkhau.xlsx", cfb(true));
    expect(pw?.code).toBe("ui.file.password");
    expect(pw?.vi).toContain("mật khẩu");
    expect((await load("cu.xls", cfb(false)))?.code).toBe("ui.file.legacyXls");
  });
  it("reads UTF-8 (with and without BOM) and UTF-16 CSV, refuses other encodings", async () => {
    const text = "TT,Chỉ tiêu\n2.1,Tỷ lệ thất nghiệp\n";
    const utf8 = await loadSpreadsheet(path.join(tmp, "a.csv")).catch(() => null);
    expect(utf8).toBeNull();
    fs.writeFileSync(path.join(tmp, "u8.csv"), text);
    fs.writeFileSync(path.join(tmp, "u8bom.csv"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    fs.writeFileSync(path.join(tmp, "u16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/,/g, "\t"), "utf16le")]));
    fs.writeFileSync(path.join(tmp, "u16nobom.csv"), Buffer.from(text, "utf16le"));
    for (const f of ["u8.csv", "u8bom.csv", "u16.txt", "u16nobom.csv"]) {
      const loaded = await loadSpreadsheet(path.join(tmp, f));
      expect(loaded.sheets[0].grid[1]).toEqual(["2.1", "Tỷ lệ thất nghiệp"]);
    }
    // "Tỷ lệ" in Windows-1258 / TCVN3-style bytes: not valid UTF-8.
    const legacy = Buffer.from([0x54, 0x54, 0x2c, 0x54, 0xfd, 0x20, 0x6c, 0xea, 0x0a]);
    expect((await load("cu.csv", legacy))?.code).toBe("ui.file.csvEncoding");
  });
});
