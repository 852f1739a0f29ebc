import { CONFLICT_FILL, CONFLICT_SHEET, openConflicts, resolveConflict, type ResolveOptions } from "../../../core/share";
import { asInput, vnTime, cellAt, cellPlace, dongThapMaster, fillAt, logRows, merge, noteAt, notesOf, openMaster, packageBook, setCell, split } from "./helpers";

/** Two conflicts on one master: Sở Y tế against the department (7.1), and two agencies on the shared row 2.1. */
function withConflicts() {
  const masterBook = dongThapMaster();
  const packages = split(masterBook, { now: vnTime("2027-11-01 08:00"), year: 2027 });
  const book = (id: string) => packageBook(packages.find((p) => p.agency.id === id)!);
  const yTe = book("so-y-te");
  setCell(yTe, "indicators", "7.1", "actual:2026", "1,60");
  setCell(masterBook, "indicators", "7.1", "actual:2026", "1,61");
  const at = cellPlace(masterBook, "indicators", "7.1", "actual:2026");
  masterBook.applyPatch([{ op: "setNotes", sheet: at.sheet, row: at.row, col: at.col, notes: [["Số liệu sơ bộ của phòng"]] }]);
  const a = book("so-ldtbxh");
  setCell(a, "indicators", "2.1", "actual:2027", "2,5");
  const c = book("cuc-thong-ke");
  setCell(c, "indicators", "2.1", "actual:2027", "2,7");
  merge(masterBook, [asInput("so-y-te.xlsx", yTe), asInput("ldtbxh.xlsx", a), asInput("thong-ke.xlsx", c)]);
  return { masterBook };
}

const resolve = (book: ReturnType<typeof dongThapMaster>, o: Partial<ResolveOptions> & Pick<ResolveOptions, "id" | "take">) => {
  const r = resolveConflict(openMaster(book), { by: "Nguyễn Văn A", reason: "Đã gọi điện xác nhận", now: vnTime("2027-11-25 14:00"), notes: notesOf(book), ...o });
  if (r.patch) book.applyPatch(r.patch);
  return r;
};

describe("resolving a conflict", () => {
  it("lists the open conflicts for the add-ins' one-click buttons", () => {
    const { masterBook } = withConflicts();
    expect(openConflicts(openMaster(masterBook)).map((c) => [c.id, c.rowId, c.agencyId, c.value])).toEqual([
      [1, "2.1", "so-ldtbxh", "2,5"],
      [2, "2.1", "cuc-thong-ke", "2,7"],
      [3, "7.1", "so-y-te", "1,60"],
    ]);
  });

  it("takes the package's value, closes the other conflicts of the cell, unmarks it and logs who and why", () => {
    const { masterBook } = withConflicts();
    const r = resolve(masterBook, { id: 2, take: "package" });
    expect(r.error).toBeNull();
    expect(r.superseded).toEqual([1]);
    expect(cellAt(masterBook, "indicators", "2.1", "actual:2027")).toBe("2,7");
    expect(noteAt(masterBook, "indicators", "2.1", "actual:2027")).toBeNull();
    expect(fillAt(masterBook, "indicators", "2.1", "actual:2027")).toBeNull();
    const rows = masterBook.contents(CONFLICT_SHEET).slice(1);
    expect(rows.map((row) => [row[0], row[11], row[12], row[13]])).toEqual([
      [1, "Đã đóng (đã lấy giá trị khác)", "Nguyễn Văn A", "Đã gọi điện xác nhận"],
      [2, "Đã lấy giá trị đơn vị", "Nguyễn Văn A", "Đã gọi điện xác nhận"],
      [3, "Chưa xử lý", null, null],
    ]);
    const last = logRows(masterBook).at(-1)!;
    expect(last[1]).toBe("Nguyễn Văn A");
    expect(last[6]).toBe("2,7");
    expect(String(last[7])).toMatch(/^✔ Xử lý xung đột #2: lấy giá trị của Cục Thống kê tỉnh; đóng #1; lý do: Đã gọi điện xác nhận — thong-ke\.xlsx \(xu-ly:cuc-thong-ke#[0-9a-f]{16}\)$/);
    expect(openConflicts(openMaster(masterBook)).map((c) => c.id)).toEqual([3]);
  });

  it("keeps the master's value, the person's own note kept", () => {
    const { masterBook } = withConflicts();
    const place = ["indicators", "7.1", "actual:2026"] as const;
    expect(fillAt(masterBook, ...place)).toBe(CONFLICT_FILL);
    expect(noteAt(masterBook, ...place)).toMatch(/^Số liệu sơ bộ của phòng\n⚠ Xung đột #3: Sở Y tế gửi «1,60»/);
    const r = resolve(masterBook, { id: 3, take: "master" });
    expect(r.message!.vi).toContain("giữ «1,61» của bản tổng hợp");
    expect(cellAt(masterBook, ...place)).toBe("1,61");
    expect(fillAt(masterBook, ...place)).toBeNull();
    expect(noteAt(masterBook, ...place)).toBe("Số liệu sơ bộ của phòng");
  });

  it("refuses what cannot be done, saying why, and writes nothing", () => {
    const { masterBook } = withConflicts();
    const before = masterBook.contents(CONFLICT_SHEET);
    expect(resolve(masterBook, { id: 9, take: "master" }).error!.vi).toBe("Không có xung đột số 9. Các xung đột chưa xử lý: #1, #2, #3.");
    expect(resolve(masterBook, { id: 3, take: "master", by: " " }).error!.code).toBe("share.resolve.needWho");
    setCell(masterBook, "indicators", "7.1", "actual:2026", "1,63");
    expect(resolve(masterBook, { id: 3, take: "package" }).error!.vi).toContain("ô giờ chứa «1,63», không còn là «1,61»");
    resolve(masterBook, { id: 1, take: "master" });
    expect(resolve(masterBook, { id: 1, take: "package" }).error!.code).toBe("share.resolve.closed");
    expect(masterBook.contents(CONFLICT_SHEET).slice(1).map((r) => r[11])).toEqual(["Đã giữ giá trị bản tổng hợp", before[2][11], before[3][11]]);
  });

  it("does not take a package value that fails validation against the master's row as it is now", () => {
    const masterBook = dongThapMaster();
    const packages = split(masterBook, { now: vnTime("2027-11-01 08:00"), year: 2027 });
    const yTe = packageBook(packages.find((p) => p.agency.id === "so-y-te")!);
    setCell(yTe, "indicators", "7.3", "actual:2026", 105); // life expectancy in years: fine
    setCell(masterBook, "indicators", "7.3", "actual:2026", 66.9);
    merge(masterBook, [asInput("so-y-te.xlsx", yTe)]);
    setCell(masterBook, "indicators", "7.3", "unit", "%"); // the department makes it a % row
    const r = resolve(masterBook, { id: 1, take: "package" });
    expect(r.error!.code).toBe("share.resolve.invalid");
    expect(r.error!.vi).toContain("Không lấy giá trị «105» của xung đột #1: giá trị không hợp lệ.");
    expect(cellAt(masterBook, "indicators", "7.3", "actual:2026")).toBe(66.9);
  });
});
