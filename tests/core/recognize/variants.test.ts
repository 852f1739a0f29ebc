import { recognizeSheet, recognizeTable, recognizeTables } from "../../../core/recognize";
import type { Cell } from "../../../core/grid";
import { addDongThapAppendix1, BLANK, GridBuilder, M, REPEAT_HEADER, type Row, type RowSpec } from "./seed-grids";

const LD = "Sở Lao động - Thương binh và Xã hội";
const CS = "Các sở, ban, ngành liên quan; UBND các huyện, thành phố";

/** One table: header row(s) then rows, from column `left` after `titleRows` title lines. */
function sheet(header: Row[], rows: RowSpec[], opts: { left?: number; titleRows?: string[] } = {}) {
  const b = new GridBuilder(opts.left ?? 0);
  for (const t of opts.titleRows ?? []) b.title(t, header[0].length);
  for (const h of header) b.push(h);
  b.rows(rows, header);
  return b.build();
}

function kinds(rows: { kind: string }[]): string[] {
  return rows.map((r) => r.kind);
}

describe("header wording variants", () => {
  it("reads Stt / Nội dung / ĐVT / Năm 2025 / Cơ quan chủ trì / Đơn vị phối hợp and ignores a Ghi chú column", () => {
    const s = sheet(
      [["Stt", "Nội dung", "ĐVT", "Năm 2025", "Năm 2030", "Cơ quan chủ trì", "Đơn vị phối hợp", "Ghi chú"]],
      [
        ["I", "Lao động", "", "", "", "", "", ""],
        ["1", "Tỷ lệ thất nghiệp", "%", "<3", "<3", LD, CS, "số liệu 2023"],
      ],
    );
    const t = recognizeTable(s.grid, s.merges);
    expect(t?.kind).toBe("indicators");
    expect(t?.columns.map((c) => c.role)).toEqual(["code", "name", "unit", "target", "target", "lead", "partners", "ignored"]);
    expect(t?.columns[7].header).toBe("Ghi chú");
    expect(t?.areas).toEqual([{ code: "I", name: "Lao động", lead: null, partners: null }]);
    expect(t?.indicators.map((i) => [i.id, i.area, i.unit, i.targets["2030"].raw, i.lead.raw])).toEqual([["I.1", "I", "%", "<3", LD]]);
  });

  it.each([
    [["STT", "CHỈ TIÊU", "ĐƠN VỊ TÍNH", "MỤC TIÊU ĐẾN NĂM 2025", "2030", "CHỦ TRÌ", "PHỐI HỢP"]],
    [["Số TT", "Tên chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2025", "Đến năm 2030", "Đơn vị chủ trì", "Cơ quan phối hợp"]],
    [["stt", "chi tieu", "dvt", "den nam 2025", "nam 2030", "chu tri", "phoi hop"]],
  ])("reads the header %j (case- and accent-insensitive)", (header) => {
    const s = sheet([header], [["1.", "Y tế", "", "", "", "", ""], ["1.1", "Tuổi thọ trung bình", "Tuổi", "74,5", "75", "Sở Y tế", CS]]);
    const t = recognizeTable(s.grid, s.merges);
    expect(t?.columns.map((c) => [c.role, c.year])).toEqual([
      ["code", null],
      ["name", null],
      ["unit", null],
      ["target", 2025],
      ["target", 2030],
      ["lead", null],
      ["partners", null],
    ]);
    expect(t?.indicators[0].targets["2025"].parsed.lo).toBe(74.5);
  });

  it("reads a two-row header pasted without merges (group header over blank cells)", () => {
    const s = sheet(
      [
        ["TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu", "", "Phân công", ""],
        ["", "", "", "2025", "2030", "Chủ trì", "Phối hợp"],
      ],
      [["1.", "Nhà ở", "", "", "", "Sở Xây dựng", CS], ["1.1", "Xây dựng căn hộ nhà ở xã hội", "Căn", "-", "6.100", "", ""]],
    );
    const t = recognizeTable(s.grid, s.merges);
    expect(t?.headerRows).toEqual([0, 1]);
    expect(t?.milestoneYears).toEqual([2025, 2030]);
    expect(t?.columns[3]).toEqual({ col: 3, role: "target", year: 2025, header: "2025" });
    expect(t?.indicators[0].lead.raw).toBe("Sở Xây dựng");
    expect(t?.indicators[0].targets["2030"].parsed.lo).toBe(6100);
  });

  it("reads a task table headed Nội dung / Đơn vị chủ trì / Thời gian hoàn thành", () => {
    const s = sheet(
      [["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]],
      [["I", "TUYÊN TRUYỀN"], ["1", "Tuyên truyền", "Sở Thông tin và Truyền thông", CS, "Hằng năm"]],
    );
    const t = recognizeTable(s.grid, s.merges);
    expect(t?.kind).toBe("tasks");
    expect(t?.tasks.map((x) => [x.id, x.timeframe.timeframe.kind])).toEqual([["I.1", "annual"]]);
  });

  it("skips a column-numbering row under the header", () => {
    const s = sheet([["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"], ["(1)", "(2)", "(3)", "(4)", "(5)"]], [["I", "Chung"], ["1", "Việc", LD, CS, "2025"]]);
    const t = recognizeTable(s.grid, s.merges);
    expect(t?.headerRows).toEqual([0]);
    expect(kinds(t?.rows ?? [])).toEqual(["header", "header", "section", "task"]);
  });
});

describe("layout variants", () => {
  it("reads columns in any order", () => {
    const s = sheet(
      [["Chủ trì", "TT", "Đơn vị tính", "Chỉ tiêu", "Đến năm 2030", "Đến năm 2025", "Phối hợp"]],
      [["", "2.", "", "Lao động", "", "", ""], [LD, "2.1", "%", "Tỷ lệ thất nghiệp", "<4", "<3", CS]],
    );
    const t = recognizeTable(s.grid, s.merges);
    const i = t?.indicators[0];
    expect(i).toMatchObject({ id: "2.1", name: "Tỷ lệ thất nghiệp", unit: "%", area: "2" });
    expect(i?.targets["2025"].raw).toBe("<3");
    expect(i?.targets["2030"].raw).toBe("<4");
    expect(i?.lead.raw).toBe(LD);
    expect(t?.milestoneYears).toEqual([2025, 2030]);
  });

  it("finds a table starting at row 7, column C, after a title block, and ignores cells outside it", () => {
    const b = new GridBuilder(2);
    b.push(["ỦY BAN NHÂN DÂN TỈNH"]).blank().title("PHỤ LỤC I", 7).title("CÁC CHỈ TIÊU CHỦ YẾU", 7).title("(Kèm theo Kế hoạch số 328/KH-UBND)", 7).blank().blank();
    b.push(["TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu", "", "Phân công đơn vị thực hiện", ""]).push([M, M, M, "Đến năm 2025", "Đến năm 2030", "Chủ trì", "Phối hợp"]);
    b.across(7, 3, 2).across(7, 5, 2);
    b.rows([["1.", "Ưu đãi người có công", "", "", "", "", ""], ["", "Tỷ lệ người có công có mức sống khá", "%", "100", "100", LD, CS]]);
    const s = b.build();
    s.grid[0][0] = "Ghi chú bên lề"; // column A, outside the table
    s.grid[9][10] = "chú thích"; // right of the table
    const t = recognizeTable(s.grid, s.merges);
    expect(t?.headerRows).toEqual([7, 8]);
    expect(t?.columns[0]).toEqual({ col: 2, role: "code", year: null, header: "TT" });
    expect(t?.indicators.map((i) => i.id)).toEqual(["1/1"]);
    expect(t?.findings.filter((f) => f.code !== "recognize.directionInferred")).toEqual([]);
  });

  it("skips blank lines and both rows of a repeated two-row header", () => {
    const header: Row[] = [
      ["TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu", "", "Phân công đơn vị thực hiện", ""],
      [M, M, M, "Đến năm 2025", "Đến năm 2030", "Chủ trì", "Phối hợp"],
    ];
    const s = sheet(header, [
      ["1.", "Y tế", "", "", "", "Sở Y tế", CS],
      ["1.1", "Tuổi thọ trung bình", "Tuổi", "74,5", "75", M, M],
      BLANK,
      BLANK,
      REPEAT_HEADER,
      ["1.2", "Số năm sống khỏe", "Năm", "67", "68", "", ""],
    ]);
    const t = recognizeTable(s.grid, s.merges);
    expect(kinds(t?.rows ?? [])).toEqual(["header", "header", "area", "indicator", "blank", "blank", "repeatedHeader", "repeatedHeader", "indicator"]);
    // Blank cells after a page break still mean "same as above" within the area.
    expect(t?.indicators[1].lead.raw).toBe("Sở Y tế");
  });

  it("reads NFD text exactly as NFC text", () => {
    const nfc = addDongThapAppendix1(new GridBuilder()).build();
    const nfd = { grid: nfc.grid.map((r) => r.map((c: Cell) => (typeof c === "string" ? c.normalize("NFD") : c))), merges: nfc.merges };
    const a = recognizeTable(nfc.grid, nfc.merges);
    const b = recognizeTable(nfd.grid, nfd.merges);
    expect(b?.indicators).toHaveLength(105);
    expect(b).toEqual(a);
    expect(b?.indicators[1].name).toBe("Tỷ lệ thất nghiệp".normalize("NFC"));
  });

  it("finds nothing on an empty sheet or one without a header", () => {
    expect(recognizeTables([], [])).toEqual([]);
    expect(recognizeTable([["Kế hoạch"], ["nội dung"]], [])).toBeNull();
  });
});

describe("rows that cannot be read", () => {
  const header: Row[] = [["TT", "Chỉ tiêu", "Đơn vị", "Đến năm 2025", "Đến năm 2030", "Chủ trì", "Phối hợp"]];

  it("lists a garbage row with the cells found and why", () => {
    const s = sheet(header, [
      ["1.", "Y tế", "", "", "", "Sở Y tế", CS],
      ["1.1", "Tuổi thọ trung bình", "Tuổi", "74,5", "75", "", ""],
      ["Ghi chú: số liệu tạm tính", "", "", "", "", "", ""],
      ["", "", "%", "50", "", "", ""],
      ["", "", "", "", "", "Sở Y tế", ""],
      ["1.2", "", "Năm", "67", "68", "", ""],
    ]);
    const t = recognizeTable(s.grid, s.merges);
    expect(kinds(t?.rows ?? []).slice(3)).toEqual(["unreadable", "unreadable", "unreadable", "unreadable"]);
    const unread = t?.findings.filter((f) => f.code === "recognize.unreadableRow") ?? [];
    expect(unread.map((f) => f.row)).toEqual([3, 4, 5, 6]);
    expect(unread[0]).toMatchObject({ severity: "warning", column: "name", sheet: "" });
    expect(unread[0].message.vi).toBe(
      "Không đọc được dòng 4. Các ô có dữ liệu: TT: “Ghi chú: số liệu tạm tính”. Số thứ tự “Ghi chú: số liệu tạm tính” không có dạng quen thuộc (1., 2.1, I, II, a, -).",
    );
    expect(unread[0].message.en).toContain("Row 4 could not be read. Cells found: TT: “Ghi chú: số liệu tạm tính”.");
    expect(unread[1].message.vi).toContain("Đơn vị: “%”; Đến năm 2025: “50”. Dòng có số liệu nhưng không có số thứ tự và không có tên.");
    expect(unread[2].message.vi).toContain("Dòng chỉ có tên cơ quan");
    expect(unread[3].message.vi).toContain("Dòng có số thứ tự “1.2” nhưng không có tên.");
    expect(unread[0].suggestion?.vi).toMatch(/^Ghi số thứ tự/);
  });

  it("does not take a name-only row under a group row for an indicator", () => {
    const s = sheet(header, [["2.", "Lao động", "", "", "", "", ""], ["", "(tiếp theo)", "", "", "", "", ""]]);
    const t = recognizeTable(s.grid, s.merges);
    expect(t?.rows[2].kind).toBe("unreadable");
    expect(t?.findings[0].message.vi).toContain("Dòng chỉ có tên");
  });

  it("reports a table with no data rows", () => {
    const s = sheet(header, []);
    const t = recognizeTable(s.grid, s.merges);
    expect(t?.findings.map((f) => f.code)).toEqual(["recognize.emptyTable"]);
  });
});

describe("findings on what was read", () => {
  it("reports duplicate codes and keeps both rows under distinct ids", () => {
    const s = sheet(
      [["TT", "Chỉ tiêu", "Đơn vị", "Năm 2025", "Chủ trì", "Phối hợp"]],
      [["2.", "Lao động", "", "", "", ""], ["2.1", "A", "%", "10", LD, CS], ["2.1", "B", "%", "20", "", ""]],
    );
    const t = recognizeTable(s.grid, s.merges);
    expect(t?.indicators.map((i) => i.id)).toEqual(["2.1", "2.1#2"]);
    const dup = t?.findings.find((f) => f.code === "recognize.duplicateCode");
    expect(dup).toMatchObject({ row: 3, column: "code", severity: "warning" });
    expect(dup?.message.vi).toBe("Số thứ tự “2.1” ở dòng 4 trùng với dòng 3; dòng này được gán mã nội bộ “2.1#2”.");
  });

  it("restores 10.10 when the spreadsheet turned it into the number 10.1", () => {
    const s = sheet(
      [["TT", "Chỉ tiêu", "Đơn vị", "Năm 2030", "Chủ trì", "Phối hợp"]],
      [["10.", "Nước sạch", "", "", "", ""], [10.9, "Chín", "%", 100, LD, CS], [10.1, "Mười", "%", 75, "", ""]],
    );
    const t = recognizeTable(s.grid, s.merges);
    expect(t?.indicators.map((i) => i.id)).toEqual(["10.9", "10.10"]);
    expect(t?.indicators[1].targets["2030"].parsed.lo).toBe(75);
    expect(t?.findings.find((f) => f.code === "recognize.codeReadAsNumber")?.message.vi).toContain("được đọc là “10.10”");
  });

  it("reports unknown agencies once, on the row that writes them, with the matcher's suggestion", () => {
    const s = sheet(
      [["TT", "Chỉ tiêu", "Đơn vị", "Năm 2030", "Chủ trì", "Phối hợp"]],
      [["1.", "Y tế", "", "", "", ""], ["1.1", "A", "%", "10", "Sở Lao dong TBXH", CS], ["1.2", "B", "%", "20", M, M]],
    );
    const t = recognizeTable(s.grid, s.merges, { sheet: "Chỉ tiêu" });
    const unknown = t?.findings.filter((f) => f.code === "recognize.unknownAgency") ?? [];
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ sheet: "Chỉ tiêu", row: 2, column: "lead", severity: "warning" });
    expect(unknown[0].suggestion?.vi).toContain("Sở Lao động - Thương binh và Xã hội");
    expect(t?.indicators[1].lead).toEqual({ raw: "Sở Lao dong TBXH", ids: [], unknown: ["Sở Lao dong TBXH"] });
  });

  it("reports target parse errors and warnings with the parser's messages", () => {
    const s = sheet(
      [["TT", "Chỉ tiêu", "Đơn vị", "Năm 2025", "Năm 2030", "Chủ trì", "Phối hợp"]],
      [["1.", "Y tế", "", "", "", "", ""], ["1.1", "A", "%", "1,234", "1.5", "Sở Y tế", CS]],
    );
    const t = recognizeTable(s.grid, s.merges);
    const err = t?.findings.find((f) => f.code === "recognize.targetError");
    expect(err).toMatchObject({ row: 2, column: "target:2025", severity: "warning" });
    expect(err?.message.vi).toContain("có hai cách hiểu");
    expect(t?.findings.find((f) => f.code === "recognize.targetWarning")).toMatchObject({ column: "target:2030" });
  });

  it("reports timeframes not understood and tasks without one", () => {
    const s = sheet(
      [["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"]],
      [["I", "Chung"], ["1.", "A", LD, CS, "Quý 5"], ["2.", "B", "Sở Y tế", CS, "Thường xuyên"], ["II", "Khác"], ["1.", "C", "Sở Y tế", CS, ""]],
    );
    const t = recognizeTable(s.grid, s.merges);
    expect(t?.findings.map((f) => [f.row, f.code])).toEqual([
      [2, "recognize.timeframeError"],
      [5, "recognize.missingTimeframe"],
    ]);
    expect(t?.tasks[0].timeframe.timeframe.kind).toBe("unknown");
    // A section row starts a new scope: II.1 does not take I.2's "Thường xuyên".
    expect(t?.tasks[2].timeframe.error?.code).toBe("timeframe.empty");
  });

  it("reports missing columns and a target column without a year", () => {
    const s = sheet([["Chỉ tiêu", "Đơn vị", "Mục tiêu"]], [["Tỷ lệ thất nghiệp", "%", "<3"]]);
    const t = recognizeTable(s.grid, s.merges);
    expect(t?.findings.map((f) => f.code)).toEqual([
      "recognize.missingColumn",
      "recognize.missingColumn",
      "recognize.targetYearUnknown",
      "recognize.directionInferred",
    ]);
    expect(t?.findings[0].message.vi).toBe("Bảng có tiêu đề ở dòng 1 không có cột “Số thứ tự”.");
    expect(t?.indicators[0]).toMatchObject({ id: "0/1", name: "Tỷ lệ thất nghiệp", targets: {} });
  });

  it("finds no table without a name column, and says why", () => {
    const s = sheet([["TT", "Đơn vị", "Chủ trì", "Phối hợp"]], [["1", "%", LD, CS]]);
    const r = recognizeSheet(s.grid, s.merges, { sheet: "Trang 1" });
    expect(r.tables).toEqual([]);
    expect(r.findings.map((f) => f.code)).toEqual(["recognize.noNameColumn", "recognize.nothing"]);
    expect(r.findings[0]).toMatchObject({ sheet: "Trang 1", row: 0, code: "recognize.noNameColumn", severity: "warning" });
    // Nothing recognised: what was seen, what is missing, never "no plan" alone.
    expect(r.findings[1].message.vi).toBe(
      "Không nhận ra bảng phụ lục nào. Dòng 1 giống dòng tiêu đề nhất: đã nhận ra “TT” (Số thứ tự), “Đơn vị” (Đơn vị tính), “Chủ trì” (Chủ trì). Còn thiếu cột: Tên (Chỉ tiêu, Nhiệm vụ, Nội dung).",
    );
  });
});

