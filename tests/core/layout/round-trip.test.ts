import { createAgencyIndex, defaultRegistry } from "../../../core/agency";
import {
  columnOf,
  findingsPatch,
  layoutSpan,
  planFromWorkbook,
  readIndicatorRecords,
  readMeta,
  readTaskRecords,
  reportsFromRecords,
  SHEETS,
  structureFingerprint,
  trackingWorkbookPatch,
  type IndicatorColumnKey,
  type TaskColumnKey,
  type WorkbookMeta,
} from "../../../core/layout";
import { MemoryWorkbook } from "../../../core/patch";
import { validateAll, validateIndicatorRow } from "../../../core/validate";
import { smallPlan } from "./fixture";

const plan = smallPlan();

function fresh(): { wb: MemoryWorkbook; meta: WorkbookMeta } {
  const wb = new MemoryWorkbook().applyPatch(trackingWorkbookPatch(plan));
  const { meta } = readMeta(wb.read(SHEETS.meta));
  if (!meta) throw new Error("no meta");
  return { wb, meta };
}

function readBack(wb: MemoryWorkbook, meta: WorkbookMeta) {
  return {
    indicators: readIndicatorRecords(wb.read(meta.indicatorLayout.sheet), meta.indicatorLayout),
    tasks: readTaskRecords(wb.read(meta.taskLayout.sheet), meta.taskLayout),
  };
}

describe("reading the workbook back", () => {
  it("gives one record per data row, group rows without a row id", () => {
    const { wb, meta } = fresh();
    const { indicators, tasks } = readBack(wb, meta);
    expect(indicators.map((r) => [r.row, r.rowId])).toEqual([
      [3, null],
      [4, "1/1"],
      [5, null],
      [6, "2.1"],
      [7, "2.2"],
      [8, "2.2/1"],
      [9, "2.3"],
    ]);
    expect(indicators[3].cells).toMatchObject({ code: "2.1", "target:2025": "<3", direction: "Giảm", "actual:2026": null, rowId: "2.1" });
    // Every layout key is present, so "the sheet has this column" is `key in cells`.
    expect(Object.keys(indicators[3].cells)).toHaveLength(meta.indicatorLayout.columns.length);
    expect(tasks.map((r) => r.rowId)).toEqual([null, "I.1", "I.2", "I.3", "I.4"]);
  });

  it("rebuilds exactly the plan from the sheets and the metadata, with the same fingerprint", () => {
    const { wb, meta } = fresh();
    const { indicators, tasks } = readBack(wb, meta);
    const { plan: rebuilt, findings } = planFromWorkbook(meta, indicators, tasks);
    expect(findings).toEqual([]);
    expect(rebuilt.indicators.map((i) => [i.id, i.code, i.name, i.targets["2025"].raw, i.targets["2030"].raw, i.lead.raw, i.partners.raw])).toEqual(
      plan.indicators.map((i) => [i.id, i.code, i.name, i.targets["2025"].raw, i.targets["2030"].raw, i.lead.raw, i.partners.raw]),
    );
    expect(rebuilt).toEqual(plan);
    expect(structureFingerprint(rebuilt)).toBe(meta.fingerprint);
  });

  it("takes a direction confirmed in the sheet and notes that a person confirmed it", () => {
    const { wb, meta } = fresh();
    const col = columnOf(meta.indicatorLayout, "direction") as number;
    wb.sheet(SHEETS.indicators).enter(9, col, "Tăng");
    const { indicators, tasks } = readBack(wb, meta);
    const ind = planFromWorkbook(meta, indicators, tasks).plan.indicators.find((i) => i.id === "2.3");
    expect(ind).toMatchObject({ direction: "increase", directionSource: "confirmed" });
  });

  it("reports a changed plan column, a row without id and a duplicated row", () => {
    const { wb, meta } = fresh();
    const s = wb.sheet(SHEETS.indicators);
    const t2030 = columnOf(meta.indicatorLayout, "target:2030") as number;
    const rowId = columnOf(meta.indicatorLayout, "rowId") as number;
    s.enter(7, t2030, "6.500");
    // A pasted copy of row 2.1 below the table, and a row typed without an id.
    meta.indicatorLayout.columns.forEach(({ col }) => s.enter(10, col, wb.cell(SHEETS.indicators, 6, col) as string | number | null));
    s.enter(11, 1, "Chỉ tiêu mới");
    s.enter(11, rowId, null);
    const { indicators, tasks } = readBack(wb, meta);
    const { plan: rebuilt, findings } = planFromWorkbook(meta, indicators, tasks);
    expect(rebuilt.indicators.find((i) => i.id === "2.2")?.targets["2030"]).toMatchObject({ raw: "6.500", parsed: { kind: "exact", lo: 6500 } });
    expect(findings.map((f) => [f.code, f.row, f.severity])).toEqual([
      ["layout.row.duplicateId", 10, "warning"],
      ["layout.row.noId", 11, "warning"],
      ["layout.structure.changed", 2, "warning"],
    ]);
    expect(findings[0].message.vi).toBe("Mã dòng “2.1” ở dòng 11 trùng với dòng 7; chỉ dòng 7 được dùng.");
    expect(rebuilt.indicators).toHaveLength(5);
  });
});

