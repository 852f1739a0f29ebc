import {
  columnOf,
  planLayouts,
  progressText,
  readIndicatorRecords,
  readTaskRecords,
  SHEETS,
  statusPatch,
  trackingWorkbookPatch,
  type IndicatorColumnKey,
  type IndicatorRecord,
  type TaskRecord,
} from "../../../core/layout";
import type { IndicatorEvidence, IndicatorStatus, IndicatorStatusCode, TaskStatus, TaskStatusCode } from "../../../core/model";
import { MemoryWorkbook } from "../../../core/patch";
import { smallPlan } from "./fixture";

const plan = smallPlan();
const layouts = planLayouts(plan);
const col = (key: IndicatorColumnKey) => columnOf(layouts.indicators, key) as number;

function status(id: string, milestone: number, code: IndicatorStatusCode, evidence: Partial<IndicatorEvidence> = {}): IndicatorStatus {
  return {
    indicatorId: id,
    milestone,
    status: code,
    evidence: {
      milestone,
      asOf: 2026,
      value: null,
      valueYear: null,
      baseline: null,
      baselineYear: null,
      target: null,
      projected: null,
      gap: null,
      ratio: null,
      method: null,
      assessment: null,
      ...evidence,
    },
    explanation: { code: "status.test", vi: `Giải thích ${id} ${milestone}`, en: `Explanation ${id} ${milestone}` },
  };
}

function taskStatus(id: string, code: TaskStatusCode): TaskStatus {
  return {
    taskId: id,
    asOf: "2026-11-15",
    status: code,
    evidence: { elapsed: null, percent: null, ratio: null, dueOn: null, year: null },
    explanation: { code: "status.test", vi: `Nhiệm vụ ${id}`, en: `Task ${id}` },
  };
}

describe("progressText", () => {
  it("shows the projection against the current milestone's target, Vietnamese numbers", () => {
    const s = [
      status("x", 2025, "notAchieved", { value: 30, valueYear: 2025, target: 33 }),
      status("x", 2030, "atRisk", { value: 31, valueYear: 2026, target: 35, projected: 32.5, ratio: 0.72, method: "linear" }),
    ];
    expect(progressText(s)).toBe("Dự báo 2030: 32,5 / 35 (0,72)");
    expect(progressText(s, "en")).toBe("Projected 2030: 32.5 / 35 (0.72)");
  });

  it("falls back to the latest value, then to the assessment, then to nothing", () => {
    expect(progressText([status("x", 2030, "achieved", { value: 6100, valueYear: 2026, target: 6100 })])).toBe(
      "Năm 2026: 6.100 / mục tiêu 2030: 6.100",
    );
    expect(progressText([status("x", 2030, "needsAssessment", { assessment: "Giải quyết cơ bản" })])).toBe("Đánh giá: Giải quyết cơ bản");
    expect(progressText([status("x", 2030, "noData")])).toBeNull();
    expect(progressText([])).toBeNull();
  });
});

