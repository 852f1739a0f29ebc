/// <reference types="google-apps-script" />
/**
 * The part of the Apps Script API the add-on uses, and nothing more. The adapter is typed against
 * these interfaces; the checks at the bottom prove the real `@types/google-apps-script` objects
 * satisfy them (so a signature cannot drift), and the test fake implements them.
 */


export type HostCell = unknown;

export interface RangeApi {
  getRow(): number;
  getColumn(): number;
  getNumRows(): number;
  getNumColumns(): number;
  getA1Notation(): string;
  getSheet(): SheetApi;
  getValues(): HostCell[][];
  getNotes(): string[][];
  getBackgrounds(): string[][];
  setValues(values: HostCell[][]): RangeApi;
  setFormulas(formulas: string[][]): RangeApi;
  setBackgrounds(color: string[][]): RangeApi;
  setNotes(notes: string[][]): RangeApi;
  setNumberFormats(numberFormats: string[][]): RangeApi;
  setFontWeights(fontWeights: HostCell[][]): RangeApi;
  setFontStyles(fontStyles: HostCell[][]): RangeApi;
  setFontColors(colors: HostCell[][]): RangeApi;
  setWrap(isWrapEnabled: boolean): RangeApi;
  setHorizontalAlignment(alignment: "left" | "center" | "normal" | "right" | null): RangeApi;
  merge(): RangeApi;
  breakApart(): RangeApi;
  getMergedRanges(): RangeApi[];
  setDataValidation(rule: DataValidationApi | null): RangeApi;
  activate(): RangeApi;
  protect(): ProtectionApi;
}

export interface UserApi {
  getEmail(): string;
}

export interface ProtectionApi {
  getDescription(): string;
  getEditors(): UserApi[];
  removeEditors(users: UserApi[]): ProtectionApi;
  canDomainEdit(): boolean;
  setDomainEdit(editable: boolean): ProtectionApi;
  isWarningOnly(): boolean;
  setDescription(description: string): ProtectionApi;
  setWarningOnly(warningOnly: boolean): ProtectionApi;
  addEditors(emailAddresses: string[]): ProtectionApi;
  setUnprotectedRanges(ranges: RangeApi[]): ProtectionApi;
  remove(): void;
}

export interface ChartApi {
  getChartId(): number | null;
}

/** The chart builder after `asBarChart()` / `asColumnChart()` / `asPieChart()`. */
export interface ChartBuilderApi {
  addRange(range: RangeApi): ChartBuilderApi;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): ChartBuilderApi;
  setOption(option: string, value: unknown): ChartBuilderApi;
  setNumHeaders(headers: number): ChartBuilderApi;
  setTransposeRowsAndColumns(transpose: boolean): ChartBuilderApi;
  build(): ChartApi;
}

export interface StackableChartBuilderApi extends ChartBuilderApi {
  setStacked(): ChartBuilderApi;
}

export interface NewChartApi {
  asBarChart(): StackableChartBuilderApi;
  asColumnChart(): StackableChartBuilderApi;
  asPieChart(): ChartBuilderApi;
}

export interface DataValidationApi {
  getHelpText(): string;
}

export interface DataValidationBuilderApi {
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderApi;
  requireNumberBetween(start: number, end: number): DataValidationBuilderApi;
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderApi;
  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilderApi;
  requireDate(): DataValidationBuilderApi;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderApi;
  setHelpText(helpText: string): DataValidationBuilderApi;
  build(): DataValidationApi;
}

export interface ConditionalFormatRuleApi {
  getRanges(): RangeApi[];
}

export interface ConditionalFormatRuleBuilderApi {
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilderApi;
  setBackground(color: string | null): ConditionalFormatRuleBuilderApi;
  setFontColor(color: string | null): ConditionalFormatRuleBuilderApi;
  setRanges(ranges: RangeApi[]): ConditionalFormatRuleBuilderApi;
  build(): ConditionalFormatRuleApi;
}

