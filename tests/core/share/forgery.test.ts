import type { MemoryWorkbook } from "../../../core/patch";
import { openShareMaster, type PackageInput } from "../../../core/share";
import { editMeta, editStamp, stampOfBook } from "./forge";
import { asInput, vnTime, cellAt, cellPlace, dongThapMaster, logRows, merge, packageBook, reader, SECRET, setCell, snapshot, split } from "./helpers";

/**
 * Packages forged as a careless or dishonest agency would (issue 15): each is refused with its
 * reason, the master keeps every value, and the refusal is logged in "Nhật ký".
 */
function setup() {
  const masterBook = dongThapMaster();
  const packages = split(masterBook, { now: vnTime("2027-11-01 08:00"), year: 2027, withCoordinated: true });
  const pkg = (id: string) => packageBook(packages.find((p) => p.agency.id === id)!);
  return { masterBook, pkg };
}

function refused(masterBook: MemoryWorkbook, input: PackageInput) {
  const before = snapshot(masterBook);
  const logBefore = logRows(masterBook).length;
  const result = merge(masterBook, [input]);
  expect(result.merged).toEqual([]);
  expect(result.accepted).toBe(0);
  expect(result.rejected).toHaveLength(1);
  expect(snapshot(masterBook)).toEqual(before);
  const log = logRows(masterBook).slice(logBefore);
  expect(log).toHaveLength(1);
  expect(String(log[0][7])).toMatch(/^⛔ Gói bị từ chối — /);
  expect(log[0][6]).toBe(result.rejected[0].reason.vi);
  return result.rejected[0];
}

