import type { Cell } from "../../../core/grid";
import { progressText } from "../../../core/layout";
import { MemoryWorkbook } from "../../../core/patch";
import type { IndicatorStatus, TaskStatus } from "../../../core/model";
import { computeStatuses, overviewOf, statusJob, summarize, type TrackingWorkbook } from "../../../core/workbook";
import { entryCell, sharedWorkbook, type SharedEntry } from "../../fixtures/shared-table";

/** 25/11/2025, 10:00 in Viet Nam; the workbook's year is fixed at 2025. */
const NOW = Date.UTC(2025, 10, 25, 3);

type Typed = [SharedEntry["sheet"], string, string, Cell];

/** The shared plan's workbook with these cells typed in, opened. */
function workbook(cells: readonly Typed[]): TrackingWorkbook {
  const { book, open } = sharedWorkbook();
  for (const [sheet, rowId, key, value] of cells) {
    const at = entryCell(open(), { sheet, rowId, key, value, why: "" });
    book.sheet(at.sheet).enter(at.row, at.col, value as never);
  }
  return open();
}

const current = (wb: TrackingWorkbook, id: string): IndicatorStatus => {
  const s = computeStatuses(wb, { now: NOW }).current.find((x) => x.indicatorId === id);
  if (!s) throw new Error(`no status for ${id}`);
  return s;
};
const task = (wb: TrackingWorkbook, id: string): TaskStatus => {
  const s = computeStatuses(wb, { now: NOW }).taskStatuses.find((x) => x.taskId === id);
  if (!s) throw new Error(`no status for ${id}`);
  return s;
};

/**
 * Every status a good value gives, and the same row with one bad value in a cell it reads: the
 * bad value is never used, the status is "Số liệu cần sửa" naming the cell and what is wrong.
 */
const INDICATOR_CASES: { name: string; good: Typed[]; goodStatus: string; bad: Typed; cell: string; vi: string; en: string }[] = [
  {
    name: "105 in a % row (would read 'Vượt')",
    good: [["indicators", "2.5", "actual:2024", 45], ["indicators", "2.5", "actual:2025", 47]],
    goodStatus: "atRisk",
    bad: ["indicators", "2.5", "actual:2025", 105],
    cell: "L9",
    vi: "Giá trị 105 nằm ngoài khoảng 0–100",
    en: "105",
  },
  {
    name: "-5 in a % row",
    good: [["indicators", "1/1", "actual:2025", 100]],
    goodStatus: "achieved",
    bad: ["indicators", "1/1", "actual:2025", -5],
    cell: "L4",
    vi: "-5",
    en: "-5",
  },
  {
    name: "text in a number cell",
    good: [["indicators", "2.1", "actual:2025", "2,5"]],
    goodStatus: "achieved",
    bad: ["indicators", "2.1", "actual:2025", "abc"],
    cell: "L5",
    vi: "“abc” không chứa số",
    en: "abc",
  },
  {
    name: "a value in another unit",
    good: [["indicators", "3.2", "actual:2025", 29]],
    goodStatus: "achieved",
    bad: ["indicators", "3.2", "actual:2025", "5 người"],
    cell: "L11",
    vi: "«5 người» ghi đơn vị «người», khác với đơn vị tính của dòng là «%»",
    en: "“5 người” carries the unit “người”, which differs from the row's unit “%”",
  },
  {
    name: "an earlier year's bad value (it would feed the trend)",
    good: [["indicators", "2.5", "actual:2024", 45], ["indicators", "2.5", "actual:2025", 47]],
    goodStatus: "atRisk",
    bad: ["indicators", "2.5", "actual:2024", "1,234"],
    cell: "K9",
    vi: "“1,234” có hai cách hiểu",
    en: "1,234",
  },
  {
    name: "a bad baseline",
    good: [["indicators", "3.3", "actual:2025", 70]],
    goodStatus: "noTrend",
    bad: ["indicators", "3.3", "baselineValue", "nhiều"],
    cell: "J12",
    vi: "nhiều",
    en: "nhiều",
  },
];

