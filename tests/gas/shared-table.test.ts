import { FINDING_MARK, SHEETS } from "../../core/layout";
import { handleEdit } from "../../gas/actions/edit";
import { createFromPlan } from "../../gas/actions/create";
import { setClock } from "../../gas/clock";
import { openEnv } from "../../gas/env";
import * as main from "../../gas/main";
import { readStoredSettings } from "../../gas/settings";
import {
  expectedSharedResults,
  findingKey,
  liveEditKey,
  overviewKey,
  SHARED_ENTRIES,
  SHARED_SETTINGS,
  sharedPlan,
  statusKey,
} from "../fixtures/shared-table";
import { columnOfKey, installFake, metaOf, typeInto, uninstallFake } from "./helpers";

afterEach(uninstallFake);

describe("the shared table through the Sheets add-on", () => {
  test("gives the core's live-edit results, findings, statuses, overview counts and date on the same cells", () => {
    const fake = installFake();
    setClock(() => SHARED_SETTINGS.now);
    // onEdit swallows and logs failures: a failed live check must not pass unseen.
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    createFromPlan(openEnv(), sharedPlan(), false);
    // The reporting year, as a person sets it in the sidebar's settings.
    const stored = readStoredSettings(openEnv().props);
    if (!stored) throw new Error("create stored no settings");
    expect(main.rpcSaveSettings({ ...stored, year: SHARED_SETTINGS.asOf }).ok).toBe(true);
    const want = expectedSharedResults();

    // Type each entry into its cell, as a person would, each edit checked live (the trigger's job).
    const meta = metaOf(fake);
    const live: string[] = [];
    for (const e of SHARED_ENTRIES) {
      const layout = e.sheet === "indicators" ? meta.indicatorLayout : meta.taskLayout;
      const sheet = fake.spreadsheet.sheet(e.sheet === "indicators" ? SHEETS.indicators : SHEETS.tasks);
      expect(sheet.name).toBe(layout.sheet);
      const idCol = columnOfKey(layout, "rowId") - 1;
      let row = -1;
      for (let r = layout.firstDataRow; r < sheet.getLastRow(); r++) if (sheet.value(r, idCol) === e.rowId) row = r;
      if (row < 0) throw new Error(`no row ${e.rowId} on ${layout.sheet}`);
      const outcome = handleEdit(typeInto(fake, sheet, row + 1, columnOfKey(layout, e.key), [[e.value]]));
      expect(outcome.skipped).toBeNull();
      live.push(liveEditKey(e, outcome.findings, outcome.statuses));
    }
    expect(live).toEqual(want.liveEdits);

    const checked = main.rpcCheckAll({});
    if (!checked.ok) throw new Error(checked.error.en);
    const statuses = main.rpcComputeStatuses({});
    if (!statuses.ok) throw new Error(statuses.error.en);
    const state = main.rpcGetState({});
    if (!state.ok) throw new Error(state.error.en);

    expect(checked.value.findings.map((f) => findingKey({ ...f, row: f.row - 1, column: columnKeyAt(meta, f.sheet, f.col - 1) })).sort()).toEqual(
      want.findings.map(findingKey).sort(),
    );
    expect(checked.value.total).toBe(want.findings.length);
    expect(checked.value.counts.error).toBeGreaterThan(0);
    expect(overviewKey(statuses.value)).toBe(overviewKey(want.overview));
    expect(statuses.value.indicatorLine).toEqual(want.overview.indicatorLine);
    expect(state.value.year).toBe(SHARED_SETTINGS.asOf);
    expect(logged).not.toHaveBeenCalled();

    // The status cells the add-on wrote are the core's statuses, in the sheet's own language.
    const sheet = fake.spreadsheet.sheet(meta.indicatorLayout.sheet);
    const row23 = rowOf(meta.indicatorLayout, sheet, "2.3");
    const statusCol = columnOfKey(meta.indicatorLayout, "status:2025") - 1;
    expect(sheet.value(row23, statusCol)).toBe("Số liệu cần sửa");
    expect(sheet.note(row23, statusCol)).toContain("140");
    const want23 = want.statuses.current.find((s) => s.indicatorId === "2.3");
    expect(statusKey(want23!)).toBe("2.3 2025 dataToCorrect");

    // Every finding is marked on its cell, and no other data cell carries a mark.
    for (const layout of [meta.indicatorLayout, meta.taskLayout]) {
      const s = fake.spreadsheet.sheet(layout.sheet);
      const marked: string[] = [];
      for (let r = layout.firstDataRow; r < s.getLastRow(); r++)
        for (const c of layout.columns) if (s.note(r, c.col)?.includes(FINDING_MARK)) marked.push(`${r}:${c.key}`);
      const expected = want.findings.filter((f) => f.sheet === layout.sheet).map((f) => `${f.row}:${f.column}`);
      expect(marked.sort()).toEqual([...new Set(expected)].sort());
    }
  });
});

function columnKeyAt(meta: ReturnType<typeof metaOf>, sheet: string, col: number): string {
  const layout = meta.indicatorLayout.sheet === sheet ? meta.indicatorLayout : meta.taskLayout;
  return layout.columns.find((c) => c.col === col)?.key ?? "?";
}

function rowOf(layout: ReturnType<typeof metaOf>["indicatorLayout"], sheet: ReturnType<ReturnType<typeof installFake>["spreadsheet"]["sheet"]>, id: string): number {
  const idCol = columnOfKey(layout, "rowId") - 1;
  for (let r = layout.firstDataRow; r < sheet.getLastRow(); r++) if (sheet.value(r, idCol) === id) return r;
  throw new Error(`no row ${id}`);
}
