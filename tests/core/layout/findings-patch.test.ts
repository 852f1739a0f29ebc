import {
  columnOf,
  FINDING_FILLS,
  FINDING_MARK,
  findingsPatch,
  layoutSpan,
  personalNote,
  planLayouts,
  readIndicatorRecords,
  SHEETS,
  templateBaseFill,
  trackingWorkbookPatch,
  type IndicatorColumnKey,
} from "../../../core/layout";
import type { Finding } from "../../../core/model";
import { MemoryWorkbook } from "../../../core/patch";
import { smallPlan } from "./fixture";

const plan = smallPlan();
const layout = planLayouts(plan).indicators;
const col = (key: IndicatorColumnKey) => columnOf(layout, key) as number;
const SHEET = SHEETS.indicators;

function finding(row: number, column: string, severity: Finding["severity"], vi: string, fix: string | null = null): Finding {
  return {
    sheet: SHEET,
    row,
    column,
    severity,
    code: "test.rule",
    message: { code: "test.rule", vi, en: `EN ${vi}` },
    suggestion: fix === null ? null : { code: "test.fix", vi: fix, en: `EN ${fix}` },
  };
}

/** What a host does: read the notes of the validated rows over the layout's span. */
function notesOf(wb: MemoryWorkbook, rows: number[]): (string | null)[][] {
  const span = layoutSpan(layout);
  return rows.map((row) => wb.readNotes(SHEET, { row, col: span.col, rows: 1, cols: span.cols })[0]);
}

describe("findingsPatch", () => {
  const wb = new MemoryWorkbook().applyPatch(trackingWorkbookPatch(plan));
  const records = readIndicatorRecords(wb.read(SHEET), layout);
  const base = templateBaseFill(layout, records);
  const rows = records.map((r) => r.row);
  const actual = col("actual:2025");

  it("marks each finding cell with a fill by severity and one note line per finding", () => {
    const findings = [
      finding(6, "actual:2025", "warning", "Giá trị 35 lớn hơn nhiều so với năm trước."),
      finding(6, "actual:2025", "error", "“2,5,1” không phải là một số.", "Ghi một số, ví dụ 2,5."),
      finding(5, "code", "error", "Mã nhóm “2.” bị trùng."),
    ];
    const ops = findingsPatch(layout, rows, findings, notesOf(wb, rows), "vi", base);
    wb.applyPatch(ops);
    const s = wb.sheet(SHEET);
    expect(s.fills.get(`6,${actual}`)).toBe(FINDING_FILLS.error);
    expect(s.notes.get(`6,${actual}`)).toBe(
      `${FINDING_MARK} “2,5,1” không phải là một số. Gợi ý: Ghi một số, ví dụ 2,5.\n${FINDING_MARK} Giá trị 35 lớn hơn nhiều so với năm trước.`,
    );
    expect(s.fills.get("5,0")).toBe(FINDING_FILLS.error);
    // Only the marked cells are written.
    expect(ops.filter((o) => o.op === "setNotes")).toHaveLength(2);
    expect(s.fills.get(`6,${actual - 1}`)).toBeUndefined();
  });

  it("keeps a person's own note text and clears our marks and fills once the cells are fine", () => {
    const s = wb.sheet(SHEET);
    // A person adds a line of their own to the marked note.
    s.notes.set(`6,${actual}`, `Số liệu sơ bộ, chờ Cục Thống kê.\n${s.notes.get(`6,${actual}`)}`);
    s.notes.set(`7,${actual}`, "Ghi chú riêng, không có lỗi.");
    wb.applyPatch(findingsPatch(layout, rows, [finding(6, "actual:2025", "info", "Đã sửa lại?")], notesOf(wb, rows), "vi", base));
    expect(s.notes.get(`6,${actual}`)).toBe(`Số liệu sơ bộ, chờ Cục Thống kê.\n${FINDING_MARK} Đã sửa lại?`);
    expect(s.fills.get(`6,${actual}`)).toBe(FINDING_FILLS.info);
    // The group row's mark is gone and its grey fill is back.
    expect(s.notes.get("5,0")).toBeUndefined();
    expect(s.fills.get("5,0")).toBe("#EFEFEF");

    wb.applyPatch(findingsPatch(layout, rows, [], notesOf(wb, rows), "vi", base));
    expect(s.notes.get(`6,${actual}`)).toBe("Số liệu sơ bộ, chờ Cục Thống kê.");
    expect(s.fills.get(`6,${actual}`)).toBeUndefined();
    expect(s.notes.get(`7,${actual}`)).toBe("Ghi chú riêng, không có lỗi.");
  });

  it("touches only the validated rows and findings of this sheet", () => {
    const other = { ...finding(6, "actual:2025", "error", "x"), sheet: SHEETS.tasks };
    expect(findingsPatch(layout, [6], [other, finding(7, "actual:2025", "error", "y")], notesOf(wb, [6]))).toEqual([]);
  });

  it("writes messages in English when asked", () => {
    const ops = findingsPatch(layout, [6], [finding(6, "note", "warning", "Thiếu nguồn", "Ghi nguồn")], notesOf(wb, [6]), "en");
    const notes = ops.find((o) => o.op === "setNotes");
    expect(notes?.op === "setNotes" && notes.notes[0][0]).toBe(`${FINDING_MARK} EN Thiếu nguồn Suggestion: EN Ghi nguồn`);
  });

  it("merges adjacent marked cells into one rectangle per property", () => {
    const many = [4, 6, 7, 8, 9].map((row) => finding(row, "actual:2026", "error", "Sai"));
    const ops = findingsPatch(layout, [4, 6, 7, 8, 9], many, notesOf(wb, [4, 6, 7, 8, 9]));
    expect(ops.map((o) => o.op).sort()).toEqual(["setFills", "setFills", "setNotes", "setNotes"]);
  });
});

describe("personalNote", () => {
  it("drops our lines wherever they are and keeps the rest", () => {
    expect(personalNote(null)).toBe("");
    expect(personalNote(`${FINDING_MARK} a`)).toBe("");
    expect(personalNote(`Dòng 1\n${FINDING_MARK} a\nDòng 2\n${FINDING_MARK} b\n`)).toBe("Dòng 1\nDòng 2");
  });
});
