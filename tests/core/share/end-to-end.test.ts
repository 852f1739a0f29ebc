import { SHEETS } from "../../../core/layout";
import { MemoryWorkbook } from "../../../core/patch";
import { mergePackages, splitWorkbook, type PackageInput } from "../../../core/share";
import { msg } from "../../../core/i18n";
import { asInput, cellAt, dongThapMaster, logRows, openBook, packageBook, setCell } from "./helpers";

/**
 * The whole round on the Đồng Tháp plan: split the master (sample values 2024–2026), agencies fill
 * their packages, one returns twice, one changes a target, two disagree on the shared row 2.1
 * (led by Sở LĐTBXH and Cục Thống kê), a corrupt and a foreign file come back too.
 */
describe("split and merge the Đồng Tháp master", () => {
  const masterBook = dongThapMaster();
  const master = openBook(masterBook);
  const packages = splitWorkbook(master, { now: "2027-11-01 08:00", year: 2027 });
  const byFile = new Map(packages.map((p) => [p.fileName, p]));
  const book = (file: string): MemoryWorkbook => packageBook(byFile.get(file)!);

  const yTe = book("so-y-te.xlsx");
  setCell(yTe, "indicators", "7.1", "actual:2027", "1,58"); // new
  setCell(yTe, "indicators", "7.1", "actual:2026", "1,60"); // master has "1,62": conflict
  setCell(yTe, "indicators", "7.2", "note", '=HYPERLINK("http://example.com","bấm vào")');
  setCell(yTe, "tasks", "VI.2.1", "evidence", "QĐ 123/QĐ-SYT");
  setCell(yTe, "tasks", "VI.2.1", "percent", 70); // master has 55: conflict
  const ldtbxh = book("so-lao-dong-thuong-binh-va-xa-hoi.xlsx");
  setCell(ldtbxh, "indicators", "2.1", "actual:2027", "2,5");
  setCell(ldtbxh, "indicators", "2.2", "actual:2027", "2,9");
  const thongKe = book("cuc-thong-ke-tinh.xlsx");
  setCell(thongKe, "indicators", "2.1", "actual:2027", "2,7"); // disagrees with Sở LĐTBXH
  setCell(thongKe, "indicators", "2.2", "actual:2027", "2,9"); // agrees
  const bhxh = book("bao-hiem-xa-hoi-tinh.xlsx");
  setCell(bhxh, "indicators", "4.3", "actual:2027", 92.4);
  const gddt = book("so-giao-duc-va-dao-tao.xlsx");
  setCell(gddt, "indicators", "6.1", "actual:2027", 100);
  setCell(gddt, "indicators", "6.1", "target:2025", "90"); // plan column changed: rejected

  const inputs: PackageInput[] = [
    asInput("so-y-te.xlsx", yTe),
    asInput("so-lao-dong-thuong-binh-va-xa-hoi.xlsx", ldtbxh),
    asInput("cuc-thong-ke-tinh.xlsx", thongKe),
    asInput("bao-hiem-xa-hoi-tinh.xlsx", bhxh),
    asInput("bao-hiem-xa-hoi-tinh (1).xlsx", bhxh),
    asInput("so-giao-duc-va-dao-tao.xlsx", gddt),
    { source: "hong.xlsx", workbook: null, stamp: null, error: msg("ui.file.corrupt", { file: "hong.xlsx", detail: "" }) },
    asInput("tong-hop-cu.xlsx", masterBook),
  ];
  const log = masterBook.contents(SHEETS.log);
  const result = mergePackages(master, inputs, { now: "2027-11-20 09:15", log });
  masterBook.applyPatch(result.patch);

  it("makes one package per lead agency, named by the agency, shared rows in each lead's package", () => {
    expect(packages).toHaveLength(21);
    expect(Object.keys(byFile.get("so-y-te.xlsx")!.stamp.rows.indicators)).toContain("7.1");
    for (const file of ["so-lao-dong-thuong-binh-va-xa-hoi.xlsx", "cuc-thong-ke-tinh.xlsx"]) {
      expect(byFile.get(file)!.stamp.rows.indicators["2.1"].editable).toBe(true);
    }
    expect(Object.keys(byFile.get("cuc-thong-ke-tinh.xlsx")!.stamp.rows.indicators)).toEqual(["2.1", "2.2", "2.3", "2.4"]);
    // Values already in the master are copied in.
    expect(cellAt(packageBook(byFile.get("so-y-te.xlsx")!), "indicators", "7.1", "actual:2025")).toBe("1,66");
  });

  it("writes every new value and keeps every master value", () => {
    expect(cellAt(masterBook, "indicators", "7.1", "actual:2027")).toBe("1,58");
    expect(cellAt(masterBook, "indicators", "7.1", "actual:2026")).toBe("1,62");
    expect(cellAt(masterBook, "tasks", "VI.2.1", "evidence")).toBe("QĐ 123/QĐ-SYT");
    expect(cellAt(masterBook, "tasks", "VI.2.1", "percent")).toBe(55);
    expect(cellAt(masterBook, "indicators", "2.1", "actual:2027")).toBe("2,5");
    expect(cellAt(masterBook, "indicators", "2.2", "actual:2027")).toBe("2,9");
    expect(cellAt(masterBook, "indicators", "4.3", "actual:2027")).toBe(92.4);
    expect(cellAt(masterBook, "indicators", "6.1", "actual:2027")).toBeNull();
    expect(cellAt(masterBook, "indicators", "6.1", "target:2025")).toBe("100");
    expect(result.merged.map((m) => `${m.rowId} ${m.column} ${m.value}`).sort()).toEqual(
      [
        "2.1 actual:2027 2,5",
        "2.2 actual:2027 2,9",
        "4.3 actual:2027 92.4",
        "7.1 actual:2027 1,58",
        '7.2 note =HYPERLINK("http://example.com","bấm vào")',
        "VI.2.1 evidence QĐ 123/QĐ-SYT",
      ].sort(),
    );
  });

  it("writes formula-like text as text, never as a formula", () => {
    expect(cellAt(masterBook, "indicators", "7.2", "note")).toBe('=HYPERLINK("http://example.com","bấm vào")');
    expect(masterBook.sheet(SHEETS.indicators).formulas.size).toBe(0);
  });

  it("records each conflict with both values and who sent them", () => {
    expect(result.conflicts.map((c) => [c.kind, c.rowId, c.column, c.masterValue, c.packageValue, c.source, c.masterSource])).toEqual([
      ["master", "7.1", "actual:2026", "1,62", "1,60", "so-y-te.xlsx", null],
      ["master", "VI.2.1", "percent", 55, 70, "so-y-te.xlsx", null],
      ["packages", "2.1", "actual:2027", "2,5", "2,7", "cuc-thong-ke-tinh.xlsx", "so-lao-dong-thuong-binh-va-xa-hoi.xlsx"],
    ]);
    const shared = result.conflicts[2].message;
    expect(shared.vi).toBe(
      "Dòng 2.1, cột Thực hiện năm 2027: Sở Lao động - Thương binh và Xã hội gửi «2,5» (so-lao-dong-thuong-binh-va-xa-hoi.xlsx), Cục Thống kê tỉnh gửi «2,7» (cuc-thong-ke-tinh.xlsx). Giữ «2,5» (gộp trước); hãy thống nhất với hai đơn vị rồi sửa tay nếu cần.",
    );
  });

  it("rejects the package with a changed target, saying exactly what changed, and the corrupt and foreign files", () => {
    expect(result.rejected.map((r) => r.source)).toEqual(["so-giao-duc-va-dao-tao.xlsx", "hong.xlsx", "tong-hop-cu.xlsx"]);
    const [gd, corrupt, foreign] = result.rejected;
    expect(gd.reason.vi).toContain("Dòng 6.1, cột Mục tiêu đến năm 2025: «100» đổi thành «90»");
    expect(gd.reason.en).toContain('Row 6.1, column Target by 2025: "100" changed to "90"');
    expect(gd.changes).toEqual([expect.objectContaining({ rowId: "6.1", column: "target:2025", old: "100", new: "90", by: "package" })]);
    expect(corrupt.reason.code).toBe("share.reject.unreadable");
    expect(foreign.reason.code).toBe("share.reject.notPackage");
  });

  it("skips the package returned twice and lists the agencies that have not returned", () => {
    expect(result.packages.find((p) => p.source === "bao-hiem-xa-hoi-tinh (1).xlsx")!.duplicateOf).toBe("bao-hiem-xa-hoi-tinh.xlsx");
    const missing = result.missingAgencies.map((a) => a.id);
    expect(missing).toContain("so-gddt"); // its package was rejected
    expect(missing).toContain("so-xay-dung");
    expect(missing).not.toContain("so-y-te");
    expect(missing).toHaveLength(21 - 4);
  });

  it("re-validates every package and reports its findings", () => {
    const ldtbxhOutcome = result.packages.find((p) => p.agencyId === "so-ldtbxh")!;
    expect(ldtbxhOutcome.findings.map((f) => f.code)).toContain("indicator.actual.notANumber"); // the sample's 2.6 "x"
  });

  it("logs every write, every conflict and one receipt per package in Nhật ký", () => {
    const rows = logRows(masterBook);
    const line = (r: (typeof rows)[number]) => r.map((c) => (c === null ? "" : String(c)));
    expect(rows.map(line)).toContainEqual([
      "2027-11-20 09:15",
      "Sở Y tế",
      "Chỉ tiêu",
      "7.1",
      "Thực hiện năm 2027",
      "",
      "1,58",
      `so-y-te.xlsx (so-y-te#${byFile.get("so-y-te.xlsx")!.stamp.packageId})`,
    ]);
    expect(rows.map(line)).toContainEqual([
      "2027-11-20 09:15",
      "Cục Thống kê tỉnh",
      "Chỉ tiêu",
      "2.1",
      "Thực hiện năm 2027",
      "2,5",
      "2,7",
      `⚠ Xung đột, giữ giá trị cũ — cuc-thong-ke-tinh.xlsx (cuc-thong-ke#${byFile.get("cuc-thong-ke-tinh.xlsx")!.stamp.packageId})`,
    ]);
    // 6 writes + 3 conflicts + 4 receipts (Y tế, LĐTBXH, Cục Thống kê, BHXH once).
    expect(rows).toHaveLength(13);
    expect(rows.filter((r) => r[2] === null).map((r) => [r[1], r[6]])).toEqual([
      ["Sở Y tế", "Đã nhận gói: 3 giá trị mới, 2 xung đột"],
      ["Sở Lao động - Thương binh và Xã hội", "Đã nhận gói: 2 giá trị mới, 0 xung đột"],
      // Its 2.2 equals what Sở LĐTBXH sent: nothing to write, no conflict.
      ["Cục Thống kê tỉnh", "Đã nhận gói: 0 giá trị mới, 1 xung đột"],
      ["Bảo hiểm xã hội tỉnh", "Đã nhận gói: 1 giá trị mới, 0 xung đột"],
    ]);
  });

  it("merging the same packages again changes nothing", () => {
    const again = mergePackages(openBook(masterBook), inputs, { now: "2027-11-21 10:00", log: masterBook.contents(SHEETS.log) });
    expect(again.patch).toEqual([]);
    expect(again.merged).toEqual([]);
    expect(again.conflicts.every((c) => c.logged)).toBe(true);
    expect(again.conflicts).toHaveLength(3);
    expect(again.packages.filter((p) => p.duplicateOf === null).every((p) => p.alreadyMerged)).toBe(true);
    expect(again.missingAgencies).toHaveLength(21 - 4);
  });
});
