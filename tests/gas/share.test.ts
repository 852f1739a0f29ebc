import { AGENCY_COLUMNS, SHEETS } from "../../core/layout";
import { CONFLICT_FILL, CONFLICT_SHEET, readStamp, RETURN_SHEET, SPLIT_SHEET, STAMP_SHEET } from "../../core/share";
import { openTrackingWorkbook } from "../../core/workbook";
import * as main from "../../gas/main";
import { setClock } from "../../gas/clock";
import { SHARE_MARK, SHARE_KEYS, DRIVE_FILE, SPREADSHEETS } from "../../gas/share";
import { sheetReader } from "../../gas/share/reader";
import { CopiesSchema, readJson } from "../../gas/share/store";
import { WRITE_METHODS } from "./fake/call-log";
import { FAKE_OWNER, FOLDER_MIME, type FakeGas, type FakeProtection, type FakeSheet, type FakeSpreadsheet } from "./fake";
import { installFake, uninstallFake } from "./helpers";

/**
 * Issue 7.3 on the fake, the whole path: a Đồng Tháp master with focal e-mails → (a) per-agency
 * protections → (b) copies in a Drive folder → agencies type into their copies → consolidate,
 * cut short by the time budget and resumed.
 */
const EMAILS: Record<string, string> = {
  "so-ldtbxh": "ldtbxh@dongthap.gov.vn",
  "cuc-thong-ke": "thongke@dongthap.gov.vn; tk.phong2@dongthap.gov.vn",
  "so-y-te": "yte@dongthap.gov.vn",
  "so-gddt": "gddt@dongthap.gov.vn",
};

let clock = 0;
type Ok<T> = T extends { ok: true; value: infer V } ? V : never;
function ok<T extends { ok: boolean }>(r: T): Ok<T> {
  if (!r.ok) throw new Error(`rpc failed: ${JSON.stringify(r)}`);
  return (r as unknown as { value: Ok<T> }).value;
}

/** Runs an rpc until it says done (each call is one Apps Script run), returning every answer. */
function untilDone<T extends { ok: boolean }>(run: () => T, max = 40): Ok<T>[] {
  const out: Ok<T>[] = [];
  for (let i = 0; i < max; i++) {
    const v = ok(run()) as Ok<T> & { done: boolean };
    out.push(v);
    if (v.done) return out;
  }
  throw new Error("never done");
}

function typeEmails(fake: FakeGas): void {
  const sheet = fake.spreadsheet.sheet(SHEETS.agencies);
  const col = AGENCY_COLUMNS.indexOf("email");
  fake.log.asUser(() => {
    for (let r = 1; r < 40; r++) {
      const id = sheet.value(r, 0);
      if (typeof id === "string" && EMAILS[id]) sheet.getRange(r + 1, col + 1, 1, 1).setValues([[EMAILS[id]]]);
    }
  });
}

/** Sheet, 0-based row and column of a plan row's cell in a tracking spreadsheet (master or copy). */
function place(fake: FakeGas, ss: FakeSpreadsheet, rowId: string, key: string): { sheet: FakeSheet; row: number; col: number } {
  const wb = fake.log.asUser(() => openTrackingWorkbook(sheetReader(ss))).workbook!;
  const layout = wb.meta.indicatorLayout;
  const row = wb.indicatorRecords.find((r) => r.rowId === rowId)!.row;
  const col = layout.columns.find((c) => c.key === key)!.col;
  return { sheet: ss.sheet(layout.sheet), row, col };
}

function typeInto(fake: FakeGas, ss: FakeSpreadsheet, rowId: string, key: string, value: unknown): void {
  const { sheet, row, col } = place(fake, ss, rowId, key);
  fake.log.asUser(() => sheet.getRange(row + 1, col + 1, 1, 1).setValues([[value]]));
}

const cellOf = (fake: FakeGas, ss: FakeSpreadsheet, rowId: string, key: string): unknown => {
  const { sheet, row, col } = place(fake, ss, rowId, key);
  return sheet.value(row, col);
};

function covering(sheet: FakeSheet, row: number, col: number): FakeProtection[] {
  return sheet.protections.filter((p) => {
    const r = p.range;
    return r !== null && r.row - 1 <= row && row < r.row - 1 + r.numRows && r.column - 1 <= col && col < r.column - 1 + r.numColumns;
  });
}

