import fc from "fast-check";
import type { DocBlock, DocumentModel } from "../../../core/grid";
import { documentHead, documentSheet, recognizeDocument } from "../../../core/recognize";

const para = (text: string, align: "left" | "center" = "left", pageBreakBefore = false): DocBlock => ({ kind: "paragraph", text, align, pageBreakBefore });
const tbl = (grid: string[][], merges = [] as { top: number; left: number; bottom: number; right: number }[], borderless = false): DocBlock => ({
  kind: "table",
  grid,
  merges,
  borderless,
  pageBreakBefore: false,
});

const headTable = tbl(
  [
    ["ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
    ["Số: 328/KH-UBND", "Đồng Tháp, ngày 07 tháng 10 năm 2024"],
  ],
  [],
  true,
);

describe("documentSheet", () => {
  it("puts each paragraph on a row in the first column and each table's rows below, merges shifted", () => {
    const doc: DocumentModel = {
      blocks: [para("PHỤ LỤC I", "center"), para(""), tbl([["TT", "Chỉ tiêu"], ["1.", "Y tế"]], [{ top: 0, left: 0, bottom: 1, right: 0 }]), para("Ghi chú")],
    };
    const s = documentSheet(doc);
    expect(s.grid).toEqual([["PHỤ LỤC I"], [""], ["TT", "Chỉ tiêu"], ["1.", "Y tế"], ["Ghi chú"]]);
    expect(s.merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 0 }]);
    expect(s.places).toEqual([
      { kind: "paragraph", index: 0 },
      { kind: "paragraph", index: 1 },
      { kind: "table", table: 1, row: 1 },
      { kind: "table", table: 1, row: 2 },
      { kind: "paragraph", index: 2 },
    ]);
    expect(s.tableCount).toBe(1);
  });

  it("keeps every block's text and every merge, for any document", () => {
    const block = fc.oneof(
      fc.record({ kind: fc.constant("paragraph" as const), text: fc.string({ maxLength: 10 }), align: fc.constantFrom("left" as const, "center" as const), pageBreakBefore: fc.boolean() }),
      fc
        .record({ rows: fc.integer({ min: 1, max: 4 }), cols: fc.integer({ min: 1, max: 4 }), borderless: fc.boolean() })
        .map(({ rows, cols, borderless }) => ({
          kind: "table" as const,
          grid: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `${r}.${c}`)),
          merges: rows > 1 ? [{ top: 0, left: 0, bottom: 1, right: 0 }] : [],
          borderless,
          pageBreakBefore: false,
        })),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 8 }), (blocks) => {
        const s = documentSheet({ blocks });
        const rows = blocks.reduce((n, b) => n + (b.kind === "paragraph" ? 1 : b.grid.length), 0);
        expect(s.grid).toHaveLength(rows);
        expect(s.places).toHaveLength(rows);
        expect(s.merges).toHaveLength(blocks.reduce((n, b) => n + (b.kind === "table" ? b.merges.length : 0), 0));
        for (const m of s.merges) expect(["table", "head"]).toContain(s.places[m.top]?.kind);
      }),
    );
  });
});

describe("places", () => {
  it("numbers tables as a reader counts them, the head table left out", () => {
    const s = documentSheet({ blocks: [headTable, para("PHỤ LỤC I"), tbl([["TT"], ["1"]])] });
    expect(s.places).toEqual([
      { kind: "head", row: 1 },
      { kind: "head", row: 2 },
      { kind: "paragraph", index: 0 },
      { kind: "table", table: 1, row: 1 },
      { kind: "table", table: 1, row: 2 },
    ]);
    expect(s.tableCount).toBe(1);
  });
});

describe("documentHead", () => {
  it("reads the borderless head table row by row, then the centred title lines", () => {
    const doc: DocumentModel = {
      blocks: [
        para(""),
        headTable,
        para(""),
        para("KẾ HOẠCH", "center"),
        para("Triển khai thực hiện Nghị quyết số 68/NQ-CP\nvề chính sách xã hội", "center"),
        para(""),
        para("Thực hiện Nghị quyết số 68/NQ-CP, UBND Tỉnh ban hành Kế hoạch ..."),
        para("KHÔNG PHẢI TIÊU ĐỀ", "center"),
      ],
    };
    expect(documentHead(doc)).toEqual([
      "ỦY BAN NHÂN DÂN",
      "TỈNH ĐỒNG THÁP",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 328/KH-UBND",
      "Đồng Tháp, ngày 07 tháng 10 năm 2024",
      "KẾ HOẠCH",
      "Triển khai thực hiện Nghị quyết số 68/NQ-CP",
      "về chính sách xã hội",
    ]);
  });

  it("stops at a table or a page break; without a centred title takes the first lines", () => {
    expect(documentHead({ blocks: [headTable, para("KẾ HOẠCH", "center"), para("PHỤ LỤC I", "center", true)] }).slice(-1)).toEqual(["KẾ HOẠCH"]);
    expect(documentHead({ blocks: [headTable, tbl([["TT", "Chỉ tiêu"]])] })).toHaveLength(6);
    expect(documentHead({ blocks: [para("UBND TỈNH X"), para("Số: 1/KH-UBND"), tbl([["TT"]])] })).toEqual(["UBND TỈNH X", "Số: 1/KH-UBND"]);
    expect(documentHead({ blocks: [] })).toEqual([]);
  });

  it("does not take a framed table for the head", () => {
    const framed = { ...headTable, borderless: false } as DocBlock;
    expect(documentHead({ blocks: [framed, para("KẾ HOẠCH", "center")] })).toEqual([]);
  });
});

