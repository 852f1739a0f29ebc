import {
  columnOf,
  FINDING_MARK,
  planLayouts,
  readMeta,
  SHEETS,
  structureFingerprint,
  trackingWorkbookPatch,
  type IndicatorColumnKey,
  type TaskColumnKey,
} from "../../../core/layout";
import { MemoryWorkbook, type Range } from "../../../core/patch";
import { INDICATOR_STATUS_LOOK as STATUS_COLOURS, TASK_STATUS_LOOK as TASK_STATUS_COLOURS } from "../../../core/status";
import { smallPlan } from "./fixture";

const plan = smallPlan();
const layouts = planLayouts(plan);
const wb = new MemoryWorkbook().applyPatch(trackingWorkbookPatch(plan));
const IND = SHEETS.indicators;
const TASK = SHEETS.tasks;
const icol = (key: IndicatorColumnKey): number => {
  const c = columnOf(layouts.indicators, key);
  if (c === null) throw new Error(`no column ${key}`);
  return c;
};
const tcol = (key: TaskColumnKey): number => {
  const c = columnOf(layouts.tasks, key);
  if (c === null) throw new Error(`no column ${key}`);
  return c;
};
const covers = (r: Range, row: number, col: number) => row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;

describe("trackingWorkbookPatch: sheets", () => {
  it("creates the five visible sheets in order and the hidden metadata sheet", () => {
    expect(wb.sheetNames()).toEqual(["Chỉ tiêu", "Nhiệm vụ", "Đơn vị", "Tổng hợp", "Nhật ký", "_chitieu"]);
    expect(wb.sheet("_chitieu").hidden).toBe(true);
    expect(wb.sheet(IND).hidden).toBe(false);
  });

  it("lays the indicator columns out in the documented order", () => {
    expect(layouts.indicators.columns.map((c) => c.key)).toEqual([
      "code", "name", "unit", "target:2025", "target:2030", "lead", "partners", "direction",
      "baselineYear", "baselineValue", "actual:2024", "actual:2025", "actual:2026", "actual:2027",
      "actual:2028", "actual:2029", "actual:2030", "assessment", "status:2025", "status:2030",
      "progress", "note", "rowId",
    ]);
    expect(layouts.indicators).toMatchObject({ kind: "indicators", sheet: "Chỉ tiêu", headerRow: 2, firstDataRow: 3 });
    const structural = layouts.indicators.columns.filter((c) => c.structural).map((c) => c.key);
    expect(structural).toEqual(["code", "name", "unit", "target:2025", "target:2030", "lead", "partners", "status:2025", "status:2030", "progress", "rowId"]);
  });

  it("gives the task sheet approval level, output and trigger columns because the plan has them", () => {
    expect(layouts.tasks.columns.map((c) => c.key)).toEqual([
      "code", "text", "lead", "partners", "timeframe", "approvalLevel", "expectedOutput", "state",
      "percent", "completedOn", "evidence", "triggeredOn", "note", "assessment", "rowId",
    ]);
  });

  it("leaves out approval level, output and trigger columns for a plan without them", () => {
    const p = smallPlan();
    p.tasks = p.tasks.filter((t) => t.id === "I.1");
    expect(planLayouts(p).tasks.columns.map((c) => c.key)).not.toEqual(expect.arrayContaining(["approvalLevel"]));
    expect(planLayouts(p).tasks.columns.map((c) => c.key)).toEqual([
      "code", "text", "lead", "partners", "timeframe", "state", "percent", "completedOn", "evidence", "note", "assessment", "rowId",
    ]);
  });
});

