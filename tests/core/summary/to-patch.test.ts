import { MemoryWorkbook, PatchSchema, type PatchOp } from "../../../core/patch";
import { buildSummary, SUMMARY_CHART_IDS, summaryToPatch } from "../../../core/summary";
import { input } from "./fixture";

const summary = buildSummary(input());
const SHEET = "Tổng hợp";
const row = (wb: MemoryWorkbook, r: number, cols = 11) => wb.read(SHEET, { row: r, col: 0, rows: 1, cols })[0];
/** The sheet row whose first cell reads `text` (headings, table headers, notes). */
const rowOf = (wb: MemoryWorkbook, text: string | RegExp): number => {
  const grid = wb.read(SHEET);
  const i = grid.findIndex((r) => (typeof text === "string" ? r[0] === text : typeof r[0] === "string" && text.test(r[0])));
  if (i < 0) throw new Error(`no row "${text}"`);
  return i;
};
const format = (wb: MemoryWorkbook, r: number, c: number) => wb.readFormats(SHEET, { row: r, col: c, rows: 1, cols: 1 })[0][0];
/** The note lines right under a table (italic rows starting "(*)"). */
function notesAfter(wb: MemoryWorkbook, heading: string): string[] {
  const grid = wb.read(SHEET);
  let r = rowOf(wb, heading) + 1;
  while (r < grid.length && !(typeof grid[r][0] === "string" && (grid[r][0] as string).startsWith("(*)"))) r++;
  const out: string[] = [];
  while (r < grid.length && typeof grid[r][0] === "string" && (grid[r][0] as string).startsWith("(*)")) out.push(grid[r++][0] as string);
  return out;
}

