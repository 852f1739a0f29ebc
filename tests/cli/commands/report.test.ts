import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import { run } from "../helpers";

const NOW = Date.UTC(2026, 10, 25, 3);

describe("chitieu report", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-report-cli-"));
  const xlsx = path.join(dir, "mau.xlsx");
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    expect((await run(["sample", "-o", xlsx], "", dir, NOW)).code).toBe(0);
  }, 120_000);

  test("writes the annual report as .docx and says what is left to fill", async () => {
    const r = await run(["report", xlsx, "-o", "bao-cao.docx"], "", dir, NOW);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Đã lập báo cáo năm 2026: bao-cao.docx (89 chỉ tiêu, 64 nhiệm vụ).");
    expect(r.out).toMatch(/ô số liệu có lỗi chưa được dùng để đánh giá/);
    expect(r.out).toMatch(/chọn cơ quan báo cáo/);
    expect(r.out).toMatch(/Phần cần cơ quan viết hoặc điền/);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "bao-cao.docx")));
    const body = await zip.file("word/document.xml")!.async("string");
    expect(body).toContain("BÁO CÁO");
    expect(body).toContain("Phụ lục I");
    // The input is only read.
    expect(fs.statSync(xlsx).size).toBeGreaterThan(0);
  }, 120_000);

  test("--lang en and --year: an English report for another year", async () => {
    const r = await run(["report", xlsx, "-o", "report-2025.docx", "--year", "2025", "--lang", "en"], "", dir, NOW);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Wrote the 2025 report: report-2025.docx");
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "report-2025.docx")));
    expect(await zip.file("word/document.xml")!.async("string")).toContain("INDICATOR RESULTS FOR 2025");
  }, 120_000);

  test("clear messages: no output file, the input as output, a file that is not a tracking workbook", async () => {
    const missing = await run(["report", xlsx], "", dir, NOW);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/tệp báo cáo \(-o\)/);
    const same = await run(["report", xlsx, "-o", xlsx], "", dir, NOW);
    expect(same.code).toBe(2);
    fs.writeFileSync(path.join(dir, "khac.txt"), "không phải bảng tính");
    const other = await run(["report", path.join(dir, "khac.txt"), "-o", "x.docx"], "", dir, NOW);
    expect(other.code).toBe(2);
    expect(other.err).not.toMatch(/at .*\.ts:\d+/);
    expect(fs.existsSync(path.join(dir, "x.docx"))).toBe(false);
  }, 120_000);

  test("is listed by --help", async () => {
    const r = await run(["--help"], "", dir, NOW);
    expect(r.out).toContain("chitieu report FILE.xlsx -o BAO-CAO.docx [--year NĂM]");
  });
});