describe("reportsFromRecords: values typed into the sheet", () => {
  const { wb, meta } = fresh();
  const s = wb.sheet(SHEETS.indicators);
  const ic = (key: IndicatorColumnKey) => columnOf(meta.indicatorLayout, key) as number;
  const tc = (key: TaskColumnKey) => columnOf(meta.taskLayout, key) as number;
  // 2.1 unemployment: baseline 2023 = 2,5; typed as text in the Vietnamese convention and as numbers.
  s.enter(6, ic("baselineYear"), 2023);
  s.enter(6, ic("baselineValue"), "2,5");
  s.enter(6, ic("actual:2024"), "2,4");
  s.enter(6, ic("actual:2025"), 2.3);
  // 2.2 social housing: "3.100" is three thousand one hundred; a note on the row.
  s.enter(7, ic("actual:2025"), "3.100");
  s.enter(7, ic("note"), "Số liệu Sở Xây dựng");
  // 2.2/1: a typo that is not a number: kept as raw, value null.
  s.enter(8, ic("actual:2025"), "khoảng 2000?");
  // 2.3 qualitative: a word in the yearly cell and the verdict in the assessment column.
  s.enter(9, ic("actual:2025"), "Giải quyết cơ bản");
  s.enter(9, ic("assessment"), "Đạt");
  const t = wb.sheet(SHEETS.tasks);
  t.enter(5, tc("state"), "Hoàn thành");
  t.enter(5, tc("percent"), 100);
  t.enter(5, tc("completedOn"), "15/10/2025");
  t.enter(5, tc("evidence"), "Kế hoạch 123/KH-UBND");
  t.enter(6, tc("state"), "dang trien khai");
  t.enter(6, tc("percent"), "45,5");
  t.enter(7, tc("triggeredOn"), "01/06/2025");
  const { indicators, tasks } = readBack(wb, meta);
  const reports = reportsFromRecords(plan, indicators, tasks, { asOf: 2025 });

  it("reads the yearly values and keeps what was typed", () => {
    const obs = reports.observations.map((o) => [o.indicatorId, o.year, o.value, o.assessment, o.raw]);
    expect(obs).toEqual([
      ["2.1", 2024, 2.4, null, "2,4"],
      ["2.1", 2025, 2.3, null, "2.3"],
      ["2.2", 2025, 3100, null, "3.100"],
      ["2.2/1", 2025, null, null, "khoảng 2000?"],
      ["2.3", 2025, null, "Đạt", "Giải quyết cơ bản"],
    ]);
    const housing = reports.observations.find((o) => o.indicatorId === "2.2");
    expect(housing).toMatchObject({ note: "Số liệu Sở Xây dựng", agencyId: "so-xay-dung" });
  });

  it("reads baselines where both year and value are there", () => {
    expect(reports.baselines).toEqual([{ indicatorId: "2.1", year: 2023, value: 2.5 }]);
  });

  it("reads task progress for the reporting year, only for rows that say something", () => {
    expect(reports.progress).toEqual([
      {
        taskId: "I.2",
        year: 2025,
        state: "done",
        percent: 100,
        completedOn: "2025-10-15",
        evidence: "Kế hoạch 123/KH-UBND",
        triggeredOn: null,
        note: null,
        agencyId: "so-ldtbxh",
      },
      { taskId: "I.3", year: 2025, state: "inProgress", percent: 45.5, completedOn: null, evidence: null, triggeredOn: null, note: null, agencyId: "so-ldtbxh" },
      { taskId: "I.4", year: 2025, state: null, percent: null, completedOn: null, evidence: null, triggeredOn: "2025-06-01", note: null, agencyId: "so-ldtbxh" },
    ]);
  });

  it("reads numbers in the English convention when the sheet uses it", () => {
    const en = reportsFromRecords(plan, indicators, tasks, { asOf: 2025, locale: "en-US" });
    // "3.100" is 3100 in Vietnamese but ambiguous in English: not guessed, kept as typed.
    expect(en.observations.find((o) => o.indicatorId === "2.2")).toMatchObject({ value: null, raw: "3.100" });
  });
});

