import { SHEETS, trackingWorkbookPatch } from "../../../core/layout";
import { MemoryWorkbook } from "../../../core/patch";
import { compareVersions, mergePackages, readStamp, slugOf, splitWorkbook, STAMP_SHEET } from "../../../core/share";
import { loadTemplate } from "../../../core/template";
import { asInput, dongThapMaster, logRows, openBook, packageBook, setCell } from "./helpers";

const NOW = "2027-11-20 09:15";

function fresh() {
  const masterBook = dongThapMaster();
  const master = openBook(masterBook);
  const packages = splitWorkbook(master, { now: "2027-11-01 08:00", year: 2027, withCoordinated: true });
  const pkg = (id: string) => packages.find((p) => p.agency.id === id)!;
  return { masterBook, master, packages, pkg };
}

describe("agencies and file names", () => {
  it("slugs Vietnamese names into file names", () => {
    expect(slugOf("Sở Y tế")).toBe("so-y-te");
    expect(slugOf("Sở Lao động – Thương binh và Xã hội")).toBe("so-lao-dong-thuong-binh-va-xa-hoi");
    expect(slugOf("UBND các huyện, thành phố")).toBe("ubnd-cac-huyen-thanh-pho");
    expect(slugOf("Đ")).toBe("d");
    expect(slugOf("…")).toBe("don-vi");
  });

  it("compares template versions part by part", () => {
    expect(compareVersions("1.0.0", "1.0.0")).toBe(0);
    expect(compareVersions("1.9.0", "1.10.0")).toBe(-1);
    expect(compareVersions("2.0", "1.9.9")).toBe(1);
  });
});

describe("a package", () => {
  const { pkg } = fresh();
  const yTe = pkg("so-y-te");
  const book = packageBook(yTe);

  it("is a complete tracking workbook of the agency's rows, stamped", () => {
    const wb = openBook(book);
    expect(wb.planFindings).toEqual([]);
    expect(wb.meta.planId).toBe("dong-thap-328-2024");
    expect(wb.meta.settings.asOf).toBe(2027);
    const { stamp, error } = readStamp(book.contents(STAMP_SHEET));
    expect(error).toBeNull();
    expect(stamp).toEqual(yTe.stamp);
    expect(stamp!.agencyId).toBe("so-y-te");
    expect(stamp!.year).toBe(2027);
    expect(book.sheet(STAMP_SHEET).hidden).toBe(true);
    expect(book.sheet(STAMP_SHEET).protections[0].range).toBeNull();
  });

  it("holds coordinated rows read only (greyed, locked) when asked", () => {
    // Sở Y tế coordinates nothing by name in Đồng Tháp; "Các sở, ban, ngành liên quan" coordinates almost everything.
    const group = pkg("so-ban-nganh");
    expect(group.readOnlyRows).toBeGreaterThan(50);
    expect(group.stamp.rows.indicators["2.1"].editable).toBe(false);
    const wb = openBook(packageBook(group));
    const row = wb.indicatorRecords.find((r) => r.rowId === "2.1")!.row;
    const protections = packageBook(group).sheet(SHEETS.indicators).protections.filter((p) => p.description.startsWith("Chỉ để xem"));
    expect(protections.some((p) => p.range !== null && p.range.row <= row && row < p.range.row + p.range.rows)).toBe(true);
  });

  it("reports a damaged stamp instead of trusting it", () => {
    expect(readStamp(null).error?.code).toBe("share.stamp.missing");
    expect(readStamp([["stamp", "{not json"]]).error?.code).toBe("share.stamp.invalid");
    expect(readStamp([["stamp", JSON.stringify({ ...yTe.stamp, packageId: "x" })]]).error?.vi).toContain("packageId");
  });
});

