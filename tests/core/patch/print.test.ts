import fc from "fast-check";
import { excelHeaderFooter, excelHeaderFooterSections, MemoryWorkbook, printedPageHeightPx, type PrintLine } from "../../../core/patch";

describe("printed headers and footers in Excel's syntax", () => {
  test("fields become codes, text is escaped", () => {
    const line: PrintLine = {
      left: [{ text: "Kế hoạch 328/KH-UBND & Sở KH&ĐT" }],
      right: [{ field: "sheet" }, { text: " — Trang " }, { field: "page" }, { text: "/" }, { field: "pages" }],
    };
    expect(excelHeaderFooter(line)).toBe("&LKế hoạch 328/KH-UBND && Sở KH&&ĐT&R&A — Trang &P/&N");
    expect(excelHeaderFooterSections(line)).toEqual(["Kế hoạch 328/KH-UBND && Sở KH&&ĐT", "", "&A — Trang &P/&N"]);
    expect(excelHeaderFooter(undefined)).toBe("");
    expect(excelHeaderFooter({ center: [{ text: "a\nb" }] })).toBe("&Ca b");
  });

  test("any text stays within Excel's 255 characters, its fields kept, never read as a code", () => {
    const part = fc.oneof(
      fc.string({ maxLength: 200 }).map((text) => ({ text })),
      fc.constantFrom({ field: "page" as const }, { field: "pages" as const }, { field: "sheet" as const }),
    );
    fc.assert(
      fc.property(fc.record({ left: fc.array(part, { maxLength: 4 }), center: fc.array(part, { maxLength: 3 }), right: fc.array(part, { maxLength: 4 }) }), (line) => {
        const out = excelHeaderFooter(line);
        expect(out.length).toBeLessThanOrEqual(255);
        // Every "&" is a section code, a field code, or a doubled literal one.
        expect(out.replace(/&&/g, "").replace(/&[LCRPNA]/g, "")).not.toContain("&");
        const fields = (l: typeof line) => [l.left, l.center, l.right].flat().filter((p) => "field" in p).length;
        expect((out.replace(/&&/g, "").match(/&[PNA]/g) ?? []).length).toBe(fields(line));
      }),
    );
  });
});

describe("printed page height", () => {
  const setup = { orientation: "landscape" as const, margins: { top: 15, bottom: 18, left: 12, right: 12, header: 7, footer: 8 } };
  test("a wide sheet fitted to one page wide gets taller pages in sheet pixels; a narrow one is not enlarged", () => {
    const narrow = printedPageHeightPx(600, setup);
    expect(printedPageHeightPx(300, setup)).toBe(narrow);
    expect(narrow).toBe(Math.floor((210 - 33) / (25.4 / 96)));
    expect(printedPageHeightPx(3000, setup)).toBeGreaterThan(printedPageHeightPx(1500, setup));
    expect(printedPageHeightPx(3000, setup)).toBe(Math.floor(((210 - 33) / (297 - 24)) * 3000));
  });
});

describe("the in-memory workbook keeps page setup and breaks", () => {
  test("as the last op set them", () => {
    const wb = new MemoryWorkbook(["A"]);
    wb.applyPatch([
      { op: "setPageSetup", sheet: "A", paper: "A4", orientation: "landscape", fitToWidth: 1, fitToHeight: 0, margins: { top: 1, bottom: 1, left: 1, right: 1, header: 1, footer: 1 }, titleRows: null },
      { op: "setPageBreaks", sheet: "A", rows: [40, 10, 40] },
    ]);
    expect(wb.sheet("A").pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0, titleRows: null });
    expect(wb.sheet("A").pageBreaks).toEqual([10, 40]);
  });
});