describe("trackingWorkbookPatch: the indicator sheet", () => {
  it("writes the title over the frozen columns and two header rows with group headers", () => {
    expect(wb.cell(IND, 0, 0)).toBe(
      "Kế hoạch số 328/KH-UBND ngày 07/10/2024 (Đồng Tháp) — Phụ lục I: Các chỉ tiêu chủ yếu và phân công thực hiện",
    );
    const s = wb.sheet(IND);
    expect(s.merges).toContainEqual({ row: 0, col: 0, rows: 1, cols: 2 });
    expect(wb.cell(IND, 1, icol("code"))).toBe("TT");
    expect(s.merges).toContainEqual({ row: 1, col: 0, rows: 2, cols: 1 });
    expect(wb.cell(IND, 1, icol("name"))).toBe("Chỉ tiêu");
    expect(wb.cell(IND, 1, icol("target:2025"))).toBe("Mục tiêu");
    expect(s.merges).toContainEqual({ row: 1, col: icol("target:2025"), rows: 1, cols: 2 });
    expect(wb.cell(IND, 2, icol("target:2025"))).toBe("Đến năm 2025");
    expect(wb.cell(IND, 2, icol("target:2030"))).toBe("Đến năm 2030");
    expect(wb.cell(IND, 1, icol("lead"))).toBe("Phân công thực hiện");
    expect(wb.cell(IND, 2, icol("lead"))).toBe("Chủ trì");
    expect(wb.cell(IND, 1, icol("actual:2024"))).toBe("Thực hiện");
    expect(wb.cell(IND, 2, icol("actual:2024"))).toBe("2024");
    expect(s.merges).toContainEqual({ row: 1, col: icol("actual:2024"), rows: 1, cols: 7 });
    expect(wb.cell(IND, 1, icol("status:2025"))).toBe("Trạng thái");
    expect(wb.cell(IND, 2, icol("status:2030"))).toBe("Mốc 2030");
    expect(wb.cell(IND, 1, icol("direction"))).toBe("Chiều");
    expect(s.notes.get(`1,${icol("direction")}`)).toContain("Tăng");
  });

  it("freezes the header rows and the code and name columns; sets widths", () => {
    const s = wb.sheet(IND);
    expect(s.frozen).toEqual({ rows: 3, cols: 2 });
    expect(s.columnWidths.get(icol("code"))).toBe(48);
    expect(s.columnWidths.get(icol("name"))).toBe(420);
    expect(s.columnWidths.get(icol("rowId"))).toBeLessThan(60);
  });

  it("writes area rows bold and grey, indicators in plan order, sub-rows italic with an empty code", () => {
    const rows = [3, 4, 5, 6, 7, 8, 9].map((r) => [wb.cell(IND, r, 0), wb.cell(IND, r, 1), wb.cell(IND, r, icol("rowId"))]);
    expect(rows).toEqual([
      ["1.", "Ưu đãi người có công với cách mạng", "§area"],
      [null, "Tỷ lệ người có công và gia đình có mức sống từ trung bình khá trở lên", "1/1"],
      ["2.", "Nhà ở, việc làm", "§area"],
      ["2.1", "Tỷ lệ thất nghiệp", "2.1"],
      ["2.2", "Số căn nhà ở xã hội hoàn thành", "2.2"],
      [null, "Thành thị", "2.2/1"],
      ["2.3", "Xóa bỏ tình trạng nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo", "2.3"],
    ]);
    const s = wb.sheet(IND);
    expect(s.fills.get("5,0")).toBe("#EFEFEF");
    expect(s.fonts.get("5,1")).toMatchObject({ bold: true });
    expect(wb.cell(IND, 5, icol("lead"))).toBe("Sở Lao động - Thương binh và Xã hội");
    expect(s.fonts.get("8,1")).toMatchObject({ italic: true, bold: false });
    expect(s.fonts.get("7,1") ?? { italic: false }).toMatchObject({ italic: false });
  });

  it("keeps targets exactly as printed, as text", () => {
    expect(wb.cell(IND, 7, icol("target:2025"))).toBe("-");
    expect(wb.cell(IND, 7, icol("target:2030"))).toBe("6.100");
    expect(wb.cell(IND, 6, icol("target:2025"))).toBe("<3");
    expect(wb.cell(IND, 9, icol("target:2030"))).toBe("Xóa bỏ hoàn toàn");
    const s = wb.sheet(IND);
    expect(s.formats.get(`7,${icol("target:2030")}`)).toBe("@");
    expect(s.formats.get("6,0")).toBe("@");
    expect(s.formats.get(`7,${icol("actual:2025")}`)).toBeUndefined(); // numbers: host default
  });

  it("fills the direction dropdown from the plan", () => {
    expect(wb.cell(IND, 6, icol("direction"))).toBe("Giảm");
    expect(wb.cell(IND, 7, icol("direction"))).toBe("Tăng");
    expect(wb.cell(IND, 9, icol("direction"))).toBe("Không");
  });

  it("puts native validations on the input columns, drop-downs only on indicator rows", () => {
    const direction = wb.validationAt(IND, 6, icol("direction"));
    expect(direction?.rule).toEqual({ kind: "list", values: ["Tăng", "Giảm", "Không"], strict: true });
    expect(direction?.help?.vi).toContain("Tăng");
    expect(wb.validationAt(IND, 5, icol("direction"))).toBeNull(); // area row
    expect(wb.validationAt(IND, 4, icol("actual:2026"))?.rule).toEqual({ kind: "number", allowBlank: true });
    expect(wb.validationAt(IND, 4, icol("baselineYear"))?.rule).toEqual({ kind: "number", min: 1990, max: 2100, allowBlank: true });
    const assessment = wb.validationAt(IND, 9, icol("assessment"))?.rule;
    expect(assessment).toMatchObject({ kind: "list", strict: false });
    expect(assessment?.kind === "list" ? assessment.values : []).toEqual(expect.arrayContaining(["Đạt", "Chưa đạt", "Vượt"]));
    expect(wb.validationAt(IND, 4, icol("name"))).toBeNull();
  });

  it("colours the status columns with one rule per status label", () => {
    const cf = wb.sheet(IND).conditionalFormats;
    expect(cf).toHaveLength(1);
    expect(cf[0].range).toEqual({ row: 3, col: icol("status:2025"), rows: 7, cols: 2 });
    expect(cf[0].rules).toContainEqual({ kind: "textEquals", text: "Đạt", fill: STATUS_COLOURS.achieved.fill, fontColor: STATUS_COLOURS.achieved.font });
    expect(cf[0].rules).toContainEqual(expect.objectContaining({ text: "Cần đẩy nhanh", fill: STATUS_COLOURS.atRisk.fill }));
    expect(cf[0].rules).toHaveLength(11);
  });

  it("protects the header, the plan columns and the computed columns, not the input columns", () => {
    const prot = wb.sheet(IND).protections;
    expect(prot.every((p) => !p.warningOnly && p.editors.length === 0 && p.range !== null)).toBe(true);
    const locked = (row: number, key: IndicatorColumnKey) => prot.some((p) => p.range !== null && covers(p.range, row, icol(key)));
    for (const key of ["code", "name", "unit", "target:2030", "lead", "partners", "status:2025", "progress", "rowId"] as const) {
      expect([key, locked(6, key)]).toEqual([key, true]);
    }
    for (const key of ["direction", "baselineYear", "baselineValue", "actual:2024", "actual:2030", "assessment", "note"] as const) {
      expect([key, locked(6, key)]).toEqual([key, false]);
    }
    expect(locked(1, "actual:2025")).toBe(true); // header
    expect(prot.map((p) => p.description)).toEqual(
      expect.arrayContaining(["Chỉ Tiêu: tiêu đề bảng", "Chỉ Tiêu: cột theo kế hoạch A:G", "Chỉ Tiêu: cột tính toán S:U", "Chỉ Tiêu: cột theo kế hoạch W"]),
    );
  });
});

