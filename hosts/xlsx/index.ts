/**
 * The ExcelJS host of core patches, shared by the CLI (Node) and the Excel task pane's sharing
 * chunk (ExcelJS's browser build): apply a patch, write the bytes with charts, read sheets back
 * as grids. No Node API here; file access stays in cli/xlsx.
 */
export { applyPatch } from "./apply-patch";
export type { AppliedPatch } from "./apply-patch";
export { injectCharts, listChartTitles, chartXml } from "./charts";
export type { CellLookup } from "./charts";
export { toCoreCell, noteText } from "./cells";
export { sheetData } from "./sheet-data";
export type { SheetData } from "./sheet-data";
export { workbookBytes, storedCharts, CHARTS_SHEET } from "./workbook-bytes";
export { sniffFile, isEncryptedPackage } from "./sniff";
