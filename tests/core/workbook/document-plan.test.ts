import type { DocBlock } from "../../../core/grid";
import { trackingWorkbookPatch } from "../../../core/layout";
import { planFromDocument } from "../../../core/workbook";

const para = (text: string): DocBlock => ({ kind: "paragraph", text, align: "center", pageBreakBefore: false });
const tbl = (grid: string[][]): DocBlock => ({ kind: "table", grid, merges: [], borderless: false, pageBreakBefore: false });
const header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];
const tasks = (title: string, rows: string[][]): DocBlock[] => [para(title), tbl([header, ...rows])];
/** What a person types when the document's head does not say (these test documents have none). */
const GIVEN = { number: "1/KH-UBND", issuedOn: "2025-01-02", issuer: "Ủy ban nhân dân tỉnh Đồng Tháp", title: "Kế hoạch thử" };

describe("planFromDocument", () => {
  it("makes one plan of several task tables, prefixing the codes of a later table that reuses them", () => {
    const doc = {
      blocks: [
        ...tasks("PHỤ LỤC II", [
          ["I", "TUYÊN TRUYỀN", "", "", ""],
          ["1.", "Phổ biến kế hoạch", "Sở Nội vụ", "", "Năm 2025"],
        ]),
        ...tasks("PHỤ LỤC III", [
          ["I", "ĐẦU TƯ", "", "", ""],
          ["1.", "Xây trường", "Sở Xây dựng", "", "Năm 2026"],
        ]),
      ],
    };
    const r = planFromDocument(doc, { file: "kh.docx", identity: GIVEN });
    expect(r.error).toBeNull();
    const plan = r.plan!;
    expect(plan.sections.map((s) => s.code)).toEqual(["I", "B2.I"]);
    expect(plan.tasks.map((t) => [t.id, t.code, t.section])).toEqual([
      [plan.tasks[0].id, "1.", "I"],
      [`B2.${plan.tasks[0].id}`, "1.", "B2.I"],
    ]);
    expect(new Set(plan.tasks.map((t) => t.id)).size).toBe(2);
    const note = r.findings.find((f) => f.code === "docx.tablePrefixed");
    expect(note?.message.vi).toContain("«PHỤ LỤC III»");
    expect(note?.message.vi).toContain("«B2.»");
    // The workbook shows each task under its own section.
    const patch = trackingWorkbookPatch(plan);
    expect(patch.length).toBeGreaterThan(0);
  });

  it("leaves tables that share no code as they are", () => {
    const doc = {
      blocks: [
        ...tasks("PHỤ LỤC II", [["I", "A", "", "", ""], ["1.", "x", "Sở Nội vụ", "", "Năm 2025"]]),
        ...tasks("PHỤ LỤC III", [["II", "B", "", "", ""], ["1.", "y", "Sở Nội vụ", "", "Năm 2025"]]),
      ],
    };
    const r = planFromDocument(doc, { file: "kh.docx", identity: GIVEN });
    expect(r.plan?.sections.map((s) => s.code)).toEqual(["I", "II"]);
    expect(r.findings.some((f) => f.code === "docx.tablePrefixed")).toBe(false);
  });

  it("says how many tables it saw when none is an appendix", () => {
    const r = planFromDocument({ blocks: [para("KẾ HOẠCH"), tbl([["a", "b"]]), tbl([["c"]])] }, { file: "kh.docx" });
    expect(r.plan).toBeNull();
    expect(r.error?.code).toBe("docx.noAppendix");
    expect(r.error?.vi).toContain("2 bảng");
  });

  it("reads the plan's identity from the document's head; what the person gives wins; what is missing is asked for", () => {
    const head: DocBlock = {
      kind: "table",
      grid: [
        ["ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
        ["Số: 328/KH-UBND", "Đồng Tháp, ngày 07 tháng 10 năm 2024"],
      ],
      merges: [],
      borderless: true,
      pageBreakBefore: false,
    };
    const body = [head, para("KẾ HOẠCH"), para("Triển khai chính sách xã hội"), ...tasks("PHỤ LỤC", [["1.", "x", "Sở Nội vụ", "", "Năm 2025"]])];
    const r = planFromDocument({ blocks: body }, { file: "kh.docx" });
    expect(r.missing).toEqual([]);
    expect(r.identity).toMatchObject({ number: "328/KH-UBND", issuedOn: "2024-10-07", province: "Đồng Tháp" });
    expect(r.plan).toMatchObject({ id: "dong-thap-328-2024", number: "328/KH-UBND", issuedOn: "2024-10-07" });
    expect(r.plan?.title).toMatch(/^Kế hoạch triển khai chính sách xã hội/);
    const given = planFromDocument({ blocks: body }, { file: "kh.docx", identity: { number: "329/KH-UBND" } });
    expect(given.plan?.number).toBe("329/KH-UBND");
    // No head: nothing is guessed (not from the file name); the person is asked.
    const bare = planFromDocument({ blocks: tasks("PHỤ LỤC", [["1.", "x", "Sở Nội vụ", "", "Năm 2025"]]) }, { file: "Kế hoạch 328.docx" });
    expect(bare.plan).toBeNull();
    expect(bare.tables).toHaveLength(1);
    expect(bare.missing).toEqual(["number", "issuedOn", "issuer", "title"]);
    expect(bare.error?.code).toBe("docx.identityMissing");
    expect(bare.error?.vi).toContain("phần đầu văn bản «Kế hoạch 328.docx» không ghi");
  });
});