describe("trackingWorkbookPatch: the task sheet", () => {
  it("writes the section row and the tasks with their plan columns", () => {
    expect(wb.cell(TASK, 0, 0)).toContain("Phụ lục II: Nhiệm vụ cụ thể và phân công thực hiện");
    expect(wb.cell(TASK, 3, 0)).toBe("I");
    expect(wb.cell(TASK, 3, 1)).toBe("NHIỆM VỤ CHUNG");
    expect(wb.cell(TASK, 3, tcol("rowId"))).toBe("§section");
    expect(wb.cell(TASK, 5, tcol("rowId"))).toBe("I.2");
    expect(wb.cell(TASK, 5, tcol("timeframe"))).toBe("Năm 2025");
    expect(wb.cell(TASK, 5, tcol("approvalLevel"))).toBe("UBND tỉnh");
    expect(wb.cell(TASK, 5, tcol("expectedOutput"))).toBe("Kế hoạch");
    expect(wb.cell(TASK, 1, tcol("state"))).toBe("Tiến độ thực hiện");
    expect(wb.cell(TASK, 2, tcol("state"))).toBe("Tình trạng");
  });

  it("validates state, percent and dates, formats dates dd/mm/yyyy, colours the assessment", () => {
    expect(wb.validationAt(TASK, 4, tcol("state"))?.rule).toEqual({
      kind: "list",
      values: ["Chưa triển khai", "Đang triển khai", "Hoàn thành"],
      strict: true,
    });
    expect(wb.validationAt(TASK, 3, tcol("state"))).toBeNull();
    expect(wb.validationAt(TASK, 4, tcol("percent"))?.rule).toEqual({ kind: "number", min: 0, max: 100, allowBlank: true });
    expect(wb.validationAt(TASK, 4, tcol("completedOn"))?.rule).toEqual({ kind: "date" });
    expect(wb.sheet(TASK).formats.get(`4,${tcol("completedOn")}`)).toBe("dd/mm/yyyy");
    expect(wb.sheet(TASK).formats.get(`4,${tcol("evidence")}`)).toBe("@");
    const cf = wb.sheet(TASK).conditionalFormats;
    expect(cf).toHaveLength(1);
    expect(cf[0].range.col).toBe(tcol("assessment"));
    expect(cf[0].rules).toContainEqual(expect.objectContaining({ text: "Đang thực hiện quá hạn", fill: TASK_STATUS_COLOURS.overdue.fill }));
  });
});

