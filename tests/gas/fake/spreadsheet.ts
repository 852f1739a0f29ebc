import type { SpreadsheetApi } from "../../../gas/host/surface";
import type { CallLog } from "./call-log";
import { FakeRange, FakeSheet, type SheetParent } from "./sheet";

/** Who owns the fake's files and runs the script: the coordinating department. */
export const FAKE_OWNER = "phongkh@dongthap.gov.vn";

export class FakeSpreadsheet implements SpreadsheetApi, SheetParent {
  sheets: FakeSheet[] = [];
  active: FakeRange | null = null;
  activeSheet: FakeSheet | null = null;
  toasts: { msg: string; title: string }[] = [];
  owner: string[] = [FAKE_OWNER];
  me = FAKE_OWNER;
  fileEditors: string[] = [];
  domainEdit = false;
  /** Drive folder holding the file (copies made by the add-on). */
  parents: string[] = [];

  constructor(
    readonly log: CallLog,
    names: readonly string[] = ["Trang tính1"],
    readonly id = "master-id",
    public name = "Theo dõi KH 328",
  ) {
    for (const n of names) this.sheets.push(new FakeSheet(log, this, n));
    this.activeSheet = this.sheets[0] ?? null;
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  getSheetByName(name: string): FakeSheet | null {
    this.log.record("Spreadsheet", "getSheetByName", name);
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  getSheets(): FakeSheet[] {
    this.log.record("Spreadsheet", "getSheets");
    return [...this.sheets];
  }
  getActiveSheet(): FakeSheet {
    this.log.record("Spreadsheet", "getActiveSheet");
    if (!this.activeSheet) throw new Error("no active sheet");
    return this.activeSheet;
  }
  insertSheet(name: string, index: number): FakeSheet {
    this.log.record("Spreadsheet", "insertSheet", name);
    if (this.sheets.some((s) => s.name === name)) throw new Error(`Exception: A sheet with the name "${name}" already exists.`);
    const s = new FakeSheet(this.log, this, name);
    this.sheets.splice(Math.min(index, this.sheets.length), 0, s);
    this.activeSheet = s;
    return s;
  }
  deleteSheet(sheet: FakeSheet): void {
    this.log.record("Spreadsheet", "deleteSheet", sheet.name);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
  }
  toast(msg: string, title: string): void {
    this.log.record("Spreadsheet", "toast");
    this.toasts.push({ msg, title });
  }

  /** Test helper: the sheet, or a clear failure. */
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake: no sheet "${name}" (${this.sheets.map((x) => x.name).join(", ")})`);
    return s;
  }
}
