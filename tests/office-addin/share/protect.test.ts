import { columnOf } from "../../../core/layout";
import { parseA1 } from "../../../core/patch";
import { loadTemplate } from "../../../core/template";
import { createFromTemplate } from "../../../office-addin/actions/create";
import { protectByAgency } from "../../../office-addin/actions/share-protect";
import { allowEditRangesSupported } from "../../../office-addin/share";
import { isSetSupported, run, setup } from "../helpers";

/** Per-agency protection inside one workbook: allow-edit ranges where the API exists, else the structural lock. */
async function master(online: boolean) {
  const { fake, session } = setup(18, { online });
  const created = await run(fake, (ctx) => createFromTemplate(ctx, session, loadTemplate("dong-thap-328-2024")));
  if (created.kind !== "created") throw new Error("not created");
  let n = 0;
  const password = () => `pw-${++n}`;
  return { fake, session, password, supported: allowEditRangesSupported(isSetSupported(fake)) };
}

describe("lock rows by agency", () => {
  it("detects the API set with isSetSupported: ExcelApiOnline 1.1 only on the web", async () => {
    expect((await master(true)).supported).toBe(true);
    expect((await master(false)).supported).toBe(false);
  }, 30_000);

  it("on Excel on the web: one password-protected range per agency over its reporting cells, in three requests", async () => {
    const { fake, session, password, supported } = await master(true);
    fake.resetCounts();
    const out = await run(fake, (ctx) => protectByAgency(ctx, session, { supported, password }));
    if (out.kind !== "ranges") throw new Error(`unexpected ${out.kind}`);
    expect(fake.syncs).toBe(3);
    expect(fake.violations).toEqual([]);
    expect(out.agencies).toHaveLength(21);
    expect(new Set(out.agencies.map((a) => a.password)).size).toBe(21);

    const wb = session.wb!;
    const layout = wb.meta.indicatorLayout;
    const sheet = fake.workbook.sheet(layout.sheet);
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.protection.password).toBeNull();
    const thongKe = out.agencies.find((a) => a.agencyId === "cuc-thong-ke")!;
    const range = sheet.allowEditRanges.find((r) => r.title === "Chỉ Tiêu – Cục Thống kê tỉnh – Chỉ tiêu")!;
    expect(range.password).toBe(thongKe.password);
    // Rows 2.1–2.4, every reporting column and no structural one.
    const rows = ["2.1", "2.2", "2.3", "2.4"].map((id) => wb.indicatorRecords.find((r) => r.rowId === id)!.row);
    const actual = columnOf(layout, "actual:2027")!;
    const target = columnOf(layout, "target:2025")!;
    const inRange = (row: number, col: number) =>
      range.address.split(",").some((part) => {
        const r = parseA1(part)!;
        return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
      });
    for (const row of rows) {
      expect(inRange(row, actual)).toBe(true);
      expect(inRange(row, target)).toBe(false);
      expect(sheet.isLocked(row, actual)).toBe(true);
      expect(sheet.isLocked(row, target)).toBe(true);
    }
    const other = wb.indicatorRecords.find((r) => r.rowId === "7.2")!.row;
    expect(inRange(other, actual)).toBe(false);
    // The shared row 2.1 is in both of its leads' ranges.
    const ldtbxh = sheet.allowEditRanges.find((r) => r.title.startsWith("Chỉ Tiêu – Sở Lao động"))!;
    expect(ldtbxh.address.split(",").some((part) => parseA1(part)!.row <= rows[0] && rows[0] < parseA1(part)!.row + parseA1(part)!.rows)).toBe(true);
    // The tasks sheet got its ranges too.
    expect(fake.workbook.sheet(wb.meta.taskLayout.sheet).allowEditRanges.length).toBeGreaterThan(0);
  });

  it("running it again replaces the add-in's ranges (new passwords), keeping the person's own", async () => {
    const { fake, session, password, supported } = await master(true);
    await run(fake, (ctx) => protectByAgency(ctx, session, { supported, password }));
    const sheet = fake.workbook.sheet(session.wb!.meta.indicatorLayout.sheet);
    sheet.allowEditRanges.push({ title: "Vùng riêng của tôi", address: "A1", password: null });
    const count = sheet.allowEditRanges.length;
    const again = await run(fake, (ctx) => protectByAgency(ctx, session, { supported, password }));
    if (again.kind !== "ranges") throw new Error("unexpected");
    expect(sheet.allowEditRanges).toHaveLength(count);
    expect(sheet.allowEditRanges.some((r) => r.title === "Vùng riêng của tôi")).toBe(true);
    expect(again.agencies[0].password).toBe("pw-22");
    expect(sheet.protection.protected).toBe(true);
    expect(fake.violations).toEqual([]);
  });

  it("elsewhere: the structural protection and a message saying what to do instead", async () => {
    const { fake, session, password, supported } = await master(false);
    const wb = session.wb!;
    // Someone unlocked the sheets earlier.
    for (const name of [wb.meta.indicatorLayout.sheet, wb.meta.taskLayout.sheet]) fake.workbook.sheet(name).protection = { protected: false, options: null };
    fake.resetCounts();
    const out = await run(fake, (ctx) => protectByAgency(ctx, session, { supported, password }));
    if (out.kind !== "fallback") throw new Error(`unexpected ${out.kind}`);
    expect(out.message.code).toBe("excel.share.protectFallback");
    expect(out.message.vi).toContain("Tạo gói cho từng cơ quan");
    expect(fake.syncs).toBe(3);
    for (const name of [wb.meta.indicatorLayout.sheet, wb.meta.taskLayout.sheet]) {
      const sheet = fake.workbook.sheet(name);
      expect(sheet.protection.protected).toBe(true);
      expect(sheet.allowEditRanges).toEqual([]);
    }
    const layout = wb.meta.indicatorLayout;
    const row = wb.indicatorRecords.find((r) => r.rowId === "2.1")!.row;
    const sheet = fake.workbook.sheet(layout.sheet);
    expect(sheet.isLocked(row, columnOf(layout, "target:2025")!)).toBe(true);
    expect(sheet.isLocked(row, columnOf(layout, "actual:2027")!)).toBe(false);
    expect(fake.violations).toEqual([]);
  });
});