describe("summaryToPatch", () => {
  const ops = summaryToPatch(summary);
  const wb = new MemoryWorkbook(["Dữ liệu"]).applyPatch(ops);
  const s = wb.sheet(SHEET);

  it("is a valid, JSON-serialisable patch in few calls", () => {
    expect(PatchSchema.parse(JSON.parse(JSON.stringify(ops)))).toEqual(ops);
    expect(wb.opTotal).toBeLessThanOrEqual(25);
    expect(wb.opCounts.setValues).toBe(1);
    expect(wb.sheetNames()).toEqual(["Dữ liệu", SHEET]);
  });

  it("writes the title, as-of line and the paragraph one sentence per merged, wrapped row", () => {
    expect(wb.cell(SHEET, 0, 0)).toBe("TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH SỐ 99/KH-UBND");
    expect(wb.cell(SHEET, 2, 0)).toBe("Số liệu tính đến năm 2026; ngày lập: 01/10/2026.");
    const top = rowOf(wb, "I. NHẬN ĐỊNH CHUNG") + 1;
    const sentences: string[] = [];
    for (let r = top; typeof wb.cell(SHEET, r, 0) === "string"; r++) sentences.push(wb.cell(SHEET, r, 0) as string);
    expect(sentences.join(" ")).toBe(summary.paragraph.vi);
    const span = Math.max(...s.merges.map((m) => m.cols));
    expect(s.merges).toContainEqual({ row: top, col: 0, rows: 1, cols: span });
    expect(s.wraps.get(`${top},0`)).toBe(true);
    // Merged rows get a height for their wrapped text (hosts do not fit merged cells).
    expect(s.rowHeights.get(top)).toBeGreaterThanOrEqual(21);
  });

  it("writes the table by area: coloured status headers, numbers in their own cells with vi-VN formats, a total row", () => {
    const header = rowOf(wb, "II. TÌNH TRẠNG CHỈ TIÊU THEO LĨNH VỰC") + 1;
    expect(row(wb, header, 10)).toEqual(["Mã", "Lĩnh vực", "Vượt", "Đạt", "Cần đẩy nhanh", "Chậm/không tiến triển", "Không đạt", "Cần đánh giá", "Không có chỉ tiêu", "Tổng số"]);
    expect(wb.readFontStyles(SHEET, { row: header, col: 0, rows: 1, cols: 10 })[0].every((f) => f?.bold)).toBe(true);
    expect(wb.readFills(SHEET, { row: header, col: 2, rows: 1, cols: 2 })).toEqual([["#0B8043", "#57BB8A"]]);
    expect(row(wb, header + 1, 10)).toEqual(["2", "Lao động, việc làm", 0, 1, 1, 0, 0, 0, 1, 3]);
    expect(row(wb, header + 4, 10)).toEqual([null, "Tổng cộng", 1, 1, 2, 1, 1, 1, 1, 8]);
    expect(format(wb, header + 1, 2)).toBe("[$-42A]#,##0");
    expect(format(wb, header + 1, 0)).toBeNull();
    // Long headers wrap (two lines, no word cut) instead of being cut off.
    expect(s.wraps.get(`${header},5`)).toBe(true);
    for (const label of row(wb, header, 10) as string[]) {
      const col = (row(wb, header, 10) as string[]).indexOf(label);
      const longestWord = Math.max(...label.split(" ").map((w) => [...w].length));
      expect([label, s.columnWidths.get(col)! >= longestWord * 7]).toEqual([label, true]);
    }
  });

  it("sizes columns to their content: names up to a wrap width, codes narrow", () => {
    const name = s.columnWidths.get(1)!;
    expect(name).toBeGreaterThanOrEqual("Ban hành quy định hỗ trợ sau khi Nghị định được ban hành".length * 7 * 0.5);
    expect(name).toBeLessThanOrEqual(320);
    expect(s.columnWidths.get(0)!).toBeLessThanOrEqual(90);
  });

  it("says under every table what each derived figure is", () => {
    expect(notesAfter(wb, "II. TÌNH TRẠNG CHỈ TIÊU THEO LĨNH VỰC")).toEqual([expect.stringMatching(/^\(\*\) Các cột tình trạng và cột Tổng số: số chỉ tiêu, mỗi chỉ tiêu .* đếm một lần/)]);
    expect(notesAfter(wb, "III. TÌNH TRẠNG CHỈ TIÊU THEO CƠ QUAN CHỦ TRÌ")).toHaveLength(1);
    const completeness = notesAfter(wb, "IV. MỨC ĐỘ ĐẦY ĐỦ CỦA BÁO CÁO NĂM 2026");
    expect(completeness[0]).toMatch(/^\(\*\) Tỷ lệ báo cáo \(%\): số nội dung đã có số liệu hoặc báo cáo năm 2026 chia cho số nội dung phải báo cáo, nhân 100\.$/);
    expect(completeness[1]).toMatch(/^\(\*\) Phải báo cáo: /);
    const concerns = notesAfter(wb, "VI. CHỈ TIÊU CẦN QUAN TÂM (CHƯA ĐẠT MỤC TIÊU, KHÔNG ĐÚNG TIẾN ĐỘ)");
    expect(concerns.map((l) => l.split(":")[0])).toEqual(["(*) Danh sách gồm mọi chỉ tiêu có số liệu mới nhất chưa đạt mục tiêu của mốc, trừ chỉ tiêu đúng tiến độ theo xu hướng; cả chỉ tiêu chưa đủ số liệu để tính xu hướng.", "(*) Chênh lệch", "(*) Dự báo năm mốc", "(*) Tỷ lệ tiến độ"]);
    expect(concerns[3]).toContain("phần đã đi được của quãng đường từ năm gốc đến mục tiêu");
    expect(notesAfter(wb, "VIII. NHIỆM VỤ ĐẾN HẠN TRONG 60 NGÀY TỚI").map((l) => l.split(":")[0])).toEqual(["(*) Thời hạn", "(*) Số ngày còn lại"]);
    // Notes are italic, in grey, over the table's width.
    const note = rowOf(wb, /^\(\*\) Tỷ lệ tiến độ/);
    expect(wb.readFontStyles(SHEET, { row: note, col: 0, rows: 1, cols: 1 })[0][0]).toMatchObject({ italic: true });
  });

  it("lists the indicators needing attention with each figure in its own cell; a ratio only where it means something", () => {
    const header = rowOf(wb, "VI. CHỈ TIÊU CẦN QUAN TÂM (CHƯA ĐẠT MỤC TIÊU, KHÔNG ĐÚNG TIẾN ĐỘ)") + 1;
    expect(row(wb, header)).toEqual(["Mã", "Chỉ tiêu", "Cơ quan chủ trì", "Tình trạng", "Mốc", "Mục tiêu", "Số liệu mới nhất", "Năm số liệu", "Chênh lệch", "Dự báo năm mốc", "Tỷ lệ tiến độ"]);
    const notAchieved = header + 1;
    expect(row(wb, notAchieved)).toEqual(["3.3", "Tuổi thọ trung bình", "Sở Y tế", "Không đạt", 2025, "75", 74.5, 2025, -0.5, null, null]);
    expect(wb.readFills(SHEET, { row: notAchieved, col: 3, rows: 1, cols: 1 })).toEqual([["#CC0000"]]);
    // Years are labels (no thousands separator); values keep their decimals; gaps carry a sign.
    expect(format(wb, notAchieved, 4)).toBe("0");
    expect(format(wb, notAchieved, 6)).toBe("[$-42A]#,##0.0");
    expect(format(wb, notAchieved, 8)).toBe("[$-42A]+#,##0.0;[$-42A]-#,##0.0;[$-42A]0");
    const atRisk = row(wb, header + 3);
    expect(atRisk.slice(0, 4)).toEqual(["2.2", "Tỷ lệ lao động qua đào tạo", "Sở Lao động - Thương binh và Xã hội", "Cần đẩy nhanh"]);
    expect(atRisk.slice(8)).toEqual([-10, 65, 0.5]);
    expect(format(wb, header + 3, 10)).toBe("[$-42A]0.0%");
    // Short labels beside numbers are centred: a year does not run into a target.
    expect(s.alignments.get(`${notAchieved},4`)).toBe("center");
    expect(s.alignments.get(`${notAchieved},5`)).toBe("center");
  });

  it("puts the two charts side by side on a printed page of their own, over the right data", () => {
    const charts = s.charts;
    expect(charts.map((c) => [c.id, c.kind])).toEqual([
      [SUMMARY_CHART_IDS.byArea, "stackedBar"],
      [SUMMARY_CHART_IDS.completeness, "bar"],
    ]);
    const areaHeader = rowOf(wb, "II. TÌNH TRẠNG CHỈ TIÊU THEO LĨNH VỰC") + 1;
    expect(charts[0].dataRange).toEqual({ row: areaHeader, col: 1, rows: 4, cols: 8 });
    expect(charts[0].seriesColors).toEqual(["#0B8043", "#57BB8A", "#FFD666", "#F6A04D", "#CC0000", "#B4A7D6", "#F3F3F3"]);
    const completenessHeader = rowOf(wb, "IV. MỨC ĐỘ ĐẦY ĐỦ CỦA BÁO CÁO NĂM 2026") + 1;
    expect(charts[1].dataRange).toEqual({ row: completenessHeader, col: 1, rows: 5, cols: 2 });
    expect(charts[1].title).toBe("Tỷ lệ báo cáo năm 2026 theo cơ quan (%)");
    const top = charts[0].anchor.row;
    expect(charts[1].anchor.row).toBe(top);
    let left = 0;
    for (let c = 0; c < charts[1].anchor.col; c++) left += s.columnWidths.get(c)!;
    expect(left).toBeGreaterThanOrEqual(charts[0].width);
    // A page starts at the charts and another after them; nothing is written in the rows under them.
    expect(s.pageBreaks[0]).toBe(top);
    const after = s.pageBreaks[1];
    let reserved = 0;
    for (let r = top; r < after; r++) {
      reserved += s.rowHeights.get(r)!;
      expect(row(wb, r).every((v) => v === null)).toBe(true);
    }
    expect(reserved).toBeGreaterThanOrEqual(Math.max(...charts.map((c) => c.height)));
    expect(rowOf(wb, "II. TÌNH TRẠNG CHỈ TIÊU THEO LĨNH VỰC")).toBe(after);
    expect(s.pageSetup).toMatchObject({ paper: "A4", orientation: "landscape", fitToWidth: 1, fitToHeight: 0, titleRows: { from: 0, to: 0 } });
  });

  it("gives table rows a height for their wrapped text only when asked (files); live hosts fit rows themselves", () => {
    const header = rowOf(wb, "II. TÌNH TRẠNG CHỈ TIÊU THEO LĨNH VỰC") + 1;
    expect(s.rowHeights.has(header + 1)).toBe(false);
    const fitted = new MemoryWorkbook().applyPatch(summaryToPatch(summary, { fitRows: true })).sheet(SHEET);
    expect(fitted.rowHeights.get(header + 1)).toBeGreaterThanOrEqual(21);
  });

  it("replaces the sheet when run again: still two charts, same cells", () => {
    const before = wb.contents(SHEET);
    wb.resetCounts();
    wb.applyPatch(summaryToPatch(summary));
    expect(wb.sheet(SHEET).charts).toHaveLength(2);
    expect(wb.contents(SHEET)).toEqual(before);
    expect(wb.sheetNames()).toEqual(["Dữ liệu", SHEET]);
  });

  it("writes English labels and formats, and honours another sheet name", () => {
    const en = new MemoryWorkbook().applyPatch(summaryToPatch(summary, { lang: "en", sheet: "Summary" }));
    expect(en.cell("Summary", 0, 0)).toBe("IMPLEMENTATION SUMMARY OF PLAN NO. 99/KH-UBND");
    expect(en.cell("Summary", 2, 0)).toBe("Figures as of 2026; prepared on 2026-10-01.");
    const header = en.read("Summary").findIndex((r) => r[0] === "II. INDICATOR STATUS BY AREA") + 1;
    expect(en.read("Summary", { row: header, col: 0, rows: 1, cols: 3 })).toEqual([["Code", "Area", "Exceeded"]]);
    expect(en.readFormats("Summary", { row: header + 1, col: 2, rows: 1, cols: 1 })).toEqual([["#,##0"]]);
  });

  it("keeps text that looks like a formula as text", () => {
    const tricky = {
      ...summary,
      byArea: [{ ...summary.byArea[0], name: '=HYPERLINK("http://x")' }],
      indicatorConcerns: [{ ...summary.indicatorConcerns[0], targetText: "-" }],
    };
    const t = new MemoryWorkbook().applyPatch(summaryToPatch(tricky));
    const r = t.read(SHEET).findIndex((x) => x[1] === '=HYPERLINK("http://x")');
    expect(r).toBeGreaterThan(0);
    expect(t.readFormulas(SHEET, { row: r, col: 1, rows: 1, cols: 1 })).toEqual([[null]]);
    const concernRow = t.read(SHEET).findIndex((x) => x[0] === "3.3");
    expect(t.cell(SHEET, concernRow, 5)).toBe("-");
  });
});

describe("summaryToPatch notice", () => {
  it("puts a warning line under the title, in red, only when asked", () => {
    const book = new MemoryWorkbook().applyPatch(summaryToPatch(summary, { notice: "⚠ DỮ LIỆU MẪU" }));
    expect(book.cell(SHEET, 3, 0)).toBe("⚠ DỮ LIỆU MẪU");
    expect(book.readFontStyles(SHEET, { row: 3, col: 0, rows: 1, cols: 1 })[0][0]).toMatchObject({ bold: true, color: "#C00000" });
    const plain = new MemoryWorkbook().applyPatch(summaryToPatch(summary));
    expect(plain.cell(SHEET, 3, 0)).toBe("I. NHẬN ĐỊNH CHUNG");
  });
});

describe("summaryToPatch ops", () => {
  it("every op names the summary sheet", () => {
    const ops: PatchOp[] = summaryToPatch(summary);
    expect(ops.every((op) => !("sheet" in op) || op.sheet === SHEET)).toBe(true);
  });
});
