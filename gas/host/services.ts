import type {
  CacheServiceApi,
  DriveAppApi,
  HtmlServiceApi,
  LockServiceApi,
  PropertiesServiceApi,
  ScriptAppApi,
  SpreadsheetAppApi,
  UtilitiesApi,
} from "./surface";

/** The Apps Script services the add-on touches, read from the globals when first needed. */
export interface Services {
  spreadsheetApp: SpreadsheetAppApi;
  htmlService: HtmlServiceApi;
  propertiesService: PropertiesServiceApi;
  lockService: LockServiceApi;
  scriptApp: ScriptAppApi;
  cacheService: CacheServiceApi;
  /** Read only by the Word import (a file the person picked), never at load. */
  readonly driveApp: DriveAppApi;
  readonly utilities: UtilitiesApi;
}

/**
 * Globals are looked up on call, never at load: Apps Script evaluates the whole file before any
 * trigger, and in AuthMode.NONE touching some services throws.
 */
export function services(): Services {
  return {
    spreadsheetApp: SpreadsheetApp as SpreadsheetAppApi,
    htmlService: HtmlService as HtmlServiceApi,
    propertiesService: PropertiesService as PropertiesServiceApi,
    lockService: LockService as LockServiceApi,
    scriptApp: ScriptApp as ScriptAppApi,
    cacheService: CacheService as CacheServiceApi,
    get driveApp(): DriveAppApi {
      return DriveApp as DriveAppApi;
    },
    get utilities(): UtilitiesApi {
      return Utilities as UtilitiesApi;
    },
  };
}
