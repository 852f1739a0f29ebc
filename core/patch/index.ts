/**
 * Patches: what to write where, as plain JSON ops that every host (Apps Script, the Office JavaScript API,
 * ExcelJS) applies in batched calls; plus an in-memory workbook that applies them for tests.
 */
export {
  RangeSchema,
  PositionSchema,
  columnLetter,
  columnIndex,
  quoteSheetName,
  a1,
  parseA1,
  parseA1Sheet,
  rangesIntersect,
  rangeContains,
  consecutiveRuns,
} from "./range";
export type { Range, Position } from "./range";
export {
  PatchValueSchema,
  PatchDateSchema,
  toPatchValue,
  toPatchValues,
  escapeFormulaText,
  safeValues,
  excelSerial,
} from "./values";
export type { PatchValue, PatchDate, HostValue, SafeValuesOptions } from "./values";
export {
  HexColourSchema,
  FontStyleSchema,
  HelpTextSchema,
  ValidationRuleSchema,
  ConditionalRuleSchema,
  ChartKindSchema,
  ChartSpecSchema,
  PrintTextPartSchema,
  PrintLineSchema,
  PrintMarginsSchema,
  PatchOpSchema,
  PatchSchema,
  GRID_OP_KINDS,
  isGridOp,
  gridOf,
  gridOpRange,
} from "./ops";
export type {
  HexColour,
  FontStyle,
  HelpText,
  ValidationRule,
  ConditionalRule,
  ChartKind,
  ChartSpec,
  PrintTextPart,
  PrintLine,
  PrintMargins,
  PatchOp,
  PatchOpKind,
  Patch,
  OpOf,
  GridOp,
} from "./ops";
export { mergePatchOps } from "./merge";
export { excelHeaderFooter, excelHeaderFooterSections, printedPageHeightPx, A4_MM } from "./print";
export { SheetCanvas } from "./canvas";
export { MemoryWorkbook, MemorySheet } from "./memory-workbook";
export type { MemoryValidation, MemoryConditionalFormat, MemoryProtection } from "./memory-workbook";
