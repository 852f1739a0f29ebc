import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { run } from "./helpers";

const fixture = path.resolve(__dirname, "../fixtures/corpus/docs/dong-thap-328-2024-excerpt.docx");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-docx-"));
const at = (f: string) => path.join(dir, f);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const utf16 = (s: string) => Buffer.from(s, "utf16le");

describe("chitieu import PLAN.docx", () => {
  it("reports what was recognised in the document", async () => {
    const r = await run(["import", fixture]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("dong-thap-328-2024-excerpt.docx»: bảng chỉ tiêu với 3 lĩnh vực, 8 chỉ tiêu");
    expect(r.out).toContain("bảng nhiệm vụ với 2 mục, 5 nhiệm vụ");
    const en = await run(["import", fixture, "--lang", "en"]);
    expect(en.out).toContain('Document "');
  });

  it("--json gives the plan's rows, the head lines, notes, and where each finding is in the document", async () => {
    const r = await run(["import", fixture, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as Record<string, unknown[]>;
    expect(Object.keys(json).sort()).toEqual(["areas", "findings", "headLines", "identity", "indicators", "missing", "notes", "tasks"]);
    expect(json.identity).toMatchObject({ type: "Kế hoạch", number: "328/KH-UBND", issuedOn: "2024-10-07", issuer: "Ủy ban nhân dân tỉnh Đồng Tháp", province: "Đồng Tháp" });
    expect(json.missing).toEqual([]);
    expect(json.headLines).toContain("Số: 328/KH-UBND");
    expect(json.headLines).toContain("Đồng Tháp, ngày 07 tháng 10 năm 2024");
    expect((json.tasks as { text: string }[]).map((t) => t.text)[0]).toMatch(/^Tuyên truyền, quán triệt/);
    const f = (json.findings as { place: { table?: number; row?: number } }[])[0];
    expect(f.place.table).toBe(1); // the head is not counted: Phụ lục I is table 1
    expect(f.place.row).toBeGreaterThan(0);
  });

  it("-o writes a complete tracking workbook of the plan, which the other commands open", async () => {
    const out = at("theo-doi.xlsx");
    const r = await run(["import", fixture, "-o", out, "--year", "2025"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Đã ghi tệp");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Chỉ tiêu", "Nhiệm vụ", "Đơn vị", "Tổng hợp", "Nhật ký", "_chitieu"]));
    const status = await run(["status", out, "--json"]);
    expect(status.code).toBe(0);
    const s = JSON.parse(status.out) as { indicators: { id: string }[]; tasks: { id: string }[] };
    expect(new Set(s.indicators.map((i) => i.id)).size).toBe(8);
    expect(new Set(s.tasks.map((t) => t.id)).size).toBe(5);
    expect((await run(["validate", out])).code).toBe(0);
  });

  it.each([
    ["ke-hoach.doc", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600), utf16("WordDocument")]), "Word 97–2003 (.doc)", "Lưu thành"],
    ["ke-hoach.pdf", Buffer.from("%PDF-1.5\n%\xe2\xe3\n1 0 obj\n"), "PDF", "Tải về"],
    ["mat-khau.docx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600), utf16("EncryptedPackage")]), "mật khẩu", "Mã hóa"],
  ])("%s: a message saying how to get a .docx, exit code 2, no stack trace", async (name, bytes, what, how) => {
    fs.writeFileSync(at(name), bytes);
    const r = await run(["import", at(name)]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(what);
    expect(r.err).toContain(how);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("an .odt, a damaged .docx, --sheet, a missing file: clear messages, exit code 2", async () => {
    const odt = new JSZip();
    odt.file("mimetype", "application/vnd.oasis.opendocument.text", { compression: "STORE" });
    odt.file("content.xml", "<office:document-content/>");
    fs.writeFileSync(at("ke-hoach.odt"), await odt.generateAsync({ type: "nodebuffer" }));
    const o = await run(["import", at("ke-hoach.odt"), "--lang", "en"]);
    expect([o.code, o.err]).toEqual([2, expect.stringContaining("OpenDocument text (.odt)")]);
    fs.writeFileSync(at("hong.docx"), fs.readFileSync(fixture).subarray(0, 2000));
    const d = await run(["import", at("hong.docx")]);
    expect([d.code, d.err]).toEqual([2, expect.stringContaining("bị hỏng")]);
    const s = await run(["import", fixture, "--sheet", "x"]);
    expect([s.code, s.err]).toEqual([2, expect.stringContaining("--sheet")]);
    const m = await run(["import", at("khong-co.docx")]);
    expect([m.code, m.err]).toEqual([2, expect.stringContaining("Không tìm thấy tệp")]);
  });

  it("names the plan from the document's head; asks for what it does not say before -o, never taking the file name", async () => {
    const r = await run(["import", fixture]);
    expect(r.out).toContain("Văn bản: Kế hoạch số 328/KH-UBND, ngày 07/10/2024, của Ủy ban nhân dân tỉnh Đồng Tháp — «Kế hoạch triển khai thực hiện");
    // The fixture without its head table nor its "(Kèm theo …)" lines: nothing says which plan it is.
    const zip = await JSZip.loadAsync(fs.readFileSync(fixture));
    const xml = await zip.file("word/document.xml")!.async("string");
    zip.file("word/document.xml", xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/, "").replace(/<w:p>(?:(?!<\/w:p>)[\s\S])*Kèm theo[\s\S]*?<\/w:p>/g, ""));
    fs.writeFileSync(at("Ke hoach 328.docx"), await zip.generateAsync({ type: "nodebuffer" }));
    const report = await run(["import", at("Ke hoach 328.docx")]);
    expect(report.code).toBe(0);
    expect(report.out).toContain("Chưa biết số hiệu (vd. 328/KH-UBND), ngày ban hành, cơ quan ban hành");
    const refused = await run(["import", at("Ke hoach 328.docx"), "-o", at("x.xlsx")]);
    expect([refused.code, refused.err]).toEqual([2, expect.stringContaining("--number, --date, --issuer, --title")]);
    expect(fs.existsSync(at("x.xlsx"))).toBe(false);
    const given = await run(["import", at("Ke hoach 328.docx"), "-o", at("x.xlsx"), "--number", "328/KH-UBND", "--date", "07/10/2024", "--issuer", "UBND tỉnh Đồng Tháp", ""]);
    expect(given.code).toBe(0);
    const status = await run(["status", at("x.xlsx"), "--json"]);
    expect(JSON.parse(status.out).planId).toBe("dong-thap-328-2024");
  });

  it("a document without an appendix table says so", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(fixture));
    const xml = await zip.file("word/document.xml")!.async("string");
    zip.file("word/document.xml", xml.replace(/<w:tbl>[\s\S]*<\/w:tbl>/, ""));
    fs.writeFileSync(at("khong-bang.docx"), await zip.generateAsync({ type: "nodebuffer" }));
    const r = await run(["import", at("khong-bang.docx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Không tìm thấy bảng phụ lục");
    // A table that is not an appendix: what was seen in it is said.
    const zip2 = await JSZip.loadAsync(fs.readFileSync(fixture));
    const xml2 = await zip2.file("word/document.xml")!.async("string");
    zip2.file("word/document.xml", xml2.replace(/>(TT|Chỉ tiêu|Nhiệm vụ)</g, ">Cột<"));
    fs.writeFileSync(at("bang-khac.docx"), await zip2.generateAsync({ type: "nodebuffer" }));
    const seen = await run(["import", at("bang-khac.docx")]);
    expect(seen.code).toBe(2);
    expect(seen.out).toMatch(/^Bảng 1, dòng \d+: /m);
  });
});
