import type { Lang } from "../core/i18n";
import { services, type Services } from "./host/services";
import type { CacheApi, PropertiesApi, SpreadsheetApi } from "./host/surface";
import { defaultSettings, readStoredSettings, type Settings } from "./settings";
import type { WorkbookMeta } from "../core/layout";

/** What one server call works with: the services, the open spreadsheet and its stores. */
export interface Env {
  svc: Services;
  ss: SpreadsheetApi;
  props: PropertiesApi | null;
  cache: CacheApi | null;
}

export function openEnv(): Env {
  const svc = services();
  return {
    svc,
    ss: svc.spreadsheetApp.getActiveSpreadsheet(),
    props: svc.propertiesService.getDocumentProperties(),
    cache: svc.cacheService.getDocumentCache(),
  };
}

export function settingsOf(env: Env, meta: WorkbookMeta | null): Settings {
  return readStoredSettings(env.props) ?? defaultSettings(meta);
}

/** The UI language without touching anything but the properties (menus, errors). */
export function langOf(env: Env): Lang {
  return readStoredSettings(env.props)?.lang ?? "vi";
}