describe("when nothing is recognised", () => {
  it("names the nearest wording we know for a header cell written differently", () => {
    const r = recognizeSheet([["STT", "Nội dug", "Cơ quan chu tri", "Thời gian"], ["1", "Việc A", "Sở Y tế", "2025"]], [], { sheet: "S" });
    expect(r.tables).toEqual([]);
    const why = r.findings.find((f) => f.code === "recognize.nothing");
    expect(why?.message.vi).toContain("“Nội dug” → “Nội dung”");
    expect(why?.message.en).toContain("Missing columns: Name");
    expect(why?.suggestion?.vi).toContain("cột tên (Chỉ tiêu, Nhiệm vụ hoặc Nội dung)");
  });

  it("says there is no header word at all on a sheet of prose", () => {
    const r = recognizeSheet([["Xin chào"], ["Đây là một ghi chú"]], []);
    expect(r.findings.map((f) => f.message.vi)).toEqual([
      "Không nhận ra bảng phụ lục nào: không dòng nào có từ tiêu đề quen thuộc (TT, Chỉ tiêu, Nhiệm vụ, Nội dung, Chủ trì, Phối hợp, Thời gian...).",
    ]);
  });
});

describe("other row shapes", () => {
  it("reads bulleted sub-rows and a flat table of integer-coded indicators", () => {
    const s = sheet(
      [["TT", "Chỉ tiêu", "Đơn vị", "Năm 2025", "Chủ trì", "Phối hợp"]],
      [["1", "Tỷ lệ hộ nghèo", "%", "<2", LD, CS], ["-", "Thành thị", "%", "<1", "", ""], ["-", "Nông thôn", "%", "<3", "", ""], ["2", "Tỷ lệ bao phủ BHYT", "%", "95", "", ""]],
    );
    const t = recognizeTable(s.grid, s.merges);
    expect(t?.indicators.map((i) => [i.id, i.code, i.parent, i.direction])).toEqual([
      ["1", "1", null, "decrease"],
      ["1/1", "-", "1", "decrease"],
      ["1/2", "-", "1", "decrease"],
      ["2", "2", null, "increase"],
    ]);
    expect(t?.areas).toEqual([]);
  });

  it("reads un-numbered tasks that name an agency or a timeframe", () => {
    const s = sheet([["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"]], [["I", "Chung"], ["", "Tuyên truyền", LD, CS, "Hằng năm"], ["", "Chỉ là một dòng chữ"]]);
    const t = recognizeTable(s.grid, s.merges);
    expect(t?.tasks.map((x) => [x.id, x.code])).toEqual([["I/1", ""]]);
    expect(t?.rows[3].kind).toBe("unreadable");
    expect(t?.findings[0].message.vi).toContain("Dòng chỉ có nội dung");
  });

  it("reads a group row that also carries targets as an indicator of that code", () => {
    const s = sheet([["TT", "Chỉ tiêu", "Đơn vị", "Năm 2025"]], [["I", "Tỷ lệ", "%", "90"]]);
    expect(recognizeTable(s.grid, s.merges)?.indicators.map((i) => i.id)).toEqual(["I"]);
  });
});
