import { columnOf, trackingWorkbookPatch, type SheetLayout } from "../../../core/layout";
import { MemoryWorkbook, a1 } from "../../../core/patch";
import { checkWorkbook, computeStatuses, openTrackingWorkbook } from "../../../core/workbook";
import { checkEverything } from "../../../office-addin/actions/check-all";
import { createFromTemplate } from "../../../office-addin/actions/create";
import { runStatuses } from "../../../office-addin/actions/statuses";
import { SHARED_ENTRIES, SHARED_SETTINGS, sharedPlan } from "../../fixtures/shared-table";
import { run, setup } from "../helpers";

const key = (f: { sheet: string; row: number; column: string; code: string; severity: string }) => `${f.sheet}!${f.row}:${f.column} ${f.severity} ${f.code}`;

/** The expected results: the core alone on an in-memory workbook (what every host must match). */
function expected() {
  const plan = sharedPlan();
  const mem = new MemoryWorkbook().applyPatch(trackingWorkbookPatch(plan, { asOf: SHARED_SETTINGS.asOf }));
  const opened = openTrackingWorkbook((s) => (mem.hasSheet(s) ? mem.read(s) : null)).workbook!;
  for (const e of SHARED_ENTRIES) {
    const layout: SheetLayout = e.sheet === "indicators" ? opened.meta.indicatorLayout : opened.meta.taskLayout;
    const records = e.sheet === "indicators" ? opened.indicatorRecords : opened.taskRecords;
    const row = records.find((r) => r.rowId === e.rowId)!.row;
    mem.sheet(layout.sheet).enter(row, columnOf(layout, e.key as never)!, e.value as never);
  }
  const wb = openTrackingWorkbook((s) => (mem.hasSheet(s) ? mem.read(s) : null)).workbook!;
  const o = { today: SHARED_SETTINGS.today };
  return { findings: [...wb.planFindings, ...checkWorkbook(wb, o)], statuses: computeStatuses(wb, o) };
}

describe("the shared table through the Excel host", () => {
  it("gives the same findings and statuses as the core on the same cells", async () => {
    const { fake, session } = setup(18, { today: SHARED_SETTINGS.today });
    const made = await run(fake, (ctx) => createFromTemplate(ctx, session, { plan: sharedPlan(), error: null }, { asOf: SHARED_SETTINGS.asOf }));
    expect(made.kind).toBe("created");
    const wb = session.wb!;
    for (const e of SHARED_ENTRIES) {
      const layout: SheetLayout = e.sheet === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout;
      const row = (e.sheet === "indicators" ? wb.indicatorRecords : wb.taskRecords).find((r) => r.rowId === e.rowId)!.row;
      await fake.type(layout.sheet, a1({ row, col: columnOf(layout, e.key as never)!, rows: 1, cols: 1 }), e.value);
    }
    const checked = await run(fake, (ctx) => checkEverything(ctx, session));
    const statuses = await run(fake, (ctx) => runStatuses(ctx, session));
    const want = expected();
    expect(checked.findings.map(key).sort()).toEqual(want.findings.map(key).sort());
    expect(checked.findings.some((f) => f.severity === "error")).toBe(true);
    const st = (s: { indicatorId?: string; taskId?: string; milestone?: number; status: string }) => `${s.indicatorId ?? s.taskId} ${s.milestone ?? ""} ${s.status}`;
    expect(statuses.result!.indicatorStatuses.map(st).sort()).toEqual(want.statuses.indicatorStatuses.map(st).sort());
    expect(statuses.result!.taskStatuses.map(st).sort()).toEqual(want.statuses.taskStatuses.map(st).sort());
    expect(fake.violations).toEqual([]);
  });
});
