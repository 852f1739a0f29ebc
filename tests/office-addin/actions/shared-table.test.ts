import { columnOf, type SheetLayout } from "../../../core/layout";
import { a1 } from "../../../core/patch";
import { vietnamDate } from "../../../core/workbook";
import { checkEverything } from "../../../office-addin/actions/check-all";
import { createFromTemplate } from "../../../office-addin/actions/create";
import { validateEdit } from "../../../office-addin/actions/live-validation";
import { runStatuses } from "../../../office-addin/actions/statuses";
import {
  expectedSharedResults,
  findingKey,
  liveEditKey,
  overviewKey,
  SHARED_ENTRIES,
  SHARED_SETTINGS,
  sharedPlan,
  statusKey,
} from "../../fixtures/shared-table";
import { run, setup } from "../helpers";

describe("the shared table through the Excel host", () => {
  it("gives the core's live-edit results, findings, statuses, overview counts and date on the same cells", async () => {
    const { fake, session } = setup(18, { now: SHARED_SETTINGS.now });
    const made = await run(fake, (ctx) => createFromTemplate(ctx, session, { plan: sharedPlan(), error: null }, { asOf: SHARED_SETTINGS.asOf }));
    expect(made.kind).toBe("created");
    const want = expectedSharedResults();
    expect(vietnamDate(session.now())).toBe(want.today);
    const wb = session.wb!;
    const live: string[] = [];
    for (const e of SHARED_ENTRIES) {
      const layout: SheetLayout = e.sheet === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout;
      const row = (e.sheet === "indicators" ? wb.indicatorRecords : wb.taskRecords).find((r) => r.rowId === e.rowId)!.row;
      const address = a1({ row, col: columnOf(layout, e.key as never)!, rows: 1, cols: 1 });
      await fake.type(layout.sheet, address, e.value);
      const outcome = await run(fake, (ctx) => validateEdit(ctx, session, { worksheetName: layout.sheet, address }));
      if (outcome.kind !== "checked") throw new Error(`edit of ${e.rowId} ${e.key} not checked: ${outcome.reason}`);
      live.push(liveEditKey(e, outcome.findings, outcome.statuses));
    }
    expect(live).toEqual(want.liveEdits);
    const checked = await run(fake, (ctx) => checkEverything(ctx, session));
    const statuses = await run(fake, (ctx) => runStatuses(ctx, session));
    expect(checked.findings.map(findingKey).sort()).toEqual(want.findings.map(findingKey).sort());
    expect(checked.findings.some((f) => f.severity === "error")).toBe(true);
    expect(statuses.result!.indicatorStatuses.map(statusKey).sort()).toEqual(want.statuses.indicatorStatuses.map(statusKey).sort());
    expect(statuses.result!.taskStatuses.map(statusKey).sort()).toEqual(want.statuses.taskStatuses.map(statusKey).sort());
    expect(overviewKey(statuses.overview!)).toBe(overviewKey(want.overview));
    expect(fake.violations).toEqual([]);
  });
});
