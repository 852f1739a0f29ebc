export { loadSpreadsheet, requireSheet } from "./read";
export type { LoadedSpreadsheet } from "./read";
export { saveWorkbook, writeFileAtomic, assertNotInput } from "./write";
// The browser-safe ExcelJS host lives in hosts/xlsx (also used by the Excel task pane).
export { applyPatch, injectCharts, listChartTitles, chartXml, sheetData, workbookBytes, storedCharts, CHARTS_SHEET } from "../../hosts/xlsx";
export type { SheetData } from "../../hosts/xlsx";
export { HostError, fileError } from "./errors";
export { decodeText } from "./decode-text";
