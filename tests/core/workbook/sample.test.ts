import { SHEETS, trackingWorkbookPatch } from "../../../core/layout";
import { MemoryWorkbook } from "../../../core/patch";
import { loadSample, loadTemplate } from "../../../core/template";
import {
  checkRows,
  checkWorkbook,
  computeStatuses,
  findingMarks,
  openTrackingWorkbook,
  samplePatch,
  statusJob,
  statusMarks,
  summarize,
  type TrackingWorkbook,
} from "../../../core/workbook";

/** 25/11/2026, 10:00 in Viet Nam. */
const NOW = Date.UTC(2026, 10, 25, 3);

function open(book: MemoryWorkbook): TrackingWorkbook {
  const { workbook, error } = openTrackingWorkbook((name) => (book.sheetNames().includes(name) ? book.contents(name) : null));
  expect(error).toBeNull();
  return workbook as TrackingWorkbook;
}

describe("jobs on the Đồng Tháp tracking workbook with the bundled sample", () => {
  const plan = loadTemplate("dong-thap-328-2024").plan!;
  const sample = loadSample("dong-thap-328-2024").sample!;
  const book = new MemoryWorkbook();
  book.applyPatch(trackingWorkbookPatch(plan, { asOf: 2026 }));
  book.applyPatch(samplePatch(open(book), sample));
  const wb = open(book);

  it("rebuilds the plan from the sheets: every indicator and task", () => {
    expect(wb.plan.indicators).toHaveLength(plan.indicators.length);
    expect(wb.plan.tasks).toHaveLength(64);
    expect(wb.plan.indicators.map((i) => i.id)).toEqual(plan.indicators.map((i) => i.id));
  });

  it("finds the sample's deliberately wrong cells", () => {
    const findings = checkWorkbook(wb, { now: NOW });
    const at = (id: string, year: number) => {
      const row = wb.indicatorRecords.find((r) => r.rowId === id)!.row;
      return findings.filter((f) => f.row === row && f.column === `actual:${year}`).map((f) => f.code);
    };
    expect(at("2.6", 2026)).toContain("indicator.actual.notANumber");
    expect(at("9.1", 2026)).toContain("indicator.value.ambiguous");
    expect(at("8.3", 2025).join(" ")).toMatch(/percent/i);
    expect(at("5.12", 2026).join(" ")).toMatch(/unit/i);
    expect(at("5.10", 2024)).toContain("indicator.value.style");
    expect(findings.filter((f) => f.severity === "error").length).toBeGreaterThanOrEqual(3);
  });

  it("computes a status for every indicator and task, with every status the sample was built for", () => {
    const result = computeStatuses(wb, { now: NOW });
    // Rows with no target cell at all (7.4, 10.1 and 10.2 headers, 9.3's sub-rows) have no status.
    const withTargets = plan.indicators.filter((i) => Object.keys(i.targets).length > 0);
    expect(withTargets).toHaveLength(100);
    expect(result.current.map((s) => s.indicatorId)).toEqual(withTargets.map((i) => i.id));
    expect(result.taskStatuses).toHaveLength(64);
    const seen = new Set(result.current.map((s) => s.status));
    for (const s of ["achieved", "exceeded", "onTrack", "atRisk", "offTrack", "noTrend", "noData", "noTarget", "needsAssessment"]) {
      expect(seen).toContain(s);
    }
  });

  it("holds back the sample's wrong values: no forecast of −87%, no progress ratio of −1006%", () => {
    const result = computeStatuses(wb, { now: NOW });
    const at = (id: string) => result.current.find((s) => s.indicatorId === id)!;
    // 5.12: "5 người" in a % row (2026); 2.6: "abc"; 9.1: "1,234"; 8.3: a percentage over 100 (2025).
    for (const id of ["5.12", "2.6", "9.1", "8.3"]) expect([id, at(id).status]).toEqual([id, "dataToCorrect"]);
    expect(at("5.12").explanation.vi).toContain("«5 người» ghi đơn vị «người»");
    expect(at("5.12").evidence).toMatchObject({ projected: null, ratio: null });
    const { summary } = summarize(wb, result, { now: NOW });
    expect(summary.toCorrect.map((x) => x.code)).toEqual(["2.6", "5.12", "8.3", "9.1"]);
    // None of them reaches the list of concerns (with a forecast and a ratio) or the charts' judged columns.
    const held = new Set(summary.toCorrect.map((x) => x.code));
    expect(summary.indicatorConcerns.filter((c) => held.has(c.code))).toEqual([]);
    expect(summary.indicatorTotals.dataToCorrect).toBe(4);
  });

  it("counts 89 indicators as the plan numbers them, over 100 rows judged (16 sub-rows), in every host's overview", () => {
    const { overview } = statusJob(wb, { now: NOW });
    expect([overview.indicatorCount, overview.rowCount, overview.subRowCount]).toEqual([89, 100, 16]);
    expect(overview.indicators.reduce((n, l) => n + l.count, 0)).toBe(89);
    const { summary } = summarize(wb, computeStatuses(wb, { now: NOW }), { now: NOW });
    expect(summary.indicatorCount).toBe(89);
  });

  it("writes statuses, marks findings and generates the summary with two charts", () => {
    const result = computeStatuses(wb, { now: NOW });
    const copy = new MemoryWorkbook();
    copy.applyPatch(trackingWorkbookPatch(plan, { asOf: 2026 }));
    copy.applyPatch(samplePatch(open(copy), sample));
    copy.resetCounts();
    copy.applyPatch(statusMarks(wb, result));
    // A 105-row indicator sheet and a 64-row task sheet: a handful of ops, not one per cell.
    expect(copy.opTotal).toBeLessThanOrEqual(12);
    const row21 = wb.indicatorRecords.find((r) => r.rowId === "2.1")!.row;
    const statusCol = wb.meta.indicatorLayout.columns.find((c) => c.key === "status:2030")!.col;
    expect(String(copy.cell(SHEETS.indicators, row21, statusCol))).not.toBe("");

    const { summary, patch } = summarize(wb, result, { now: NOW });
    copy.applyPatch(patch);
    expect(summary.byArea).toHaveLength(10);
    expect(copy.sheet(SHEETS.summary)?.charts).toHaveLength(2);
  });

  it("live-validates edited rows only and clears the mark once the cell is fixed", () => {
    const copy = new MemoryWorkbook();
    copy.applyPatch(trackingWorkbookPatch(plan, { asOf: 2026 }));
    const layout = open(copy).meta.indicatorLayout;
    const row = open(copy).indicatorRecords.find((r) => r.rowId === "2.1")!.row;
    const col = layout.columns.find((c) => c.key === "actual:2026")!.col;
    const span = Math.min(...layout.columns.map((c) => c.col));
    const width = Math.max(...layout.columns.map((c) => c.col)) - span + 1;
    const notesOf = () => [Array.from({ length: width }, (_, j) => (copy.readNotes(SHEETS.indicators, { row, col: span + j, rows: 1, cols: 1 })[0][0] ?? null) as string | null)];

    copy.applyPatch([{ op: "setValues", sheet: SHEETS.indicators, row, col, values: [["abc"]] }]);
    let wb2 = open(copy);
    let findings = checkRows(wb2, "indicators", [row]);
    expect(findings.map((f) => f.code)).toContain("indicator.actual.notANumber");
    copy.applyPatch(findingMarks(wb2, "indicators", [row], findings, notesOf()));
    expect(copy.readNotes(SHEETS.indicators, { row, col, rows: 1, cols: 1 })[0][0]).toMatch(/Chỉ Tiêu/);

    copy.applyPatch([{ op: "setValues", sheet: SHEETS.indicators, row, col, values: [[2.9]] }]);
    wb2 = open(copy);
    findings = checkRows(wb2, "indicators", [row]);
    expect(findings.filter((f) => f.column === "actual:2026")).toEqual([]);
    copy.applyPatch(findingMarks(wb2, "indicators", [row], findings, notesOf()));
    expect(copy.readNotes(SHEETS.indicators, { row, col, rows: 1, cols: 1 })[0][0] ?? null).toBeNull();
  });
});