describe("forged packages", () => {
  it("stamp rows: a row of another agency added as editable, its value typed in → altered", () => {
    const { masterBook, pkg } = setup();
    const book = pkg("so-y-te");
    editStamp(book, (s) => s.rows.indicators.push({ id: "2.1", editable: true }));
    setCell(book, "indicators", "7.1", "actual:2027", "1,58");
    const r = refused(masterBook, asInput("so-y-te.xlsx", book));
    expect(r.code).toBe("altered");
    expect(r.reason.vi).toContain("đã bị sửa sau khi gửi");
    expect(r.reason.vi).toContain("phần bị đổi: rows");
  });

  it("stamp rows: a coordinated row flipped to editable → altered, the other agency's row untouched", () => {
    const { masterBook, pkg } = setup();
    const book = pkg("so-ban-nganh");
    editStamp(book, (s) => {
      for (const r of s.rows.indicators) r.editable = true;
    });
    setCell(book, "indicators", "2.1", "actual:2027", 9);
    expect(refused(masterBook, asInput("nganh.xlsx", book)).code).toBe("altered");
    expect(cellAt(masterBook, "indicators", "2.1", "actual:2027")).toBeNull();
  });

  it("package layout: a target column marked as not structural, the target changed → layout altered", () => {
    const { masterBook, pkg } = setup();
    const book = pkg("so-y-te");
    editMeta(book, "indicatorLayout", (layout) => {
      for (const c of layout.columns) if (c.key === "target:2025" || c.key === "name") c.structural = false;
    });
    setCell(book, "indicators", "7.1", "target:2025", "1,5");
    const r = refused(masterBook, asInput("so-y-te.xlsx", book));
    expect(r.code).toBe("layoutAltered");
    expect(r.reason.vi).toContain("cột «Mục tiêu đến năm 2025» (cột kế hoạch, khóa) bị đánh dấu là cột được nhập");
    expect(cellAt(masterBook, "indicators", "7.1", "target:2025")).toBe("1,83");
  });

  it("agency identity: the stamp names another agency → altered; the other agency stays missing", () => {
    const { masterBook, pkg } = setup();
    const book = pkg("so-y-te");
    editStamp(book, (s) => {
      s.agencyId = "so-ldtbxh";
      s.agencyName = "Sở Lao động - Thương binh và Xã hội";
    });
    setCell(book, "indicators", "7.1", "actual:2027", "1,58");
    const before = snapshot(masterBook);
    const result = merge(masterBook, [asInput("so-y-te.xlsx", book)]);
    expect(result.rejected[0].code).toBe("altered");
    // Logged under the agency the master's record names, not the one the stamp claims.
    expect(result.rejected[0].agencyId).toBe("so-y-te");
    expect(result.rejected[0].reason.vi).toContain("agencyId, agencyName");
    expect(result.missingAgencies.map((a) => a.id)).toEqual(expect.arrayContaining(["so-ldtbxh", "so-y-te"]));
    expect(snapshot(masterBook)).toEqual(before);
    expect(logRows(masterBook).at(-1)![1]).toBe("Sở Y tế");
  });

  it("a genuine stamp copied from another agency's package into one's own → rows not the ones sent", () => {
    const { masterBook, pkg } = setup();
    const other = stampOfBook(pkg("cuc-thong-ke"));
    const book = pkg("so-y-te");
    editStamp(book, (s) => {
      for (const k of Object.keys(s)) delete s[k];
      Object.assign(s, other);
    });
    setCell(book, "indicators", "7.1", "actual:2027", "1,58");
    const r = refused(masterBook, asInput("so-y-te.xlsx", book));
    expect(r.code).toBe("rows");
    expect(r.reason.vi).toContain("Gói so-y-te.xlsx (Cục Thống kê tỉnh) bị từ chối");
    expect(r.reason.vi).toContain("Dòng 7.1 (Chỉ tiêu) do Sở Y tế chủ trì, không có trong gói gốc");
  });

  it("a row of another agency appended with its id and a value → rows, naming the row's lead", () => {
    const { masterBook, pkg } = setup();
    const book = pkg("so-y-te");
    const { sheet, row, col } = cellPlace(book, "indicators", "7.14", "rowId");
    const line = book.contents(sheet)[row].map((c) => c);
    line[col] = "2.1";
    line[cellPlace(book, "indicators", "7.14", "actual:2027").col] = 3;
    book.applyPatch([{ op: "setValues", sheet, row: row + 1, col: 0, values: [line.map((c) => (c instanceof Date ? null : c))] }]);
    const r = refused(masterBook, asInput("so-y-te.xlsx", book));
    expect(r.code).toBe("rows");
    expect(r.reason.vi).toContain("Dòng 2.1 (Chỉ tiêu) do");
  });

  it("rows re-ordered or deleted → rows", () => {
    const { masterBook, pkg } = setup();
    const book = pkg("so-y-te");
    const a = cellPlace(book, "indicators", "7.2", "rowId");
    const b = cellPlace(book, "indicators", "7.3", "rowId");
    const grid = book.contents(a.sheet);
    const [la, lb] = [grid[a.row], grid[b.row]];
    book.applyPatch([
      { op: "setValues", sheet: a.sheet, row: a.row, col: 0, values: [lb.map((c) => (c instanceof Date ? null : c))] },
      { op: "setValues", sheet: a.sheet, row: b.row, col: 0, values: [la.map((c) => (c instanceof Date ? null : c))] },
    ]);
    expect(refused(masterBook, asInput("a.xlsx", book)).reason.vi).toContain("đã bị sắp xếp lại");
    const deleted = pkg("so-y-te");
    const c = cellPlace(deleted, "indicators", "7.5", "rowId");
    const width = deleted.contents(c.sheet)[c.row].length;
    deleted.applyPatch([{ op: "setValues", sheet: c.sheet, row: c.row, col: 0, values: [Array(width).fill(null)] }]);
    expect(refused(masterBook, asInput("b.xlsx", deleted)).reason.vi).toContain("Dòng 7.5 (Chỉ tiêu) đã bị xóa khỏi gói");
  });

  it("a stamp with its signature removed, or of the earlier unsigned kind → refused", () => {
    const { masterBook, pkg } = setup();
    const book = pkg("so-y-te");
    editStamp(book, (s) => delete s.signature);
    expect(refused(masterBook, asInput("a.xlsx", book)).code).toBe("altered");
    const old = pkg("so-y-te");
    editStamp(old, (s) => (s.version = 1));
    expect(refused(masterBook, asInput("b.xlsx", old)).code).toBe("unsigned");
  });

  it("never writes the master's secret or record into a package, on any sheet", () => {
    const masterBook = dongThapMaster();
    const packages = split(masterBook, { now: vnTime("2027-11-01 08:00"), year: 2027, withCoordinated: true });
    for (const p of packages) {
      const book = packageBook(p);
      expect(book.sheetNames()).not.toContain("_chitieu_chia");
      for (const name of book.sheetNames()) {
        const text = JSON.stringify(book.contents(name));
        expect([p.fileName, name, text.includes(SECRET)]).toEqual([p.fileName, name, false]);
      }
    }
  });
});

