export { FakeExcel } from "./fake-excel";
export type { FakeExcelOptions } from "./fake-excel";
export { FakeWorkbook, FakeSheet, DEFAULT_FONT } from "./store";
export type { StoredValue, ChartState, ChangeEvent } from "./store";
