import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { listChartTitles } from "../../cli/xlsx";
import { run } from "../cli/helpers";

/**
 * The files we write open in a real spreadsheet application: LibreOffice Calc converts the
 * sample workbook (what `npm start` writes) headless to .xlsx again, and what it wrote still holds
 * the values, the data validations, the conditional formats and the charts.
 * CI installs Debian's libreoffice-calc; on a machine without it this suite says so and fails in CI.
 */
const soffice = ["soffice", "libreoffice"].find((bin) => spawnSync("which", [bin]).status === 0);
const describeIf = soffice || process.env.CI ? describe : describe.skip;

describeIf("LibreOffice round trip of the sample workbook", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-lo-"));
  const original = path.join(dir, "mau.xlsx");
  const converted = path.join(dir, "out", "mau.xlsx");
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    if (!soffice) throw new Error("LibreOffice (soffice) is not installed: apt-get install -y libreoffice-calc");
    expect((await run(["sample", "-o", original])).code).toBe(0);
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", path.join(dir, "out"), original],
      { stdio: "pipe", timeout: 120_000 },
    );
  }, 180_000);

  it("opens and keeps the values, sheets and the hidden metadata", async () => {
    expect(fs.existsSync(converted)).toBe(true);
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(original);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(converted);
    for (const name of ["Chỉ tiêu", "Nhiệm vụ", "Đơn vị", "Tổng hợp", "Nhật ký", "_chitieu"]) expect(after.getWorksheet(name)).toBeDefined();
    expect(after.getWorksheet("_chitieu")!.state).not.toBe("visible");
    const a = before.getWorksheet("Chỉ tiêu")!;
    const b = after.getWorksheet("Chỉ tiêu")!;
    let compared = 0;
    a.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const v = cell.value;
        if (typeof v === "string" || typeof v === "number") {
          expect(b.getCell(r, c).value).toEqual(v);
          compared++;
        }
      }),
    );
    expect(compared).toBeGreaterThan(1000);
    // The round trip through the core still reads the same plan.
    const status = await run(["status", converted, "--json"]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out).tasks).toHaveLength(64);
  });

  it("keeps data validations and conditional formats", async () => {
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(converted);
    const ws = after.getWorksheet("Nhiệm vụ")!;
    const validations = Object.values((ws as unknown as { dataValidations: { model: Record<string, { type: string }> } }).dataValidations.model);
    expect(validations.some((v) => v.type === "list")).toBe(true);
    const cf = (after.getWorksheet("Chỉ tiêu") as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
    expect(cf.length).toBeGreaterThan(0);
  });

  it("keeps the summary's native charts", async () => {
    expect(await listChartTitles(new Uint8Array(fs.readFileSync(converted)))).toHaveLength(2);
  });
});
