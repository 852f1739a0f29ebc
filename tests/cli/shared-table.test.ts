import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { trackingWorkbookPatch } from "../../core/layout";
import type { PatchOp } from "../../core/patch";
import { writePatched } from "../../cli/tracking-file";
import { entryCell, expectedSharedResults, overviewKey, SHARED_ENTRIES, SHARED_SETTINGS, sharedPlan, sharedWorkbook, statusKey } from "../fixtures/shared-table";
import { run } from "./helpers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-shared-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The shared table as an .xlsx file: the tracking workbook of `sharedPlan()`, every entry typed in. */
async function sharedFile(): Promise<string> {
  const { open } = sharedWorkbook();
  const wb = open();
  const typed: PatchOp[] = SHARED_ENTRIES.map((e) => {
    const { sheet, row, col } = entryCell(wb, e);
    return { op: "setValues", sheet, row, col, values: [[e.value as string | number]] };
  });
  const file = path.join(dir, "shared.xlsx");
  await writePatched({ workbook: new ExcelJS.Workbook() }, [...trackingWorkbookPatch(sharedPlan(), { asOf: SHARED_SETTINGS.asOf }), ...typed], file);
  return file;
}

describe("the shared table through the CLI", () => {
  it("gives the core's statuses and overview counts at the shared instant, and says which errors remain", async () => {
    const file = await sharedFile();
    const want = expectedSharedResults();
    const status = await run(["status", file, "--json"], "", process.cwd(), SHARED_SETTINGS.now);
    expect(status.code).toBe(0);
    const got = JSON.parse(status.out) as {
      asOf: number;
      asOfDate: string;
      overview: { indicatorCount: number; rowCount: number; taskCount: number; toCorrect: number; indicators: Record<string, number>; tasks: Record<string, number> };
      indicators: { id: string; milestone: number; status: string }[];
      tasks: { id: string; status: string }[];
    };
    expect(got.asOf).toBe(SHARED_SETTINGS.asOf);
    // The task statuses are judged on the hosts' day in Viet Nam, not the UTC one.
    expect(got.asOfDate).toBe(SHARED_SETTINGS.today);
    expect(got.indicators.map((s) => statusKey({ indicatorId: s.id, milestone: s.milestone, status: s.status })).sort()).toEqual(
      want.statuses.indicatorStatuses.map(statusKey).sort(),
    );
    expect(got.tasks.map((s) => statusKey({ taskId: s.id, status: s.status })).sort()).toEqual(want.statuses.taskStatuses.map(statusKey).sort());
    const lines = (counts: Record<string, number>) => Object.entries(counts).map(([code, count]) => ({ code, count }));
    expect(overviewKey({ year: got.asOf, ...got.overview, indicators: lines(got.overview.indicators), tasks: lines(got.overview.tasks) })).toBe(
      overviewKey(want.overview),
    );

    const summary = await run(["summary", file, "-o", path.join(dir, "summary.xlsx")], "", process.cwd(), SHARED_SETTINGS.now);
    expect(summary.code).toBe(0);
    const errors = want.findings.filter((f) => f.severity === "error").length;
    // Before (on the progress stream) and after (with the result): how many errors remain and where.
    expect(summary.err).toContain(`Còn ${errors} lỗi cần sửa: 'Chỉ tiêu'!L6, 'Chỉ tiêu'!L7, 'Chỉ tiêu'!L8, 'Nhiệm vụ'!G8`);
    expect(summary.out).toContain(`Còn ${errors} lỗi cần sửa: 'Chỉ tiêu'!L6`);
    expect(summary.out).toContain(want.overview.indicatorLine.vi);
  });

  it("refuses a --year outside the plan, saying the plan's years", async () => {
    const file = await sharedFile();
    for (const args of [["status", file, "--year", "2031"], ["validate", file, "--year", "2023"], ["summary", file, "-o", path.join(dir, "x.xlsx"), "--year", "2031"]]) {
      const r = await run(args, "", process.cwd(), SHARED_SETTINGS.now);
      expect(r.code).not.toBe(0);
      expect(r.err).toContain("nằm ngoài thời gian của kế hoạch (2024–2030)");
    }
  });
});
