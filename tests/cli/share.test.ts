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
 * split into packages (the record written into the master); agencies fill theirs in Excel; one
 * corrects an earlier value, one types invalid values, two disagree on the shared row 2.1, one
 * comes back twice, one with a changed target, one altered by hand, one with a formula Excel never
 * calculated; a corrupt file too. Then the same merge again, and a conflict resolved.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-share-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (...parts: string[]) => path.join(dir, ...parts);
const digest = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

type Edit = [SheetKind, string, string, ExcelJS.CellValue];

async function locate(file: string, kind: SheetKind, rowId: string, key: string): Promise<{ sheet: string; row: number; col: number }> {
  const { tracking } = await openTrackingFile(file);
  const layout = kind === "indicators" ? tracking.meta.indicatorLayout : tracking.meta.taskLayout;
  const records = kind === "indicators" ? tracking.indicatorRecords : tracking.taskRecords;
  return { sheet: layout.sheet, row: records.find((r) => r.rowId === rowId)!.row + 1, col: layout.columns.find((c) => c.key === key)!.col + 1 };
}

/** Types values into a package as the agency would in Excel, and saves it. */
async function fill(file: string, edits: Edit[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  for (const [kind, rowId, key, value] of edits) {
    const { sheet, row, col } = await locate(file, kind, rowId, key);
    wb.getWorksheet(sheet)!.getCell(row, col).value = value;
  }
  await wb.xlsx.writeFile(file);
}

async function cell(file: string, kind: SheetKind, rowId: string, key: string): Promise<ExcelJS.CellValue> {
  const { sheet, row, col } = await locate(file, kind, rowId, key);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.getWorksheet(sheet)!.getCell(row, col).value;
}

async function sheetRows(file: string, name: string, width: number): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[][] = [];
  wb.getWorksheet(name)?.eachRow((row, n) => {
    if (n > 1) out.push(Array.from({ length: width }, (_, j) => (row.getCell(j + 1).value === null ? "" : String(row.getCell(j + 1).value))));
  });
  return out;
}
const logOf = (file: string) => sheetRows(file, "Nhật ký", 8);

const HYPERLINK = '=HYPERLINK("http://example.com","bấm vào")';

