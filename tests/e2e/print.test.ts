import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { msg } from "../../core/i18n";
import { indicatorColumnSpecs, SHEETS, taskColumnSpecs } from "../../core/layout";
import { loadTemplate } from "../../core/template";
import { run } from "../cli/helpers";
import { describeWithOffice, isA4, pageSizes, requireOffice, toPdf, visible, words, type Word } from "./pdf";

/**
 * The sample workbook (what `npm start` writes) printed by LibreOffice: every page A4 landscape,
 * each sheet one page wide with its header rows on every page, the footer naming the plan, the
 * sheet and the page, the summary's two charts whole on one page, and the summary and the
 * indicator sheet together within 15 pages (the issue saw 90 pages before).
 */
const NOW = Date.UTC(2026, 10, 25, 3);

describeWithOffice("the sample workbook printed by LibreOffice", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-print-"));
  let pdf = "";
  let all: Word[] = [];
  /** The sheet each page belongs to, read from its footer ("Chỉ tiêu — Trang 3/11"). */
  let sheetOf: string[] = [];
  const plan = loadTemplate("dong-thap-328-2024").plan!;
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    requireOffice();
    const xlsx = path.join(dir, "mau.xlsx");
    expect((await run(["sample", "-o", xlsx], "", dir, NOW)).code).toBe(0);
    pdf = toPdf(xlsx, dir);
    all = words(pdf);
    const pages = pageSizes(pdf).length;
    sheetOf = [""];
    for (let p = 1; p <= pages; p++) {
      const line = all.filter((w) => w.page === p).map((w) => w.text).join(" ");
      const m = /(\S+(?: \S+)?) — Trang \d+\/\d+/.exec(line);
      sheetOf.push(m ? m[1] : "");
    }
  }, 300_000);

  const pagesOf = (sheet: string): number[] => sheetOf.flatMap((s, p) => (s === sheet ? [p] : []));

  test("every page is A4 landscape with the plan and the page number in its footer", () => {
    const sizes = pageSizes(pdf);
    expect(sizes.every((s) => isA4(s) && s.width > s.height)).toBe(true);
    expect(sheetOf.slice(1).every((s) => s !== "")).toBe(true);
    for (let p = 1; p < sheetOf.length; p++) {
      expect(all.filter((w) => w.page === p).map((w) => w.text).join(" ")).toContain("Kế hoạch số 328/KH-UBND ngày 07/10/2024 — Đồng Tháp");
    }
  });

  test("the summary and the indicator sheet take at most 15 pages together", () => {
    const count = pagesOf(SHEETS.indicators).length + pagesOf(SHEETS.summary).length;
    expect(pagesOf(SHEETS.indicators).length).toBeGreaterThan(0);
    expect(pagesOf(SHEETS.summary).length).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(15);
  });

  test.each([
    [SHEETS.indicators, () => indicatorColumnSpecs(plan, "vi")],
    [SHEETS.tasks, () => taskColumnSpecs(plan, "vi")],
  ])("%s prints one page wide: its first and last column headers on every page", (sheet, specs) => {
    const printed = specs().filter((s) => s.key !== "rowId");
    const first = printed[0].header;
    const lastWord = printed.at(-1)!.header.split(" ")[0];
    for (const page of pagesOf(sheet)) {
      const seen = visible(pdf, page, all.filter((w) => w.page === page), dir).map((w) => w.text);
      expect([page, seen.includes(first)]).toEqual([page, true]);
      expect([page, seen.includes(lastWord)]).toEqual([page, true]);
    }
  });

  test("each chart of the summary is whole on one page: its title at the top and its legend at the bottom, drawn on that page only", () => {
    const summary = pagesOf(SHEETS.summary);
    const shown = new Map(summary.map((p) => [p, visible(pdf, p, all.filter((w) => w.page === p), dir)]));
    const charts = [
      { title: msg("summary.chart.byArea").vi, legend: msg("summary.status.exceeded").vi },
      { title: msg("summary.chart.completeness", { year: 2026 }).vi, legend: msg("summary.col.percent").vi },
    ];
    for (const chart of charts) {
      const titleWords = chart.title.split(" ");
      const pages = summary.filter((p) => {
        const texts = shown.get(p)!.map((w) => w.text).join(" ");
        return texts.includes(chart.title);
      });
      expect([chart.title, pages.length]).toEqual([chart.title, 1]);
      const page = pages[0];
      const height = pageSizes(pdf)[page - 1].height;
      const onPage = shown.get(page)!;
      const top = Math.min(...onPage.filter((w) => titleWords.includes(w.text)).map((w) => w.yMin));
      const legend = onPage.filter((w) => chart.legend.split(" ")[0] === w.text && w.yMin > top);
      expect(legend.length).toBeGreaterThan(0);
      // The legend is drawn below the title and above the footer.
      expect(Math.max(...legend.map((w) => w.yMax))).toBeLessThan(height - 20);
    }
  });
});