describe("a master whose metadata contradicts its sheets", () => {
  it("is refused when its first data row was moved far below the table (1,000,000)", () => {
    const book = dongThapMaster();
    editMeta(book, "indicatorLayout", (l) => (l.firstDataRow = 999_999));
    const { master, error } = openShareMaster(reader(book));
    expect(master).toBeNull();
    expect(error!.code).toBe("share.master.refused");
    expect(error!.vi).toContain("dữ liệu trang Chỉ tiêu bắt đầu ở dòng 1000000, nhưng dòng 1/1 của kế hoạch nằm ở dòng");
    expect(error!.en).toContain("the data of sheet Chỉ tiêu starts at line 1000000");
  });

  it("is refused when its row-id column points where no plan row is", () => {
    const book = dongThapMaster();
    editMeta(book, "indicatorLayout", (l) => {
      for (const c of l.columns) if (c.key === "rowId") c.col = 200;
    });
    const { error } = openShareMaster(reader(book));
    expect(error!.vi).toContain("không tìm thấy dòng nào ở đó");
    expect(error!.en).toContain("none of them is there");
  });

  it("is refused when plan rows sit above the first data row it gives", () => {
    const book = dongThapMaster();
    editMeta(book, "indicatorLayout", (l) => (l.firstDataRow = 20));
    const { error } = openShareMaster(reader(book));
    expect(error!.vi).toMatch(/dữ liệu trang Chỉ tiêu bắt đầu ở dòng 21, nhưng dòng 1\/1 của kế hoạch nằm ở dòng \d+/);
  });
});

describe("what a package holds that is not a value", () => {
  it("reports a formula with no computed result and a spreadsheet error, never drops them", () => {
    const masterBook = dongThapMaster();
    const packages = split(masterBook, { now: vnTime("2027-11-01 08:00"), year: 2027 });
    const book = packageBook(packages.find((p) => p.agency.id === "so-y-te")!);
    const f = cellPlace(book, "indicators", "7.3", "actual:2027");
    setCell(book, "indicators", "7.4/1", "actual:2027", "#DIV/0!");
    const input = { ...asInput("so-y-te.xlsx", book), uncomputed: [{ sheet: f.sheet, row: f.row, col: f.col, formula: "=SUM(A1:A3)" }] };
    const result = merge(masterBook, [input]);
    expect(result.held.map((h) => [h.reason, h.rowId, h.value])).toEqual([
      ["uncomputed", "7.3", "=SUM(A1:A3)"],
      ["errorValue", "7.4/1", "#DIV/0!"],
    ]);
    expect(result.packages[0].held).toBe(2);
    expect(cellAt(masterBook, "indicators", "7.4/1", "actual:2027")).toBeNull();
    expect(result.returns[0].items).toHaveLength(2);
    expect(logRows(masterBook).filter((r) => String(r[7]).startsWith("⛔ Giữ lại"))).toHaveLength(2);
  });
});