describe("statusPatch on the tracking workbook", () => {
  const wb = new MemoryWorkbook().applyPatch(trackingWorkbookPatch(plan));
  const records = readIndicatorRecords(wb.read(SHEETS.indicators), layouts.indicators);
  const statuses = [
    status("1/1", 2025, "achieved", { value: 100, valueYear: 2025, target: 100 }),
    status("1/1", 2030, "onTrack", { value: 100, valueYear: 2025, target: 100 }),
    status("2.1", 2025, "notAchieved", { value: 3.4, valueYear: 2025, target: 3 }),
    status("2.1", 2030, "atRisk", { value: 3.2, valueYear: 2026, target: 3, projected: 3.1, ratio: 0.5 }),
    status("2.2", 2025, "noTarget"),
  ];

  it("writes labels, explanations as notes and the progress cell; group rows stay empty", () => {
    wb.applyPatch(statusPatch(layouts.indicators, records, statuses, []));
    expect(wb.cell(SHEETS.indicators, 4, col("status:2025"))).toBe("Đạt");
    expect(wb.cell(SHEETS.indicators, 4, col("status:2030"))).toBe("Đúng tiến độ");
    expect(wb.cell(SHEETS.indicators, 6, col("status:2025"))).toBe("Không đạt");
    expect(wb.cell(SHEETS.indicators, 6, col("status:2030"))).toBe("Cần đẩy nhanh");
    expect(wb.cell(SHEETS.indicators, 6, col("progress"))).toBe("Dự báo 2030: 3,1 / 3 (0,5)");
    expect(wb.cell(SHEETS.indicators, 7, col("status:2025"))).toBe("Không có chỉ tiêu");
    expect(wb.cell(SHEETS.indicators, 7, col("status:2030"))).toBeNull();
    expect(wb.cell(SHEETS.indicators, 5, col("status:2025"))).toBeNull();
    expect(wb.sheet(SHEETS.indicators).notes.get(`6,${col("status:2030")}`)).toBe("Giải thích 2.1 2030");
    // The fills of the sheet (computed columns, group rows) are untouched: colours come from the conditional formats.
    expect(wb.sheet(SHEETS.indicators).fills.get(`5,${col("status:2025")}`)).toBe("#EFEFEF");
  });

  it("clears a stale status when it is computed again without it", () => {
    wb.applyPatch(statusPatch(layouts.indicators, records, statuses.slice(0, 2), []));
    expect(wb.cell(SHEETS.indicators, 6, col("status:2025"))).toBeNull();
    expect(wb.sheet(SHEETS.indicators).notes.get(`6,${col("status:2025")}`)).toBeUndefined();
    expect(wb.cell(SHEETS.indicators, 4, col("status:2025"))).toBe("Đạt");
  });

  it("writes the task assessment in English when asked", () => {
    const tasks = readTaskRecords(wb.read(SHEETS.tasks), layouts.tasks);
    wb.applyPatch(statusPatch(layouts.tasks, tasks, [], [taskStatus("I.2", "doneOnTime"), taskStatus("I.3", "overdue")], "en"));
    const c = columnOf(layouts.tasks, "assessment") as number;
    expect([3, 4, 5, 6, 7].map((r) => wb.cell(SHEETS.tasks, r, c))).toEqual([null, null, "Completed on time", "In progress, past the deadline", null]);
  });

  it("never writes an indicator's assessment column (a person's verdict)", () => {
    const ops = statusPatch(layouts.indicators, records, statuses, []);
    const assessment = col("assessment");
    for (const op of ops) if (op.op === "setValues") expect(op.col > assessment || op.col + op.values[0].length <= assessment).toBe(true);
  });
});

describe("statusPatch on 10,000 rows", () => {
  const N = 10_000;
  it("writes a whole indicator sheet in at most 6 ops", () => {
    const records: IndicatorRecord[] = Array.from({ length: N }, (_, i) => ({ row: 3 + i, rowId: `r${i}`, cells: {} }));
    const statuses = records.flatMap((r, i) => [
      status(r.rowId as string, 2025, i % 2 ? "achieved" : "noData"),
      status(r.rowId as string, 2030, "onTrack", { value: i, valueYear: 2026, target: N }),
    ]);
    const ops = statusPatch(layouts.indicators, records, statuses, []);
    expect(ops.length).toBeLessThanOrEqual(6);
    const wb = new MemoryWorkbook([SHEETS.indicators]).applyPatch(ops);
    expect(wb.opTotal).toBe(ops.length);
    expect(wb.cell(SHEETS.indicators, 3 + N - 1, col("status:2025"))).toBe("Đạt");
    expect(wb.cell(SHEETS.indicators, 3 + N - 1, col("progress"))).toBe("Năm 2026: 9.999 / mục tiêu 2030: 10.000");
  });

  it("writes a whole task sheet in at most 6 ops", () => {
    const records: TaskRecord[] = Array.from({ length: N }, (_, i) => ({ row: 3 + i, rowId: `t${i}`, cells: {} }));
    const ops = statusPatch(layouts.tasks, records, [], records.map((r) => taskStatus(r.rowId as string, "inProgress")));
    expect(ops.length).toBeLessThanOrEqual(6);
  });
});
