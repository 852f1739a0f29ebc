import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { PatchOp } from "../../../core/patch";
import { applyPatch, workbookBytes } from "../../../hosts/xlsx";

/** Page setup as ExcelJS writes it into the .xlsx, and as it reads it back (a later command keeps it). */
describe("page setup on .xlsx files", () => {
  const ops: PatchOp[] = [
    { op: "addSheet", sheet: "Chỉ tiêu", replace: true, hidden: false },
    { op: "setValues", sheet: "Chỉ tiêu", row: 0, col: 0, values: [["Tiêu đề"], ["TT"], ["Mã"], ...Array.from({ length: 60 }, (_, i) => [`${i}`])] },
    {
      op: "setPageSetup",
      sheet: "Chỉ tiêu",
      paper: "A4",
      orientation: "landscape",
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { top: 15, bottom: 18, left: 12, right: 12, header: 7, footer: 8 },
      titleRows: { from: 1, to: 2 },
      footer: { left: [{ text: "Kế hoạch 328/KH-UBND & Sở KH&ĐT" }], right: [{ field: "sheet" }, { text: " — Trang " }, { field: "page" }, { text: "/" }, { field: "pages" }] },
      centerHorizontally: true,
    },
    { op: "setPageBreaks", sheet: "Chỉ tiêu", rows: [20, 45] },
  ];

  test("A4 landscape fitted one page wide and as many tall as needed, print titles, footer codes, row breaks", async () => {
    const wb = new ExcelJS.Workbook();
    const { charts } = applyPatch(wb, ops);
    const bytes = await workbookBytes(wb, charts);
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(sheetXml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(sheetXml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(sheetXml).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    expect(sheetXml).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(sheetXml).toContain("<oddFooter>&amp;LKế hoạch 328/KH-UBND &amp;&amp; Sở KH&amp;&amp;ĐT&amp;R&amp;A — Trang &amp;P/&amp;N</oddFooter>");
    // A page starts at rows 21 and 46: the breaks sit after rows 20 and 45.
    expect(sheetXml).toMatch(/<rowBreaks count="2" manualBreakCount="2"><brk id="20"[^>]*\/><brk id="45"[^>]*\/><\/rowBreaks>/);
    const book = await zip.file("xl/workbook.xml")!.async("string");
    expect(book).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Chỉ tiêu&apos;!$2:$3</definedName>');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = back.getWorksheet("Chỉ tiêu")!;
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9, printTitlesRow: "2:3" });
    expect(ws.headerFooter.oddFooter).toContain("&R&A — Trang &P/&N");
  });

  test("applied again, the breaks replace the earlier ones", async () => {
    const wb = new ExcelJS.Workbook();
    applyPatch(wb, ops);
    applyPatch(wb, [{ op: "setPageBreaks", sheet: "Chỉ tiêu", rows: [30] }]);
    expect((wb.getWorksheet("Chỉ tiêu") as unknown as { rowBreaks: { id: number }[] }).rowBreaks.map((b) => b.id)).toEqual([30]);
  });
});
