import fc from "fast-check";
import { readDocxParts } from "../../../core/docx";
import type { DocBlock, DocTable } from "../../../core/grid";
import { doc, p, table, W_NS } from "./wordml";

const read = (body: string, extra: { numbering?: string; styles?: string } = {}) => readDocxParts({ document: doc(body), ...extra }, "kh.docx");
const texts = (blocks: DocBlock[] | undefined) => (blocks ?? []).map((b) => (b.kind === "paragraph" ? b.text : `[table ${JSON.stringify(b.grid)}]`));

function numbering(abstracts: string, nums: string): string {
  return `<w:numbering xmlns:w="${W_NS}">${abstracts}${nums}</w:numbering>`;
}
const lvl = (ilvl: number, fmt: string, text: string, extra = "") =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const numbered = (text: string, numId: number, ilvl = 0) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

describe("paragraph text", () => {
  it("keeps inserted text and drops deleted text (tracked changes), and says so", () => {
    const r = read('<w:p><w:r><w:t xml:space="preserve">Sở </w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>Nội vụ</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>Lao động</w:delText></w:r></w:del></w:p>');
    expect(texts(r.document?.blocks)).toEqual(["Sở Nội vụ"]);
    expect(r.notes.map((n) => [n.code, n.count])).toEqual([["trackedDeletion", 1]]);
    expect(r.notes[0].message.vi).toContain("chấp nhận mọi thay đổi");
  });

  it("keeps the result of fields, not their codes, even across runs and paragraphs", () => {
    const field = (code: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const r = read(`<w:p><w:r><w:t xml:space="preserve">Ngày </w:t></w:r>${field("DATE \\@ dd/MM/yyyy", "12/08/2024")}</w:p><w:p><w:fldSimple w:instr="SEQ Bang"><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p>`);
    expect(texts(r.document?.blocks)).toEqual(["Ngày 12/08/2024", "3"]);
    // A field whose code holds another field, and a field with no result.
    const nested = read(
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>${field("PAGE", "1")}<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>kết quả</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TC x</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
    );
    expect(texts(nested.document?.blocks)).toEqual(["kết quả"]);
  });

  it("drops hidden text, from the run or from its style, and says so", () => {
    const styles = `<w:styles xmlns:w="${W_NS}"><w:style w:type="character" w:styleId="An"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`;
    const r = read(
      '<w:p><w:r><w:t xml:space="preserve">Hiện </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:r><w:rPr><w:rStyle w:val="An"/></w:rPr><w:t>ẩn2</w:t></w:r><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>hiện</w:t></w:r></w:p>',
      { styles },
    );
    expect(texts(r.document?.blocks)).toEqual(["Hiện hiện"]);
    expect(r.notes.find((n) => n.code === "hiddenText")?.count).toBe(2);
  });

  it("reads through hyperlinks, smart tags, custom XML, content controls; drops a control's placeholder", () => {
    const r = read(
      '<w:p><w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:r><w:t xml:space="preserve">Sở </w:t></w:r></w:hyperlink><w:smartTag w:element="place"><w:r><w:t>Y tế</w:t></w:r></w:smartTag><w:customXml w:element="x"><w:r><w:t>!</w:t></w:r></w:customXml></w:p>' +
        '<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>trong ô nhập</w:t></w:r></w:sdtContent></w:sdt></w:p></w:sdtContent></w:sdt>' +
        '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Bấm vào đây để nhập văn bản.</w:t></w:r></w:p></w:sdtContent></w:sdt>',
    );
    expect(texts(r.document?.blocks)).toEqual(["Sở Y tế!", "trong ô nhập"]);
    expect(r.notes.map((n) => n.code)).toEqual(["placeholder"]);
  });

  it("writes tabs, line breaks, non-breaking hyphens and symbol-font symbols as printed", () => {
    const r = read(
      '<w:p><w:r><w:t>Số: 328</w:t><w:tab/><w:t>Đồng Tháp</w:t><w:br/><w:t>dòng 2</w:t><w:noBreakHyphen/><w:t>x</w:t><w:softHyphen/></w:r><w:r><w:sym w:font="Symbol" w:char="F0B3"/><w:t xml:space="preserve"> 95</w:t><w:sym w:font="Wingdings" w:char="F0FC"/><w:sym w:font="Marlett" w:char="F061"/></w:r></w:p>',
    );
    expect(texts(r.document?.blocks)).toEqual(["Số: 328\tĐồng Tháp\ndòng 2-x≥ 95✓\uf061"]);
    expect(r.notes.map((n) => n.code)).toEqual(["unknownSymbol"]);
  });

  it("splits a paragraph at a page break and marks the break; a next-page section break too", () => {
    const r = read(
      `${p("Nơi nhận")}<w:p><w:r><w:br w:type="page"/></w:r></w:p>${p("PHỤ LỤC I")}<w:p><w:r><w:t>trước</w:t><w:br w:type="page"/><w:t>sau</w:t></w:r></w:p><w:p><w:pPr><w:sectPr/></w:pPr></w:p>${p("PHỤ LỤC II", '<w:jc w:val="center"/>')}`,
    );
    const blocks = r.document?.blocks ?? [];
    expect(blocks.map((b) => (b.kind === "paragraph" ? [b.text, b.pageBreakBefore, b.align] : null))).toEqual([
      ["Nơi nhận", false, "left"],
      ["", false, "left"],
      ["", true, "left"],
      ["PHỤ LỤC I", false, "left"],
      ["trước", false, "left"],
      ["sau", true, "left"],
      ["", false, "left"],
      ["PHỤ LỤC II", true, "center"],
    ]);
  });

  it("places text boxes after their paragraph (one branch of the alternate content only)", () => {
    const box = (t: string) => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const r = read(
      `<w:p><w:r><w:t>Đoạn</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">${box("Trong hộp")}</wps:txbx></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>${box("Trong hộp")}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
    );
    expect(texts(r.document?.blocks)).toEqual(["Đoạn", "Trong hộp"]);
    expect(r.notes.map((n) => [n.code, n.count])).toEqual([["textBox", 1]]);
  });

  it("leaves footnote marks out of the text and says the notes are not read", () => {
    const r = read('<w:p><w:r><w:t>Tỷ lệ</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>');
    expect(texts(r.document?.blocks)).toEqual(["Tỷ lệ"]);
    expect(r.notes.map((n) => n.code)).toEqual(["footnote"]);
  });

  it("reads strict OOXML and other prefixes by namespace, not by prefix", () => {
    const strict = `<?xml version="1.0"?><x:document xmlns:x="http://purl.oclc.org/ooxml/wordprocessingml/main"><x:body><x:p><x:r><x:t>Chỉ tiêu</x:t></x:r></x:p></x:body></x:document>`;
    expect(texts(readDocxParts({ document: strict }, "s.docx").document?.blocks)).toEqual(["Chỉ tiêu"]);
  });

  it("reads math as its text", () => {
    const r = read('<w:p><m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"><m:r><m:t>≥95</m:t></m:r></m:oMath></w:p>');
    expect(texts(r.document?.blocks)).toEqual(["≥95"]);
  });
});

describe("list numbers from numbering.xml", () => {
  const defs = numbering(
    `<w:abstractNum w:abstractNumId="0">${lvl(0, "decimal", "%1.")}${lvl(1, "decimal", "%1.%2.")}${lvl(2, "lowerLetter", "%3)")}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, "upperRoman", "%1", '<w:suff w:val="space"/>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${lvl(0, "bullet", "-")}${lvl(1, "bullet", "\uf0b7", '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr>')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="3">${lvl(0, "ordinalText", "%1")}</w:abstractNum>`,
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>' +
      '<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num><w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>',
  );

  it("renders decimal, nested, letter, roman and bullet labels, restarting deeper levels", () => {
    const r = read(
      [
        numbered("Y tế", 1),
        numbered("Tỷ lệ", 1, 1),
        numbered("Số giường", 1, 1),
        numbered("thành thị", 1, 2),
        numbered("nông thôn", 1, 2),
        numbered("Giáo dục", 1),
        numbered("Tỷ lệ", 1, 1),
        numbered("MỤC TIÊU", 2),
        numbered("NHIỆM VỤ", 2),
        numbered("gạch đầu dòng", 3),
        numbered("chấm", 3, 1),
      ].join(""),
      { numbering: defs },
    );
    expect(texts(r.document?.blocks)).toEqual([
      "1. Y tế",
      "1.1. Tỷ lệ",
      "1.2. Số giường",
      "a) thành thị",
      "b) nông thôn",
      "2. Giáo dục",
      "2.1. Tỷ lệ",
      "I MỤC TIÊU",
      "II NHIỆM VỤ",
      "- gạch đầu dòng",
      "• chấm",
    ]);
    expect(r.notes).toEqual([]);
  });

  it("numbers a code column cell that holds only the number, continues across cells, restarts with a startOverride", () => {
    const cell = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const row = (code: string, name: string) => `<w:tr>${cell(code)}${cell(`<w:p><w:r><w:t>${name}</w:t></w:r></w:p>`)}</w:tr>`;
    const empty = (numId: number) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr></w:p>`;
    const r = read(`<w:tbl>${row(empty(1), "a")}${row(empty(1), "b")}${row(empty(4), "c")}${row(empty(4), "d")}</w:tbl>`, { numbering: defs });
    expect((r.document?.blocks[0] as DocTable).grid).toEqual([
      ["1.", "a"],
      ["2.", "b"],
      ["1.", "c"],
      ["2.", "d"],
    ]);
  });

  it("takes the numbering of a paragraph style (and its basedOn chain)", () => {
    const styles = `<w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="Muc"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Muc2"><w:basedOn w:val="Muc"/></w:style></w:styles>`;
    const r = read(`${p("Một", '<w:pStyle w:val="Muc"/>')}${p("Hai", '<w:pStyle w:val="Muc2"/>')}`, { numbering: defs, styles });
    expect(texts(r.document?.blocks)).toEqual(["I Một", "II Hai"]);
  });

  it("says so when a number cannot be computed, and keeps the text", () => {
    const r = read(`${numbered("chữ", 5)}${numbered("không định nghĩa", 9)}`, { numbering: defs });
    expect(texts(r.document?.blocks)).toEqual(["chữ", "không định nghĩa"]);
    expect(r.notes.map((n) => [n.code, n.count])).toEqual([["numberingLost", 2]]);
    expect(r.notes[0].message.vi).toContain("cột mã (TT)");
  });

  it("numbers nothing for numId 0 (numbering removed)", () => {
    expect(texts(read(numbered("x", 0), { numbering: defs }).document?.blocks)).toEqual(["x"]);
  });
});

describe("tables inside tables", () => {
  it("writes a nested table into its cell, a row per line, tabs between cells", () => {
    const inner = table(2, 2, [
      { top: 0, left: 0, bottom: 0, right: 0, text: "Năm" },
      { top: 0, left: 1, bottom: 0, right: 1, text: "2025" },
      { top: 1, left: 0, bottom: 1, right: 0, text: "Tỷ lệ\n(%)" },
      { top: 1, left: 1, bottom: 1, right: 1, text: "95" },
    ]);
    const r = read(`<w:tbl><w:tr><w:tc>${p("Mục tiêu")}${inner}<w:p/></w:tc><w:tc>${p("x")}</w:tc></w:tr></w:tbl>`);
    expect((r.document?.blocks[0] as DocTable).grid).toEqual([["Mục tiêu\nNăm\t2025\nTỷ lệ (%)\t95\n", "x"]]);
    expect(r.notes.map((n) => n.code)).toEqual(["nestedTable"]);
  });

  it("reads a one-column frame around a table as the content it frames", () => {
    const inner = table(1, 2, [
      { top: 0, left: 0, bottom: 0, right: 0, text: "TT" },
      { top: 0, left: 1, bottom: 0, right: 1, text: "Chỉ tiêu" },
    ]);
    const r = read(`<w:tbl><w:tr><w:tc>${p("PHỤ LỤC I")}${inner}<w:p/></w:tc></w:tr></w:tbl>`);
    expect(texts(r.document?.blocks)).toEqual(["PHỤ LỤC I", '[table [["TT","Chỉ tiêu"]]]', ""]);
    expect(r.notes.map((n) => n.code)).toEqual(["frameTable"]);
  });
});

describe("documents that are not what they should be", () => {
  it("names the part and the place of malformed XML", () => {
    const r = readDocxParts({ document: `<w:document xmlns:w="${W_NS}"><w:body><w:p></w:body></w:document>` }, "hong.docx");
    expect(r.document).toBeNull();
    expect(r.error?.code).toBe("docx.xmlInvalid");
    expect(r.error?.vi).toContain("word/document.xml");
    expect(r.error?.vi).toMatch(/dòng 1, cột \d+/);
  });

  it("refuses a DOCTYPE (no entity expansion) and absurd nesting", () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    expect(readDocxParts({ document: bomb }, "x.docx").error?.vi).toContain("DOCTYPE");
    const deep = `<w:document xmlns:w="${W_NS}"><w:body>${"<w:tbl><w:tr><w:tc>".repeat(400)}${"</w:tc></w:tr></w:tbl>".repeat(400)}</w:body></w:document>`;
    expect(readDocxParts({ document: deep }, "x.docx").error?.vi).toContain("512");
  });

  it("says when the main part is not a Word body", () => {
    const r = readDocxParts({ document: '<?xml version="1.0"?><root/>' }, "x.docx");
    expect(r.error?.code).toBe("docx.noBody");
  });

  it("never throws on any string, in any part", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.option(fc.string({ maxLength: 100 })), (s, other) => {
        const r = readDocxParts({ document: s, numbering: other, styles: other }, "x.docx");
        expect(r.document === null).toBe(r.error !== null);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on a real document cut or spliced anywhere", () => {
    const good = doc(`${p("PHỤ LỤC I", '<w:jc w:val="center"/>')}${table(2, 2, [{ top: 0, left: 0, bottom: 1, right: 0, text: "a" }, { top: 0, left: 1, bottom: 0, right: 1, text: "b" }, { top: 1, left: 1, bottom: 1, right: 1, text: "c" }])}`);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: good.length }), fc.integer({ min: 0, max: good.length }), fc.string({ maxLength: 20 }), (a, b, junk) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        const r = readDocxParts({ document: good.slice(0, from) + junk + good.slice(to) }, "x.docx");
        expect(r.document === null).toBe(r.error !== null);
      }),
      { numRuns: 500 },
    );
  });
});
