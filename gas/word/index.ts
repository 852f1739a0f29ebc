/** Reading a plan from a Word document picked in Drive (issue #10, item 4): Apps Script host of core/docx. */
export { importWordFile } from "./import";
export type { WordImport } from "./import";
export { pickerSettings, PICKER_KEYS } from "./picker-settings";
export type { PickerSettings } from "./picker-settings";
export { readDocxInAppsScript, unsigned } from "./unzip";
