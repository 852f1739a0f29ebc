import type {
  CacheApi,
  CacheServiceApi,
  ConditionalFormatRuleBuilderApi,
  DataValidationBuilderApi,
  HtmlOutputApi,
  HtmlServiceApi,
  LockApi,
  LockServiceApi,
  MenuApi,
  PropertiesApi,
  PropertiesServiceApi,
  ScriptAppApi,
  SpreadsheetAppApi,
  UiApi,
} from "../../../gas/host/surface";
import { CallLog } from "./call-log";
import { FakeConditionalRuleBuilder, FakeDataValidationBuilder } from "./rules";
import { FakeDrive } from "./drive";
import { FakeDriveApp, FakeUtilities } from "./drive-app";
import { FakeSpreadsheet } from "./spreadsheet";

type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;
type AuthMode = GoogleAppsScript.Script.AuthMode;

export class FakeMenu implements MenuApi {
  items: ({ caption: string; functionName: string } | { separator: true } | { submenu: FakeMenu })[] = [];
  added = false;
  constructor(
    private readonly ui: FakeUi,
    readonly caption: string,
  ) {}
  addItem(caption: string, functionName: string): this {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: MenuApi): this {
    this.items.push({ submenu: menu as FakeMenu });
    return this;
  }
  addToUi(): void {
    this.added = true;
    this.ui.menus.push(this);
  }
  /** Every function name reachable from this menu. */
  functionNames(): string[] {
    return this.items.flatMap((i) => ("functionName" in i ? [i.functionName] : "submenu" in i ? i.submenu.functionNames() : []));
  }
}

export class FakeHtmlOutput implements HtmlOutputApi {
  title = "";
  width = 0;
  height = 0;
  constructor(public content: string) {}
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.height = height;
    return this;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  append(added: string): this {
    this.content += added;
    return this;
  }
  getContent(): string {
    return this.content;
  }
}

export class FakeUi implements UiApi {
  menus: FakeMenu[] = [];
  alerts: string[] = [];
  sidebars: FakeHtmlOutput[] = [];
  dialogs: { html: FakeHtmlOutput; title: string }[] = [];
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this, "(add-on)");
  }
  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this, caption);
  }
  alert(prompt: string): string {
    this.alerts.push(prompt);
    return "OK";
  }
  showSidebar(html: HtmlOutputApi): void {
    this.sidebars.push(html as FakeHtmlOutput);
  }
  showModalDialog(html: HtmlOutputApi, title: string): void {
    this.dialogs.push({ html: html as FakeHtmlOutput, title });
  }
}