describe("merge rules", () => {
  it("rejects a package from another plan", () => {
    const { master } = fresh();
    const hd = new MemoryWorkbook().applyPatch(trackingWorkbookPatch(loadTemplate("hai-duong-1768-2022").plan!));
    const hdPackages = splitWorkbook(openBook(hd), { now: NOW });
    const r = mergePackages(master, [asInput("hd.xlsx", packageBook(hdPackages[0]))], { now: NOW, log: null });
    expect(r.rejected[0].reason.vi).toContain("thuộc kế hoạch «hai-duong-1768-2022», không phải kế hoạch «dong-thap-328-2024»");
    expect(r.patch).toEqual([]);
  });

  it("rejects a package made from an older template", () => {
    const { master, pkg } = fresh();
    const input = asInput("so-y-te.xlsx", packageBook(pkg("so-y-te")));
    const old = { ...input, stamp: { ...input.stamp!, templateVersion: "0.9.0" } };
    const r = mergePackages(master, [old], { now: NOW, log: null });
    expect(r.rejected[0].reason.vi).toContain("phiên bản 0.9.0, cũ hơn mẫu 1.0.0");
  });

  it("rejects a package made before the master's plan columns changed", () => {
    const { masterBook, pkg } = fresh();
    const book = packageBook(pkg("so-y-te"));
    setCell(book, "indicators", "7.1", "actual:2027", "1,58");
    setCell(masterBook, "indicators", "7.1", "target:2025", "1,9");
    const r = mergePackages(openBook(masterBook), [asInput("so-y-te.xlsx", book)], { now: NOW, log: null });
    expect(r.rejected[0].reason.code).toBe("share.reject.masterChanged");
    expect(r.rejected[0].reason.vi).toContain("Dòng 7.1, cột Mục tiêu đến năm 2025: «1,83» đổi thành «1,9»");
    expect(r.merged).toEqual([]);
  });

  it("rejects a changed agency, and a row added with data", () => {
    const { master, pkg } = fresh();
    const book = packageBook(pkg("so-y-te"));
    setCell(book, "indicators", "7.3", "lead", "Sở Xây dựng");
    const r = mergePackages(master, [asInput("a.xlsx", book)], { now: NOW, log: null });
    expect(r.rejected[0].reason.vi).toContain("Dòng 7.3, cột Chủ trì: «Sở Y tế» đổi thành «Sở Xây dựng»");

    const added = packageBook(pkg("so-y-te"));
    const wb = openBook(added);
    const last = Math.max(...wb.indicatorRecords.map((r) => r.row));
    added.applyPatch([{ op: "setValues", sheet: SHEETS.indicators, row: last + 1, col: 0, values: [["7.99", "Chỉ tiêu mới"]] }]);
    const r2 = mergePackages(master, [asInput("b.xlsx", added)], { now: NOW, log: null });
    expect(r2.rejected[0].reason.vi).toContain(`Dòng ${last + 2} của trang Chỉ tiêu có dữ liệu nhưng không thuộc dòng nào của kế hoạch`);
  });

  it("keeps read-only rows out: a value typed on a coordinated row is a conflict, not a write", () => {
    const { master, pkg } = fresh();
    const book = packageBook(pkg("so-ban-nganh"));
    setCell(book, "indicators", "2.1", "actual:2027", 9);
    const r = mergePackages(master, [asInput("nganh.xlsx", book)], { now: NOW, log: null });
    expect(r.merged).toEqual([]);
    expect(r.conflicts.map((c) => [c.kind, c.rowId, c.packageValue])).toEqual([["readOnly", "2.1", 9]]);
  });

  it("keeps a value the agency cleared, and records it", () => {
    const { master, pkg } = fresh();
    const book = packageBook(pkg("so-y-te"));
    setCell(book, "indicators", "7.1", "actual:2025", null);
    const r = mergePackages(master, [asInput("so-y-te.xlsx", book)], { now: NOW, log: null });
    expect(r.conflicts.map((c) => [c.kind, c.masterValue, c.packageValue])).toEqual([["cleared", "1,66", null]]);
  });

  it("does not count a stale copy as a report when the master changed after the split", () => {
    const { masterBook, pkg } = fresh();
    const book = packageBook(pkg("so-y-te"));
    setCell(masterBook, "indicators", "7.1", "actual:2025", "1,67"); // the department corrects it
    const r = mergePackages(openBook(masterBook), [asInput("so-y-te.xlsx", book)], { now: NOW, log: null });
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual([]);
  });

  it("creates the log when the master has none, below its header", () => {
    const { master, pkg } = fresh();
    const book = packageBook(pkg("so-y-te"));
    setCell(book, "indicators", "7.1", "actual:2027", 1.6);
    const r = mergePackages(master, [asInput("so-y-te.xlsx", book)], { now: NOW, log: null });
    const target = new MemoryWorkbook().applyPatch(r.patch.filter((op) => op.sheet === SHEETS.log));
    expect(target.contents(SHEETS.log)[0][0]).toBe("Thời gian");
    expect(logRows(target).map((row) => row[6])).toEqual([1.6, "Đã nhận gói: 1 giá trị mới, 0 xung đột"]);
    // Text cells of the log are formatted as text ("7.1" must not become a number on Sheets).
    expect(target.readFormats(SHEETS.log, { row: 1, col: 3, rows: 1, cols: 1 })).toEqual([["@"]]);
  });

  it("writes English log texts when asked", () => {
    const { master, pkg } = fresh();
    const book = packageBook(pkg("so-y-te"));
    setCell(book, "indicators", "7.1", "actual:2026", "1,60");
    const r = mergePackages(master, [asInput("so-y-te.xlsx", book)], { now: NOW, log: null, lang: "en" });
    const target = new MemoryWorkbook().applyPatch(r.patch);
    expect(logRows(target)[0][4]).toBe("Actual 2026");
    expect(String(logRows(target)[0][7])).toMatch(/^⚠ Conflict, old value kept — so-y-te\.xlsx \(so-y-te#[0-9a-f]{16}\)$/);
    expect(r.conflicts[0].message.en).toContain('the master already holds "1,62", Sở Y tế sent "1,60"');
  });
});
