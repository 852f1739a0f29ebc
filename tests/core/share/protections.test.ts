import { AGENCY_COLUMNS, SHEETS } from "../../../core/layout";
import { emailsIn, isUntouched, masterProtections, readFocalEmails } from "../../../core/share";
import { asInput, vnTime, dongThapMaster, openBook, openMaster, packageBook, setCell, split } from "./helpers";

const EMAIL = AGENCY_COLUMNS.indexOf("email");

describe("focal e-mails from the Đơn vị sheet", () => {
  it("splits a cell holding several addresses, lower-cases them and reports what is not an address", () => {
    expect(emailsIn(" A.B@SoYTe.DongThap.gov.vn; c@x.vn,  khong-phai-thu ")).toEqual({
      emails: ["a.b@soyte.dongthap.gov.vn", "c@x.vn"],
      rest: ["khong-phai-thu"],
    });
  });

  it("keys rows by agency id, and unknown agencies (no id) by the slug of their name", () => {
    const row = (id: string | null, name: string, email: string) => {
      const r: (string | null)[] = AGENCY_COLUMNS.map(() => null);
      r[0] = id;
      r[1] = name;
      r[EMAIL] = email;
      return r;
    };
    const { emails, invalid } = readFocalEmails([
      AGENCY_COLUMNS.map((c) => c),
      row("so-y-te", "Sở Y tế", "yte@dongthap.gov.vn"),
      row(null, "Ban Dân tộc tỉnh", "bandantoc@dongthap.gov.vn; sai@"),
      row("so-gddt", "Sở Giáo dục và Đào tạo", ""),
    ]);
    expect([...emails]).toEqual([
      ["so-y-te", ["yte@dongthap.gov.vn"]],
      ["ban-dan-toc-tinh", ["bandantoc@dongthap.gov.vn"]],
    ]);
    expect(invalid).toEqual([{ row: 3, text: "sai@" }]);
    expect(readFocalEmails(null).emails.size).toBe(0);
  });
});

describe("protections of the shared Đồng Tháp master", () => {
  const book = dongThapMaster();
  const master = openBook(book);
  const layout = master.meta.indicatorLayout;
  const col = (key: string) => layout.columns.find((c) => c.key === key)!.col;
  const rowOf = (id: string) => master.indicatorRecords.find((r) => r.rowId === id)!.row;
  const emails = new Map([
    ["so-ldtbxh", ["ldtbxh@dongthap.gov.vn"]],
    ["cuc-thong-ke", ["thongke@dongthap.gov.vn", "tk2@dongthap.gov.vn"]],
    ["so-y-te", ["yte@dongthap.gov.vn"]],
  ]);
  const plan = masterProtections(master, emails);
  const covering = (row: number, c: number) =>
    plan.protections.filter((p) => p.sheet === layout.sheet && p.range.row <= row && row < p.range.row + p.range.rows && p.range.col <= c && c < p.range.col + p.range.cols);

  it("gives the shared row 2.1 one range both lead agencies may edit", () => {
    const [p] = covering(rowOf("2.1"), col("actual:2027"));
    expect(p.kind).toBe("agency");
    expect(p.agencyIds).toEqual(["cuc-thong-ke", "so-ldtbxh"]);
    expect(p.editors).toEqual(["thongke@dongthap.gov.vn", "tk2@dongthap.gov.vn", "ldtbxh@dongthap.gov.vn"]);
    // Rows 2.1–2.4 share the same two leads: one range, over every non-plan column.
    expect(p.range).toEqual({ row: rowOf("2.1"), col: col("direction"), rows: 4, cols: col("note") - col("direction") + 1 });
  });

  it("covers every cell of the table exactly once; plan columns and headers for the owner only", () => {
    const last = Math.max(...master.indicatorRecords.map((r) => r.row));
    for (let row = 0; row <= last; row++) {
      for (const c of layout.columns) expect([row, c.key, covering(row, c.col).length]).toEqual([row, c.key, 1]);
    }
    const target = covering(rowOf("7.1"), col("target:2025"))[0];
    expect([target.kind, target.editors]).toEqual(["structure", []]);
    expect(covering(rowOf("7.1"), col("rowId"))[0].kind).toBe("structure");
    expect(covering(0, col("actual:2027"))[0].kind).toBe("header");
    expect(covering(rowOf("7.1"), col("actual:2027"))[0].editors).toEqual(["yte@dongthap.gov.vn"]);
  });

  it("lists the lead agencies without a focal e-mail", () => {
    const without = plan.withoutEmail.map((a) => a.id);
    expect(without).toContain("so-gddt");
    expect(without).not.toContain("so-y-te");
    expect(without).toHaveLength(plan.agencies.length - 3);
  });
});

describe("an untouched package", () => {
  const masterBook = dongThapMaster();
  const [pkg] = split(masterBook, { now: vnTime("2027-11-01 08:00"), year: 2027, agencies: ["so-y-te"] });
  it("is recognised until someone types a value", () => {
    const master = openMaster(masterBook);
    const book = packageBook(pkg);
    expect(isUntouched(master, asInput("y-te", book))).toBe(true);
    setCell(book, "indicators", "7.1", "actual:2027", "1,58");
    expect(isUntouched(master, asInput("y-te", book))).toBe(false);
    expect(isUntouched(master, { source: "x", read: null })).toBe(false);
    expect(book.hasSheet(SHEETS.indicators)).toBe(true);
  });
});