export class FakeHtmlService implements HtmlServiceApi {
  constructor(readonly files: Record<string, string> = {}) {}
  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    const content = this.files[name];
    if (content === undefined) throw new Error(`Exception: No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(content);
  }
  createHtmlOutput(html: string): FakeHtmlOutput {
    return new FakeHtmlOutput(html);
  }
}

export class FakeProperties implements PropertiesApi {
  readonly data = new Map<string, string>();
  constructor(private readonly log: CallLog) {}
  getProperty(key: string): string | null {
    this.log.record("Properties", "getProperty", key);
    return this.data.get(key) ?? null;
  }
  setProperty(key: string, value: string): this {
    this.log.record("Properties", "setProperty", key);
    if (value.length > 9 * 1024) throw new Error(`Exception: Argument too large: value (${key})`);
    this.data.set(key, value);
    return this;
  }
  deleteProperty(key: string): this {
    this.data.delete(key);
    return this;
  }
}

export class FakeCache implements CacheApi {
  readonly data = new Map<string, string>();
  constructor(private readonly log: CallLog) {}
  get(key: string): string | null {
    this.log.record("Cache", "get", key);
    return this.data.get(key) ?? null;
  }
  getAll(keys: string[]): Record<string, string> {
    this.log.record("Cache", "getAll");
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.data.get(k);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  putAll(values: Record<string, string>): void {
    this.log.record("Cache", "putAll");
    for (const [k, v] of Object.entries(values)) {
      if (k.length > 250) throw new Error("Exception: key too long");
      if (v.length > 100 * 1024) throw new Error(`Exception: Argument too large: value (${k})`);
      this.data.set(k, v);
    }
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.data.delete(k);
  }
  /** Test helper: everything expires. */
  expire(): void {
    this.data.clear();
  }
}

/** One document lock shared by every "user" of the fake: `heldByOther` simulates a colleague. */
export class FakeLock implements LockApi {
  held = false;
  heldByOther = false;
  tries = 0;
  /** The waits asked for, in milliseconds. */
  waits: number[] = [];
  tryLock(timeoutInMillis = 0): boolean {
    this.tries++;
    this.waits.push(timeoutInMillis);
    if (this.heldByOther || this.held) return false;
    this.held = true;
    return true;
  }
  releaseLock(): void {
    this.held = false;
  }
}

/** Everything the add-on reaches through globals, with one call log. */
export class FakeGas {
  readonly log = new CallLog();
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui = new FakeUi();
  readonly properties: FakeProperties;
  readonly cache: FakeCache;
  readonly lock = new FakeLock();
  readonly htmlService: FakeHtmlService;

  readonly SpreadsheetApp: SpreadsheetAppApi;
  readonly HtmlService: HtmlServiceApi;
  readonly PropertiesService: PropertiesServiceApi;
  readonly LockService: LockServiceApi;
  readonly CacheService: CacheServiceApi;
  readonly ScriptApp: ScriptAppApi;
  readonly Drive: FakeDrive;
  readonly DriveApp: FakeDriveApp;
  readonly Utilities: FakeUtilities;
  /** The project's Script Properties (the Picker's API key and app id). */
  readonly scriptProperties: FakeProperties;
  /** What ScriptApp.getOAuthToken hands out. */
  oauthToken = "ya29.fake-token";
  /** Scopes asked for with ScriptApp.requireScopes, one entry per call. */
  readonly scopeRequests: { mode: string; scopes: string[] }[] = [];

  constructor(options: { sheets?: string[]; htmlFiles?: Record<string, string> } = {}) {
    this.spreadsheet = new FakeSpreadsheet(this.log, options.sheets);
    this.properties = new FakeProperties(this.log);
    this.scriptProperties = new FakeProperties(this.log);
    this.DriveApp = new FakeDriveApp(this.log);
    this.Utilities = new FakeUtilities(this.log);
    this.cache = new FakeCache(this.log);
    this.htmlService = new FakeHtmlService(options.htmlFiles);
    const ss = this.spreadsheet;
    const ui = this.ui;
    const drive = new FakeDrive(this.log, ss);
    this.Drive = drive;
    this.SpreadsheetApp = {
      getActiveSpreadsheet: () => ss,
      openById: (id: string) => drive.open(id),
      getUi: () => ui,
      newDataValidation: (): DataValidationBuilderApi => new FakeDataValidationBuilder(),
      newConditionalFormatRule: (): ConditionalFormatRuleBuilderApi => new FakeConditionalRuleBuilder(),
      ProtectionType: { RANGE: "RANGE" as unknown as ProtectionType, SHEET: "SHEET" as unknown as ProtectionType },
    };
    this.HtmlService = this.htmlService;
    this.PropertiesService = { getDocumentProperties: () => this.properties, getScriptProperties: () => this.scriptProperties };
    this.LockService = { getDocumentLock: () => this.lock };
    this.CacheService = { getDocumentCache: () => this.cache };
    this.ScriptApp = {
      AuthMode: {
        NONE: "NONE" as unknown as AuthMode,
        LIMITED: "LIMITED" as unknown as AuthMode,
        FULL: "FULL" as unknown as AuthMode,
      },
      requireScopes: (mode: AuthMode, scopes: string[]) => {
        this.log.record("ScriptApp", "requireScopes", scopes.join(" "));
        this.scopeRequests.push({ mode: mode as unknown as string, scopes: [...scopes] });
      },
      getOAuthToken: () => {
        this.log.record("ScriptApp", "getOAuthToken");
        return this.oauthToken;
      },
    };
  }

  /** The globals Apps Script would provide, for `Object.assign(globalThis, ...)` or a vm context. */
  globals(): Record<string, unknown> {
    return {
      SpreadsheetApp: this.SpreadsheetApp,
      HtmlService: this.HtmlService,
      PropertiesService: this.PropertiesService,
      LockService: this.LockService,
      CacheService: this.CacheService,
      ScriptApp: this.ScriptApp,
      Drive: this.Drive,
      DriveApp: this.DriveApp,
      Utilities: this.Utilities,
    };
  }
}