export interface SheetApi {
  getName(): string;
  getIndex(): number;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeApi;
  getLastRow(): number;
  getLastColumn(): number;
  getMaxRows(): number;
  getMaxColumns(): number;
  clear(): SheetApi;
  clearNotes(): SheetApi;
  hideSheet(): SheetApi;
  showSheet(): SheetApi;
  isSheetHidden(): boolean;
  activate(): SheetApi;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetApi;
  hideColumns(columnIndex: number, numColumns: number): void;
  showColumns(columnIndex: number, numColumns: number): void;
  setRowHeights(startRow: number, numRows: number, height: number): SheetApi;
  getCharts(): ChartApi[];
  removeChart(chart: ChartApi): void;
  insertChart(chart: ChartApi): void;
  newChart(): NewChartApi;
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionApi[];
  protect(): ProtectionApi;
  getConditionalFormatRules(): ConditionalFormatRuleApi[];
  setConditionalFormatRules(rules: ConditionalFormatRuleApi[]): void;
}

export interface SpreadsheetApi {
  getId(): string;
  getName(): string;
  getSheetByName(name: string): SheetApi | null;
  getSheets(): SheetApi[];
  getActiveSheet(): SheetApi;
  insertSheet(sheetName: string, sheetIndex: number): SheetApi;
  deleteSheet(sheet: SheetApi): void;
  toast(msg: string, title: string, timeoutSeconds: number): void;
}

export interface MenuApi {
  addItem(caption: string, functionName: string): MenuApi;
  addSeparator(): MenuApi;
  addSubMenu(menu: MenuApi): MenuApi;
  addToUi(): void;
}

export interface UiApi {
  createAddonMenu(): MenuApi;
  createMenu(caption: string): MenuApi;
  alert(prompt: string): unknown;
  showSidebar(userInterface: HtmlOutputApi): void;
  showModalDialog(userInterface: HtmlOutputApi, title: string): void;
}

export interface SpreadsheetAppApi {
  getActiveSpreadsheet(): SpreadsheetApi;
  openById(id: string): SpreadsheetApi;
  getUi(): UiApi;
  newDataValidation(): DataValidationBuilderApi;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderApi;
  ProtectionType: { RANGE: GoogleAppsScript.Spreadsheet.ProtectionType; SHEET: GoogleAppsScript.Spreadsheet.ProtectionType };
}

export interface HtmlOutputApi {
  setTitle(title: string): HtmlOutputApi;
  setWidth(width: number): HtmlOutputApi;
  setHeight(height: number): HtmlOutputApi;
  append(addedContent: string): HtmlOutputApi;
  getContent(): string;
}

export interface HtmlServiceApi {
  createHtmlOutputFromFile(filename: string): HtmlOutputApi;
  createHtmlOutput(html: string): HtmlOutputApi;
}

export interface PropertiesApi {
  getProperty(key: string): string | null;
  setProperty(key: string, value: string): PropertiesApi;
  deleteProperty(key: string): PropertiesApi;
}

export interface PropertiesServiceApi {
  getDocumentProperties(): PropertiesApi | null;
  /** The project's own settings (set by whoever deploys the add-on): the Picker's key and app id. */
  getScriptProperties(): PropertiesApi | null;
}

