import { MemoryWorkbook, PatchSchema } from "../../../core/patch";
import { buildSummary, SUMMARY_CHART_IDS, summaryToPatch } from "../../../core/summary";
import { input } from "./fixture";

const summary = buildSummary(input());
const row = (wb: MemoryWorkbook, r: number, cols = 10) => wb.read("Tổng hợp", { row: r, col: 0, rows: 1, cols })[0];

describe("summaryToPatch", () => {
  const ops = summaryToPatch(summary);
  const wb = new MemoryWorkbook(["Dữ liệu"]).applyPatch(ops);

  it("is a valid, JSON-serialisable patch in a small number of calls", () => {
    expect(PatchSchema.parse(JSON.parse(JSON.stringify(ops)))).toEqual(ops);
    expect(wb.opCounts).toEqual({
      addSheet: 1,
      setValues: 1,
      setFills: 1,
      setNumberFormats: 1,
      setFontStyles: 1,
      mergeCells: 1,
      setWrap: 1,
      setRowHeights: 1,
      setColumnWidths: 1,
      addChart: 2,
    });
    expect(wb.sheetNames()).toEqual(["Dữ liệu", "Tổng hợp"]);
  });

  it("writes the title, as-of line and the paragraph one sentence per merged row", () => {
    expect(wb.cell("Tổng hợp", 0, 0)).toBe("TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH SỐ 99/KH-UBND");
    expect(wb.cell("Tổng hợp", 2, 0)).toBe("Số liệu tính đến năm 2026; ngày lập: 01/10/2026.");
    expect(wb.cell("Tổng hợp", 4, 0)).toBe("I. NHẬN ĐỊNH CHUNG");
    const sentences = wb.read("Tổng hợp", { row: 5, col: 0, rows: 6, cols: 1 }).map((r) => r[0]);
    expect(sentences.join(" ")).toBe(summary.paragraph.vi);
    expect(wb.sheet("Tổng hợp").merges).toHaveLength(6);
    expect(wb.sheet("Tổng hợp").merges[0]).toEqual({ row: 5, col: 0, rows: 1, cols: 10 });
    expect(wb.sheet("Tổng hợp").wraps.get("5,0")).toBe(true);
  });

  it("writes the table by area with a bold, coloured header and a total row", () => {
    expect(wb.cell("Tổng hợp", 12, 0)).toBe("II. TÌNH TRẠNG CHỈ TIÊU THEO LĨNH VỰC");
    expect(row(wb, 13)).toEqual([
      "Mã",
      "Lĩnh vực",
      "Vượt",
      "Đạt",
      "Cần đẩy nhanh",
      "Chậm/không tiến triển",
      "Không đạt",
      "Cần đánh giá",
      "Không có chỉ tiêu",
      "Tổng số",
    ]);
    expect(wb.readFontStyles("Tổng hợp", { row: 13, col: 0, rows: 1, cols: 10 })[0].every((f) => f?.bold)).toBe(true);
    expect(wb.readFills("Tổng hợp", { row: 13, col: 2, rows: 1, cols: 2 })).toEqual([["#0B8043", "#57BB8A"]]);
    expect(row(wb, 14)).toEqual(["2", "Lao động, việc làm", 0, 1, 1, 0, 0, 0, 1, 3]);
    expect(row(wb, 15)).toEqual(["3", "Y tế", 0, 0, 1, 1, 1, 0, 0, 3]);
    expect(row(wb, 16)).toEqual(["4", "Giáo dục", 1, 0, 0, 0, 0, 1, 0, 2]);
    expect(row(wb, 17)).toEqual([null, "Tổng cộng", 1, 1, 2, 1, 1, 1, 1, 8]);
  });

  it("writes agencies, completeness, silent agencies and the lists", () => {
    expect(row(wb, 21, 3)).toEqual([1, "Sở Lao động - Thương binh và Xã hội", 0]);
    expect(wb.cell("Tổng hợp", 26, 0)).toBe("IV. MỨC ĐỘ ĐẦY ĐỦ CỦA BÁO CÁO NĂM 2026");
    expect(row(wb, 28, 9)).toEqual([1, "Sở Giáo dục và Đào tạo", 0, 0, 3, 0, 2, 0, 1]);
    expect(row(wb, 29, 9)).toEqual([2, "(chưa xác định)", 0, 0, 1, 0, 0, 0, 1]);
    expect(row(wb, 30, 3)).toEqual([3, "Sở Y tế", 80]);
    expect(row(wb, 32, 9)).toEqual([null, "Tổng cộng", (7 / 12) * 100, 7, 12, 5, 8, 2, 4]);
    expect(wb.readFormats("Tổng hợp", { row: 32, col: 2, rows: 1, cols: 1 })).toEqual([["0.0"]]);
    expect(row(wb, 36, 2)).toEqual([1, "Sở Giáo dục và Đào tạo"]);
    expect(row(wb, 40)).toEqual(["3.3", "Tuổi thọ trung bình", "Sở Y tế", "Không đạt", 2025, 74.5, 2025, "75", -0.5, null]);
    expect(wb.readFills("Tổng hợp", { row: 40, col: 3, rows: 1, cols: 1 })).toEqual([["#CC0000"]]);
    expect(row(wb, 43, 4)).toEqual(["3.2", "Tỷ lệ dân số tham gia BHYT — Nông thôn", "Sở Y tế", "Cần đẩy nhanh"]);
    expect(row(wb, 47, 4)).toEqual([
      "I.1",
      "Xây dựng kế hoạch đào tạo nghề cho lao động nông thôn",
      "Sở Lao động - Thương binh và Xã hội",
      new Date(Date.UTC(2025, 11, 31)),
    ]);
    expect(wb.readFormats("Tổng hợp", { row: 47, col: 3, rows: 1, cols: 1 })).toEqual([["dd/mm/yyyy"]]);
    expect(wb.cell("Tổng hợp", 49, 0)).toBe("VIII. NHIỆM VỤ ĐẾN HẠN TRONG 60 NGÀY TỚI");
    expect(row(wb, 51, 5)).toEqual([
      "II.1",
      "Rà soát mạng lưới trường học",
      "Sở Giáo dục và Đào tạo",
      new Date(Date.UTC(2026, 10, 30)),
      60,
    ]);
    // IX: no value held back in this summary.
    expect(wb.cell("Tổng hợp", 53, 0)).toBe("IX. SỐ LIỆU CẦN SỬA (CHƯA DÙNG ĐỂ ĐÁNH GIÁ)");
    expect(wb.cell("Tổng hợp", 55, 1)).toBe("(không có)");
    expect(wb.usedRange("Tổng hợp")?.rows).toBe(56);
  });

  it("lists the values held back for correction, with a notice under the title", () => {
    const issue = (cell: string, row: number) => ({
      sheet: "Chỉ tiêu",
      row,
      column: "actual:2026",
      cell,
      severity: "error" as const,
      code: "indicator.percent.outOfRange",
      message: { code: "x", vi: "Tỷ lệ 105% vượt quá 100%.", en: "105% is over 100%." },
    });
    const withBad = buildSummary(input({ toCorrect: [{ rowId: "3.2/2", kind: "indicator", issue: issue("K9", 8) }] }));
    const book = new MemoryWorkbook().applyPatch(summaryToPatch(withBad, { notice: "DỮ LIỆU MẪU" }));
    expect(book.cell("Tổng hợp", 3, 0)).toBe("DỮ LIỆU MẪU Còn 1 ô số liệu có lỗi, chưa được dùng để đánh giá (xem mục IX).");
    expect(row(book, 55, 5)).toEqual(["Chỉ tiêu", "K9", "3.2", "Tỷ lệ dân số tham gia BHYT — Nông thôn", "Tỷ lệ 105% vượt quá 100%."]);
    const en = new MemoryWorkbook().applyPatch(summaryToPatch(withBad, { lang: "en" }));
    expect(en.cell("Tổng hợp", 3, 0)).toBe("Data with errors in 1 cell(s), not used in any status (see section IX).");
    expect(row(en, 55, 5)[4]).toBe("105% is over 100%.");
  });

  it("adds the two charts beside the tables, over the right data", () => {
    const charts = wb.sheet("Tổng hợp").charts;
    expect(charts.map((c) => [c.id, c.kind])).toEqual([
      [SUMMARY_CHART_IDS.byArea, "stackedBar"],
      [SUMMARY_CHART_IDS.completeness, "bar"],
    ]);
    expect(charts[0].dataRange).toEqual({ row: 13, col: 1, rows: 4, cols: 8 });
    expect(charts[0].anchor).toEqual({ row: 12, col: 11 });
    expect(charts[0].seriesColors).toEqual(["#0B8043", "#57BB8A", "#FFD666", "#F6A04D", "#CC0000", "#B4A7D6", "#F3F3F3"]);
    expect(charts[1].dataRange).toEqual({ row: 27, col: 1, rows: 5, cols: 2 });
    // Below the first chart (18 rows tall) rather than on top of it.
    expect(charts[1].anchor).toEqual({ row: 32, col: 11 });
    expect(charts[1].title).toBe("Tỷ lệ báo cáo năm 2026 theo cơ quan (%)");
  });

  it("replaces the sheet when run again: still two charts, same cells", () => {
    const before = wb.contents("Tổng hợp");
    wb.resetCounts();
    wb.applyPatch(summaryToPatch(summary));
    expect(wb.sheet("Tổng hợp").charts).toHaveLength(2);
    expect(wb.contents("Tổng hợp")).toEqual(before);
    expect(wb.sheetNames()).toEqual(["Dữ liệu", "Tổng hợp"]);
    expect(wb.opTotal).toBe(11);
  });

  it("writes English labels and honours another sheet name", () => {
    const en = new MemoryWorkbook().applyPatch(summaryToPatch(summary, { lang: "en", sheet: "Summary" }));
    expect(en.cell("Summary", 0, 0)).toBe("IMPLEMENTATION SUMMARY OF PLAN NO. 99/KH-UBND");
    expect(en.cell("Summary", 2, 0)).toBe("Figures as of 2026; prepared on 2026-10-01.");
    expect(en.read("Summary", { row: 13, col: 0, rows: 1, cols: 3 })).toEqual([["Code", "Area", "Exceeded"]]);
    expect(en.cell("Summary", 29, 1)).toBe("(not assigned)");
  });

  it("keeps text that looks like a formula as text", () => {
    const tricky = {
      ...summary,
      byArea: [{ ...summary.byArea[0], name: "=HYPERLINK(\"http://x\")" }],
      indicatorConcerns: [{ ...summary.indicatorConcerns[0], targetText: "-" }],
    };
    const t = new MemoryWorkbook().applyPatch(summaryToPatch(tricky));
    expect(t.cell("Tổng hợp", 14, 1)).toBe("=HYPERLINK(\"http://x\")");
    expect(t.readFormulas("Tổng hợp", { row: 14, col: 1, rows: 1, cols: 1 })).toEqual([[null]]);
    const concernRow = t.read("Tổng hợp").findIndex((r) => r[0] === "3.3");
    expect(t.cell("Tổng hợp", concernRow, 7)).toBe("-");
  });
});

describe("summaryToPatch notice", () => {
  it("puts a warning line under the title, in red, only when asked", () => {
    const book = new MemoryWorkbook().applyPatch(summaryToPatch(summary, { notice: "⚠ DỮ LIỆU MẪU" }));
    expect(book.cell("Tổng hợp", 3, 0)).toBe("⚠ DỮ LIỆU MẪU");
    expect(book.readFontStyles("Tổng hợp", { row: 3, col: 0, rows: 1, cols: 1 })[0][0]).toMatchObject({ bold: true, color: "#C00000" });
    const plain = new MemoryWorkbook().applyPatch(summaryToPatch(summary));
    expect(plain.cell("Tổng hợp", 3, 0) ?? null).toBeNull();
  });
});
