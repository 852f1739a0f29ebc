/**
 * The add-on's entry: every function Apps Script calls by name (triggers, menu items,
 * `google.script.run` targets) is exported here, and the build appends a top-level function
 * for each export. The sidebar's client types come from `typeof` this module.
 */
import { msg, type Message } from "../core/i18n";
import { handleEdit } from "./actions/edit";
import { langOf, openEnv, type Env } from "./env";
import { isUserError } from "./errors";
import type { EditEventApi, OpenEventApi } from "./host/surface";
import { services } from "./host/services";
import { buildMenu } from "./menu";
import { loadMeta } from "./document/meta-store";
import * as h from "./rpc/handlers";
import { serve } from "./rpc/server";
import { showHelp, showSidebar } from "./ui";

// ---- Triggers ----

export function onOpen(e?: OpenEventApi): void {
  const svc = services();
  const none = e?.authMode !== undefined && e.authMode === svc.scriptApp.AuthMode.NONE;
  if (none) {
    buildMenu(svc.spreadsheetApp.getUi(), svc, e, () => "vi");
    return;
  }
  const env = openEnv();
  buildMenu(svc.spreadsheetApp.getUi(), svc, e, () => langOf(env));
  // Warm the metadata cache so the first edit costs no extra read.
  try {
    loadMeta(env);
  } catch (err) {
    console.warn("Chỉ Tiêu: metadata not cached on open", err);
  }
}

export function onInstall(e?: OpenEventApi): void {
  onOpen(e);
}

/** Simple trigger: live validation of the edited rows. Never throws into the person's edit. */
export function onEdit(e: EditEventApi): void {
  try {
    handleEdit(e);
  } catch (err) {
    console.error("Chỉ Tiêu: live validation failed", err);
  }
}

// ---- Menu items ----

type Shown = Pick<Message, "vi" | "en">;

function toast(env: Env, message: Shown): void {
  const lang = langOf(env);
  env.ss.toast(message[lang], msg("gas.title")[lang], 8);
}

function fromMenu(action: (env: Env) => Shown): void {
  const env = openEnv();
  try {
    toast(env, action(env));
  } catch (err) {
    const lang = langOf(env);
    const message: Shown = isUserError(err) ? err.userMessage : msg("gas.failed", { detail: err instanceof Error ? err.message : String(err) });
    env.svc.spreadsheetApp.getUi().alert(message[lang]);
  }
}

/** Runs an rpc handler from a menu and reports its message (or its error) to the person. */
function viaRpc(run: (env: Env) => { message: Shown }): void {
  fromMenu((env) => run(env).message);
}

export function menuOpenSidebar(): void {
  const env = openEnv();
  showSidebar(env.svc, "main", langOf(env));
}

export function menuCreate(): void {
  const env = openEnv();
  showSidebar(env.svc, "create", langOf(env));
}

export function menuSettings(): void {
  const env = openEnv();
  showSidebar(env.svc, "settings", langOf(env));
}

export function menuHelp(): void {
  const svc = services();
  let lang: "vi" | "en" = "vi";
  try {
    lang = langOf(openEnv());
  } catch {
    // AuthMode.NONE: no properties; Vietnamese.
  }
  showHelp(svc, lang);
}

export function menuRecognize(): void {
  viaRpc((env) => h.recognize({}, env));
}

export function menuCheckAll(): void {
  viaRpc((env) => h.checkAll({}, env));
}

export function menuComputeStatuses(): void {
  viaRpc((env) => h.computeStatuses({}, env));
}

export function menuGenerateSummary(): void {
  viaRpc((env) => h.generateSummary({ full: true }, env));
}

export function menuStandardise(): void {
  viaRpc((env) => h.standardise({}, env));
}

export function menuAnnualReport(): void {
  viaRpc((env) => h.annualReport({}, env));
}

/** Sharing from the menu: one run (within the time limit); choosing it again continues a run cut short. */
export function menuShareProtect(): void {
  viaRpc((env) => h.shareProtect({}, env));
}

/** Word import: asks for drive.file (granular consent) and opens the Picker dialog. */
export function menuImportWord(): void {
  fromMenu((env) => {
    h.openWordPicker({}, env);
    return msg("gas.word.opening");
  });
}

export function menuShareCopies(): void {
  viaRpc((env) => h.shareCopies({ notify: false, withCoordinated: false }, env));
}

export function menuShareConsolidate(): void {
  viaRpc((env) => h.shareConsolidate({ restart: false }, env));
}

// ---- google.script.run targets (arguments and answers checked with zod on both sides) ----

export const rpcGetState = serve("rpcGetState", h.getState);
export const rpcCheckAll = serve("rpcCheckAll", h.checkAll);
export const rpcComputeStatuses = serve("rpcComputeStatuses", h.computeStatuses);
export const rpcGenerateSummary = serve("rpcGenerateSummary", h.generateSummary);
export const rpcAnnualReport = serve("rpcAnnualReport", h.annualReport);
export const rpcStandardise = serve("rpcStandardise", h.standardise);
export const rpcCreateFromTemplate = serve("rpcCreateFromTemplate", h.create);
export const rpcRecognize = serve("rpcRecognize", h.recognize);
export const rpcSaveSettings = serve("rpcSaveSettings", h.settings);
export const rpcSelectCell = serve("rpcSelectCell", h.selectCell);
export const rpcShareProtect = serve("rpcShareProtect", h.shareProtect);
export const rpcShareCopies = serve("rpcShareCopies", h.shareCopies);
export const rpcShareConsolidate = serve("rpcShareConsolidate", h.shareConsolidate);
export const rpcShareConflicts = serve("rpcShareConflicts", h.shareConflicts);
export const rpcShareResolve = serve("rpcShareResolve", h.shareResolve);
export const rpcOpenWordPicker = serve("rpcOpenWordPicker", h.openWordPicker);
export const rpcWordPickerConfig = serve("rpcWordPickerConfig", h.wordPickerConfig);
export const rpcImportWord = serve("rpcImportWord", h.importWord);