describe("no status from a bad value: indicators", () => {
  it.each(INDICATOR_CASES)("$name → Số liệu cần sửa, naming the cell, in both languages", ({ good, goodStatus, bad, cell, vi, en }) => {
    const id = bad[1];
    expect(current(workbook(good), id).status).toBe(goodStatus);
    const wb = workbook([...good.filter((g) => g[2] !== bad[2]), bad]);
    const s = current(wb, id);
    expect(s.status).toBe("dataToCorrect");
    expect(s.explanation.vi).toMatch(new RegExp(`^Chưa đánh giá vì số liệu cần sửa — ô ${cell}: `));
    expect(s.explanation.vi).toContain(vi);
    expect(s.explanation.en).toMatch(new RegExp(`^Not judged because the data must be corrected — cell ${cell}: `));
    expect(s.explanation.en).toContain(en);
    expect(s.issues?.map((i) => [i.cell, i.severity])).toEqual([[cell, "error"]]);
    // Nothing behind it: no value, no projection, no ratio (so no forecast or progress ratio anywhere).
    expect(s.evidence).toMatchObject({ value: null, valueYear: null, projected: null, ratio: null, gap: null, baseline: null });
    expect(progressText([s])).toBeNull();
  });

  it("a bad value after the milestone does not change a milestone already judged", () => {
    // As of 2026, the 2025 milestone of 2.1 is final from the 2025 value; a bad 2026 value does not touch it.
    const wb = workbook([["indicators", "2.1", "actual:2025", "2,5"], ["indicators", "2.1", "actual:2026", "abc"]]);
    const all = computeStatuses(wb, { now: NOW, asOf: 2026 }).indicatorStatuses.filter((s) => s.indicatorId === "2.1");
    expect(all.map((s) => [s.milestone, s.status])).toEqual([
      [2025, "achieved"],
      [2030, "dataToCorrect"],
    ]);
  });

  it("a row without a target for the milestone reads no value and stays as it is", () => {
    const wb = workbook([["indicators", "2.1", "actual:2025", "abc"]]);
    const noTarget = computeStatuses(wb, { now: NOW }).indicatorStatuses.filter((s) => s.status === "noTarget");
    expect(noTarget.every((s) => s.issues === undefined)).toBe(true);
  });

  it("warnings are used, and the status says so", () => {
    // "1.5" can only mean one and a half: read so, with a warning.
    const wb = workbook([["indicators", "2.1", "actual:2025", "1.5"]]);
    const s = current(wb, "2.1");
    expect(s.status).toBe("achieved");
    expect(s.evidence.value).toBe(1.5);
    expect(s.issues?.map((i) => [i.cell, i.severity, i.code])).toEqual([["L5", "warning", "indicator.value.style"]]);
    expect(s.explanation.vi).toMatch(/— đạt\. \(Có cảnh báo ở ô L5: .+; số liệu vẫn được dùng, đề nghị kiểm tra lại\.\)$/);
    expect(s.explanation.en).toMatch(/\(Warnings on cell L5: .+; the data are still used, please check them\.\)$/);
  });
});

describe("no status from a bad value: tasks", () => {
  it.each([
    ["a percent over 100", ["tasks", "II.3", "percent", 150] as Typed, "G10", "150", "150"],
    ["a date that does not exist", ["tasks", "I.1", "completedOn", "31/02/2025"] as Typed, "H5", "31/02/2025", "31/02/2025"],
    ["a state nobody uses", ["tasks", "I.1", "state", "xong rồi"] as Typed, "F5", "xong rồi", "xong rồi"],
  ])("%s → Số liệu cần sửa, naming the cell, in both languages", (_, bad, cell, vi, en) => {
    const s = task(workbook([["tasks", bad[1], "state", "Đang triển khai"], bad]), bad[1]);
    expect(s.status).toBe("dataToCorrect");
    expect(s.explanation.vi).toMatch(new RegExp(`^Chưa đánh giá vì số liệu cần sửa — ô ${cell}: .*${vi}`));
    expect(s.explanation.en).toMatch(new RegExp(`^Not judged because the data must be corrected — cell ${cell}: .*${en}`));
    expect(s.evidence).toMatchObject({ percent: null, ratio: null, elapsed: null });
  });

  it("a warning (done without a date) is used, and the status says so", () => {
    const s = task(workbook([["tasks", "I.1", "state", "Hoàn thành"]]), "I.1");
    expect(s.status).toBe("doneOnTime");
    expect(s.issues?.map((i) => i.code)).toEqual(["task.done.noDate"]);
    expect(s.explanation.vi).toContain("(Có cảnh báo ở ô H5:");
  });
});

describe("bad values in the counts, the overview and the summary", () => {
  const wb = workbook([
    ["indicators", "1/1", "actual:2025", 100],
    ["indicators", "2.5", "actual:2024", 45],
    ["indicators", "2.5", "actual:2025", 105],
    ["indicators", "3.2", "actual:2025", "5 người"],
    ["tasks", "II.3", "percent", 150],
  ]);
  const { result, overview } = statusJob(wb, { now: NOW });

  it("are counted apart, never judged", () => {
    expect(overview.indicators.map((l) => [l.code, l.count])).toEqual([
      ["achieved", 1],
      ["noData", 6],
      ["dataToCorrect", 2],
    ]);
    expect(overview.toCorrect).toBe(3);
    expect(overview.tasks.find((l) => l.code === "dataToCorrect")?.count).toBe(1);
    // The values held back are not read as numbers anywhere downstream.
    expect(result.observations.filter((o) => o.indicatorId === "2.5").map((o) => [o.year, o.value, o.raw])).toEqual([
      [2024, 45, "45"],
      [2025, null, "105"],
    ]);
  });

  it("the summary lists them apart, with no forecast or ratio, and says how many under its title", () => {
    const { summary, patch } = summarize(wb, result, { now: NOW });
    expect(summary.indicatorTotals.dataToCorrect).toBe(2);
    expect(summary.indicatorConcerns.map((c) => c.indicatorId)).toEqual([]);
    expect(summary.toCorrect.map((x) => [x.sheet, x.cell, x.code])).toEqual([
      ["Chỉ tiêu", "L9", "2.5"],
      ["Chỉ tiêu", "L11", "3.2"],
      ["Nhiệm vụ", "G10", "II.3"],
    ]);
    expect(summary.paragraph.vi).toContain("2 chỉ tiêu có số liệu cần sửa nên chưa đánh giá");
    expect(summary.paragraph.en).toContain("2 not judged because their data must be corrected");
    const sheet = new MemoryWorkbook().applyPatch(patch);
    expect(sheet.cell("Tổng hợp", 3, 0)).toBe("Còn 3 ô số liệu có lỗi, chưa được dùng để đánh giá (xem mục IX).");
  });

  it("the overview is the same counted from the result again", () => {
    expect(overviewOf(wb, result, { now: NOW })).toEqual(overview);
  });
});
