import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import JSZip from "jszip";
import type { ReportTable } from "../../core/report";
import { reportParts } from "../../hosts/wordml";
import { run } from "../cli/helpers";
import { sampleReport } from "../core/report/sample";
import { describeWithOffice, isA4, pageSizes, pageTexts, pdfFonts, requireOffice, squash, toPdf, words, type Word } from "./pdf";

/**
 * The annual report of the bundled sample, printed by LibreOffice (what a department gets when it
 * opens the .docx and exports it): Times New Roman (or, where it is not installed, the metric-
 * compatible Liberation Serif fontconfig puts in its place), A4 on every page, the body portrait
 * and the appendices landscape, and every indicator and task row in the appendix tables. Both
 * writers: the docx library (CLI, task pane) and the WordprocessingML writer (Apps Script).
 */
const NOW = Date.UTC(2026, 10, 25, 3);
const MM_TO_PT = 72 / 25.4;

/** Words inside one column of a table (x range in points), in reading order, page after page. */
function columnText(list: readonly Word[], pages: readonly number[], x0: number, x1: number): string {
  const inColumn = list.filter((w) => pages.includes(w.page) && w.xMin >= x0 - 1 && w.xMax <= x1 + 1);
  inColumn.sort((a, b) => a.page - b.page || Math.round(a.yMin) - Math.round(b.yMin) || a.xMin - b.xMin);
  return squash(inColumn.map((w) => w.text).join(" "));
}

/** Each of `texts` found in `haystack`, in this order; returns those missing. White space is left out
 * of the comparison: a cell breaks its lines after a hyphen too ("132/KH-" / "UBND"). */
function missingInOrder(haystack: string, texts: readonly string[]): string[] {
  const bare = (s: string): string => s.normalize("NFC").replace(/\s+/g, "");
  const hay = bare(haystack);
  let at = 0;
  const missing: string[] = [];
  for (const t of texts) {
    const i = hay.indexOf(bare(t), at);
    if (i < 0) missing.push(t);
    else at = i + 1;
  }
  return missing;
}

describeWithOffice("the annual report printed by LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-report-"));
  const model = sampleReport("vi");
  const pdfs: Record<"docx" | "wordml", string> = { docx: "", wordml: "" };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    requireOffice();
    const xlsx = path.join(dir, "mau.xlsx");
    expect((await run(["sample", "-o", xlsx], "", dir, NOW)).code).toBe(0);
    const made = await run(["report", xlsx, "-o", path.join(dir, "bao-cao.docx")], "", dir, NOW);
    expect(made.code).toBe(0);
    expect(made.out).toContain("bao-cao.docx");
    pdfs.docx = toPdf(path.join(dir, "bao-cao.docx"), path.join(dir, "docx"));
    const zip = new JSZip();
    for (const p of reportParts(model.report)) zip.file(p.path, p.xml);
    fs.writeFileSync(path.join(dir, "bao-cao-gas.docx"), await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    pdfs.wordml = toPdf(path.join(dir, "bao-cao-gas.docx"), path.join(dir, "wordml"));
  }, 300_000);

  describe.each(["docx", "wordml"] as const)("written by the %s writer", (writer) => {
    test("every font is Times New Roman or its metric-compatible stand-in", () => {
      const fonts = pdfFonts(pdfs[writer]);
      expect(fonts.length).toBeGreaterThan(0);
      for (const f of fonts) expect(f).toMatch(/^(TimesNewRoman|Times-|LiberationSerif)/);
    });

    test("A4 on every page: the body portrait, then the appendices landscape", () => {
      const sizes = pageSizes(pdfs[writer]);
      expect(sizes.length).toBeGreaterThan(5);
      expect(sizes.every(isA4)).toBe(true);
      const landscape = sizes.map((s) => s.width > s.height);
      const first = landscape.indexOf(true);
      expect(first).toBeGreaterThan(0);
      expect(landscape.slice(0, first).every((l) => !l)).toBe(true);
      expect(landscape.slice(first).every((l) => l)).toBe(true);
    });

    test("the appendix tables hold every indicator and every task, in plan order, their header on every page", () => {
      const pdf = pdfs[writer];
      const sizes = pageSizes(pdf);
      const texts = pageTexts(pdf, sizes.length);
      const all = words(pdf);
      const landscape = sizes.map((s, i) => (s.width > s.height ? i + 1 : 0)).filter((p) => p > 0);
      const second = landscape.find((p) => /Phụ lục II/.test(texts[p]))!;
      const appendixOne = landscape.filter((p) => p < second);
      const appendixTwo = landscape.filter((p) => p >= second);
      for (const p of appendixOne) expect(squash(texts[p])).toContain("Căn cứ đánh giá");
      for (const p of appendixTwo) expect(squash(texts[p])).toContain("Tình hình thực hiện");
      // The name column of each table: after the left margin and the "TT" column.
      const left = model.report.marginsMm.left * MM_TO_PT;
      const column = (section: number): [number, number] => {
        const table = model.report.sections[section].blocks.find((b): b is ReportTable => b.kind === "table")!;
        return [left + table.widthsMm[0] * MM_TO_PT, left + (table.widthsMm[0] + table.widthsMm[1]) * MM_TO_PT];
      };
      const names = columnText(all, appendixOne, ...column(1));
      expect(missingInOrder(names, model.wb.plan.indicators.map((i) => i.name))).toEqual([]);
      const tasks = columnText(all, appendixTwo, ...column(2));
      expect(missingInOrder(tasks, model.wb.plan.tasks.map((t) => t.text))).toEqual([]);
    });

    test("the body: head block, title, addressee, the sections and what is left to write", () => {
      const pdf = pdfs[writer];
      const text = squash(pageTexts(pdf, pageSizes(pdf).length).join(" "));
      for (const s of [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BÁO CÁO",
        "Kính gửi: Ủy ban nhân dân tỉnh Đồng Tháp.",
        "I. KẾT QUẢ THỰC HIỆN",
        "II. KHÓ KHĂN, VƯỚNG MẮC",
        "III. ĐỀ XUẤT, KIẾN NGHỊ",
        "Nơi nhận:",
      ]) {
        expect(text).toContain(s);
      }
    });
  });
});
