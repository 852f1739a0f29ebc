export { loadSpreadsheet, sheetData, requireSheet } from "./read";
export type { SheetData, LoadedSpreadsheet } from "./read";
export { applyPatch } from "./apply-patch";
export { saveWorkbook, workbookBytes, writeFileAtomic, assertNotInput, storedCharts, CHARTS_SHEET } from "./write";
export { injectCharts, listChartTitles, chartXml } from "./charts";
export { HostError } from "./errors";
export { decodeText } from "./decode-text";
