import { LOG_COLUMNS, SHEETS } from "../../core/layout";
import { createFromPlan } from "../../gas/actions/create";
import { loadMeta } from "../../gas/document/meta-store";
import { openEnv } from "../../gas/env";
import * as main from "../../gas/main";
import { columnOfKey, installFake, uninstallFake } from "./helpers";
import { dongThap } from "./plans";

afterEach(uninstallFake);

describe("Standardise numbers in Sheets", () => {
  test("text numbers become numbers with the workbook's format (the locale tag left to Sheets), logged; 1,234 left and listed", () => {
    const fake = installFake();
    createFromPlan(openEnv(), dongThap(), false);
    const meta = loadMeta(openEnv()).meta!;
    const sheet = fake.spreadsheet.sheet(SHEETS.indicators);
    const idCol = columnOfKey(meta.indicatorLayout, "rowId") - 1;
    const rowOf = (id: string) => {
      for (let r = 0; r < sheet.getLastRow(); r++) if (sheet.value(r, idCol) === id) return r;
      throw new Error(id);
    };
    const col = columnOfKey(meta.indicatorLayout, "actual:2026");
    fake.log.asUser(() => {
      sheet.getRange(rowOf("2.1") + 1, col, 1, 1).setValues([["2,62"]]);
      sheet.getRange(rowOf("9.1") + 1, col, 1, 1).setValues([["1,234"]]);
    });
    const r = main.rpcStandardise({});
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value.changed).toBe(1);
    expect(r.value.kept).toHaveLength(1);
    expect(r.value.kept[0].vi).toContain("“1,234” có hai cách hiểu");
    expect(sheet.value(rowOf("2.1"), col - 1)).toBe(2.62);
    expect(sheet.store.formats.get(`${rowOf("2.1")},${col - 1}`)).toBe("#,##0.00");
    expect(sheet.value(rowOf("9.1"), col - 1)).toBe("1,234");
    const log = fake.spreadsheet.sheet(SHEETS.log);
    expect(log.value(1, LOG_COLUMNS.indexOf("old"))).toBe("2,62");
    expect(log.value(1, LOG_COLUMNS.indexOf("new"))).toBe(2.62);
    // The row ids are hidden from people.
    expect(sheet.store.hiddenColumns.has(idCol)).toBe(true);
  });
});
