import { SHEETS, columnOf } from "../../../core/layout";
import { loadTemplate } from "../../../core/template";
import { openWorkbook } from "../../../office-addin/actions/context";
import { createFromTemplate } from "../../../office-addin/actions/create";
import { saveSettings, setStructureLock } from "../../../office-addin/actions/tools";
import { run, setup } from "../helpers";

async function created() {
  const { fake, session } = setup(18);
  const out = await run(fake, (ctx) => createFromTemplate(ctx, session, loadTemplate("hai-duong-1768-2022")));
  if (out.kind !== "created") throw new Error("not created");
  return { fake, session };
}

describe("settings", () => {
  it("saves the reporting year, language and projection into the meta sheet in two requests", async () => {
    const { fake, session } = await created();
    const { from } = session.wb!.meta.period;
    fake.resetCounts();
    const out = await run(fake, (ctx) => saveSettings(ctx, session, { asOf: from + 1, lang: "en", projection: "cagr" }));
    expect(out.error).toBeNull();
    expect(fake.syncs).toBe(2);
    expect(session.lang).toBe("en");
    // Read back from the workbook, not from the session.
    session.wb = null;
    const reopened = await run(fake, (ctx) => openWorkbook(ctx, session));
    expect(reopened.wb!.meta.settings).toEqual({ asOf: from + 1, lang: "en", projection: "cagr", yearMode: "fixed" });
    expect(fake.violations).toEqual([]);
  });

  it("an empty year is automatic: the year being prepared on the session's day", async () => {
    // Hải Dương reports by 10/12: on 11/12/2024 (00:30 in Viet Nam, 17:30 UTC the day before) it prepares 2025.
    const { fake, session } = setup(18, { now: Date.UTC(2024, 11, 10, 17, 30) });
    await run(fake, (ctx) => createFromTemplate(ctx, session, loadTemplate("hai-duong-1768-2022"), { asOf: 2022 }));
    const out = await run(fake, (ctx) => saveSettings(ctx, session, { asOf: null, lang: "vi", projection: "linear" }));
    expect(out.error).toBeNull();
    expect(session.wb!.meta.settings).toMatchObject({ asOf: 2025, yearMode: "auto" });
    session.wb = null;
    const reopened = await run(fake, (ctx) => openWorkbook(ctx, session));
    expect(reopened.wb!.meta.settings).toMatchObject({ asOf: 2025, yearMode: "auto" });
    // One minute before midnight in Viet Nam on 10/12, still 2024.
    session.now = () => Date.UTC(2024, 11, 10, 16, 59);
    const before = await run(fake, (ctx) => openWorkbook(ctx, session));
    expect(before.wb!.meta.settings.asOf).toBe(2024);
  });

  it("refuses a year outside the plan period and writes nothing", async () => {
    const { fake, session } = await created();
    const { to } = session.wb!.meta.period;
    const before = JSON.stringify([...fake.workbook.sheet(SHEETS.meta).values]);
    fake.resetCounts();
    const out = await run(fake, (ctx) => saveSettings(ctx, session, { asOf: to + 5, lang: "vi", projection: "linear" }));
    expect(out.error?.code).toBe("period.yearOutsidePlan");
    expect(out.error?.vi).toContain(String(to + 5));
    expect(fake.syncs).toBe(1);
    expect(JSON.stringify([...fake.workbook.sheet(SHEETS.meta).values])).toBe(before);
  });

  it("without a tracking workbook says so", async () => {
    const { fake, session } = setup(18);
    const out = await run(fake, (ctx) => saveSettings(ctx, session, { asOf: 2025, lang: "vi", projection: "linear" }));
    expect(out.error).not.toBeNull();
  });
});

describe("lock and unlock the structural columns", () => {
  it("switches the sheet protection in two requests each; locked cells stay as made", async () => {
    const { fake, session } = await created();
    const layout = session.wb!.meta.taskLayout;
    const sheets = [layout.sheet, session.wb!.meta.indicatorLayout.sheet].map((n) => fake.workbook.sheet(n));
    expect(sheets.every((s) => s.protection.protected)).toBe(true);

    fake.resetCounts();
    expect((await run(fake, (ctx) => setStructureLock(ctx, session, false))).error).toBeNull();
    expect(fake.syncs).toBe(2);
    expect(sheets.some((s) => s.protection.protected)).toBe(false);
    // Unlocking twice is harmless.
    expect((await run(fake, (ctx) => setStructureLock(ctx, session, false))).error).toBeNull();

    fake.resetCounts();
    expect((await run(fake, (ctx) => setStructureLock(ctx, session, true))).error).toBeNull();
    expect(fake.syncs).toBe(2);
    expect(sheets.every((s) => s.protection.protected)).toBe(true);
    expect(sheets[0].protection.options).toEqual(expect.objectContaining({ allowFormatCells: true, allowSort: true, allowAutoFilter: true }));
    // Locking an already locked workbook does not protect twice (Excel would refuse).
    expect((await run(fake, (ctx) => setStructureLock(ctx, session, true))).error).toBeNull();
    const row = session.wb!.taskRecords.find((r) => r.rowId !== null)!.row;
    expect(sheets[0].isLocked(row, columnOf(layout, "code")!)).toBe(true);
    expect(sheets[0].isLocked(row, columnOf(layout, "percent")!)).toBe(false);
    expect(fake.violations).toEqual([]);
  });

  it("without a tracking workbook says so and touches nothing", async () => {
    const { fake, session } = setup(18);
    fake.resetCounts();
    const out = await run(fake, (ctx) => setStructureLock(ctx, session, true));
    expect(out.error?.code).toBe("excel.error.noWorkbook");
    expect(fake.syncs).toBe(0);
  });
});
