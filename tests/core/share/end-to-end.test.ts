import { SHEETS } from "../../../core/layout";
import { MemoryWorkbook } from "../../../core/patch";
import { CONFLICT_FILL, CONFLICT_SHEET, RETURN_SHEET, SPLIT_SHEET, type PackageInput } from "../../../core/share";
import { asInput, vnTime, cellAt, dongThapMaster, fillAt, logRows, merge, noteAt, openBook, packageBook, reader, setCell, split } from "./helpers";
import { openPackage } from "../../../core/share";
import { msg } from "../../../core/i18n";

/**
 * A year of the Đồng Tháp plan: the master (sample values 2024–2026) is split for 2027; Sở Y tế
 * corrects one of its earlier values, updates a task's % complete and adds new values; Sở LĐTBXH
 * and Cục Thống kê (both lead the shared row 2.1) disagree on one value and agree on another;
 * Sở LĐTBXH also types invalid values; the department corrects a cell Sở Y tế also changed; BHXH
 * sends its file twice; Sở GDĐT changes a target; Sở Tư pháp sends its package back untouched; a
 * corrupt file and the master itself come back too.
 */
describe("a reporting year on the Đồng Tháp master", () => {
  const masterBook = dongThapMaster();
  const packages = split(masterBook, { now: vnTime("2027-11-01 08:00"), year: 2027 });
  const byFile = new Map(packages.map((p) => [p.fileName, p]));
  const book = (file: string): MemoryWorkbook => packageBook(byFile.get(file)!);
  const HYPERLINK = '=HYPERLINK("http://example.com","bấm vào")';

  const yTe = book("so-y-te.xlsx");
  setCell(yTe, "indicators", "7.1", "actual:2026", "1,64"); // corrects its own earlier "1,62"
  setCell(yTe, "indicators", "7.1", "actual:2027", "1,58"); // new
  setCell(yTe, "indicators", "7.2", "note", HYPERLINK);
  setCell(yTe, "tasks", "II.6", "percent", 60); // 52 → 60
  setCell(yTe, "indicators", "7.2", "actual:2026", "74,9"); // the department also changes it (below)
  const ldtbxh = book("so-lao-dong-thuong-binh-va-xa-hoi.xlsx");
  setCell(ldtbxh, "indicators", "2.1", "actual:2027", "2,5");
  setCell(ldtbxh, "indicators", "2.2", "actual:2027", "2,9");
  setCell(ldtbxh, "indicators", "2.5", "actual:2027", "abc");
  setCell(ldtbxh, "indicators", "3.2", "actual:2027", 105);
  setCell(ldtbxh, "tasks", "III.2", "completedOn", "31/02/2023");
  setCell(ldtbxh, "tasks", "III.3", "state", "xong rồi");
  setCell(ldtbxh, "indicators", "3.5", "actual:2027", "33,1");
  const thongKe = book("cuc-thong-ke-tinh.xlsx");
  setCell(thongKe, "indicators", "2.1", "actual:2027", "2,7"); // disagrees with Sở LĐTBXH
  setCell(thongKe, "indicators", "2.2", "actual:2027", "2,9"); // agrees
  const bhxh = book("bao-hiem-xa-hoi-tinh.xlsx");
  setCell(bhxh, "indicators", "4.3", "actual:2027", 92.4);
  const gddt = book("so-giao-duc-va-dao-tao.xlsx");
  setCell(gddt, "indicators", "6.1", "actual:2027", 100);
  setCell(gddt, "indicators", "6.1", "target:2025", "90"); // plan column changed: rejected
  const tuPhap = book("so-tu-phap.xlsx");

  setCell(masterBook, "indicators", "7.2", "actual:2026", "74,8"); // the department, after the split

  const inputs: PackageInput[] = [
    asInput("so-y-te.xlsx", yTe),
    asInput("so-lao-dong-thuong-binh-va-xa-hoi.xlsx", ldtbxh),
    asInput("cuc-thong-ke-tinh.xlsx", thongKe),
    asInput("bao-hiem-xa-hoi-tinh.xlsx", bhxh),
    asInput("bao-hiem-xa-hoi-tinh (1).xlsx", bhxh),
    asInput("so-giao-duc-va-dao-tao.xlsx", gddt),
    asInput("so-tu-phap.xlsx", tuPhap),
    { source: "hong.xlsx", read: null, error: msg("ui.file.corrupt", { file: "hong.xlsx", detail: "" }) },
    openPackage("tong-hop-cu.xlsx", reader(dongThapMaster())),
  ];
  const result = merge(masterBook, inputs);

  it("makes one package per lead agency and keeps the record, and only the record, in the master", () => {
    expect(packages).toHaveLength(21);
    expect(masterBook.sheet(SPLIT_SHEET).hidden).toBe(true);
    for (const p of packages) expect(packageBook(p).hasSheet(SPLIT_SHEET)).toBe(false);
    expect(cellAt(book("so-y-te.xlsx"), "indicators", "7.1", "actual:2025")).toBe("1,66");
  });

  it("takes every value only the agency changed: a correction, a task update, new values", () => {
    expect(cellAt(masterBook, "indicators", "7.1", "actual:2026")).toBe("1,64");
    expect(cellAt(masterBook, "indicators", "7.1", "actual:2027")).toBe("1,58");
    expect(cellAt(masterBook, "tasks", "II.6", "percent")).toBe(60);
    expect(cellAt(masterBook, "indicators", "2.2", "actual:2027")).toBe("2,9");
    expect(cellAt(masterBook, "indicators", "3.5", "actual:2027")).toBe("33,1");
    expect(cellAt(masterBook, "indicators", "4.3", "actual:2027")).toBe(92.4);
    expect(result.merged.map((m) => `${m.rowId} ${m.column} ${m.value}`).sort()).toEqual(
      [
        "7.1 actual:2026 1,64",
        "7.1 actual:2027 1,58",
        `7.2 note ${HYPERLINK}`,
        "II.6 percent 60",
        "2.2 actual:2027 2,9",
        "3.5 actual:2027 33,1",
        "4.3 actual:2027 92.4",
      ].sort(),
    );
  });

  it("writes formula-like text as text", () => {
    expect(cellAt(masterBook, "indicators", "7.2", "note")).toBe(HYPERLINK);
    expect(masterBook.sheet(SHEETS.indicators).formulas.size).toBe(0);
  });

  it("keeps the department's value where both changed, marks the cell and lists the conflict", () => {
    expect(cellAt(masterBook, "indicators", "7.2", "actual:2026")).toBe("74,8");
    expect(fillAt(masterBook, "indicators", "7.2", "actual:2026")).toBe(CONFLICT_FILL);
    const note = noteAt(masterBook, "indicators", "7.2", "actual:2026")!;
    expect(note).toMatch(/^⚠ Xung đột #\d+: Sở Y tế gửi «74,9» \(khi chia gói: «74,7»; gói lập 2027-11-01 08:00\)\. Bản tổng hợp giữ «74,8»/);
    const master = result.conflicts.filter((c) => c.kind === "master");
    expect(master.map((c) => [c.rowId, c.column, c.baseValue, c.masterValue, c.packageValue, c.agencyId])).toEqual([["7.2", "actual:2026", "74,7", "74,8", "74,9", "so-y-te"]]);
  });

  it("keeps the master's value where two packages disagree, both values listed, the earlier-stamped first", () => {
    expect(cellAt(masterBook, "indicators", "2.1", "actual:2027")).toBeNull();
    const shared = result.conflicts.filter((c) => c.kind === "packages");
    expect(shared.map((c) => [c.rowId, c.packageValue, c.agencyId]).sort()).toEqual([
      ["2.1", "2,5", "so-ldtbxh"],
      ["2.1", "2,7", "cuc-thong-ke"],
    ]);
    expect(noteAt(masterBook, "indicators", "2.1", "actual:2027")!.split("\n")).toHaveLength(2);
    const rows = masterBook.contents(CONFLICT_SHEET);
    expect(rows).toHaveLength(1 + 3);
    expect(rows.slice(1).map((r) => r[0])).toEqual([1, 2, 3]);
  });

  it("holds back invalid values, logs them and returns them to the agency in its own file", () => {
    expect(cellAt(masterBook, "indicators", "2.5", "actual:2027")).toBeNull();
    expect(cellAt(masterBook, "indicators", "3.2", "actual:2027")).toBeNull();
    expect(cellAt(masterBook, "tasks", "III.2", "completedOn")).toBeNull();
    expect(cellAt(masterBook, "tasks", "III.3", "state")).toBe("Đang triển khai");
    expect(result.held.map((h) => [h.reason, h.rowId, h.column, h.value]).sort()).toEqual(
      [
        ["invalid", "2.5", "actual:2027", "abc"],
        ["invalid", "3.2", "actual:2027", 105],
        ["invalid", "III.2", "completedOn", "31/02/2023"],
        ["invalid", "III.3", "state", "xong rồi"],
      ].sort(),
    );
    const held = logRows(masterBook).filter((r) => String(r[7]).startsWith("⛔ Giữ lại"));
    expect(held).toHaveLength(4);
    expect(held.every((r) => r[1] === "Sở Lao động - Thương binh và Xã hội")).toBe(true);
    const [ret] = result.returns;
    expect(ret.agencyId).toBe("so-ldtbxh");
    const back = book("so-lao-dong-thuong-binh-va-xa-hoi.xlsx").applyPatch(ret.patch);
    expect(back.sheetNames()[0]).toBe(RETURN_SHEET);
    expect(back.contents(RETURN_SHEET).slice(2).map((r) => r[1])).toEqual(expect.arrayContaining(["2.5", "3.2", "III.2", "III.3"]));
    expect(noteAt(back, "indicators", "2.5", "actual:2027")).toMatch(/^⚠ Cần sửa: Dòng 2.5, cột Thực hiện năm 2027: giá trị «abc» không hợp lệ/);
  });

  it("rejects the changed target, the corrupt file and the master, logging each refusal", () => {
    expect(result.rejected.map((r) => [r.source, r.code])).toEqual([
      ["hong.xlsx", "unreadable"],
      ["so-giao-duc-va-dao-tao.xlsx", "structure"],
      ["tong-hop-cu.xlsx", "notPackage"],
    ]);
    expect(cellAt(masterBook, "indicators", "6.1", "target:2025")).toBe("100");
    const refusals = logRows(masterBook).filter((r) => String(r[7]).startsWith("⛔ Gói bị từ chối"));
    expect(refusals.map((r) => r[1])).toEqual(["?", "Sở Giáo dục và Đào tạo", "?"]);
    expect(String(refusals[1][6])).toContain("Dòng 6.1, cột Mục tiêu đến năm 2025: «100» đổi thành «90»");
  });

  it("records the untouched package as returned without changes, the duplicate as skipped", () => {
    const tp = result.packages.find((p) => p.agencyId === "so-tu-phap")!;
    expect(tp.unchanged).toBe(true);
    expect(logRows(masterBook).find((r) => r[1] === "Sở Tư pháp")![6]).toBe("Đã nhận gói, không có thay đổi (gửi lại nguyên trạng)");
    const twice = result.packages.filter((p) => p.agencyId === "so-bhxh" || p.source.startsWith("bao-hiem"));
    expect(twice.map((p) => p.duplicateOf).filter((d) => d !== null)).toHaveLength(1);
    const missing = result.missingAgencies.map((a) => a.id);
    expect(missing).toContain("so-gddt");
    expect(missing).not.toContain("so-tu-phap");
    expect(missing).toHaveLength(21 - 5);
  });

  it("recomputes statuses and counts the errors before and after", () => {
    const after = openBook(masterBook);
    const row = after.indicatorRecords.find((r) => r.rowId === "7.1")!;
    expect(row.cells["status:2030"]).not.toBeNull();
    expect(result.errors.before.count).toBeGreaterThan(0);
    expect(result.errors.before.places.map((p) => `${p.rowId} ${p.column}`)).toContain("2.6 actual:2026");
    expect(result.errors.after.count).toBe(result.errors.before.count);
  });

  it("merging the same packages again changes nothing", () => {
    const before = masterBook.contents(SHEETS.indicators);
    const again = merge(masterBook, inputs, { now: vnTime("2027-11-21 10:00") });
    expect(again.patch).toEqual([]);
    expect(again.merged).toEqual([]);
    expect(again.conflicts.every((c) => c.logged)).toBe(true);
    expect(masterBook.contents(SHEETS.indicators)).toEqual(before);
  });
});
