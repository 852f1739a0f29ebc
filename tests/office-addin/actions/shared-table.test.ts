import { columnOf, type SheetLayout } from "../../../core/layout";
import { a1 } from "../../../core/patch";
import { checkEverything } from "../../../office-addin/actions/check-all";
import { createFromTemplate } from "../../../office-addin/actions/create";
import { runStatuses } from "../../../office-addin/actions/statuses";
import { expectedSharedResults, findingKey, SHARED_ENTRIES, SHARED_SETTINGS, sharedPlan, statusKey } from "../../fixtures/shared-table";
import { run, setup } from "../helpers";

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
    const want = expectedSharedResults();
    expect(checked.findings.map(findingKey).sort()).toEqual(want.findings.map(findingKey).sort());
    expect(checked.findings.some((f) => f.severity === "error")).toBe(true);
    expect(statuses.result!.indicatorStatuses.map(statusKey).sort()).toEqual(want.statuses.indicatorStatuses.map(statusKey).sort());
    expect(statuses.result!.taskStatuses.map(statusKey).sort()).toEqual(want.statuses.taskStatuses.map(statusKey).sort());
    expect(fake.violations).toEqual([]);
  });
});