describe("chitieu split, merge and resolve on .xlsx files", () => {
  const pk = (name: string) => at("pk", name);
  const packageArgs = () => [
    pk("so-y-te.xlsx"),
    pk("so-lao-dong-thuong-binh-va-xa-hoi.xlsx"),
    pk("cuc-thong-ke-tinh.xlsx"),
    pk("bao-hiem-xa-hoi-tinh.xlsx"),
    at("bhxh-gui-lai.xlsx"),
    pk("so-giao-duc-va-dao-tao.xlsx"),
    pk("so-tu-phap.xlsx"),
    at("hong.xlsx"),
  ];
  let digests: Map<string, string>;
  let first: { code: number; out: string; err: string };
  let split: { code: number; out: string; err: string };

  beforeAll(async () => {
    expect((await run(["sample", "-o", at("master.xlsx")])).code).toBe(0);
    split = await run(["split", at("master.xlsx"), "-d", at("pk"), "--year", "2027"]);
    expect(split.code).toBe(0);
    await fill(pk("so-y-te.xlsx"), [
      ["indicators", "7.1", "actual:2026", "1,64"],
      ["indicators", "7.1", "actual:2027", "1,58"],
      ["indicators", "7.2", "note", HYPERLINK],
      ["tasks", "II.6", "percent", 60],
      ["indicators", "7.3", "actual:2027", { formula: "A1*2" } as ExcelJS.CellFormulaValue],
    ]);
    await fill(pk("so-lao-dong-thuong-binh-va-xa-hoi.xlsx"), [
      ["indicators", "2.1", "actual:2027", "2,5"],
      ["indicators", "2.5", "actual:2027", "abc"],
      ["tasks", "III.3", "state", "xong rồi"],
    ]);
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
  }, 120_000);

  it("split names each package after its agency, records them in the master and counts its errors", () => {
    const files = fs.readdirSync(at("pk"));
    expect(files).toHaveLength(21);
    expect(files).toEqual(expect.arrayContaining(["so-y-te.xlsx", "cuc-thong-ke-tinh.xlsx", "ubnd-cac-huyen-thanh-pho.xlsx"]));
    expect(split.out).toContain("Đã ghi hồ sơ 21 gói vào");
    expect(split.out).toMatch(/Lỗi số liệu trong bản tổng hợp \(trước và sau, không đổi\): \d+ lỗi: Chỉ tiêu!M12 \(2\.6, Thực hiện năm 2026\)/);
    expect(split.out).toContain("Lần chia gói đầu tiên");
  });

  it("writes the merged master and leaves every input byte for byte as it was", () => {
    expect(first.code).toBe(1); // a package was rejected
    for (const [file, hash] of digests) expect(digest(file)).toBe(hash);
    expect(fs.existsSync(at("merged.xlsx"))).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("takes corrections and new values, keeps the master where packages disagree, holds back what is invalid", async () => {
    const merged = at("merged.xlsx");
    expect(await cell(merged, "indicators", "7.1", "actual:2026")).toBe("1,64");
    expect(await cell(merged, "indicators", "7.1", "actual:2027")).toBe("1,58");
    expect(await cell(merged, "tasks", "II.6", "percent")).toBe(60);
    expect(await cell(merged, "indicators", "4.3", "actual:2027")).toBe(92.4);
    expect(await cell(merged, "indicators", "2.1", "actual:2027")).toBeNull();
    expect(await cell(merged, "indicators", "2.5", "actual:2027")).toBeNull();
    expect(await cell(merged, "tasks", "III.3", "state")).toBe("Đang triển khai");
    expect(await cell(merged, "indicators", "7.3", "actual:2027")).toBeNull();
    expect(await cell(merged, "indicators", "6.1", "target:2025")).toBe("100");
    expect(await cell(merged, "indicators", "7.2", "note")).toBe(HYPERLINK);
  });

  it("prints the packages, conflicts, held values, refusals, who has not returned and the errors before and after", () => {
    const out = first.out;
    expect(out).toMatch(/so-y-te\.xlsx\s+Sở Y tế\s+4\s+0\s+1/);
    expect(out).toContain("trùng gói");
    expect(out).toContain("gửi lại không thay đổi");
    expect(out).toMatch(/Xung đột #[12] — dòng 2\.1, cột Thực hiện năm 2027: .*gửi «2,5»/);
    expect(out).toContain("giá trị «abc» không hợp lệ");
    expect(out).toContain("ô chứa công thức «=A1*2» nhưng không có kết quả đã tính");
    expect(out).toContain("Dòng 6.1, cột Mục tiêu đến năm 2025: «100» đổi thành «90»");
    expect(out).toMatch(/Không đọc được gói .*hong\.xlsx/);
    expect(out).toMatch(/Đơn vị chưa gửi gói \(16\): .*Sở Xây dựng/);
    expect(out).toMatch(/Lỗi số liệu trong bản tổng hợp (— trước: \d+ lỗi: .*\. Sau: \d+ lỗi|\(trước và sau, không đổi\): \d+ lỗi)/);
    expect(out).toContain("Đã tạo 2 tệp trả lại trong");
  });

  it("writes each agency's return file: its own package with the cells to correct marked", async () => {
    const back = at("merged-tra-lai", "so-lao-dong-thuong-binh-va-xa-hoi.xlsx");
    expect(fs.existsSync(back)).toBe(true);
    const rows = await sheetRows(back, "Cần sửa", 6);
    expect(rows.slice(1).map((r) => r[1]).sort()).toEqual(["2.5", "III.3"]);
    // The agency corrects the file it got back and sends it again: it merges cleanly.
    await fill(back, [
      ["indicators", "2.5", "actual:2027", "48,1"],
      ["tasks", "III.3", "state", "Hoàn thành"],
    ]);
    const again = await run(["merge", at("merged.xlsx"), back, "-o", at("merged-3.xlsx"), "--json"]);
    const json = JSON.parse(again.out) as { merged: { rowId: string; value: unknown }[]; held: unknown[]; rejected: unknown[] };
    expect(json.rejected).toEqual([]);
    expect(json.merged.map((m) => [m.rowId, m.value]).sort()).toEqual([["2.5", "48,1"], ["III.3", "Hoàn thành"]]);
  }, 60_000);

  it("logs every write, conflict, hold and refusal in Nhật ký", async () => {
    const log = await logOf(at("merged.xlsx"));
    expect(log.filter((r) => r[3] === "7.1" && r[4] === "Thực hiện năm 2026").map((r) => [r[1], r[5], r[6]])).toEqual([["Sở Y tế", "1,62", "1,64"]]);
    expect(log.filter((r) => r[7].startsWith("⚠ Xung đột"))).toHaveLength(2);
    expect(log.filter((r) => r[7].startsWith("⛔ Giữ lại"))).toHaveLength(3);
    expect(log.filter((r) => r[7].startsWith("⛔ Gói bị từ chối")).map((r) => r[1])).toEqual(["?", "Sở Giáo dục và Đào tạo"]);
  });

  it("merging the same packages into the merged master changes nothing", async () => {
    const again = await run(["merge", at("merged.xlsx"), ...packageArgs(), "-o", at("merged-2.xlsx"), "--json"]);
    const json = JSON.parse(again.out) as { merged: unknown[]; conflicts: { logged: boolean }[]; packages: { alreadyMerged: boolean; duplicateOf: string | null }[] };
    expect(json.merged).toEqual([]);
    expect(json.conflicts.every((c) => c.logged)).toBe(true);
    expect(json.packages.filter((p) => p.duplicateOf === null).every((p) => p.alreadyMerged)).toBe(true);
    expect(await logOf(at("merged-2.xlsx"))).toEqual(await logOf(at("merged.xlsx")));
  }, 60_000);

  it("resolves a conflict from the command line, logged with who and why", async () => {
    const list = await run(["resolve", at("merged.xlsx"), "--list"]);
    expect(list.out).toMatch(/#1\s+2\.1\s+Thực hiện năm 2027/);
    const open = JSON.parse((await run(["resolve", at("merged.xlsx"), "--list", "--json"])).out) as { conflicts: { id: number; agencyId: string }[] };
    const id = String(open.conflicts.find((c) => c.agencyId === "cuc-thong-ke")!.id);
    const r = await run(["resolve", at("merged.xlsx"), "--conflict", id, "--take", "package", "-o", at("resolved.xlsx"), "--by", "Trần Thị B", "--reason", "Số liệu của Cục Thống kê là số chính thức"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Xung đột #${id}: đã ghi «2,7» của Cục Thống kê tỉnh`);
    expect(await cell(at("resolved.xlsx"), "indicators", "2.1", "actual:2027")).toBe("2,7");
    const last = (await logOf(at("resolved.xlsx"))).at(-1)!;
    expect([last[1], last[6]]).toEqual(["Trần Thị B", "2,7"]);
    expect(last[7]).toContain("lý do: Số liệu của Cục Thống kê là số chính thức");
    const twice = await run(["resolve", at("resolved.xlsx"), "--conflict", id, "--take", "master", "-o", at("resolved-2.xlsx"), "--by", "B", "--reason", "x"]);
    expect(twice.code).toBe(1);
    expect(twice.err).toContain("đã được xử lý");
    expect(fs.existsSync(at("resolved-2.xlsx"))).toBe(false);
  }, 60_000);

  it("writes nothing when no package is accepted, and says why", async () => {
    const forged = at("forged.xlsx");
    fs.copyFileSync(pk("so-xay-dung.xlsx"), forged);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(forged);
    const ws = wb.getWorksheet("_chitieu_goi")!;
    ws.eachRow((row) => {
      if (row.getCell(1).value === "stamp") row.getCell(2).value = String(row.getCell(2).value).replace('"agencyId":"so-xay-dung"', '"agencyId":"so-y-te"');
    });
    await wb.xlsx.writeFile(forged);
    const r = await run(["merge", at("master.xlsx"), forged, at("hong.xlsx"), "-o", at("nothing.xlsx")]);
    expect(r.code).toBe(1);
    expect(fs.existsSync(at("nothing.xlsx"))).toBe(false);
    expect(r.out).toContain("đã bị sửa sau khi gửi");
    expect(r.out).toContain("Không ghi tệp kết quả: không nhận được gói nào");
  }, 60_000);

  it("refuses a master whose metadata contradicts its sheets", async () => {
    const bad = at("bad-master.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at("master.xlsx"));
    wb.getWorksheet("_chitieu")!.eachRow((row) => {
      if (row.getCell(1).value !== "indicatorLayout") return;
      const text = Array.from({ length: row.cellCount - 1 }, (_, j) => String(row.getCell(j + 2).value ?? "")).join("");
      const layout = JSON.parse(text);
      layout.firstDataRow = 999_999;
      row.getCell(2).value = JSON.stringify(layout);
      for (let j = 3; j <= row.cellCount; j++) row.getCell(j).value = null;
    });
    await wb.xlsx.writeFile(bad);
    const r = await run(["merge", bad, pk("so-y-te.xlsx"), "-o", at("bad-out.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("mâu thuẫn với các trang tính");
    expect(fs.existsSync(at("bad-out.xlsx"))).toBe(false);
    const s = await run(["split", bad, "-d", at("bad-pk")]);
    expect(s.code).toBe(2);
    expect(fs.existsSync(at("bad-pk"))).toBe(false);
  }, 60_000);

  it("refuses to write over an input, and asks for -o", async () => {
    const r = await run(["merge", at("master.xlsx"), pk("so-y-te.xlsx"), "-o", at("master.xlsx")]);
    expect(r.code).toBe(2);
    const missing = await run(["merge", at("master.xlsx"), pk("so-y-te.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("Thiếu");
  });
});