describe("sharing the Đồng Tháp master with its agencies (issue 7.3)", () => {
  let fake: FakeGas;
  beforeAll(() => {
    fake = installFake();
    clock = Date.UTC(2027, 10, 1, 1, 0); // 2027-11-01 08:00 in Viet Nam
    setClock(() => clock);
    ok(main.rpcCreateFromTemplate({ templateId: "dong-thap-328-2024", replace: false }));
    typeEmails(fake);
    // The master is already shared with some agencies: new protections start with them as editors.
    fake.spreadsheet.fileEditors = ["ldtbxh@dongthap.gov.vn", "yte@dongthap.gov.vn", "gddt@dongthap.gov.vn"];
  });
  afterAll(() => {
    setClock(null);
    uninstallFake();
    delete (globalThis as Record<string, unknown>).Drive;
  });

  describe("(a) one shared master", () => {
    let answer: Ok<ReturnType<typeof main.rpcShareProtect>>;
    beforeAll(() => {
      fake.log.reset();
      answer = untilDone(() => main.rpcShareProtect({})).pop()!;
    });

    it("lets both lead agencies of the shared row 2.1 edit its reporting cells, the owner kept", () => {
      const { sheet, row, col } = place(fake, fake.spreadsheet, "2.1", "actual:2027");
      const ours = covering(sheet, row, col).filter((p) => p.description.startsWith(SHARE_MARK));
      expect(ours).toHaveLength(1);
      const [p] = ours;
      expect(p.warningOnly).toBe(false);
      expect([...p.editors].sort()).toEqual([FAKE_OWNER, "ldtbxh@dongthap.gov.vn", "thongke@dongthap.gov.vn", "tk.phong2@dongthap.gov.vn"].sort());
      expect(p.description).toBe("Chỉ Tiêu · Cục Thống kê tỉnh; Sở Lao động - Thương binh và Xã hội: dòng 7-10, cột H:V");
      // Sở Y tế, a file editor already, is removed from it; it edits its own row 7.1.
      const yTe = place(fake, fake.spreadsheet, "7.1", "actual:2027");
      const mine = covering(yTe.sheet, yTe.row, yTe.col).filter((x) => x.description.startsWith(SHARE_MARK));
      expect(mine.map((x) => x.editors)).toEqual([[FAKE_OWNER, "yte@dongthap.gov.vn"]]);
    });

    it("protects the plan columns for everyone but the owner, without a warning-only escape", () => {
      const { sheet, row, col } = place(fake, fake.spreadsheet, "2.1", "target:2025");
      const ours = covering(sheet, row, col).filter((p) => p.description.startsWith(SHARE_MARK));
      expect(ours.map((p) => [p.editors, p.warningOnly, p.domainEdit])).toEqual([[[FAKE_OWNER], false, false]]);
      const log = fake.spreadsheet.sheet(SHEETS.agencies).protections.filter((p) => p.description.startsWith(SHARE_MARK));
      expect(log.map((p) => p.editors)).toEqual([[FAKE_OWNER]]);
    });

    it("lists the agencies without a focal e-mail (nobody but the owner edits their rows yet)", () => {
      expect(answer.withoutEmail).toContain("Sở Xây dựng");
      expect(answer.withoutEmail).not.toContain("Sở Y tế");
      expect(answer.agencies).toContainEqual({ name: "Cục Thống kê tỉnh", emails: ["thongke@dongthap.gov.vn", "tk.phong2@dongthap.gov.vn"] });
      expect(answer.message.vi).toContain(`${answer.withoutEmail.length} đơn vị chưa có e-mail đầu mối`);
      const xd = place(fake, fake.spreadsheet, "9.1", "actual:2027");
      const theirs = covering(xd.sheet, xd.row, xd.col).filter((p) => p.description.startsWith(SHARE_MARK));
      expect(theirs.map((p) => p.editors)).toEqual([[FAKE_OWNER]]);
    });

    it("needs no Drive scope, and running it again replaces its protections instead of adding more", () => {
      expect(fake.scopeRequests).toEqual([]);
      const before = fake.spreadsheet.sheets.reduce((n, s) => n + s.protections.length, 0);
      ok(main.rpcShareProtect({}));
      expect(fake.spreadsheet.sheets.reduce((n, s) => n + s.protections.length, 0)).toBe(before);
    });
  });

  describe("(b) copies in a Drive folder, then consolidation", () => {
    let runs: Ok<ReturnType<typeof main.rpcShareCopies>>[];
    const copyOf = (agencyId: string): FakeSpreadsheet => {
      const reg = readJson(fake.properties, SHARE_KEYS.copies, CopiesSchema)!;
      const rec = reg.copies.find((c) => c.agencyId === agencyId)!;
      return fake.Drive.spreadsheets.get(rec.fileId)!;
    };
    // Every write the sharing actions make (master and copies) must hold the document lock.
    const unlocked: string[] = [];
    beforeAll(() => {
      const record = fake.log.record.bind(fake.log);
      fake.log.record = (target, method, where) => {
        if (fake.log.recording && WRITE_METHODS.has(method) && !fake.lock.held) unlocked.push(`${method} ${where}`);
        record(target, method, where);
      };
    });
    afterAll(() => {
      expect(unlocked).toEqual([]);
    });
    beforeAll(() => {
      fake.log.reset();
      // Each Drive call or file opened costs 40 s of the run's budget: several runs are needed.
      fake.Drive.onCall = () => {
        clock += 40_000;
      };
      runs = untilDone(() => main.rpcShareCopies({ notify: false, withCoordinated: false }));
    });

    it("asks for the Drive scopes at run time, for this action only", () => {
      expect(fake.scopeRequests[0]).toEqual({ mode: "FULL", scopes: [DRIVE_FILE, SPREADSHEETS] });
    });

    it("makes one spreadsheet per lead agency in one folder, over several runs within the time budget", () => {
      expect(runs.length).toBeGreaterThan(2);
      expect(runs.slice(0, -1).every((r) => !r.done && r.message.vi.includes("tiến độ đã được lưu"))).toBe(true);
      const last = runs[runs.length - 1];
      expect(last.copies).toHaveLength(21);
      expect(fake.Drive.folders.size).toBe(1);
      const [folderId, folder] = [...fake.Drive.folders][0];
      expect(folder.name).toBe("Chỉ Tiêu — 328/KH-UBND — bản sao cho các đơn vị");
      for (const c of last.copies) expect(fake.Drive.spreadsheets.get(c.fileId)!.parents).toEqual([folderId]);
      expect(fake.log.calls.filter((c) => c.target === "Drive.Files" && c.method === "create")).toHaveLength(22);
      expect(copyOf("so-y-te").name).toBe("328/KH-UBND — Sở Y tế");
      expect(fake.log.calls.some((c) => c.method === "create" && c.where === FOLDER_MIME)).toBe(false);
    });

    it("builds each copy from the agency's package: other agencies' rows and the master's record do not leak", () => {
      const copy = copyOf("so-y-te");
      const rows = openTrackingWorkbook(sheetReader(copy)).workbook!.indicatorRecords.map((r) => r.rowId);
      expect(rows).toContain("7.1");
      expect(rows).not.toContain("2.1");
      expect(readStamp(sheetReader(copy)(STAMP_SHEET)).stamp!.agencyId).toBe("so-y-te");
      expect(copy.sheets.map((s) => s.name)).not.toContain("Trang tính1");
      expect(copy.sheets.map((s) => s.name)).not.toContain(SPLIT_SHEET);
    });

    it("records every copy it made in the master's hidden record, under the document lock", () => {
      const record = fake.spreadsheet.getSheetByName(SPLIT_SHEET);
      expect(record).not.toBeNull();
      expect(record!.isSheetHidden()).toBe(true);
      const reg = readJson(fake.properties, SHARE_KEYS.copies, CopiesSchema)!;
      const text = JSON.stringify(sheetReader(fake.spreadsheet)(SPLIT_SHEET));
      for (const c of reg.copies) expect(text).toContain(c.packageId);
      expect(fake.lock.held).toBe(false);
    });

    it("shares with the focal e-mails without notification, and tracks every copy in the properties", () => {
      const perms = fake.Drive.permissions;
      expect(perms.map((p) => p.emailAddress).sort()).toEqual(
        ["ldtbxh@dongthap.gov.vn", "thongke@dongthap.gov.vn", "tk.phong2@dongthap.gov.vn", "yte@dongthap.gov.vn", "gddt@dongthap.gov.vn"].sort(),
      );
      expect(perms.every((p) => p.sendNotificationEmail === false && p.role === "writer" && p.type === "user")).toBe(true);
      const reg = readJson(fake.properties, SHARE_KEYS.copies, CopiesSchema)!;
      expect(reg.copies).toHaveLength(21);
      const yTe = reg.copies.find((c) => c.agencyId === "so-y-te")!;
      expect(yTe).toMatchObject({ agencyName: "Sở Y tế", created: "2027-11-01 08:00", sharedWith: ["yte@dongthap.gov.vn"], complete: true });
      expect(yTe.packageId).toMatch(/^[0-9a-f]{16}$/);
      expect(fake.properties.data.has(SHARE_KEYS.copiesJob)).toBe(false);
      expect(runs[runs.length - 1].withoutEmail).toContain("Sở Xây dựng");
    });

    it("re-applies the protections on each copy: plan columns for the owner only, though the agency is an editor of the file", () => {
      const copy = copyOf("so-y-te");
      expect(copy.fileEditors).toEqual(["yte@dongthap.gov.vn"]);
      const { sheet, row, col } = place(fake, copy, "7.1", "target:2025");
      const ps = covering(sheet, row, col).filter((p) => !p.warningOnly);
      expect(ps.length).toBeGreaterThan(0);
      expect(ps.every((p) => p.editors.length === 1 && p.editors[0] === FAKE_OWNER)).toBe(true);
      const open = place(fake, copy, "7.1", "actual:2027");
      expect(covering(open.sheet, open.row, open.col)).toEqual([]);
    });

    describe("consolidate, cut short by the time budget and resumed", () => {
      let passes: Ok<ReturnType<typeof main.rpcShareConsolidate>>[];
      const opened = new Map<string, number>();
      beforeAll(() => {
        typeInto(fake, copyOf("so-ldtbxh"), "2.1", "actual:2027", "2,5");
        typeInto(fake, copyOf("so-ldtbxh"), "2.2", "actual:2027", "2,9");
        typeInto(fake, copyOf("cuc-thong-ke"), "2.1", "actual:2027", "2,7"); // disagrees on the shared row
        typeInto(fake, copyOf("so-y-te"), "7.1", "actual:2027", "1,58");
        // Typed as text (a leading apostrophe), formula-like: it must reach the master as text.
        typeInto(fake, copyOf("so-y-te"), "7.2", "note", `'=HYPERLINK("http://x.vn","<b>bấm</b>")`);
        typeInto(fake, copyOf("so-gddt"), "6.1", "actual:2027", 100);
        typeInto(fake, copyOf("so-gddt"), "6.1", "target:2025", "90"); // a changed target: rejected
        typeInto(fake, copyOf("so-y-te"), "7.3", "actual:2027", "abc"); // invalid: held back, returned
        fake.log.reset();
        fake.Drive.onCall = () => {
          clock += 100_000;
        };
        passes = untilDone(() => main.rpcShareConsolidate({ restart: false }));
        for (const c of fake.log.calls.filter((x) => x.method === "openById")) opened.set(c.where, (opened.get(c.where) ?? 0) + 1);
      });

      it("takes several runs, reading each copy exactly once", () => {
        expect(passes.length).toBeGreaterThan(2);
        expect(passes[0]).toMatchObject({ done: false, processed: 3, total: 21 });
        expect(fake.scopeRequests[fake.scopeRequests.length - 1]).toEqual({ mode: "FULL", scopes: [SPREADSHEETS] });
        expect(opened.size).toBe(21);
        expect([...opened.values()].every((n) => n === 1)).toBe(true);
      });

      it("writes the new values into the master, formula-like text as text; the disagreement on 2.1 stays empty", () => {
        const ss = fake.spreadsheet;
        expect(cellOf(fake, ss, "2.1", "actual:2027")).toBeNull();
        expect(cellOf(fake, ss, "7.3", "actual:2027")).toBeNull();
        expect(cellOf(fake, ss, "2.2", "actual:2027")).toBe("2,9");
        expect(cellOf(fake, ss, "7.1", "actual:2027")).toBe("1,58");
        expect(cellOf(fake, ss, "7.2", "note")).toBe('=HYPERLINK("http://x.vn","<b>bấm</b>")');
        expect(ss.sheet(SHEETS.indicators).store.formulas.size).toBe(0);
        expect(cellOf(fake, ss, "6.1", "actual:2027")).toBeNull();
        expect(cellOf(fake, ss, "6.1", "target:2025")).toBe("100");
      });

      it("marks the conflict on 2.1 in the master and lists both values in the Xung đột sheet", () => {
        const { sheet, row, col } = place(fake, fake.spreadsheet, "2.1", "actual:2027");
        expect(sheet.getRange(row + 1, col + 1, 1, 1).getBackgrounds()[0][0].toUpperCase()).toBe(CONFLICT_FILL.toUpperCase());
        const lines = sheet.getRange(row + 1, col + 1, 1, 1).getNotes()[0][0].split("\n");
        expect(lines).toHaveLength(2);
        expect(lines.every((l) => /^⚠ Xung đột #\d: /.test(l))).toBe(true);
        expect(lines.join(" ")).toMatch(/Sở Lao động - Thương binh và Xã hội gửi «2,5»/);
        expect(lines.join(" ")).toMatch(/Cục Thống kê tỉnh gửi «2,7»/);
        const rows = sheetReader(fake.spreadsheet)(CONFLICT_SHEET)!;
        expect(rows.slice(1).map((r) => r[9]).sort()).toEqual(["2,5", "2,7"]);
      });

      it("returns the invalid value to Sở Y tế in its own copy: the cell marked, a «Cần sửa» sheet first", () => {
        const copy = copyOf("so-y-te");
        expect(copy.sheets[0].getName()).toBe(RETURN_SHEET);
        const { sheet, row, col } = place(fake, copy, "7.3", "actual:2027");
        expect(sheet.getRange(row + 1, col + 1, 1, 1).getNotes()[0][0]).toContain("⚠ Cần sửa: Dòng 7.3");
      });

      it("shows the conflict on 2.1, the held value, the rejected copy's reason, the agencies missing and the errors", () => {
        const last = passes[passes.length - 1];
        expect(last.merged).toBe(3);
        expect(last.conflictCount).toBe(2);
        expect(last.conflicts.map((c) => c.vi).join(" ")).toContain("«2,7»");
        expect(last.heldCount).toBe(1);
        expect(last.held[0].vi).toMatch(/^Sở Y tế: Dòng 7\.3, cột Thực hiện năm 2027: giá trị «abc» không hợp lệ/);
        expect(last.errors.before.vi).toMatch(/^(không còn lỗi|\d+ lỗi)/);
        expect(last.errors.after.vi).toMatch(/^(không còn lỗi|\d+ lỗi)/);
        expect(last.rejected).toHaveLength(1);
        expect(last.rejected[0].agency).toBe("Sở Giáo dục và Đào tạo");
        expect(last.rejected[0].reason.vi).toContain("Dòng 6.1, cột Mục tiêu đến năm 2025: «100» đổi thành «90»");
        expect(last.missing).toContain("Sở Xây dựng");
        expect(last.missing).toContain("Sở Giáo dục và Đào tạo");
        expect(last.missing).not.toContain("Sở Y tế");
        expect(last.untouched).toHaveLength(21 - 4);
        expect(last.message.vi).toContain("3 giá trị mới, 2 xung đột");
        expect(fake.properties.data.has(SHARE_KEYS.consolidateJob)).toBe(false);
      });

      it("logs every write and the conflict once in Nhật ký, and a second consolidation adds nothing", () => {
        const log = fake.spreadsheet.sheet(SHEETS.log);
        const rows = () => {
          const out: string[][] = [];
          for (let r = 1; r < 100; r++) {
            const line = Array.from({ length: 8 }, (_, c) => String(log.value(r, c) ?? ""));
            if (line.every((c) => c === "")) break;
            out.push(line);
          }
          return out;
        };
        const first = rows();
        expect(first.filter((r) => r[3] === "2.1" && r[6] === "2,5" && r[7].startsWith("⚠"))).toHaveLength(1);
        expect(first.filter((r) => r[3] === "2.1" && r[6] === "2,7" && r[7].startsWith("⚠"))).toHaveLength(1);
        expect(first.filter((r) => r[3] === "7.1" && r[6] === "1,58" && r[1] === "Sở Y tế")).toHaveLength(1);
        expect(first.filter((r) => r[7].startsWith("⛔ Gói bị từ chối")).map((r) => r[1])).toEqual(["Sở Giáo dục và Đào tạo"]);
        // 3 writes (2.2, 7.1, 7.2) + 2 conflicts + 1 held + 1 refusal + 3 receipts (LĐTBXH, Thống kê, Y tế).
        expect(first).toHaveLength(10);
        // A fresh consolidation (restart on the first call only, then continue).
        let first_ = true;
        const again = untilDone(() => {
          const r = main.rpcShareConsolidate({ restart: first_ });
          first_ = false;
          return r;
        }).pop()!;
        expect(again.merged).toBe(0);
        expect(rows()).toEqual(first);
      });

      it("resolves a conflict with one call: the value taken, the cell unmarked, who and why logged", () => {
        const open = ok(main.rpcShareConflicts({})).conflicts;
        expect(open.map((c) => [c.row, c.value]).sort()).toEqual([
          ["2.1", "2,5"],
          ["2.1", "2,7"],
        ]);
        const pick = open.find((c) => c.value === "2,7")!;
        const r = ok(main.rpcShareResolve({ id: pick.id, take: "package", by: "chuyenvien@dongthap.gov.vn", reason: "Số liệu chính thức của Cục Thống kê" }));
        expect(r.conflicts).toEqual([]);
        expect(r.message.vi).toContain("đã ghi «2,7» của Cục Thống kê tỉnh");
        expect(cellOf(fake, fake.spreadsheet, "2.1", "actual:2027")).toBe("2,7");
        const { sheet, row, col } = place(fake, fake.spreadsheet, "2.1", "actual:2027");
        expect(sheet.getRange(row + 1, col + 1, 1, 1).getNotes()[0][0]).toBe("");
        const bad = main.rpcShareResolve({ id: pick.id, take: "master", by: "x", reason: "y" });
        expect(bad.ok).toBe(false);
      });

      it("a consolidation stopped by the time limit in the middle of its writes is resumed without a value unlogged or logged twice", () => {
        typeInto(fake, copyOf("bhxh-tinh"), "4.3", "actual:2027", 92.4);
        const indicators = fake.spreadsheet.sheet(SHEETS.indicators);
        const getRange = indicators.getRange.bind(indicators);
        let killed = false;
        // Apps Script stops the run at the first value written into the indicator sheet.
        indicators.getRange = ((r: number, c: number, nr: number, nc: number) => {
          const range = getRange(r, c, nr, nc);
          const setValues = range.setValues.bind(range);
          range.setValues = (v: unknown[][]) => {
            if (!killed) {
              killed = true;
              throw new Error("Exceeded maximum execution time");
            }
            return setValues(v);
          };
          return range;
        }) as typeof indicators.getRange;
        let answer = main.rpcShareConsolidate({ restart: true });
        for (let i = 0; i < 40 && answer.ok && !answer.value.done; i++) answer = main.rpcShareConsolidate({ restart: false });
        expect(answer.ok).toBe(false);
        indicators.getRange = getRange;
        expect(killed).toBe(true);
        expect(fake.lock.held).toBe(false);
        expect(cellOf(fake, fake.spreadsheet, "4.3", "actual:2027")).toBeNull();
        // The log rows were written before the run stopped.
        const logged = () =>
          sheetReader(fake.spreadsheet)(SHEETS.log)!.filter((r) => r[3] === "4.3" && r[6] === 92.4 && !String(r[7]).startsWith("⚠"));
        expect(logged()).toHaveLength(1);
        untilDone(() => main.rpcShareConsolidate({ restart: false }));
        expect(cellOf(fake, fake.spreadsheet, "4.3", "actual:2027")).toBe(92.4);
        expect(logged()).toHaveLength(1);
      });
    });
  });
});
