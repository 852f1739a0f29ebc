import { SHEETS, trackingWorkbookPatch } from "../../../core/layout";
import { MemoryWorkbook } from "../../../core/patch";
import { compareVersions, readStamp, slugOf, STAMP_SHEET } from "../../../core/share";
import { loadTemplate } from "../../../core/template";
import { asInput, vnTime, cellAt, dongThapMaster, logRows, merge, openBook, packageBook, setCell, split } from "./helpers";

const NOW = "2027-11-20 09:15";

function fresh(withCoordinated = true) {
  const masterBook = dongThapMaster();
  const packages = split(masterBook, { now: vnTime("2027-11-01 08:00"), year: 2027, withCoordinated });
  const pkg = (id: string) => packages.find((p) => p.agency.id === id)!;
  return { masterBook, packages, pkg };
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

  it("is a complete tracking workbook of the agency's rows, with a signed stamp", () => {
    const wb = openBook(book);
    expect(wb.planFindings).toEqual([]);
    expect(wb.meta.planId).toBe("dong-thap-328-2024");
    expect(wb.meta.settings.asOf).toBe(2027);
    const { stamp, error } = readStamp(book.contents(STAMP_SHEET));
    expect(error).toBeNull();
    expect(stamp).toEqual(yTe.stamp);
    expect(stamp!.agencyId).toBe("so-y-te");
    expect(stamp!.signature).toMatch(/^[0-9a-f]{64}$/);
    expect(book.sheet(STAMP_SHEET).hidden).toBe(true);
    expect(book.sheet(STAMP_SHEET).protections[0].range).toBeNull();
  });

  it("holds coordinated rows read only (greyed, locked) when asked", () => {
    const group = pkg("so-ban-nganh");
    expect(group.readOnlyRows).toBeGreaterThan(50);
    expect(group.record.rows.indicators.find((r) => r.id === "2.1")!.editable).toBe(false);
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

  it("gets a new id at each split, the secret kept", () => {
    const masterBook = dongThapMaster();
    const [a] = split(masterBook, { now: vnTime("2027-11-01 08:00"), agencies: ["so-y-te"] });
    const [b] = split(masterBook, { now: vnTime("2027-11-01 08:00"), agencies: ["so-y-te"], newSecret: () => "00".repeat(32) });
    expect(a.stamp.packageId).not.toBe(b.stamp.packageId);
    // The second split reuses the master's secret: both packages come back.
    const ba = packageBook(a);
    const bb = packageBook(b);
    setCell(ba, "indicators", "7.1", "actual:2027", "1,58");
    setCell(bb, "indicators", "7.3", "actual:2027", 67);
    const r = merge(masterBook, [asInput("a.xlsx", ba), asInput("b.xlsx", bb)]);
    expect(r.rejected).toEqual([]);
    expect(r.merged).toHaveLength(2);
  });
});

describe("merge rules", () => {
  it("rejects a package from another plan", () => {
    const { masterBook } = fresh();
    const hd = new MemoryWorkbook().applyPatch(trackingWorkbookPatch(loadTemplate("hai-duong-1768-2022").plan!));
    const [first] = split(hd, { now: vnTime(NOW) });
    const r = merge(masterBook, [asInput("hd.xlsx", packageBook(first))]);
    expect(r.rejected[0].reason.vi).toContain("thuộc kế hoạch «hai-duong-1768-2022», không phải kế hoạch «dong-thap-328-2024»");
    expect(r.merged).toEqual([]);
  });

  it("rejects a package returned to a master that never split", () => {
    const { pkg } = fresh();
    const r = merge(dongThapMaster(), [asInput("so-y-te.xlsx", packageBook(pkg("so-y-te")))]);
    expect(r.rejected[0].code).toBe("noRecord");
  });

  it("rejects a package made from an older template than the master's", () => {
    const { masterBook, pkg } = fresh();
    const book = packageBook(pkg("so-y-te"));
    const grid = masterBook.contents(SHEETS.meta);
    const at = grid.findIndex((r) => r[0] === "templateVersion");
    masterBook.applyPatch([{ op: "setValues", sheet: SHEETS.meta, row: at, col: 1, values: [["1.1.0"]] }]);
    const r = merge(masterBook, [asInput("so-y-te.xlsx", book)]);
    expect(r.rejected[0].reason.vi).toContain("phiên bản 1.0.0, cũ hơn mẫu 1.1.0");
  });

  it("rejects a package made before the master's plan columns changed", () => {
    const { masterBook, pkg } = fresh();
    const book = packageBook(pkg("so-y-te"));
    setCell(book, "indicators", "7.1", "actual:2027", "1,58");
    setCell(masterBook, "indicators", "7.1", "target:2025", "1,9");
    const r = merge(masterBook, [asInput("so-y-te.xlsx", book)]);
    expect(r.rejected[0].code).toBe("masterChanged");
    expect(r.rejected[0].reason.vi).toContain("Dòng 7.1, cột Mục tiêu đến năm 2025: «1,83» đổi thành «1,9»");
    expect(r.merged).toEqual([]);
  });

  it("rejects a changed lead agency, saying what changed", () => {
    const { masterBook, pkg } = fresh();
    const book = packageBook(pkg("so-y-te"));
    setCell(book, "indicators", "7.3", "lead", "Sở Xây dựng");
    const r = merge(masterBook, [asInput("a.xlsx", book)]);
    expect(r.rejected[0].code).toBe("structure");
    expect(r.rejected[0].reason.vi).toContain("Dòng 7.3, cột Chủ trì: «Sở Y tế» đổi thành «Sở Xây dựng»");
  });

  it("holds back a value typed on a coordinated row and returns it", () => {
    const { masterBook, pkg } = fresh();
    const book = packageBook(pkg("so-ban-nganh"));
    setCell(book, "indicators", "2.1", "actual:2027", 9);
    const r = merge(masterBook, [asInput("nganh.xlsx", book)]);
    expect(r.merged).toEqual([]);
    expect(r.held.map((h) => [h.reason, h.rowId, h.value])).toEqual([["readOnly", "2.1", 9]]);
    expect(r.returns[0].items[0].message.vi).toContain("không chủ trì");
  });

  it("refuses a package whose rows the master has since given to another agency", () => {
    const { masterBook, pkg } = fresh(false);
    const book = packageBook(pkg("so-y-te"));
    setCell(book, "indicators", "7.1", "actual:2027", "1,58");
    // The department reassigns 7.3 (a plan column change, so the whole package waits for a new split).
    setCell(masterBook, "indicators", "7.3", "lead", "Sở Xây dựng");
    const r = merge(masterBook, [asInput("so-y-te.xlsx", book)]);
    expect(r.rejected[0].code).toBe("masterChanged");
  });

  it("takes a value the agency cleared when the master still holds what was sent, and logs the old value", () => {
    const { masterBook, pkg } = fresh();
    const book = packageBook(pkg("so-y-te"));
    setCell(book, "indicators", "7.1", "actual:2025", null);
    const r = merge(masterBook, [asInput("so-y-te.xlsx", book)]);
    expect(r.merged.map((m) => [m.rowId, m.column, m.old, m.value])).toEqual([["7.1", "actual:2025", "1,66", null]]);
    expect(cellAt(masterBook, "indicators", "7.1", "actual:2025")).toBeNull();
    expect(logRows(masterBook)[0].slice(3, 7)).toEqual(["7.1", "Thực hiện năm 2025", "1,66", null]);
  });

  it("does not count a stale copy as a report when the master changed after the split", () => {
    const { masterBook, pkg } = fresh();
    const book = packageBook(pkg("so-y-te"));
    setCell(masterBook, "indicators", "7.1", "actual:2025", "1,67");
    const r = merge(masterBook, [asInput("so-y-te.xlsx", book)]);
    expect(r.conflicts).toEqual([]);
    expect(r.merged).toEqual([]);
    expect(cellAt(masterBook, "indicators", "7.1", "actual:2025")).toBe("1,67");
  });

  it("takes an agency's second return that corrects what it sent the first time", () => {
    const { masterBook, pkg } = fresh();
    const book = packageBook(pkg("so-y-te"));
    setCell(book, "indicators", "7.1", "actual:2027", "1,58");
    merge(masterBook, [asInput("so-y-te.xlsx", book)]);
    setCell(book, "indicators", "7.1", "actual:2027", "1,57");
    const r = merge(masterBook, [asInput("so-y-te (sửa).xlsx", book)], { now: vnTime("2027-11-22 10:00") });
    expect(r.conflicts).toEqual([]);
    expect(r.merged.map((m) => [m.old, m.value])).toEqual([["1,58", "1,57"]]);
    expect(cellAt(masterBook, "indicators", "7.1", "actual:2027")).toBe("1,57");
  });

  it("creates the log when the master has none, below its header, texts formatted as text", () => {
    const { masterBook, pkg } = fresh();
    masterBook.applyPatch([{ op: "deleteSheet", sheet: SHEETS.log }]);
    const book = packageBook(pkg("so-y-te"));
    setCell(book, "indicators", "7.1", "actual:2027", 1.6);
    merge(masterBook, [asInput("so-y-te.xlsx", book)]);
    expect(masterBook.contents(SHEETS.log)[0][0]).toBe("Thời gian");
    expect(logRows(masterBook).map((row) => row[6])).toEqual([1.6, "Đã nhận gói: 1 giá trị mới, 0 xung đột, 0 giá trị trả lại"]);
    expect(masterBook.readFormats(SHEETS.log, { row: 1, col: 3, rows: 1, cols: 1 })).toEqual([["@"]]);
  });

  it("writes English log texts when asked", () => {
    const { masterBook, pkg } = fresh();
    const book = packageBook(pkg("so-y-te"));
    setCell(book, "indicators", "7.1", "actual:2026", "1,60");
    setCell(masterBook, "indicators", "7.1", "actual:2026", "1,61");
    const r = merge(masterBook, [asInput("so-y-te.xlsx", book)], { lang: "en" });
    expect(logRows(masterBook)[0][4]).toBe("Actual 2026");
    expect(String(logRows(masterBook)[0][7])).toMatch(/^⚠ Conflict #1, old value kept — so-y-te\.xlsx \(xung-dot:so-y-te#[0-9a-f]{16}\)$/);
    expect(r.conflicts[0].message.en).toContain('since then the master changed it to "1,61" and Sở Y tế sent "1,60"');
  });

  it("refuses a package whose record in the master was edited by hand (its seal no longer holds)", () => {
    const { masterBook, pkg } = fresh();
    const book = packageBook(pkg("so-y-te"));
    setCell(book, "indicators", "7.1", "actual:2026", "1,64");
    const grid = masterBook.contents("_chitieu_chia");
    const text = grid.filter((r) => r[0] === "record").map((r) => String(r[1])).join("");
    const record = JSON.parse(text);
    const rec = record.packages.find((p: { agencyId: string }) => p.agencyId === "so-y-te");
    rec.rows.indicators.find((r: { id: string }) => r.id === "7.1").base["actual:2026"] = "1,64";
    masterBook.applyPatch([{ op: "setValues", sheet: "_chitieu_chia", row: 1, col: 0, values: [["record", JSON.stringify(record)], ...grid.slice(2).map(() => [null, null])] }]);
    const r = merge(masterBook, [asInput("so-y-te.xlsx", book)]);
    expect(r.rejected[0].code).toBe("recordAltered");
    expect(r.rejected[0].reason.vi).toContain("đã bị sửa tay");
  });

  it("refuses a master with a damaged record of sent packages", () => {
    const { masterBook } = fresh();
    masterBook.applyPatch([{ op: "setValues", sheet: "_chitieu_chia", row: 1, col: 1, values: [["{broken"]] }]);
    expect(() => merge(masterBook, [])).toThrow(/_chitieu_chia/);
  });
});

describe("packages of one split merged at different times", () => {
  it("calls a later disagreement on a shared row a disagreement between agencies, naming the one already taken", () => {
    const masterBook = dongThapMaster();
    const packages = split(masterBook, { now: vnTime("2027-11-01 08:00"), year: 2027 });
    const book = (id: string) => packageBook(packages.find((p) => p.agency.id === id)!);
    const a = book("so-ldtbxh");
    setCell(a, "indicators", "2.1", "actual:2027", "2,5");
    merge(masterBook, [asInput("ldtbxh.xlsx", a)]);
    const b = book("cuc-thong-ke");
    setCell(b, "indicators", "2.1", "actual:2027", "2,7");
    const r = merge(masterBook, [asInput("thong-ke.xlsx", b)], { now: vnTime("2027-11-22 08:00") });
    expect(cellAt(masterBook, "indicators", "2.1", "actual:2027")).toBe("2,5");
    expect(r.conflicts.map((c) => [c.kind, c.masterValue, c.packageValue])).toEqual([["packages", "2,5", "2,7"]]);
    expect(r.conflicts[0].message.vi).toContain("khác với Sở Lao động - Thương binh và Xã hội «2,5»");
  });
});
