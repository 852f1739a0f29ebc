import { FINDING_MARK, SHEETS } from "../../core/layout";
import type { Finding } from "../../core/model";
import { checkEverything } from "../../gas/actions/check";
import { createFromPlan } from "../../gas/actions/create";
import { readAll } from "../../gas/actions/full-read";
import { writeStatuses } from "../../gas/actions/statuses";
import { setToday } from "../../gas/clock";
import { openEnv } from "../../gas/env";
import * as main from "../../gas/main";
import { readStoredSettings } from "../../gas/settings";
import { expectedSharedResults, findingKey, SHARED_ENTRIES, SHARED_SETTINGS, sharedPlan, statusKey } from "../fixtures/shared-table";
import { columnOfKey, installFake, metaOf, typeInto, uninstallFake } from "./helpers";

afterEach(uninstallFake);

describe("the shared table through the Sheets add-on", () => {
  test("gives the same findings and statuses as the core (and so as the Excel host) on the same cells", () => {
    const fake = installFake();
    // onEdit swallows and logs failures: a failed live check must not pass unseen.
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    setToday(SHARED_SETTINGS.today);
    createFromPlan(openEnv(), sharedPlan(), false);
    // The reporting year, as a person sets it in the sidebar's settings.
    const stored = readStoredSettings(openEnv().props);
    if (!stored) throw new Error("create stored no settings");
    expect(main.rpcSaveSettings({ ...stored, year: SHARED_SETTINGS.asOf }).ok).toBe(true);

    // Type each entry into its cell, as a person would, each edit firing the simple trigger.
    const meta = metaOf(fake);
    for (const e of SHARED_ENTRIES) {
      const layout = e.sheet === "indicators" ? meta.indicatorLayout : meta.taskLayout;
      const sheet = fake.spreadsheet.sheet(e.sheet === "indicators" ? SHEETS.indicators : SHEETS.tasks);
      expect(sheet.name).toBe(layout.sheet);
      const idCol = columnOfKey(layout, "rowId") - 1;
      let row = -1;
      for (let r = layout.firstDataRow; r < sheet.getLastRow(); r++) if (sheet.value(r, idCol) === e.rowId) row = r;
      if (row < 0) throw new Error(`no row ${e.rowId} on ${layout.sheet}`);
      main.onEdit(typeInto(fake, sheet, row + 1, columnOfKey(layout, e.key), [[e.value]]));
    }

    const checked = main.rpcCheckAll({});
    if (!checked.ok) throw new Error(checked.error.en);
    const statusesRpc = main.rpcComputeStatuses({});
    if (!statusesRpc.ok) throw new Error(statusesRpc.error.en);
    // The same two actions the rpc handlers run, for the findings and statuses themselves.
    const env = openEnv();
    const findings: Finding[] = checkEverything(env, readAll(env, true)).findings;
    const statuses = writeStatuses(env, readAll(env, false));

    const want = expectedSharedResults();
    expect(findings.map(findingKey).sort()).toEqual(want.findings.map(findingKey).sort());
    expect(findings.some((f) => f.severity === "error")).toBe(true);
    expect(checked.value.total).toBe(want.findings.length);
    expect(statuses.indicators.map(statusKey).sort()).toEqual(want.statuses.indicatorStatuses.map(statusKey).sort());
    expect(statuses.tasks.map(statusKey).sort()).toEqual(want.statuses.taskStatuses.map(statusKey).sort());
    expect(statusesRpc.value.year).toBe(SHARED_SETTINGS.asOf);
    expect(logged).not.toHaveBeenCalled();

    // Worked by hand from SHARED_ENTRIES, so that host and core cannot agree on nothing.
    const codes = findings.map((f) => `${f.column} ${f.severity} ${f.code}`).sort();
    expect(codes).toEqual([
      "actual:2025 error indicator.actual.notANumber", // 2.2 "abc"
      "actual:2025 error indicator.percent.outOfRange", // 2.3 140 %
      "actual:2025 error indicator.value.ambiguous", // 2.4 "1,234"
      "completedOn warning task.done.noDate", // I.1 done, no date
      "percent error task.percent.outOfRange", // II.1 150 %
      "target:2030 warning indicator.target.lessAmbitious", // 2.2's plan targets
    ]);
    const st = new Set([...statuses.indicators, ...statuses.tasks].map(statusKey));
    for (const s of ["1/1 2025 achieved", "2.1 2025 achieved", "2.5 2025 atRisk", "3.2 2025 achieved", "I.1  doneOnTime", "II.3  inProgress"]) expect(st).toContain(s);

    // Every finding is marked on its cell, and no other data cell carries a mark.
    for (const layout of [meta.indicatorLayout, meta.taskLayout]) {
      const sheet = fake.spreadsheet.sheet(layout.sheet);
      const marked: string[] = [];
      for (let r = layout.firstDataRow; r < sheet.getLastRow(); r++)
        for (const c of layout.columns) if (sheet.note(r, c.col)?.includes(FINDING_MARK)) marked.push(`${r}:${c.key}`);
      const want = findings.filter((f) => f.sheet === layout.sheet).map((f) => `${f.row}:${f.column}`);
      expect(marked.sort()).toEqual([...new Set(want)].sort());
    }
  });
});
