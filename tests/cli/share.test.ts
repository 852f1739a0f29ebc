import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { SheetKind } from "../../core/layout";
import { openTrackingFile } from "../../cli/tracking-file";
import { run } from "./helpers";

/**
 * The e-mail round on real .xlsx files: the Đồng Tháp master (bundled sample, values 2024–2026)
 * split into packages; agencies fill theirs; one comes back twice, one with a changed target,
 * two disagree on the shared row 2.1; a corrupt file too. Then the same merge again.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-share-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (...parts: string[]) => path.join(dir, ...parts);
const digest = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

type Edit = [SheetKind, string, string, ExcelJS.CellValue];

/** Types values into a package as the agency would in Excel, and saves it. */
async function fill(file: string, edits: Edit[]): Promise<void> {
  const { tracking } = await openTrackingFile(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const [kind, rowId, key, value] of edits) {
    const layout = kind === "indicators" ? tracking.meta.indicatorLayout : tracking.meta.taskLayout;
    const records = kind === "indicators" ? tracking.indicatorRecords : tracking.taskRecords;
    const row = records.find((r) => r.rowId === rowId)!.row;
    const col = layout.columns.find((c) => c.key === key)!.col;
    wb.getWorksheet(layout.sheet)!.getCell(row + 1, col + 1).value = value;
  }
  await wb.xlsx.writeFile(file);
}

async function cell(file: string, kind: SheetKind, rowId: string, key: string): Promise<ExcelJS.CellValue> {
  const { tracking } = await openTrackingFile(file);
  const layout = kind === "indicators" ? tracking.meta.indicatorLayout : tracking.meta.taskLayout;
  const records = kind === "indicators" ? tracking.indicatorRecords : tracking.taskRecords;
  const row = records.find((r) => r.rowId === rowId)!.row;
  const col = layout.columns.find((c) => c.key === key)!.col;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet(layout.sheet)!.getCell(row + 1, col + 1).value;
}

async function logOf(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[][] = [];
  wb.getWorksheet("Nhật ký")!.eachRow((row, n) => {
    if (n > 1) out.push(Array.from({ length: 8 }, (_, j) => (row.getCell(j + 1).value === null ? "" : String(row.getCell(j + 1).value))));
  });
  return out;
}

const HYPERLINK = '=HYPERLINK("http://example.com","bấm vào")';

