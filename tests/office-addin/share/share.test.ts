import ExcelJS from "exceljs";
import { SHEETS } from "../../../core/layout";
import { CONFLICT_FILL, CONFLICT_SHEET, RETURN_SHEET, SPLIT_SHEET, type PackageInput } from "../../../core/share";
import { consolidatePackages } from "../../../office-addin/actions/share-merge";
import { listConflicts, resolveInWorkbook } from "../../../office-addin/actions/share-resolve";
import { splitForDownload } from "../../../office-addin/actions/share-split";
import { readPackageFile, returnFile, type PackageFile } from "../../../office-addin/share";
import { run, setup } from "../helpers";
import { dongThapMaster, placeOf } from "./master";
import { PackageBook } from "./package-files";

/**
 * Issue 7.4 end to end on the fake Excel: the Đồng Tháp master is split in the pane, the package
 * bytes are filled in Node with ExcelJS as agencies would, and the returned files (two that
 * disagree on the shared row 2.1, one with a changed target, a corrupt one, a foreign one) are
 * consolidated into the open workbook.
 */
describe("sharing from the task pane (fake Excel)", () => {
  const { fake, session } = setup(18);
  let files: Map<string, PackageFile>;
  let splitSyncs = 0;
  let splitRequests = 0;
  let inputs: PackageInput[];
  let mergeSyncs = 0;
  let outcome: Awaited<ReturnType<typeof consolidatePackages>>;
  /** The session's clock at a time in Viet Nam ("2027-11-20 09:15"), as `Date.now()` would give it then. */
  const clockAt = (stamp: string) => {
    const instant = Date.parse(`${stamp.replace(" ", "T")}:00+07:00`);
    session.now = () => instant;
  };
  const HYPERLINK = '=HYPERLINK("http://example.com","bấm vào")';

  const cell = (kind: "indicators" | "tasks", rowId: string, key: string) => {
    const at = placeOf(session, kind, rowId, key);
    return fake.workbook.sheet(at.sheet).get(at.row, at.col);
  };

  beforeAll(async () => {
    await dongThapMaster(fake, session);
    fake.resetCounts();
    clockAt("2027-11-01 08:00");
    const split = await run(fake, (ctx) => splitForDownload(ctx, session, { year: 2027 }));
    splitSyncs = fake.syncs;
    splitRequests = fake.requests.length;
    if (split.kind !== "split") throw new Error("split failed");
    files = new Map(split.files.map((f) => [f.fileName, f]));

    const yTe = await PackageBook.open(files.get("so-y-te.xlsx")!.bytes);
    yTe.set("indicators", "7.2", "actual:2027", "74,9").set("indicators", "7.2", "actual:2026", "74,6").set("indicators", "7.3", "note", HYPERLINK);
    yTe.set("indicators", "7.1", "actual:2026", "1,65");
    // The department corrects 7.1 in the open master after the split: both changed it.
    const at71 = placeOf(session, "indicators", "7.1", "actual:2026");
    fake.workbook.sheet(at71.sheet).values.set(`${at71.row},${at71.col}`, "1,63");
    const ldtbxh = await PackageBook.open(files.get("so-lao-dong-thuong-binh-va-xa-hoi.xlsx")!.bytes);
    ldtbxh.set("indicators", "2.1", "actual:2027", "2,5").set("indicators", "2.5", "actual:2027", "abc");
    const thongKe = await PackageBook.open(files.get("cuc-thong-ke-tinh.xlsx")!.bytes);
    thongKe.set("indicators", "2.1", "actual:2027", "2,7");
    const gddt = await PackageBook.open(files.get("so-giao-duc-va-dao-tao.xlsx")!.bytes);
    gddt.set("indicators", "6.1", "actual:2027", 100).set("indicators", "6.1", "target:2025", "90");
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet("Sheet1").getCell("A1").value = "Báo cáo khác";
    const corrupt = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    const named: [string, Uint8Array][] = [
      ["so-y-te.xlsx", await yTe.bytes()],
      ["so-lao-dong-thuong-binh-va-xa-hoi.xlsx", await ldtbxh.bytes()],
      ["cuc-thong-ke-tinh.xlsx", await thongKe.bytes()],
      ["so-giao-duc-va-dao-tao.xlsx", await gddt.bytes()],
      ["hong.xlsx", corrupt],
      ["ghi-chu.xlsx", new TextEncoder().encode("không phải tệp Excel")],
      ["bao-cao-khac.xlsx", new Uint8Array(await foreign.xlsx.writeBuffer())],
    ];
    inputs = [];
    for (const [name, bytes] of named) inputs.push(await readPackageFile(name, bytes));
    fake.resetCounts();
    clockAt("2027-11-20 09:15");
    outcome = await run(fake, (ctx) => consolidatePackages(ctx, session, inputs));
    mergeSyncs = fake.syncs;
  }, 120_000);

  it("reads the master in one request, records the packages in it, and makes one .xlsx per lead agency", () => {
    expect(splitSyncs).toBeLessThanOrEqual(3);
    expect(splitRequests).toBeLessThanOrEqual(3);
    expect(files.size).toBe(21);
    for (const f of files.values()) expect(f.fileName).toMatch(/^[a-z0-9-]+\.xlsx$/);
    expect(files.get("so-y-te.xlsx")!.agencyName).toBe("Sở Y tế");
    const record = fake.workbook.sheet(SPLIT_SHEET);
    expect(record.visibility).not.toBe("Visible");
    expect(record.protection.protected).toBe(true);
  });

  it("each package opens with ExcelJS in Node and holds only the agency's rows", async () => {
    const thongKe = await PackageBook.open(files.get("cuc-thong-ke-tinh.xlsx")!.bytes);
    expect(thongKe.rowIds("indicators")).toEqual(["2.1", "2.2", "2.3", "2.4"]);
    expect(thongKe.rowIds("tasks")).toEqual([]);
    const yTe = await PackageBook.open(files.get("so-y-te.xlsx")!.bytes);
    expect(yTe.rowIds("indicators")).toContain("7.2");
    expect(yTe.rowIds("indicators")).not.toContain("2.1");
    // The master's values on those rows are copied in.
    expect(yTe.get("indicators", "7.2", "actual:2025")).toBe("74,5");
  });

  it("consolidates in a few requests: new values and corrections taken, the department's value kept and marked", () => {
    expect(outcome.kind).toBe("merged");
    expect(mergeSyncs).toBeLessThanOrEqual(5);
    expect(cell("indicators", "7.2", "actual:2027")).toBe("74,9");
    expect(cell("indicators", "7.2", "actual:2026")).toBe("74,6");
    expect(cell("indicators", "7.1", "actual:2026")).toBe("1,63");
    const at = placeOf(session, "indicators", "7.1", "actual:2026");
    expect(String(fake.workbook.sheet(at.sheet).fills.get(`${at.row},${at.col}`)).toUpperCase()).toContain(CONFLICT_FILL.slice(1).toUpperCase());
    expect(cell("indicators", "2.1", "actual:2027")).toBe("");
    expect(cell("indicators", "2.5", "actual:2027")).toBe("");
    expect(cell("indicators", "6.1", "actual:2027")).toBe("");
    // Target cells are text ("@", set before the values): "100" stays as printed, like "7.10" and "6.100".
    expect(cell("indicators", "6.1", "target:2025")).toBe("100");
    expect(fake.violations).toEqual([]);
  });

  it("writes formula-like text as text", () => {
    const at = placeOf(session, "indicators", "7.3", "note");
    const sheet = fake.workbook.sheet(at.sheet);
    expect(sheet.get(at.row, at.col)).toBe(HYPERLINK);
    expect(sheet.formulas.has(`${at.row},${at.col}`)).toBe(false);
  });

  it("lists the conflicts with both values and who sent them, in the Xung đột sheet too", () => {
    if (outcome.kind !== "merged") throw new Error("not merged");
    const r = outcome.result;
    expect(r.conflicts.map((c) => [c.kind, c.rowId, c.column, c.masterValue, c.packageValue, c.source]).sort()).toEqual([
      ["master", "7.1", "actual:2026", "1,63", "1,65", "so-y-te.xlsx"],
      ["packages", "2.1", "actual:2027", null, "2,5", "so-lao-dong-thuong-binh-va-xa-hoi.xlsx"],
      ["packages", "2.1", "actual:2027", null, "2,7", "cuc-thong-ke-tinh.xlsx"],
    ]);
    expect(fake.workbook.sheet(CONFLICT_SHEET).usedBox(true)!.rows).toBe(4);
  });

  it("holds back the invalid value and builds the agency's return file from the file it sent", async () => {
    if (outcome.kind !== "merged") throw new Error("not merged");
    const [note] = outcome.result.returns;
    expect(note.items.map((h) => [h.rowId, h.value])).toEqual([["2.5", "abc"]]);
    const back = await returnFile(note, await (await PackageBook.open(files.get("so-lao-dong-thuong-binh-va-xa-hoi.xlsx")!.bytes)).bytes());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(back.bytes as unknown as ArrayBuffer);
    expect(book.worksheets[0].name).toBe(RETURN_SHEET);
  });

  it("resolves a conflict with one click: the value taken, logged with who and why", async () => {
    const open = await run(fake, (ctx) => listConflicts(ctx, session));
    if (open.kind !== "conflicts") throw new Error("no list");
    const pick = open.conflicts.find((c) => c.rowId === "7.1")!;
    clockAt("2027-11-21 08:00");
    const r = await run(fake, (ctx) => resolveInWorkbook(ctx, session, { id: pick.id, take: "package", by: "Chuyên viên B", reason: "Sở Y tế xác nhận" }));
    if (r.kind !== "resolved") throw new Error(JSON.stringify(r));
    expect(cell("indicators", "7.1", "actual:2026")).toBe("1,65");
    expect(r.conflicts.map((c) => c.rowId)).toEqual(["2.1", "2.1"]);
    const log = fake.workbook.sheet(SHEETS.log);
    const last = log.read(log.usedBox(true)!).at(-1)!.map(String);
    expect([last[1], last[6]]).toEqual(["Chuyên viên B", "1,65"]);
    expect(fake.violations).toEqual([]);
  });

  it("rejects the changed target, the corrupt file and the foreign ones, saying why", () => {
    if (outcome.kind !== "merged") throw new Error("not merged");
    const r = outcome.result;
    const by = (name: string) => r.rejected.find((x) => x.source === name)!;
    expect(r.rejected.map((x) => x.source).sort()).toEqual(["bao-cao-khac.xlsx", "ghi-chu.xlsx", "hong.xlsx", "so-giao-duc-va-dao-tao.xlsx"]);
    const [gd, corrupt, text, foreign] = ["so-giao-duc-va-dao-tao.xlsx", "hong.xlsx", "ghi-chu.xlsx", "bao-cao-khac.xlsx"].map(by);
    expect(gd.reason.vi).toContain("Dòng 6.1, cột Mục tiêu đến năm 2025: «100» đổi thành «90»");
    expect(corrupt.reason.code).toBe("share.reject.unreadable");
    expect(corrupt.reason.vi).toContain("hong.xlsx");
    expect(corrupt.reason.vi).toContain("bị hỏng hoặc không phải tệp Excel");
    expect(text.reason.code).toBe("share.reject.unreadable");
    expect(foreign.reason.vi).toContain("bao-cao-khac.xlsx");
    expect(r.missingAgencies.map((a) => a.id)).toContain("so-gddt");
    expect(r.missingAgencies).toHaveLength(21 - 3);
  });

  it("appends the Nhật ký rows: writes, conflicts, the hold, refusals and one receipt per package", () => {
    const log = fake.workbook.sheet(SHEETS.log);
    const box = log.usedBox(true)!;
    const rows = log.read(box).slice(1).map((r) => r.map(String));
    expect(rows).toContainEqual(["2027-11-20 09:15", "Sở Y tế", "Chỉ tiêu", "7.2", "Thực hiện năm 2027", "", "74,9", expect.stringMatching(/^so-y-te\.xlsx \(so-y-te#/)]);
    expect(rows.filter((r) => r[7].startsWith("⚠ Xung đột"))).toHaveLength(3);
    expect(rows.filter((r) => r[7].startsWith("⛔ Giữ lại"))).toHaveLength(1);
    expect(rows.filter((r) => r[7].startsWith("⛔ Gói bị từ chối"))).toHaveLength(4);
    expect(rows.filter((r) => r[2] === "" && !r[7].startsWith("⛔")).map((r) => r[1]).sort()).toEqual(
      ["Cục Thống kê tỉnh", "Sở Lao động - Thương binh và Xã hội", "Sở Y tế"].sort(),
    );
  });

  it("consolidating the same files again changes nothing (the protected log included)", async () => {
    const before = JSON.stringify([...fake.workbook.sheet(SHEETS.log).values]);
    fake.resetCounts();
    clockAt("2027-11-21 10:00");
    const again = await run(fake, (ctx) => consolidatePackages(ctx, session, inputs));
    if (again.kind !== "merged") throw new Error("not merged");
    expect(again.result.merged).toEqual([]);
    expect(again.result.patch).toEqual([]);
    expect(fake.syncs).toBeLessThanOrEqual(2);
    expect(JSON.stringify([...fake.workbook.sheet(SHEETS.log).values])).toBe(before);
  });

  it("a package returned later is appended below the protected log", async () => {
    const log = fake.workbook.sheet(SHEETS.log);
    expect(log.protection.protected).toBe(true);
    const rowsBefore = log.usedBox(true)!.rows;
    const bhxh = await PackageBook.open(files.get("bao-hiem-xa-hoi-tinh.xlsx")!.bytes);
    bhxh.set("indicators", "4.3", "actual:2027", 92.4);
    const input = await readPackageFile("bao-hiem-xa-hoi-tinh.xlsx", await bhxh.bytes());
    fake.resetCounts();
    clockAt("2027-11-23 08:00");
    const out = await run(fake, (ctx) => consolidatePackages(ctx, session, [input]));
    if (out.kind !== "merged") throw new Error("not merged");
    expect(fake.syncs).toBeLessThanOrEqual(4);
    expect(cell("indicators", "4.3", "actual:2027")).toBe(92.4);
    expect(log.usedBox(true)!.rows).toBe(rowsBefore + 2);
    expect(log.protection.protected).toBe(true);
    expect(out.result.missingAgencies).toHaveLength(21 - 4);
    expect(fake.violations).toEqual([]);
  });

  it("a file set with only a corrupt file changes nothing in the workbook", async () => {
    const snapshot = fake.workbook.sheets.map((s) => [s.name, JSON.stringify([...s.values])]);
    const bad = await readPackageFile("hong-lan-2.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9]));
    clockAt("2027-11-22 10:00");
    const out = await run(fake, (ctx) => consolidatePackages(ctx, session, [bad]));
    if (out.kind !== "merged") throw new Error("not merged");
    expect(out.result.rejected).toHaveLength(1);
    expect(out.result.accepted).toBe(0);
    // Only the refusal's row in the log.
    const changed = fake.workbook.sheets.map((s) => [s.name, JSON.stringify([...s.values])]).filter((x, i) => JSON.stringify(x) !== JSON.stringify(snapshot[i]));
    expect(changed.map((x) => x[0])).toEqual([SHEETS.log]);
  });
});
