import fc from "fast-check";
import { readDocxParts } from "../../../core/docx";
import type { DocTable } from "../../../core/grid";
import { doc, table, type Rect } from "./wordml";

/** Cell text with what tables hold: Vietnamese, digits, signs, XML specials, spaces, tabs, line breaks. */
const cellText = fc
  .array(fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĐƯỆẾỲ0123456789 ,.;:-–%≥<>&\"'()/\t\n".split("")), { maxLength: 24 })
  .map((cs) => cs.join(""));

/**
 * A random table: a partition of rows × cols into rectangles (each cell owned by one), built
 * row-major: at each free cell a rectangle as wide and tall as the dice say and the free space
 * allows. Single empty cells at the start or end of a row may be written as gridBefore/After.
 */
const randomTable = fc
  .record({ rows: fc.integer({ min: 1, max: 7 }), cols: fc.integer({ min: 1, max: 6 }), seed: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 200, maxLength: 200 }), texts: fc.array(cellText, { minLength: 60, maxLength: 60 }) })
  .map(({ rows, cols, seed, texts }) => {
    let k = 0;
    const next = (n: number) => seed[k++ % seed.length] % n;
    const owner: number[][] = Array.from({ length: rows }, () => Array<number>(cols).fill(-1));
    const rects: Rect[] = [];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (owner[r][c] >= 0) continue;
        let w = 1;
        while (c + w < cols && owner[r][c + w] < 0 && next(3) === 0) w++;
        let h = 1;
        while (r + h < rows && next(3) === 0 && Array.from({ length: w }, (_, j) => owner[r + h][c + j] < 0).every(Boolean)) h++;
        const id = rects.length;
        for (let i = 0; i < h; i++) for (let j = 0; j < w; j++) owner[r + i][c + j] = id;
        rects.push({ top: r, left: c, bottom: r + h - 1, right: c + w - 1, text: texts[id % texts.length] });
      }
    }
    // Leading/trailing single empty cells of a row may be grid columns without a cell.
    const isBare = (x: Rect) => x.top === x.bottom && x.left === x.right && x.text === "";
    const before: number[] = [];
    const after: number[] = [];
    for (let r = 0; r < rows; r++) {
      let b = 0;
      while (b < cols && isBare(rects[owner[r][b]]) && next(2) === 0) b++;
      let a = 0;
      while (a < cols - b && isBare(rects[owner[r][cols - 1 - a]]) && next(2) === 0) a++;
      before.push(b);
      after.push(a);
    }
    const written = rects.filter((x) => {
      if (!isBare(x)) return true;
      return !(x.left < before[x.top] || x.left >= cols - after[x.top]);
    });
    return { rows, cols, rects, written, before, after };
  });

describe("tables read back as written", () => {
  it("random tables with random merges give the same grid and merged ranges", () => {
    fc.assert(
      fc.property(randomTable, ({ rows, cols, rects, written, before, after }) => {
        const xml = doc(table(rows, cols, written, { before, after }));
        const read = readDocxParts({ document: xml }, "t.docx");
        expect(read.error).toBeNull();
        const t = read.document?.blocks.find((b): b is DocTable => b.kind === "table");
        expect(t).toBeDefined();
        const grid = Array.from({ length: rows }, () => Array<string>(cols).fill(""));
        for (const x of rects) grid[x.top][x.left] = x.text;
        expect(t?.grid).toEqual(grid);
        const key = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top},${m.left},${m.bottom},${m.right}`;
        const expected = rects.filter((x) => x.bottom > x.top || x.right > x.left).map(key).sort();
        expect((t?.merges ?? []).map(key).sort()).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("a vMerge continue with no cell above, or of another width, starts a cell of its own", () => {
    const xml = doc(
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>' +
        '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr>' +
        '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge/></w:tcPr><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr>' +
        "</w:tbl>",
    );
    const t = readDocxParts({ document: xml }, "t.docx").document?.blocks[0] as DocTable;
    expect(t.grid).toEqual([
      ["a", "b"],
      ["c", ""],
    ]);
    expect(t.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 1 }]);
  });

  it("the legacy w:hMerge joins a cell to the one on its left", () => {
    const xml = doc(
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>' +
        '<w:tc><w:tcPr><w:hMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>I. Y TẾ</w:t></w:r></w:p></w:tc>' +
        "<w:tc><w:tcPr><w:hMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
    );
    const t = readDocxParts({ document: xml }, "t.docx").document?.blocks[0] as DocTable;
    expect(t.grid).toEqual([["I. Y TẾ", "", "x"]]);
    expect(t.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  it("text typed in a covered cell of a vertical merge is kept in the merged cell", () => {
    const xml = doc(table(2, 1, [{ top: 0, left: 0, bottom: 1, right: 0, text: "Sở Y tế" }]).replace("<w:vMerge/></w:tcPr><w:p/>", "<w:vMerge/></w:tcPr><w:p><w:r><w:t>Sở Tài chính</w:t></w:r></w:p>"));
    const t = readDocxParts({ document: xml }, "t.docx").document?.blocks[0] as DocTable;
    expect(t.grid).toEqual([["Sở Y tế\nSở Tài chính"], [""]]);
  });

  it("a gridSpan that is not a sane number counts as 1", () => {
    const xml = doc('<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="999999999"/></w:tcPr><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="x"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>');
    const t = readDocxParts({ document: xml }, "t.docx").document?.blocks[0] as DocTable;
    expect(t.grid).toEqual([["a", ""]]);
    expect(t.merges).toEqual([]);
  });

  it("a row deleted as a tracked change is left out, and said", () => {
    const xml = doc(
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>kept</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:trPr><w:del w:id="1" w:author="x"/></w:trPr><w:tc><w:p><w:del w:id="2" w:author="x"><w:r><w:delText>gone</w:delText></w:r></w:del></w:p></w:tc></w:tr></w:tbl>',
    );
    const read = readDocxParts({ document: xml }, "t.docx");
    expect((read.document?.blocks[0] as DocTable).grid).toEqual([["kept"]]);
    expect(read.notes.map((n) => n.code)).toEqual(["trackedDeletion"]);
  });

  it("borderless tables (the head of a plan) are told from framed ones", () => {
    const rect = [{ top: 0, left: 0, bottom: 0, right: 0, text: "x" }];
    const framed = readDocxParts({ document: doc(table(1, 1, rect)) }, "t.docx").document?.blocks[0] as DocTable;
    const bare = readDocxParts({ document: doc(table(1, 1, rect, { borders: false })) }, "t.docx").document?.blocks[0] as DocTable;
    const nil = readDocxParts({ document: doc(table(1, 1, rect, { borders: false }).replace("<w:tblPr>", '<w:tblPr><w:tblBorders><w:top w:val="nil"/><w:left w:val="none"/></w:tblBorders>')) }, "t.docx").document?.blocks[0] as DocTable;
    const styled = readDocxParts(
      {
        document: doc(table(1, 1, rect, { borders: false }).replace("<w:tblPr>", '<w:tblPr><w:tblStyle w:val="TableGrid"/>')),
        styles: `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="table" w:styleId="TableGrid"><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style></w:styles>`,
      },
      "t.docx",
    ).document?.blocks[0] as DocTable;
    expect([framed.borderless, bare.borderless, nil.borderless, styled.borderless]).toEqual([false, true, true, false]);
  });
});