describe("chitieu split and merge on .xlsx files", () => {
  const pk = (name: string) => at("pk", name);
  const packageArgs = () => [
    pk("so-y-te.xlsx"),
    pk("so-lao-dong-thuong-binh-va-xa-hoi.xlsx"),
    pk("cuc-thong-ke-tinh.xlsx"),
    pk("bao-hiem-xa-hoi-tinh.xlsx"),
    at("bhxh-gui-lai.xlsx"),
    pk("so-giao-duc-va-dao-tao.xlsx"),
    at("hong.xlsx"),
  ];
  let digests: Map<string, string>;
  let first: { code: number; out: string; err: string };

  beforeAll(async () => {
    expect((await run(["sample", "-o", at("master.xlsx")])).code).toBe(0);
    const split = await run(["split", at("master.xlsx"), "-d", at("pk")]);
    expect(split.code).toBe(0);
    expect(split.out).toContain("Đã tạo 21 gói");
    await fill(pk("so-y-te.xlsx"), [
      ["indicators", "7.1", "actual:2027", "1,58"],
      ["indicators", "7.1", "actual:2026", "1,60"],
      ["indicators", "7.2", "note", HYPERLINK],
      ["tasks", "VI.2.1", "evidence", "QĐ 123/QĐ-SYT"],
    ]);
    await fill(pk("so-lao-dong-thuong-binh-va-xa-hoi.xlsx"), [["indicators", "2.1", "actual:2027", "2,5"]]);
    await fill(pk("cuc-thong-ke-tinh.xlsx"), [["indicators", "2.1", "actual:2027", "2,7"]]);
    await fill(pk("bao-hiem-xa-hoi-tinh.xlsx"), [["indicators", "4.3", "actual:2027", 92.4]]);
    fs.copyFileSync(pk("bao-hiem-xa-hoi-tinh.xlsx"), at("bhxh-gui-lai.xlsx"));
    await fill(pk("so-giao-duc-va-dao-tao.xlsx"), [
      ["indicators", "6.1", "actual:2027", 100],
      ["indicators", "6.1", "target:2025", "90"],
    ]);
    fs.writeFileSync(at("hong.xlsx"), Buffer.from("PK\u0003\u0004 not really a zip"));
    digests = new Map([at("master.xlsx"), ...packageArgs()].map((f) => [f, digest(f)]));
    first = await run(["merge", at("master.xlsx"), ...packageArgs(), "-o", at("merged.xlsx")]);
  }, 60_000);

  it("names each package after its agency", () => {
    const files = fs.readdirSync(at("pk"));
    expect(files).toHaveLength(21);
    expect(files).toEqual(expect.arrayContaining(["so-y-te.xlsx", "cuc-thong-ke-tinh.xlsx", "ubnd-cac-huyen-thanh-pho.xlsx"]));
  });

  it("writes the merged master and leaves every input byte for byte as it was", () => {
    expect(first.code).toBe(1); // a package was rejected
    for (const [file, hash] of digests) expect(digest(file)).toBe(hash);
    expect(fs.existsSync(at("merged.xlsx"))).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("merges every new value, keeps every master value", async () => {
    const merged = at("merged.xlsx");
    expect(await cell(merged, "indicators", "7.1", "actual:2027")).toBe("1,58");
    expect(await cell(merged, "indicators", "7.1", "actual:2026")).toBe("1,62");
    expect(await cell(merged, "tasks", "VI.2.1", "evidence")).toBe("QĐ 123/QĐ-SYT");
    expect(await cell(merged, "indicators", "2.1", "actual:2027")).toBe("2,5");
    expect(await cell(merged, "indicators", "4.3", "actual:2027")).toBe(92.4);
    expect(await cell(merged, "indicators", "6.1", "actual:2027")).toBeNull();
    expect(await cell(merged, "indicators", "6.1", "target:2025")).toBe("100");
  });

  it("writes formula-like text from a package as text", async () => {
    expect(await cell(at("merged.xlsx"), "indicators", "7.2", "note")).toBe(HYPERLINK);
  });

  it("prints the packages, the conflicts, the rejected packages with reasons and who has not returned", () => {
    const out = first.out;
    expect(out).toMatch(/so-y-te\.xlsx\s+Sở Y tế\s+3\s+1/);
    expect(out).toContain("trùng gói");
    expect(out).toContain("Dòng 7.1, cột Thực hiện năm 2026: bản tổng hợp đã có «1,62», Sở Y tế gửi «1,60»");
    expect(out).toContain("Dòng 2.1, cột Thực hiện năm 2027: Sở Lao động - Thương binh và Xã hội gửi «2,5»");
    expect(out).toContain("Dòng 6.1, cột Mục tiêu đến năm 2025: «100» đổi thành «90»");
    expect(out).toMatch(/Không đọc được gói .*hong\.xlsx/);
    expect(out).toMatch(/Đơn vị chưa gửi gói \(17\): .*Sở Xây dựng/);
  });

  it("logs every write and conflict in Nhật ký", async () => {
    const log = await logOf(at("merged.xlsx"));
    expect(log.filter((r) => r[2] === "Chỉ tiêu" && r[3] === "7.1" && r[4] === "Thực hiện năm 2027").map((r) => [r[1], r[5], r[6]])).toEqual([["Sở Y tế", "", "1,58"]]);
    expect(log.find((r) => r[3] === "2.1")!.slice(1, 8)).toEqual([
      "Sở Lao động - Thương binh và Xã hội",
      "Chỉ tiêu",
      "2.1",
      "Thực hiện năm 2027",
      "",
      "2,5",
      expect.stringMatching(/so-lao-dong-thuong-binh-va-xa-hoi\.xlsx \(so-ldtbxh#[0-9a-f]{16}\)$/),
    ]);
    expect(log.filter((r) => r[7].startsWith("⚠ Xung đột"))).toHaveLength(2);
    expect(log).toHaveLength(5 + 2 + 4);
  });

  it("merging the same packages into the merged master changes nothing", async () => {
    const again = await run(["merge", at("merged.xlsx"), ...packageArgs(), "-o", at("merged-2.xlsx"), "--json"]);
    const json = JSON.parse(again.out) as { merged: unknown[]; conflicts: { logged: boolean }[]; packages: { alreadyMerged: boolean; duplicateOf: string | null }[] };
    expect(json.merged).toEqual([]);
    expect(json.conflicts.every((c) => c.logged)).toBe(true);
    expect(json.packages.filter((p) => p.duplicateOf === null).every((p) => p.alreadyMerged)).toBe(true);
    expect(await logOf(at("merged-2.xlsx"))).toEqual(await logOf(at("merged.xlsx")));
  }, 30_000);

  it("refuses to write over an input, and asks for -o", async () => {
    const r = await run(["merge", at("master.xlsx"), pk("so-y-te.xlsx"), "-o", at("master.xlsx")]);
    expect(r.code).toBe(2);
    const missing = await run(["merge", at("master.xlsx"), pk("so-y-te.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Thiếu");
  });
});
