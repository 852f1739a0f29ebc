import fc from "fast-check";
import { defaultAgencyIndex } from "../../../core/agency";
import { buildReport, cleanText, reportText, type ReportBlock, type ReportDocument, type ReportParagraph, type ReportTable } from "../../../core/report";
import { INDICATOR_STATUS_ORDER, statusLabel } from "../../../core/status";
import { sampleReport } from "./sample";

function paragraphs(blocks: readonly ReportBlock[]): ReportParagraph[] {
  return blocks.flatMap((b) => (b.kind === "paragraph" ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs))));
}
const textOf = (p: ReportParagraph): string => p.runs.map((r) => r.text).join("");
/** Every paragraph's text, table cells included, in order. */
const allTexts = (doc: ReportDocument): string[] => doc.sections.flatMap((s) => paragraphs(s.blocks).map(textOf));
const tables = (doc: ReportDocument, section: number): ReportTable[] => doc.sections[section].blocks.filter((b): b is ReportTable => b.kind === "table");

describe("the annual report of the bundled sample (Đồng Tháp 328/KH-UBND, 2026)", () => {
  const { report, summary, wb, result } = sampleReport();
  const lines = reportText(report);

  test("A4, Times New Roman 14, margins within Nghị định 30's ranges; body portrait, appendices landscape", () => {
    expect(report.paper).toEqual({ widthMm: 210, heightMm: 297 });
    expect(report.font).toBe("Times New Roman");
    expect(report.size).toBe(14);
    const m = report.marginsMm;
    expect(m.top).toBeGreaterThanOrEqual(20);
    expect(m.top).toBeLessThanOrEqual(25);
    expect(m.bottom).toBeGreaterThanOrEqual(20);
    expect(m.bottom).toBeLessThanOrEqual(25);
    expect(m.left).toBeGreaterThanOrEqual(30);
    expect(m.left).toBeLessThanOrEqual(35);
    expect(m.right).toBeGreaterThanOrEqual(15);
    expect(m.right).toBeLessThanOrEqual(20);
    expect(report.sections.map((s) => s.orientation)).toEqual(["portrait", "landscape", "landscape"]);
    // Body text 13–14 pt; tables a point smaller.
    const bodySizes = paragraphs(report.sections[0].blocks.filter((b) => b.kind === "paragraph")).filter((p) => textOf(p) !== "").map((p) => p.size);
    expect(bodySizes.every((s) => s >= 13 && s <= 14)).toBe(true);
    expect(report.fileName).toBe("bao-cao-328-KH-UBND-nam-2026.docx");
  });

  test("head: a borderless two-column table, issuing body and number left, national name, motto, place and date right", () => {
    const head = report.sections[0].blocks[0] as ReportTable;
    expect(head.kind).toBe("table");
    expect(head.borders).toBe(false);
    expect(head.rows).toHaveLength(1);
    const [left, right] = head.rows[0].cells.map((c) => c.paragraphs.map(textOf));
    expect(left[0]).toBe("UBND TỈNH ĐỒNG THÁP");
    expect(left).toContain("Số:        /BC-……");
    expect(right.slice(0, 2)).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
    expect(right).toContain("Đồng Tháp, ngày      tháng      năm 2026");
    // The short rules under the issuing body and the motto.
    expect(head.rows[0].cells.every((c) => c.paragraphs.some((p) => p.borderBottom))).toBe(true);
    expect(lines).toContain("BÁO CÁO");
    expect(lines).toContain("Kết quả thực hiện Kế hoạch số 328/KH-UBND ngày 07/10/2024 của Ủy ban nhân dân tỉnh Đồng Tháp năm 2026");
    expect(lines).toContain("Kính gửi: Ủy ban nhân dân tỉnh Đồng Tháp.");
  });

  test("the coordinating department was split in 2025: the head names its successors to choose from, highlighted", () => {
    const head = report.sections[0].blocks[0] as ReportTable;
    const reporter = head.rows[0].cells[0].paragraphs[1];
    expect(textOf(reporter)).toBe("[CHỌN CƠ QUAN BÁO CÁO: SỞ NỘI VỤ / SỞ Y TẾ / SỞ GIÁO DỤC VÀ ĐÀO TẠO / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG]");
    expect(reporter.runs.every((r) => r.highlight)).toBe(true);
  });

  test("sections I–III in order, with the summary's sentences as overall results", () => {
    const at = (text: string) => lines.indexOf(text);
    const order = ["I. KẾT QUẢ THỰC HIỆN", "1. Kết quả chung", "2. Kết quả thực hiện các chỉ tiêu", "3. Kết quả thực hiện các nhiệm vụ", "4. Tình hình báo cáo của các cơ quan, đơn vị", "II. KHÓ KHĂN, VƯỚNG MẮC", "III. ĐỀ XUẤT, KIẾN NGHỊ"];
    const positions = order.map(at);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(lines.slice(at("1. Kết quả chung") + 1).join(" ")).toContain(summary.paragraph.vi.slice(0, 60));
  });

  test("indicators by status, each group counted as the summary counts, with the numbers behind each", () => {
    for (const code of INDICATOR_STATUS_ORDER) {
      const n = summary.indicatorTotals[code];
      const line = lines.find((l) => new RegExp(`^[a-zđ]\\) ${statusLabel(code).replace(/[/()]/g, "\\$&")}: `).test(l));
      if (n === 0) expect(line).toBeUndefined();
      else expect(line).toMatch(new RegExp(`: ${n} chỉ tiêu`));
    }
    // Achieved, exceeded and on track: value or forecast against the target, per indicator.
    expect(lines.find((l) => l.startsWith("a) Vượt"))).toContain("4.3 (91,2% năm 2026; mục tiêu 2030: 90%)");
    expect(lines.find((l) => l.startsWith("c) Đúng tiến độ"))).toMatch(/2\.4 \(dự báo 2030: 16,5%; mục tiêu: <20%\)/);
    // At risk and the others: one line each with the status's own explanation.
    const atRisk = result.current.find((s) => s.indicatorId === "2.3")!;
    expect(lines).toContain(`- 2.3 Tỷ lệ việc làm phi chính thức: ${atRisk.explanation.vi}`);
    // Values rejected by validation are not judged: listed as data to correct, never guessed.
    const toCorrect = lines.findIndex((l) => /\) Số liệu cần sửa: \d+ chỉ tiêu/.test(l));
    expect(toCorrect).toBeGreaterThan(0);
    expect(lines.slice(toCorrect).join("\n")).toMatch(/9\.1 Xây dựng căn hộ nhà ở xã hội: .*1,234/);
  });

  test("tasks in the administration's words; the ones needing attention named with their lead", () => {
    expect(lines).toContain("Trong tổng số 64 nhiệm vụ được giao tại Kế hoạch (chi tiết tại Phụ lục II):");
    expect(lines.some((l) => /^- Đã hoàn thành đúng hạn: \d+ nhiệm vụ$/.test(l))).toBe(true);
    const notReported = lines.findIndex((l) => /^- Chưa báo cáo: \d+ nhiệm vụ$/.test(l));
    expect(lines[notReported + 1]).toMatch(/^\+ [IVX]+\.\d+ .+ \(.+\)$/);
  });

  test("agencies that have not reported, and incomplete ones with their counts", () => {
    expect(lines).toContain("Các cơ quan, đơn vị chưa gửi báo cáo: Ban Quản lý Khu kinh tế, Công an tỉnh, Sở Tư pháp và Sở Văn hóa, Thể thao và Du lịch.");
    expect(lines.find((l) => l.startsWith("Các cơ quan, đơn vị báo cáo chưa đầy đủ:"))).toMatch(/Sở Y tế \(\d+\/\d+\)/);
  });

  test("difficulties and proposals are left to write: highlighted placeholders, no invented text", () => {
    const body = paragraphs(report.sections[0].blocks);
    for (const heading of ["II. KHÓ KHĂN, VƯỚNG MẮC", "III. ĐỀ XUẤT, KIẾN NGHỊ"]) {
      const i = body.findIndex((p) => textOf(p) === heading);
      const next = body[i + 1];
      expect(textOf(next)).toMatch(/^\[Phần này do cơ quan tổng hợp viết: .*công cụ không tự soạn nội dung này\.\]$/);
      expect(next.runs.every((r) => r.highlight)).toBe(true);
    }
  });

  test("receiving list and signature block to fill, after the closing sentence", () => {
    const closing = lines.findIndex((l) => l.startsWith("Trên đây là báo cáo kết quả thực hiện Kế hoạch số 328/KH-UBND năm 2026"));
    expect(lines[closing]).toMatch(/\.\/\.$/);
    const sign = report.sections[0].blocks.at(-1) as ReportTable;
    expect(sign.borders).toBe(false);
    const [left, right] = sign.rows[0].cells.map((c) => c.paragraphs);
    expect(left.map(textOf)).toEqual(["Nơi nhận:", "- Như trên;", "- ……………;", "- Lưu: VT, ………."]);
    expect(right.filter((p) => p.runs.some((r) => r.highlight)).map(textOf)).toEqual(["[QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ]", "[Họ và tên]"]);
  });

  test("Phụ lục I holds every indicator row with its targets, the year's result and its status", () => {
    const [table] = tables(report, 1);
    expect(table.rows[0].header).toBe(true);
    expect(table.rows[0].cells.map((c) => textOf(c.paragraphs[0]))).toEqual([
      "TT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu đến năm 2025", "Mục tiêu đến năm 2030", "Kết quả năm 2026", "Đánh giá", "Căn cứ đánh giá",
    ]);
    const items = table.rows.filter((r) => r.cells.length === 8 && !r.header);
    expect(items).toHaveLength(wb.plan.indicators.length);
    expect(items.map((r) => textOf(r.cells[1].paragraphs[0]))).toEqual(wb.plan.indicators.map((i) => i.name));
    const row = (code: string) => items.find((r) => textOf(r.cells[0].paragraphs[0]) === code)!.cells.map((c) => textOf(c.paragraphs[0]));
    expect(row("2.1")).toEqual(["2.1", "Tỷ lệ thất nghiệp", "%", "<3", "<3", "2,62", "Đạt", expect.stringContaining("2,62%")]);
    // A rejected value is shown as typed, marked, never turned into a number.
    expect(row("9.1")[5]).toBe("1,234 (cần sửa)");
    // Group rows span the table.
    expect(table.rows.some((r) => r.cells.length === 1 && r.cells[0].span === 8 && textOf(r.cells[0].paragraphs[0]).startsWith("2. Lao động"))).toBe(true);
    // Column widths fill the landscape text width.
    expect(table.widthsMm.reduce((a, b) => a + b, 0)).toBeCloseTo(297 - 30 - 15, 1);
  });

  test("Phụ lục II holds every task with its lead agency, timeframe, result and status", () => {
    const [table] = tables(report, 2);
    const items = table.rows.filter((r) => r.cells.length === 6 && !r.header);
    expect(items).toHaveLength(64);
    expect(items.map((r) => textOf(r.cells[1].paragraphs[0]))).toEqual(wb.plan.tasks.map((t) => t.text));
    const withDecision = items.find((r) => textOf(r.cells[4].paragraphs[0]).includes("Quyết định số 1234/QĐ-UBND"))!;
    expect(textOf(withDecision.cells[4].paragraphs[0])).toMatch(/^Hoàn thành; 100%; hoàn thành ngày 15\/09\/2026; Quyết định số 1234\/QĐ-UBND/);
    expect(items.every((r) => textOf(r.cells[5].paragraphs[0]) !== "")).toBe(true);
  });

  test("in English with --lang en", () => {
    const en = allTexts(sampleReport("en").report);
    expect(en).toContain("REPORT");
    expect(en).toContain("SOCIALIST REPUBLIC OF VIET NAM");
    expect(en).toContain("II. DIFFICULTIES AND OBSTACLES");
    expect(en.some((l) => l.startsWith("To: the Đồng Tháp province People's Committee"))).toBe(true);
  });
});

