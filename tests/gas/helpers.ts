import { readMeta, SHEETS, type WorkbookMeta } from "../../core/layout";
import { toGrid } from "../../gas/host/cells";
import { FakeGas } from "./fake";
import type { EditEventApi } from "../../gas/host/surface";
import type { FakeSheet } from "./fake";
import { setClock } from "../../gas/clock";

/** 20/11/2026, 09:00 in Viet Nam: the fake's clock unless a test sets its own. */
export const FAKE_NOW = Date.UTC(2026, 10, 20, 2);

const GLOBAL_NAMES = ["SpreadsheetApp", "HtmlService", "PropertiesService", "LockService", "CacheService", "ScriptApp", "Drive", "DriveApp", "Utilities"];

/** A fresh fake installed as the Apps Script globals (the add-on reads them on each call). */
export function installFake(options: ConstructorParameters<typeof FakeGas>[0] = {}): FakeGas {
  const fake = new FakeGas(options);
  Object.assign(globalThis, fake.globals());
  setClock(() => FAKE_NOW);
  return fake;
}

export function uninstallFake(): void {
  for (const n of GLOBAL_NAMES) delete (globalThis as Record<string, unknown>)[n];
  setClock(null);
}

/**
 * A person types or pastes `values` at (row, col) (1-based), as Sheets would store them; the
 * call log is paused meanwhile. Returns the event a simple onEdit trigger receives: for a
 * multi-cell edit Sheets sends no `value`.
 */
export function typeInto(fake: FakeGas, sheet: FakeSheet, row: number, col: number, values: unknown[][]): EditEventApi {
  const range = fake.log.asUser(() => sheet.getRange(row, col, values.length, values[0].length).setValues(values));
  const single = values.length === 1 && values[0].length === 1;
  return { range, source: fake.spreadsheet, value: single ? values[0][0] : undefined, authMode: fake.ScriptApp.AuthMode.LIMITED };
}

/** Column (1-based) of a layout key on a sheet made by the add-on, read from the cached meta. */
export function columnOfKey(layout: { columns: { key: string; col: number }[] }, key: string): number {
  const c = layout.columns.find((x) => x.key === key);
  if (!c) throw new Error(`no column ${key} (have ${layout.columns.map((x) => x.key).join(", ")})`);
  return c.col + 1;
}


/** The workbook metadata as stored in the fake's hidden sheet (read as the person, not logged). */
export function metaOf(fake: FakeGas): WorkbookMeta {
  const s = fake.spreadsheet.sheet(SHEETS.meta);
  const grid = fake.log.asUser(() => toGrid(s.getRange(1, 1, s.getLastRow(), s.getLastColumn()).getValues()));
  const { meta, error } = readMeta(grid);
  if (!meta) throw new Error(error?.en ?? "no meta");
  return meta;
}