describe("trackingWorkbookPatch: agencies, log, summary, metadata", () => {
  it("lists the plan's agencies and their 2025 successors, contacts editable", () => {
    const rows = wb.read(SHEETS.agencies);
    expect(rows[0]).toEqual(["Mã", "Tên đơn vị", "Tên viết tắt", "Đơn vị kế nhiệm (sắp xếp bộ máy 2025)", "Đầu mối liên hệ", "Email", "Điện thoại", "Ghi chú"]);
    const ids = rows.slice(1).map((r) => r[0]);
    expect(ids.slice(0, 2)).toEqual(["so-ldtbxh", "so-xay-dung"]);
    expect(ids).toEqual(expect.arrayContaining(["so-noi-vu", "so-y-te", "so-gddt", "so-nnmt"]));
    expect(ids).not.toContain("so-ban-nganh"); // a phrase, not a body to contact
    const ldtbxh = rows.find((r) => r[0] === "so-ldtbxh");
    expect(String(ldtbxh?.[3])).toContain("Sở Nội vụ: lao động, tiền lương");
    expect(String(ldtbxh?.[3])).toContain("(từ 01/03/2025)");
    const prot = wb.sheet(SHEETS.agencies).protections;
    expect(prot).toHaveLength(1);
    expect(prot[0].range).toMatchObject({ col: 0, cols: 4 });
  });

  it("writes the log header and keeps an existing log", () => {
    expect(wb.read(SHEETS.log)[0]).toEqual(["Thời gian", "Đơn vị", "Trang tính", "Dòng", "Cột", "Giá trị cũ", "Giá trị mới", "Nguồn"]);
    const again = new MemoryWorkbook().applyPatch(trackingWorkbookPatch(plan));
    again.sheet(SHEETS.log).enter(1, 0, "2025-11-10 08:00");
    again.applyPatch(trackingWorkbookPatch(plan));
    expect(again.cell(SHEETS.log, 1, 0)).toBe("2025-11-10 08:00");
  });

  it("puts a one-line instruction on the summary sheet", () => {
    expect(String(wb.cell(SHEETS.summary, 0, 0))).toContain("Chỉ Tiêu → Tạo tổng hợp");
    expect(wb.read(SHEETS.summary)).toHaveLength(1);
  });

  it("stores plan id, template version, fingerprint and both layouts in the hidden sheet", () => {
    const { meta, error } = readMeta(wb.read(SHEETS.meta));
    expect(error).toBeNull();
    expect(meta?.planId).toBe("thu-nghiem-328");
    expect(meta?.templateVersion).toBe("1");
    expect(meta?.issuedOn).toBe("2024-10-07");
    expect(meta?.fingerprint).toBe(structureFingerprint(plan));
    expect(meta?.indicatorLayout).toEqual(layouts.indicators);
    expect(meta?.taskLayout).toEqual(layouts.tasks);
    expect(meta?.settings).toEqual({ asOf: 2025, lang: "vi", projection: "linear", yearMode: "auto" });
    expect(meta?.rows.indicators["2.2/1"]).toEqual({
      area: "2",
      parent: "2.2",
      direction: "increase",
      directionSource: "template",
      scale: null,
      projection: null,
    });
    expect(wb.sheet(SHEETS.meta).protections[0]).toMatchObject({ range: null, warningOnly: false });
  });

  it("renders headers in English when asked, with the same sheet names and layout", () => {
    const en = new MemoryWorkbook().applyPatch(trackingWorkbookPatch(plan, { lang: "en" }));
    expect(en.sheetNames()).toEqual(wb.sheetNames());
    expect(en.cell(IND, 2, icol("target:2025"))).toBe("By 2025");
    expect(en.cell(IND, 6, icol("direction"))).toBe("Decrease");
    expect(en.validationAt(TASK, 4, tcol("state"))?.rule).toMatchObject({ values: ["Not started", "In progress", "Done"] });
    expect(readMeta(en.read(SHEETS.meta)).meta?.indicatorLayout).toEqual(layouts.indicators);
  });

  it("never writes our finding mark into a fresh workbook", () => {
    const notes = [...wb.sheet(IND).notes.values()];
    expect(notes.some((n) => n.includes(FINDING_MARK))).toBe(false);
  });
});