describe("what agencies typed stays text", () => {
  const base = sampleReport();

  test("a plan issuer recorded in the workbook is the addressee; a registry body that still exists reports", () => {
    const plan = { ...base.wb.plan, issuer: "Ủy ban nhân dân thành phố Cần Thơ", coordinator: "Sở Tài chính", province: "Cần Thơ" };
    const doc = buildReport({ ...inputOf(base), plan });
    const lines = allTexts(doc);
    expect(lines).toContain("Kính gửi: Ủy ban nhân dân thành phố Cần Thơ.");
    expect(lines).toContain("SỞ TÀI CHÍNH");
  });

  test("characters no document can hold are marked, not dropped; formula- and field-like text is kept as written", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        const out = cleanText(s);
        expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(out)).toBe(false);
        // Same number of characters (CRLF folds to one line end; a lone surrogate becomes U+FFFD).
        expect([...out].length).toBe([...s.normalize("NFC").replace(/\r\n?/g, "\n")].length);
      }),
    );
    expect(cleanText("=SUM(A1) { PAGE } <b>x</b>")).toBe("=SUM(A1) { PAGE } <b>x</b>");
  });
});

function inputOf(base: ReturnType<typeof sampleReport>) {
  return {
    plan: base.wb.plan,
    lang: "vi" as const,
    asOf: base.result.asOf,
    today: "2026-11-25",
    summary: base.summary,
    current: base.result.current,
    taskStatuses: base.result.taskStatuses,
    observations: base.result.observations,
    progress: base.result.progress,
    heldBack: base.result.issues.indicators,
    agencies: defaultAgencyIndex(),
  };
}
