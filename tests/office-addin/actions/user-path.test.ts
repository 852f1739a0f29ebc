import { FINDING_FILLS, FINDING_MARK, columnOf } from "../../../core/layout";
import { a1 } from "../../../core/patch";
import { createFromTemplate } from "../../../office-addin/actions/create";
import { checkEverything } from "../../../office-addin/actions/check-all";
import { watchEdits, type EditOutcome } from "../../../office-addin/actions/live-validation";
import { runStatuses } from "../../../office-addin/actions/statuses";
import { loadTemplate } from "../../../core/template/catalog";
import { run, setup } from "../helpers";

const cell = (row: number, col: number) => a1({ row, col, rows: 1, cols: 1 });

describe("full user path on the Hải Dương template", () => {
  it("creates, validates live, computes statuses and builds the summary", async () => {
    const { fake, session } = setup(18);
    const created = await run(fake, (ctx) => createFromTemplate(ctx, session, loadTemplate("hai-duong-1768-2022")));
    expect(created.kind).toBe("created");
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Chỉ tiêu", "Nhiệm vụ", "Tổng hợp", "_chitieu"]));
    expect(fake.workbook.sheet("_chitieu").visibility).toBe("Hidden");
    const wb = session.wb!;
    const layout = wb.meta.taskLayout;
    const tasks = fake.workbook.sheet(layout.sheet);
    expect(tasks.protection.protected).toBe(true);
    const percentCol = columnOf(layout, "percent")!;
    const codeCol = columnOf(layout, "code")!;
    // Structural columns are locked, reporting columns are not.
    const first = wb.taskRecords.find((r) => r.rowId !== null)!;
    expect(tasks.isLocked(first.row, codeCol)).toBe(true);
    expect(tasks.isLocked(first.row, percentCol)).toBe(false);

    const outcomes: EditOutcome[] = [];
    await run(fake, (ctx) => watchEdits(ctx, session, (o) => outcomes.push(o), (e) => { throw e; }));
    fake.resetCounts();

    // A bad percentage: the finding appears as a fill and a note, and in the task pane list.
    await fake.type(layout.sheet, cell(first.row, percentCol), 150);
    const checked = outcomes.filter((o) => o.kind === "checked");
    expect(checked).toHaveLength(1);
    expect(fake.syncs).toBeLessThanOrEqual(2);
    expect(fake.runs.every((r) => r.delayForCellEdit)).toBe(true);
    const key = `${first.row},${percentCol}`;
    expect(tasks.fills.get(key)).toBe(FINDING_FILLS.error);
    expect(tasks.notes.get(key)).toContain(FINDING_MARK);
    expect(session.findings.some((f) => f.row === first.row && f.column === "percent")).toBe(true);

    // Fixing it clears the mark.
    fake.resetCounts();
    await fake.type(layout.sheet, cell(first.row, percentCol), 50);
    expect(fake.syncs).toBeLessThanOrEqual(2);
    expect(tasks.notes.has(key)).toBe(false);
    expect(tasks.fills.get(key) ?? null).not.toBe(FINDING_FILLS.error);
    expect(session.findings.some((f) => f.row === first.row && f.column === "percent")).toBe(false);

    // Check everything: at most 3 requests.
    fake.resetCounts();
    const all = await run(fake, (ctx) => checkEverything(ctx, session));
    expect(all.error).toBeNull();
    expect(fake.syncs).toBeLessThanOrEqual(3);

    // Statuses: the computed columns are written.
    const statuses = await run(fake, (ctx) => runStatuses(ctx, session));
    expect(statuses.result!.taskStatuses.length).toBe(wb.plan.tasks.length);
    // Its writes into the tracking sheet come back as change events and are ignored, not re-validated.
    await fake.settle();
    expect(outcomes.some((o) => o.kind === "ignored" && o.reason === "own")).toBe(true);
    const assessmentCol = columnOf(layout, "assessment")!;
    expect(tasks.get(first.row, assessmentCol)).not.toBe("");

    // Summary in one click: native charts, calculation suspended, three requests.
    fake.resetCounts();
    const summary = await run(fake, (ctx) => runStatuses(ctx, session, { summary: true }));
    expect(summary.summary).not.toBeNull();
    expect(fake.syncs).toBeLessThanOrEqual(3);
    expect(fake.suspendCalcCalls).toBeGreaterThanOrEqual(1);
    const sheet = fake.workbook.sheet("Tổng hợp");
    expect(sheet.charts.length).toBe(2);
    expect(sheet.charts.map((c) => c.type).sort()).toEqual(["BarClustered", "BarStacked"]);
    await fake.settle();
    expect(fake.violations).toEqual([]);
  });
});
