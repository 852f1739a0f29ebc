import fc from "fast-check";
import { detectDelimiter, formatDelimited, parseDelimited } from "../../../core/grid";

describe("parseDelimited", () => {
  it("reads quoted fields with delimiters, newlines and doubled quotes", () => {
    const text = 'TT,Chỉ tiêu,Mục tiêu\r\n2.1,"Tỷ lệ thất nghiệp, khu vực ""thành thị""","<3"\n2.2,"dòng 1\ndòng 2",';
    expect(parseDelimited(text)).toEqual([
      ["TT", "Chỉ tiêu", "Mục tiêu"],
      ["2.1", 'Tỷ lệ thất nghiệp, khu vực "thành thị"', "<3"],
      ["2.2", "dòng 1\ndòng 2", null],
    ]);
  });

  it("detects tab (Excel Unicode text) and semicolon (vi-VN Excel CSV) delimiters", () => {
    expect(detectDelimiter("TT\tChỉ tiêu\n")).toBe("\t");
    expect(detectDelimiter("TT;Chỉ tiêu;Mục tiêu, năm 2025\n")).toBe(";");
    expect(parseDelimited("a;b,c\n1;2,5")).toEqual([
      ["a", "b,c"],
      ["1", "2,5"],
    ]);
  });

  it("drops a byte-order mark and stores text in NFC", () => {
    const nfd = "\uFEFFChi\u0309 tiêu".normalize("NFD");
    expect(parseDelimited(nfd)).toEqual([["Chỉ tiêu"]]);
  });

  it("keeps everything after an unterminated quote instead of losing it", () => {
    expect(parseDelimited('a,"b,c\nd')).toEqual([["a", "b,c\nd"]]);
  });

  it("never throws and formats back to the same grid (property)", () => {
    const field = fc.oneof(fc.string(), fc.constantFrom("a,b", 'x"y', "dòng\nmới", "Sở Lao động – TBXH"));
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (grid) => {
        const clean = grid.map((r) => r.map((v) => v.normalize("NFC").replace(/\uFEFF/g, "")));
        const text = formatDelimited(clean, ",");
        const back = parseDelimited(text, ",");
        expect(back).toEqual(clean.map((r) => r.map((v) => (v === "" ? null : v))));
      }),
    );
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(parseDelimited(s))));
  });
});