export interface LockApi {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

export interface LockServiceApi {
  getDocumentLock(): LockApi | null;
}

export interface CacheApi {
  get(key: string): string | null;
  getAll(keys: string[]): Record<string, string>;
  putAll(values: Record<string, string>, expirationInSeconds: number): void;
  removeAll(keys: string[]): void;
}

export interface CacheServiceApi {
  getDocumentCache(): CacheApi | null;
}

export interface ScriptAppApi {
  AuthMode: { NONE: GoogleAppsScript.Script.AuthMode; LIMITED: GoogleAppsScript.Script.AuthMode; FULL: GoogleAppsScript.Script.AuthMode };
  /** Granular consent: stops the run and asks for these scopes when the person has not granted them. */
  requireScopes(authMode: GoogleAppsScript.Script.AuthMode, oAuthScopes: string[]): void;
  /** The person's token for this script's granted scopes (handed to the Google Picker). */
  getOAuthToken(): string;
}

/** A blob: the bytes of a Drive file, one part unzipped, or a part of the report (Java bytes, -128…127). */
export interface BlobApi {
  getBytes(): number[];
  getDataAsString(charset: string): string;
  getName(): string | null;
  setName(name: string): BlobApi;
  setContentType(contentType: string): BlobApi;
}

/** A file in Drive, as DriveApp gives it (under drive.file: a file the person picked). */
export interface DriveAppFileApi {
  getName(): string;
  getSize(): number;
  getMimeType(): string;
  getBlob(): BlobApi;
}

export interface DriveAppApi {
  getFileById(id: string): DriveAppFileApi;
}

export interface UtilitiesApi {
  /** Expands a whole ZIP: the add-on hands it only the parts it checked (core/docx zipSubset). */
  unzip(blob: GoogleAppsScript.Base.BlobSource): BlobApi[];
  newBlob(data: number[], contentType: string, name: string): GoogleAppsScript.Base.Blob;
  /** Text (UTF-8) as a named blob: a part of the annual report's package. */
  newBlob(data: string, contentType: string, name: string): GoogleAppsScript.Base.Blob;
  /** The blobs as one ZIP, entries named by the blobs' names ("word/document.xml" makes a folder). */
  zip(blobs: GoogleAppsScript.Base.BlobSource[], name: string): GoogleAppsScript.Base.Blob;
  /** A version-4 UUID from a cryptographic source: the sharing master's signing key (gas/share/secret.ts). */
  getUuid(): string;
}

/** The Drive advanced service (v3), only what the sharing and report actions use. */
export interface DriveFileApi {
  id?: string;
  name?: string;
}

export interface DriveApi {
  Files: {
    /** With `mediaData`: the file's content (the annual report's .docx). */
    create(resource: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File, mediaData?: BlobApi): DriveFileApi;
  };
  Permissions: {
    create(
      resource: GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission,
      fileId: string,
      optionalArgs: Record<string, unknown>,
    ): GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission;
  };
}

/** What `onEdit` receives, narrowed. */
export interface EditEventApi {
  authMode?: GoogleAppsScript.Script.AuthMode;
  range: RangeApi;
  source?: SpreadsheetApi;
  value?: unknown;
}

export interface OpenEventApi {
  authMode?: GoogleAppsScript.Script.AuthMode;
}

// ---- Drift checks: the real API must satisfy every interface above. ----
type Satisfies<Real, Ours> = Real extends Ours ? true : never;
const drift: [
  Satisfies<GoogleAppsScript.Spreadsheet.Range, RangeApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.Sheet, SheetApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.Protection, ProtectionApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, NewChartApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder, StackableChartBuilderApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder, StackableChartBuilderApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder, ChartBuilderApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.DataValidationBuilder, DataValidationBuilderApi>,
  Satisfies<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, ConditionalFormatRuleBuilderApi>,
  Satisfies<GoogleAppsScript.Base.Ui, UiApi>,
  Satisfies<GoogleAppsScript.HTML.HtmlOutput, HtmlOutputApi>,
  Satisfies<GoogleAppsScript.HTML.HtmlService, HtmlServiceApi>,
  Satisfies<GoogleAppsScript.Properties.PropertiesService, PropertiesServiceApi>,
  Satisfies<GoogleAppsScript.Lock.LockService, LockServiceApi>,
  Satisfies<GoogleAppsScript.Script.ScriptApp, ScriptAppApi>,
  Satisfies<GoogleAppsScript.Cache.CacheService, CacheServiceApi>,
  Satisfies<GoogleAppsScript.Events.SheetsOnEdit, EditEventApi>,
  Satisfies<GoogleAppsScript.Events.SheetsOnOpen, OpenEventApi>,
  Satisfies<GoogleAppsScript.Base.User, UserApi>,
  Satisfies<GoogleAppsScript.Drive, DriveApi>,
  Satisfies<GoogleAppsScript.Base.Blob, BlobApi>,
  Satisfies<GoogleAppsScript.Drive.File, DriveAppFileApi>,
  Satisfies<GoogleAppsScript.Drive.DriveApp, DriveAppApi>,
  Satisfies<GoogleAppsScript.Utilities.Utilities, UtilitiesApi>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
export const SURFACE_CHECKED = drift.length;
