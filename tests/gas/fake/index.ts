export { CallLog, READ_METHODS, WRITE_METHODS } from "./call-log";
export type { Call } from "./call-log";
export { FakeSheet, FakeRange, FakeProtection } from "./sheet";
export { FakeSpreadsheet } from "./spreadsheet";
export { FakeGas, FakeUi, FakeMenu, FakeHtmlOutput, FakeLock, FakeCache, FakeProperties } from "./services";
export type { FakeChart } from "./charts";
export type { FakeDataValidation, FakeConditionalRule } from "./rules";