describe("recognizeDocument", () => {
  it("finds the appendix table among the head and the body text", () => {
    const doc: DocumentModel = {
      blocks: [
        headTable,
        para("KẾ HOẠCH", "center"),
        para("Nội dung kế hoạch ..."),
        para("", "left", true),
        para("PHỤ LỤC II", "center"),
        tbl([
          ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
          ["1.", "Tuyên truyền", "Sở Y tế", "Sở Tài chính", "Hằng năm"],
        ]),
      ],
    };
    const r = recognizeDocument(doc, { sheet: "kh.docx" });
    expect(r.tables.map((t) => t.kind)).toEqual(["tasks"]);
    expect(r.tables[0].tasks.map((t) => t.text)).toEqual(["Tuyên truyền"]);
    expect(r.document.headLines[0]).toBe("ỦY BAN NHÂN DÂN");
  });
});

describe("recognizeDocument, one appendix at a time", () => {
  const header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"];
  const body = (...texts: string[]) => texts.map((t) => para(t));

  it("reads two appendices with the same header as two tables", () => {
    const doc: DocumentModel = {
      blocks: [
        ...body("KẾ HOẠCH", "nội dung"),
        para("", "left", true),
        para("PHỤ LỤC II", "center"),
        tbl([header, ["I", "TUYÊN TRUYỀN", "", "", ""], ["1.", "a", "Sở Nội vụ", "", "Năm 2025"]]),
        para("", "left", true),
        para("PHỤ LỤC III", "center"),
        tbl([header, ["I", "ĐẦU TƯ", "", "", ""], ["1.", "b", "Sở Xây dựng", "", "Năm 2026"]]),
      ],
    };
    const r = recognizeDocument(doc);
    expect(r.tables.map((t) => t.tasks.map((x) => [x.section, x.text]))).toEqual([[["I", "a"]], [["I", "b"]]]);
    // Rows are rows of the whole document; each table was read from its appendix page.
    expect(r.tables.map((t) => t.headerRows[0])).toEqual([4, 9]);
    expect(r.tableSegments).toEqual([2, 7]);
    expect(r.document.places[r.tables[1].firstRow]).toEqual({ kind: "table", table: 2, row: 2 });
  });

  it("reads a table continued after a line of text (no header of its own) with the table before", () => {
    const doc: DocumentModel = {
      blocks: [
        para("PHỤ LỤC II", "center"),
        tbl([header, ["1.", "a", "Sở Nội vụ", "", "Năm 2025"]]),
        para("(tiếp theo)"),
        tbl([["2.", "b", "Sở Y tế", "", "Năm 2026"]]),
      ],
    };
    const r = recognizeDocument(doc);
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].tasks.map((t) => t.text)).toContain("b");
  });

  it("keeps a table under an appendix heading of its own apart, even when its header is not read", () => {
    const doc: DocumentModel = {
      blocks: [
        para("PHỤ LỤC 01", "center"),
        tbl([header, ["1.", "a", "Sở Nội vụ", "", "Năm 2025"]]),
        para("PHỤ LỤC 02", "center"),
        tbl([["S T T", "Việc", "Ai", "Với ai", "Khi nào"], ["1.", "b", "Sở Y tế", "", "Năm 2026"]]),
      ],
    };
    const r = recognizeDocument(doc);
    expect(r.tables.map((t) => t.tasks.map((x) => x.text))).toEqual([["a"]]);
    expect(r.tables[0].rows.every((row) => row.row < 3)).toBe(true);
  });

  it("reads tables separated only by empty paragraphs as one (a table Word shows as two)", () => {
    const doc: DocumentModel = {
      blocks: [para("PHỤ LỤC II", "center"), tbl([header, ["1.", "a", "Sở Nội vụ", "", "Năm 2025"]]), para(""), tbl([["2.", "b", "Sở Y tế", "", "Năm 2026"]])],
    };
    expect(recognizeDocument(doc).tables.map((t) => t.tasks.length)).toEqual([2]);
    expect(documentSheet(doc).segments).toEqual([{ start: 0, end: 4 }]);
  });
});

describe("the plan's identity in a document", () => {
  it("comes from the head, and what the head leaves unsaid from an appendix line naming the plan", () => {
    const titleOnly: DocumentModel = {
      blocks: [
        para("KẾ HOẠCH", "center"),
        para("Chuyển đổi số năm 2025", "center"),
        para("", "left", true),
        para("PHỤ LỤC", "center"),
        para("CÁC NHIỆM VỤ TRỌNG TÂM", "center"),
        para("(Kèm theo Kế hoạch số 12/KH-UBND ngày 05/01/2025 của UBND tỉnh Đồng Tháp)", "center"),
        tbl([
          ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
          ["1.", "Tuyên truyền", "Sở Y tế", "Sở Tài chính", "Hằng năm"],
        ]),
      ],
    };
    const r = recognizeDocument(titleOnly);
    expect(r.identity).toMatchObject({ type: "Kế hoạch", number: "12/KH-UBND", issuedOn: "2025-01-05", province: "Đồng Tháp" });
    expect(r.identity.title).toMatch(/^Kế hoạch chuyển đổi số năm 2025/);
    // An appendix title in capitals with no plan named is not taken for the issuer.
    const bare = recognizeDocument({ blocks: titleOnly.blocks.filter((b) => b.kind !== "paragraph" || !b.text.startsWith("(Kèm theo")) });
    expect(bare.identity.issuer).toBeNull();
    expect(bare.identity.number).toBeNull();
  });
});