describe("the workbook and the validator agree", () => {
  it("a fresh workbook has no validation findings", () => {
    const { wb, meta } = fresh();
    const { indicators, tasks } = readBack(wb, meta);
    const ctx = { plan, agencies: createAgencyIndex(defaultRegistry), asOf: 2025 };
    expect(validateAll({ indicators, tasks }, ctx)).toEqual([]);
  });

  it("a wrong value typed into the sheet is found and marked on its cell", () => {
    const { wb, meta } = fresh();
    const col = columnOf(meta.indicatorLayout, "actual:2025") as number;
    wb.sheet(SHEETS.indicators).enter(6, col, "2,5,1");
    const { indicators } = readBack(wb, meta);
    const row = indicators.find((r) => r.rowId === "2.1");
    if (!row) throw new Error("no row 2.1");
    const findings = validateIndicatorRow(row, { plan, agencies: createAgencyIndex(defaultRegistry), asOf: 2025 });
    expect(findings.map((f) => [f.row, f.column, f.severity])).toEqual([[6, "actual:2025", "error"]]);
    const span = layoutSpan(meta.indicatorLayout);
    const notes = [wb.readNotes(SHEETS.indicators, { row: 6, col: span.col, rows: 1, cols: span.cols })[0]];
    wb.applyPatch(findingsPatch(meta.indicatorLayout, [6], findings, notes));
    expect(wb.sheet(SHEETS.indicators).notes.get(`6,${col}`)).toMatch(/^⚠ Chỉ Tiêu: /);
  });
});

describe("other plan shapes", () => {
  it("round-trips sections with sub-areas (Đồng Tháp VI: 1.1–6.3)", () => {
    const p = smallPlan();
    p.sections.push({ code: "VI", name: "GIÁO DỤC, Y TẾ", parent: null }, { code: "1", name: "Về giáo dục", parent: "VI" }, { code: "2", name: "Về y tế", parent: "VI" });
    p.tasks.push(
      { ...p.tasks[0], id: "VI.1.1", section: "VI", subArea: "1", code: "1.1", text: "Miễn, giảm học phí" },
      { ...p.tasks[0], id: "VI.2.1", section: "VI", subArea: "2", code: "2.1", text: "Hỗ trợ bảo hiểm y tế" },
    );
    const wb = new MemoryWorkbook().applyPatch(trackingWorkbookPatch(p));
    const meta = readMeta(wb.read(SHEETS.meta)).meta as WorkbookMeta;
    const tasks = readTaskRecords(wb.read(SHEETS.tasks), meta.taskLayout);
    expect(tasks.slice(5).map((r) => [r.cells.code, r.cells.rowId])).toEqual([
      ["VI", "§section"],
      ["1", "§subarea"],
      ["1.1", "VI.1.1"],
      ["2", "§subarea"],
      ["2.1", "VI.2.1"],
    ]);
    expect(wb.sheet(SHEETS.tasks).fonts.get("9,1")).toMatchObject({ bold: true, italic: true });
    const indicators = readIndicatorRecords(wb.read(SHEETS.indicators), meta.indicatorLayout);
    // Without the stored extras the sections are still read from the sheet's order.
    const bare = { ...meta, rows: { indicators: meta.rows.indicators, tasks: {} } };
    for (const m of [meta, bare]) {
      const { plan: back, findings } = planFromWorkbook(m, indicators, tasks);
      expect(findings).toEqual([]);
      expect(back.sections).toEqual(p.sections);
      expect(back.tasks).toEqual(p.tasks);
    }
  });

  it("infers sub-rows from the sheet when the stored extras are missing", () => {
    const { wb, meta } = fresh();
    const { indicators, tasks } = readBack(wb, meta);
    const bare = { ...meta, rows: { indicators: {}, tasks: meta.rows.tasks } };
    const back = planFromWorkbook(bare, indicators, tasks).plan;
    expect(back.indicators.map((i) => [i.id, i.parent, i.area, i.direction, i.directionSource])).toEqual([
      ["1/1", null, "1.", "increase", "confirmed"],
      ["2.1", null, "2.", "decrease", "confirmed"],
      ["2.2", null, "2.", "increase", "confirmed"],
      ["2.2/1", "2.2", "2.", "increase", "confirmed"],
      ["2.3", null, "2.", "none", "confirmed"],
    ]);
  });

  it("makes a task-only plan (Hải Dương) with an empty indicator sheet and a plain appendix title", () => {
    const p = smallPlan();
    p.areas = [];
    p.indicators = [];
    const wb = new MemoryWorkbook().applyPatch(trackingWorkbookPatch(p));
    expect(wb.read(SHEETS.indicators)).toHaveLength(3);
    expect(wb.cell(SHEETS.tasks, 0, 0)).toBe(
      "Kế hoạch số 328/KH-UBND ngày 07/10/2024 (Đồng Tháp) — Phụ lục: Nhiệm vụ cụ thể và phân công thực hiện",
    );
    const meta = readMeta(wb.read(SHEETS.meta)).meta as WorkbookMeta;
    const back = planFromWorkbook(meta, [], readTaskRecords(wb.read(SHEETS.tasks), meta.taskLayout));
    expect(back.plan).toEqual(p);
  });
});
