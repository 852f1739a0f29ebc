import type { IndicatorRecord, TaskRecord } from "../../../core/layout";
import { validateIndicatorSheet, validateTaskSheet } from "../../../core/validate";
import { ctx, indicatorRecords, taskRecords } from "./fixture";
import { codes, only } from "./helpers";

const byId = (records: IndicatorRecord[] | TaskRecord[], id: string) => {
  const i = records.findIndex((r) => r.rowId === id);
  if (i < 0) throw new Error(id);
  return i;
};

describe("indicator sheet rules", () => {
  it("a duplicated indicator code is an error on the second row", () => {
    const records = indicatorRecords();
    const i = byId(records, "2.5");
    records[i] = { ...records[i], cells: { ...records[i].cells, code: "2.3" } };
    const f = only(validateIndicatorSheet(records, ctx), "indicator.code.duplicate");
    expect(f).toMatchObject({ row: records[i].row, column: "code", severity: "error" });
    expect(f.message.vi).toBe(`Mã «2.3» bị trùng với dòng ${records[byId(records, "2.3")].row + 1}.`);
  });

  it("the same code in different areas is not a duplicate; a group code repeated is", () => {
    const records = indicatorRecords();
    const extra: IndicatorRecord = { row: 100, rowId: null, cells: { code: "2.", name: "Lao động (lặp)" } };
    expect(codes(validateIndicatorSheet([...records, extra], ctx))).toContain("indicator.code.duplicate");
  });

  it("a sub-row whose indicator was deleted is an orphan", () => {
    const records = indicatorRecords().filter((r) => r.rowId !== "9.3");
    const findings = validateIndicatorSheet(records, ctx);
    const orphans = findings.filter((f) => f.code === "indicator.row.orphan");
    expect(orphans).toHaveLength(2);
    expect(orphans[0]).toMatchObject({ severity: "warning", column: "rowId" });
    expect(orphans[0].message.vi).toContain("chỉ tiêu 9.3");
    // ... and the deleted indicator is missing.
    only(findings, "indicator.row.missing");
  });

  it("an added row without a code right under a group row is an orphan; under an indicator it is a sub-row", () => {
    const records = indicatorRecords();
    const group = records.findIndex((r) => r.cells.code === "3.");
    const added: IndicatorRecord = { row: records[group].row, rowId: null, cells: { name: "Nữ", "actual:2025": 12 } };
    const shifted = records.map((r, k) => (k > group ? { ...r, row: r.row + 1 } : r));
    const sheet = [...shifted.slice(0, group + 1), { ...added, row: records[group].row + 1 }, ...shifted.slice(group + 1)];
    const f = only(validateIndicatorSheet(sheet, ctx), "indicator.row.orphan");
    expect(f).toMatchObject({ row: records[group].row + 1, column: "code" });
    // The same row under indicator 3.1 is fine.
    const after31 = byId(records, "3.1");
    const ok = [...records.slice(0, after31 + 1), { ...added, row: 500 }, ...records.slice(after31 + 1)];
    expect(codes(validateIndicatorSheet(ok, ctx))).not.toContain("indicator.row.orphan");
  });

  it("a plan row missing from the sheet is an error, unless the sheet is a per-agency copy", () => {
    const records = indicatorRecords().filter((r) => r.rowId !== "2.5");
    const f = only(validateIndicatorSheet(records, ctx), "indicator.row.missing");
    expect(f).toMatchObject({ severity: "error", column: "rowId", row: records[byId(records, "2.3")].row });
    expect(f.message.vi).toContain("2.5");
    const ids = new Set(records.flatMap((r) => (r.rowId ? [r.rowId] : [])));
    expect(validateIndicatorSheet(records, { ...ctx, expectedRowIds: ids })).toEqual([]);
  });

  it("a duplicated row id is an error; a row id unknown to the plan a warning", () => {
    const records = indicatorRecords();
    const copy = { ...records[byId(records, "2.1")], row: 200 };
    const dup = validateIndicatorSheet([...records, copy], ctx);
    expect(only(dup, "indicator.rowId.duplicate")).toMatchObject({ row: 200, column: "rowId", severity: "error" });
    const stranger: IndicatorRecord = { row: 201, rowId: "99.9", cells: { code: "99.9", name: "Chỉ tiêu lạ" } };
    const unk = validateIndicatorSheet([...records, stranger], ctx);
    expect(only(unk, "indicator.rowId.unknown")).toMatchObject({ row: 201, column: "rowId", severity: "warning" });
  });

  it("findings are sorted by row, then column", () => {
    const records = indicatorRecords();
    const i = byId(records, "2.5");
    records[i] = { ...records[i], cells: { ...records[i].cells, "actual:2025": "abc", lead: "Sở ABC", code: "2.3" } };
    const j = byId(records, "2.1");
    records[j] = { ...records[j], cells: { ...records[j].cells, direction: "lên" } };
    const f = validateIndicatorSheet(records, ctx);
    expect(f.map((x) => [x.row, x.column])).toEqual([
      [records[j].row, "direction"],
      [records[i].row, "code"],
      [records[i].row, "lead"],
      [records[i].row, "actual:2025"],
    ]);
  });
});

describe("task sheet rules", () => {
  it("task codes restart per section; a duplicate within a section is an error", () => {
    expect(validateTaskSheet(taskRecords(), ctx)).toEqual([]);
    const records = taskRecords();
    const i = byId(records, "II.2");
    records[i] = { ...records[i], cells: { ...records[i].cells, code: "1" } };
    const f = only(validateTaskSheet(records, ctx), "task.code.duplicate");
    expect(f).toMatchObject({ row: records[i].row, column: "code", severity: "error" });
  });

  it("a missing task, a duplicated id, an unknown id", () => {
    const records = taskRecords();
    const without = records.filter((r) => r.rowId !== "I.2");
    expect(only(validateTaskSheet(without, ctx), "task.row.missing").severity).toBe("error");
    const dup = [...records, { ...records[byId(records, "I.1")], row: 90 }];
    expect(codes(validateTaskSheet(dup, ctx))).toContain("task.rowId.duplicate");
    const unk: TaskRecord = { row: 91, rowId: "IX.9", cells: { code: "9", text: "Nhiệm vụ lạ" } };
    expect(only(validateTaskSheet([...records, unk], ctx), "task.rowId.unknown").severity).toBe("warning");
  });
});
