import { SHEETS } from "../../../core/layout";
import { recognizeInPlace } from "../../../office-addin/actions/recognize";
import { run, setup } from "../helpers";

const CS = "Các sở, ban, ngành liên quan; UBND các huyện, thành phố";
const IDENTITY = { number: "328/KH-UBND", issuedOn: "2024-10-07", issuer: "Ủy ban nhân dân tỉnh Đồng Tháp", title: "Kế hoạch triển khai Nghị quyết 68/NQ-CP" };
/** A Phụ lục I excerpt as a person pastes it: title, header, a group row, the lead merged over 1.1–1.2. */
const TABLE = [
  ["Phụ lục I: Các chỉ tiêu chủ yếu", "", "", "", "", "", ""],
  ["TT", "Chỉ tiêu", "Đơn vị", "Đến năm 2025", "Đến năm 2030", "Chủ trì", "Phối hợp"],
  ["1.", "Y tế", "", "", "", "", ""],
  ["1.1", "Tuổi thọ trung bình", "Tuổi", "74,5", "75", "Sở Y tế", CS],
  ["1.2", "Số năm sống khỏe", "Năm", "67", "68", "", ""],
  ["1.3", "Tỷ lệ thất nghiệp", "%", "<3", "<3", "Sở Lao động - TBXH", CS],
];

async function pasted(api: number, merged: boolean) {
  const { fake, session } = setup(api);
  await fake.type("Sheet1", "A1", TABLE);
  if (merged) fake.workbook.sheet("Sheet1").merges.push({ row: 3, col: 5, rows: 2, cols: 1 }, { row: 3, col: 6, rows: 2, cols: 1 });
  fake.activeSheet = "Sheet1";
  fake.resetCounts();
  const out = await run(fake, (ctx) => recognizeInPlace(ctx, session, IDENTITY));
  return { fake, session, out };
}

describe("recognise the appendix in place", () => {
  it.each([
    [18, true],
    [12, false],
  ])("ExcelApi 1.%i (merges listed: %s): tracking columns right of the table, the plan in the meta sheet", async (api, merged) => {
    const { fake, session, out } = await pasted(api, merged);
    if (out.kind !== "recognized") throw new Error(`unexpected ${JSON.stringify(out)}`);
    expect(out.sheet).toBe("Sheet1");
    expect(out.indicators).toBe(3);
    expect(out.tasks).toBe(0);
    // Read the table, read the protections of the sheets the patch writes, write, open again.
    // Opening reads the default sheet names first and then "Sheet1", where the meta now points.
    expect(fake.syncs).toBe(5);
    expect(out.syncs).toBe(fake.syncs);
    expect(fake.violations).toEqual([]);
    const wb = session.wb!;
    expect(wb.meta.indicatorLayout.sheet).toBe("Sheet1");
    expect(fake.workbook.find(SHEETS.meta)).toBeDefined();
    // The person's table is where it was; tracking columns start right of it.
    const sheet = fake.workbook.sheet("Sheet1");
    expect(sheet.get(3, 1)).toBe("Tuổi thọ trung bình");
    expect(Math.min(...wb.meta.indicatorLayout.columns.filter((c) => !["code", "name", "unit", "target:2025", "target:2030", "lead", "partners"].includes(c.key)).map((c) => c.col))).toBeGreaterThanOrEqual(7);
    expect(wb.plan.indicators.map((i) => i.id)).toEqual(["1.1", "1.2", "1.3"]);
    expect(wb.plan.indicators.find((i) => i.id === "1.1")!.lead.ids).toEqual(["so-y-te"]);
    expect(wb.plan.indicators.find((i) => i.id === "1.3")!.lead.ids).toEqual(["so-ldtbxh"]);
    // The blank lead of 1.2 means "same as above": the sheet keeps it blank, the metadata keeps
    // what was recognised, and the workbook opened again from the sheet still has it.
    expect(wb.plan.indicators.find((i) => i.id === "1.2")!.lead.ids).toEqual(["so-y-te"]);
  });

  it("a sheet without a table: a clear message and nothing written", async () => {
    const { fake, session } = setup(18);
    await fake.type("Sheet1", "A1", [["Ghi chú cuộc họp", "thứ hai"]]);
    fake.resetCounts();
    const out = await run(fake, (ctx) => recognizeInPlace(ctx, session));
    expect(out.kind).toBe("error");
    if (out.kind === "error") expect(out.error.code).toBe("excel.error.noTable");
    expect(fake.syncs).toBe(1);
    expect(fake.workbook.find(SHEETS.meta)).toBeUndefined();
  });

  it("an empty sheet: the same message", async () => {
    const { fake, session } = setup(18);
    const out = await run(fake, (ctx) => recognizeInPlace(ctx, session));
    expect(out.kind === "error" && out.error.code).toBe("excel.error.noTable");
  });
});
