import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { loadTemplate } from "../../core/template";
import { defaultRegistry } from "../../core/agency";
import { listChartTitles } from "../../cli/xlsx";
import { dongThapSheet, haiDuongSheet } from "../core/recognize/seed-grids";
import { jsonLines, run } from "./helpers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-cli-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => path.join(dir, name);
const names = new Map(defaultRegistry.agencies.map((a) => [a.id, a.name]));

/** Writes a grid as the only sheet of an .xlsx, with merges, as a Word → Excel paste leaves it. */
async function pastedXlsx(file: string, sheet: { grid: unknown[][]; merges: { top: number; left: number; bottom: number; right: number }[] }) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục");
  sheet.grid.forEach((row, r) => row.forEach((v, c) => {
    if (v !== null && v !== undefined && v !== "") ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
  }));
  for (const m of sheet.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  await wb.xlsx.writeFile(file);
}

describe("chitieu template", () => {
  it("writes a ready tracking workbook for each plan", async () => {
    for (const id of ["dong-thap-328-2024", "hai-duong-1768-2022"]) {
      const r = await run(["template", id, "-o", at(`${id}.xlsx`)]);
      expect(r.code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(at(`${id}.xlsx`));
      expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Chỉ tiêu", "Nhiệm vụ", "Đơn vị", "Tổng hợp", "Nhật ký", "_chitieu"]));
      expect(wb.getWorksheet("_chitieu")!.state).not.toBe("visible");
    }
  });

  it("names the known templates when the id is unknown, and asks for -o", async () => {
    const r = await run(["template", "khong-co", "-o", at("x.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("dong-thap-328-2024");
    const missing = await run(["template", "dong-thap-328-2024"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Thiếu");
  });
});

describe("round trip: template → xlsx → import gives back the same plan", () => {
  it.each(["dong-thap-328-2024", "hai-duong-1768-2022"])("%s", async (id) => {
    const plan = loadTemplate(id).plan!;
    const file = at(`rt-${id}.xlsx`);
    expect((await run(["template", id, "-o", file])).code).toBe(0);
    const r = await run(["import", file, "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as {
      areas: { code: string; name: string }[];
      indicators: { code: string; name: string; unit: string; parent: string | null; targets: Record<string, { text: string; kind: string; lo: number | null; hi: number | null }>; lead: string[]; partners: string[]; leadText: string; partnersText: string }[];
      tasks: { section: string; code: string; text: string; lead: string[]; partners: string[]; timeframe: { text: string; kind: string }; approvalLevel: string | null; expectedOutput: string | null }[];
    };
    expect(out.areas.map((a) => [a.code, a.name])).toEqual(plan.areas.map((a) => [a.code, a.name]));
    expect(out.indicators).toHaveLength(plan.indicators.length);
    out.indicators.forEach((got, i) => {
      const want = plan.indicators[i];
      expect([got.code, got.name, got.unit]).toEqual([want.code, want.name, want.unit]);
      expect(got.parent).toEqual(want.parent === null ? null : plan.indicators.find((x) => x.id === want.parent)!.code);
      for (const [year, t] of Object.entries(want.targets)) {
        expect(got.targets[year]).toMatchObject({ text: t.raw, kind: t.parsed.kind, lo: t.parsed.lo, hi: t.parsed.hi });
      }
      expect(got.lead).toEqual(want.lead.ids.map((x) => names.get(x)));
      expect(got.partners).toEqual(want.partners.ids.map((x) => names.get(x)));
    });
    expect(out.tasks).toHaveLength(plan.tasks.length);
    out.tasks.forEach((got, i) => {
      const want = plan.tasks[i];
      expect([got.code, got.text, got.timeframe.text, got.timeframe.kind]).toEqual([want.code, want.text, want.timeframe.text, want.timeframe.timeframe.kind]);
      expect([got.approvalLevel, got.expectedOutput]).toEqual([want.approvalLevel, want.expectedOutput]);
      expect(got.lead).toEqual(want.lead.ids.map((x) => names.get(x)));
    });
  });
});

describe("chitieu import", () => {
  it("recognises both Đồng Tháp appendices pasted into one sheet, with the documented JSON shape", async () => {
    await pastedXlsx(at("dt-paste.xlsx"), dongThapSheet());
    const r = await run(["import", at("dt-paste.xlsx"), "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(Object.keys(out)).toEqual(["areas", "indicators", "tasks", "findings"]);
    expect(out.areas).toHaveLength(10);
    expect(out.indicators).toHaveLength(105);
    expect(out.indicators.filter((i: { code: string }) => i.code === "")).toHaveLength(17);
    expect(out.tasks).toHaveLength(64);
    const i91 = out.indicators.find((i: { code: string }) => i.code === "9.1");
    expect(i91.targets["2030"]).toMatchObject({ kind: "exact", lo: 6100, hi: 6100, error: null });
    const i23 = out.indicators.find((i: { code: string }) => i.code === "2.3");
    expect(i23.lead).toEqual(["Sở Lao động - Thương binh và Xã hội", "Cục Thống kê tỉnh"]);
    expect(out.tasks[0]).toMatchObject({ section: "I", code: "1.", timeframe: { text: "Hằng năm", kind: "annual" } });
    for (const f of out.findings) expect(Object.keys(f)).toEqual(expect.arrayContaining(["row", "column", "severity", "code", "message"]));
  });

  it("reads a CSV (UTF-16, Excel's Unicode text) of the Hải Dương appendix", async () => {
    const { grid } = haiDuongSheet();
    const tsv = grid.map((row) => row.map((v) => String(v ?? "").replace(/[\t\n]/g, " ")).join("\t")).join("\r\n");
    fs.writeFileSync(at("hd.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, "utf16le")]));
    const r = await run(["import", at("hd.txt"), "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.tasks).toHaveLength(35);
    expect(out.tasks.find((t: { section: string; code: string }) => t.section === "II" && t.code === "8")).toMatchObject({ approvalLevel: "TTCP" });
  });

  it("with -o adds the tracking columns beside the user's table, and the result can be checked", async () => {
    await pastedXlsx(at("dt-paste2.xlsx"), dongThapSheet());
    const before = fs.readFileSync(at("dt-paste2.xlsx"));
    // The title lines give the number, date and issuer; the title must be given.
    const asked = await run(["import", at("dt-paste2.xlsx"), "-o", at("dt-tracked.xlsx"), "--year", "2026"]);
    expect(asked.code).toBe(2);
    expect(asked.err).toContain("tên (trích yếu)");
    expect(asked.err).toContain("--title");
    expect(fs.existsSync(at("dt-tracked.xlsx"))).toBe(false);
    const r = await run(["import", at("dt-paste2.xlsx"), "-o", at("dt-tracked.xlsx"), "--year", "2026", "--title", "Kế hoạch triển khai Nghị quyết 68/NQ-CP"]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(at("dt-paste2.xlsx")).equals(before)).toBe(true); // input untouched
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("dt-tracked.xlsx"));
    const ws = wb.getWorksheet("Phụ lục")!;
    expect(ws.getCell(1, 1).value).toBe(dongThapSheet().grid[0][0]);
    const status = await run(["status", at("dt-tracked.xlsx"), "--json"]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out).indicators.length).toBeGreaterThan(100);
  });

  it("explains a file with no plan, a missing sheet and refuses to overwrite its input", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Trống").getCell("A1").value = "Xin chào";
    await wb.xlsx.writeFile(at("empty.xlsx"));
    const none = await run(["import", at("empty.xlsx")]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("không chứa kế hoạch");
    const sheet = await run(["import", at("empty.xlsx"), "--sheet", "Không có"]);
    expect(sheet.err).toContain("Trống");
    await pastedXlsx(at("dt-paste3.xlsx"), dongThapSheet());
    const same = await run(["import", at("dt-paste3.xlsx"), "-o", at("dt-paste3.xlsx")]);
    expect(same.code).toBe(2);
    expect(same.err).toContain("không ghi đè");
  });
});

describe("chitieu validate, status, summary, sample", () => {
  const sampleFile = at("mau.xlsx");
  beforeAll(async () => {
    const r = await run(["sample", "-o", sampleFile]);
    expect(r.code).toBe(0);
  });

  it("sample prints where the file is and a short status table", async () => {
    const r = await run(["sample", "-o", at("mau2.xlsx")]);
    expect(r.out).toContain(at("mau2.xlsx"));
    expect(r.out).toContain("Cần đẩy nhanh");
    expect(r.out).toMatch(/Tính đến năm 2026, trong 89 chỉ tiêu/);
    expect(await listChartTitles(new Uint8Array(fs.readFileSync(at("mau2.xlsx"))))).toHaveLength(2);
  });

  it("validate exits 1 on the sample's wrong cells and lists them with cell references", async () => {
    const r = await run(["validate", sampleFile]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Chỉ tiêu![A-Z]+\d+ \[lỗi\]/);
    const json = JSON.parse((await run(["validate", sampleFile, "--json"])).out);
    // "abc", "1,234", 105 in a % row, and "5 người" in a % row (another unit: an error, held back from every status).
    expect(json.counts.error).toBe(4);
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(["indicator.actual.notANumber", "indicator.value.ambiguous", "indicator.percent.outOfRange", "indicator.unit.mismatch"]),
    );
    const en = await run(["validate", sampleFile, "--lang", "en"]);
    expect(en.out).toMatch(/\[error\]/);
  });

  it("validate exits 0 on a fresh template and -o writes the marks into a copy", async () => {
    await run(["template", "hai-duong-1768-2022", "-o", at("hd-clean.xlsx"), "--year", "2025"]);
    const r = await run(["validate", at("hd-clean.xlsx")]);
    expect(r.code).toBe(0);
    const marked = await run(["validate", sampleFile, "-o", at("marked.xlsx")]);
    expect(marked.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("marked.xlsx"));
    const notes: string[] = [];
    wb.getWorksheet("Chỉ tiêu")!.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.note === "string") notes.push(cell.note);
    }));
    expect(notes.some((n) => n.includes("Chỉ Tiêu"))).toBe(true);
  });

  it("status prints statuses as JSON with the numbers behind them, for the asked year", async () => {
    const r = await run(["status", sampleFile, "--json", "--year", "2025"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.asOf).toBe(2025);
    const s21 = json.indicators.find((s: { id: string; current: boolean }) => s.id === "2.1" && s.current);
    expect(s21).toMatchObject({ milestone: 2025, code: "2.1" });
    expect(s21.evidence).toHaveProperty("ratio");
    expect(json.tasks).toHaveLength(64);
    const text = await run(["status", sampleFile]);
    expect(text.out).toContain("Trạng thái tính đến năm 2026");
  });

  it("summary writes the Tổng hợp sheet with two native charts and never touches the input", async () => {
    const before = fs.readFileSync(sampleFile);
    const r = await run(["summary", sampleFile, "-o", at("tonghop.xlsx")]);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(sampleFile).equals(before)).toBe(true);
    expect(await listChartTitles(new Uint8Array(fs.readFileSync(at("tonghop.xlsx"))))).toHaveLength(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("tonghop.xlsx"));
    expect(wb.getWorksheet("Tổng hợp")!.rowCount).toBeGreaterThan(10);
    expect((await run(["summary", sampleFile])).code).toBe(2);
  });

  it("gives clear errors for missing, corrupt and password-protected files, in English with --lang en", async () => {
    const missing = await run(["status", at("khong-co.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Không tìm thấy tệp");
    fs.writeFileSync(at("hong.xlsx"), "rác");
    expect((await run(["validate", at("hong.xlsx"), "--lang", "en"])).err).toContain("damaged");
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.from("EncryptedPackage", "utf16le")]);
    fs.writeFileSync(at("pw.xlsx"), cfb);
    expect((await run(["summary", at("pw.xlsx"), "-o", at("o.xlsx")])).err).toContain("mật khẩu");
    fs.writeFileSync(at("tcvn3.csv"), Buffer.from([0x54, 0x54, 0x2c, 0x43, 0x68, 0xf7, 0x20, 0x74, 0x69, 0xaa, 0x75, 0x0a]));
    const csv = await run(["import", at("tcvn3.csv")]);
    expect(csv.code).toBe(2);
    expect(csv.err).toContain("UTF-8");
    expect((await run(["import", at("tcvn3.csv"), "--lang", "en"])).err).toContain("neither UTF-8 nor UTF-16");
    await pastedXlsx(at("dt-paste-errors.xlsx"), dongThapSheet());
    const notTracking = await run(["status", at("dt-paste-errors.xlsx")]);
    expect(notTracking.code).toBe(2);
    expect(notTracking.err).toContain("chitieu import");
  });
});

describe("help", () => {
  it("lists every command", async () => {
    const r = await run(["--help"]);
    for (const c of ["template", "import", "validate", "status", "summary", "sample", "parse-target", "match-agency"]) expect(r.out).toContain(c);
    expect(jsonLines).toBeDefined();
  });
});

describe("chitieu import: nothing recognised", () => {
  it("says what was seen instead of 'no plan' alone", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Trang 1");
    ws.addRow(["STT", "Nội dug", "Cơ quan chu tri", "Thời gian"]);
    ws.addRow(["1", "Việc A", "Sở Y tế", "2025"]);
    await wb.xlsx.writeFile(at("near.xlsx"));
    const r = await run(["import", at("near.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("[Trang 1] Không nhận ra bảng phụ lục nào. Dòng 1 giống dòng tiêu đề nhất");
    expect(r.err).toContain("“Nội dug” → “Nội dung”");
    const en = await run(["import", at("near.xlsx"), "--lang", "en"]);
    expect(en.err).toContain("Missing columns: Name");
  });
});
