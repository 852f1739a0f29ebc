import type { DocBlock } from "../../../core/grid";
import { trackingWorkbookPatch } from "../../../core/layout";
import { planFromDocument, planIdFromFileName } from "../../../core/workbook";

const para = (text: string): DocBlock => ({ kind: "paragraph", text, align: "center", pageBreakBefore: false });
const tbl = (grid: string[][]): DocBlock => ({ kind: "table", grid, merges: [], borderless: false, pageBreakBefore: false });
const header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];
const tasks = (title: string, rows: string[][]): DocBlock[] => [para(title), tbl([header, ...rows])];

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
    const r = planFromDocument(doc, { file: "kh.docx", plan: { id: "kh-1" } });
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
    const r = planFromDocument(doc, { file: "kh.docx" });
    expect(r.plan?.sections.map((s) => s.code)).toEqual(["I", "II"]);
    expect(r.findings.some((f) => f.code === "docx.tablePrefixed")).toBe(false);
  });

  it("says how many tables it saw when none is an appendix", () => {
    const r = planFromDocument({ blocks: [para("KẾ HOẠCH"), tbl([["a", "b"]]), tbl([["c"]])] }, { file: "kh.docx" });
    expect(r.plan).toBeNull();
    expect(r.error?.code).toBe("docx.noAppendix");
    expect(r.error?.vi).toContain("2 bảng");
  });

  it("takes the identity read from the head lines, what the caller says winning", () => {
    const doc = { blocks: [para("Số: 328/KH-UBND"), ...tasks("PHỤ LỤC", [["1.", "x", "Sở Nội vụ", "", "Năm 2025"]])] };
    const seen: string[][] = [];
    const r = planFromDocument(doc, {
      file: "kh.docx",
      plan: { id: "tu-tep" },
      identity: (lines) => {
        seen.push(lines);
        return { id: "tu-dau-van-ban", number: "328/KH-UBND", title: "Kế hoạch" };
      },
    });
    expect(seen[0]).toContain("Số: 328/KH-UBND");
    expect(r.plan?.id).toBe("tu-tep");
    expect(r.plan?.number).toBe("328/KH-UBND");
  });
});

describe("planIdFromFileName", () => {
  it("slugs a file name, folders and extension dropped", () => {
    expect(planIdFromFileName("Phụ lục KH 328.docx")).toBe("phu-luc-kh-328");
    expect(planIdFromFileName("C:\\Tài liệu\\Kế hoạch 144-KH-UBND.docx")).toBe("ke-hoach-144-kh-ubnd");
    expect(planIdFromFileName("/tmp/a/Đồng Tháp.xlsx")).toBe("dong-thap");
    expect(planIdFromFileName("...")).toBe("ke-hoach");
  });
});
