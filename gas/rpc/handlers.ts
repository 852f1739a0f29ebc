import { msg } from "../../core/i18n";
import { SHEETS } from "../../core/layout";
import { checkYear, reportingYearLine, reportingYearOf, type Overview } from "../../core/workbook";
import { joined } from "../../core/i18n";
import { TEMPLATE_IDS, loadTemplate } from "../../core/template";
import { checkEverything } from "../actions/check";
import { createFromTemplate } from "../actions/create";
import { readAll } from "../actions/full-read";
import { recognizeInPlace } from "../actions/recognize";
import { writeAnnualReport } from "../actions/report";
import { standardiseInSheets } from "../actions/standardise";
import { writeStatuses, writeSummary } from "../actions/statuses";
import { now } from "../clock";
import { settingsOf, type Env } from "../env";
import { UserError } from "../errors";
import { withDocumentLock } from "../lock";
import { loadMeta } from "../document/meta-store";
import { findingViews } from "../document/findings-view";
import { saveSettings } from "../settings";
import { consolidate, listConflicts, makeCopies, protectMaster, resolve } from "../share";
import { DRIVE_FILE, requireScopes } from "../share/scopes";
import { showWordPicker } from "../ui";
import { importWordFile, pickerSettings } from "../word";
import { langOf } from "../env";
import type { RpcInput, RpcOutput } from "./contract";

/** How many findings travel to the sidebar (all of them are on the sheet as notes). */
export const FINDINGS_SHOWN = 300;

export function getState(_: RpcInput<"rpcGetState">, env: Env): RpcOutput<"rpcGetState"> {
  const { meta, error } = loadMeta(env);
  const templates = TEMPLATE_IDS.map((id) => {
    const plan = loadTemplate(id).plan;
    return { id, label: plan ? `${plan.number} — ${plan.province}` : id };
  });
  const exists = env.ss.getSheetByName(SHEETS.meta) !== null;
  const settings = settingsOf(env, meta);
  const year = meta ? reportingYearOf({ meta }, { asOf: settings.year ?? "auto", now: now() }) : null;
  return {
    hasWorkbook: meta !== null,
    planNumber: meta?.planNumber ?? null,
    settings,
    templates,
    problem: meta === null && exists ? error : null,
    year: year?.year ?? null,
    yearLine: meta ? reportingYearLine({ meta }, { asOf: settings.year ?? "auto", now: now() }) : null,
    period: meta ? { ...meta.period } : null,
  };
}

/** "Check everything", under the document lock: marks are written, so one writer at a time. */
export function checkAll(_: RpcInput<"rpcCheckAll">, env: Env): RpcOutput<"rpcCheckAll"> {
  return withDocumentLock(env, () => {
    const all = readAll(env, true);
    const { rows, findings, counts: c, errors } = checkEverything(env, all);
    return {
      rows,
      counts: c,
      total: findings.length,
      findings: findingViews(all.opened.meta, findings.slice(0, FINDINGS_SHOWN)),
      errors: errors.message,
      message: joined(msg("gas.checked", { rows, errors: c.error, warnings: c.warning, infos: c.info }), errors.message),
    };
  });
}

/** The overview as the core counts it (the same in every host), for the sidebar to show. */
function overviewRows(o: Overview): Omit<RpcOutput<"rpcComputeStatuses">, "message"> {
  return {
    year: o.year,
    yearLine: o.yearLine,
    indicators: o.indicators.map(({ code, label, fill, count }) => ({ code, label, fill, count })),
    indicatorCount: o.indicatorCount,
    rowCount: o.rowCount,
    indicatorLine: o.indicatorLine,
    tasks: o.tasks.map(({ code, label, fill, count }) => ({ code, label, fill, count })),
    taskCount: o.taskCount,
    taskLine: o.taskLine,
    toCorrect: o.toCorrect,
  };
}

export function computeStatuses(_: RpcInput<"rpcComputeStatuses">, env: Env): RpcOutput<"rpcComputeStatuses"> {
  return withDocumentLock(env, () => {
    const { overview: o } = writeStatuses(env, readAll(env, false));
    return {
      ...overviewRows(o),
      message: msg("gas.statusesDone", { year: o.year, indicators: o.indicatorCount, tasks: o.taskCount }),
    };
  });
}

/**
 * The summary in one call: full re-check (marks), statuses, then the summary sheet and charts,
 * all under the document lock. With `full: false` (the sidebar already ran the first two steps
 * and showed their progress) only the summary sheet is written. The answer says how many errors
 * remain and where.
 */
export function generateSummary(input: RpcInput<"rpcGenerateSummary">, env: Env): RpcOutput<"rpcGenerateSummary"> {
  return withDocumentLock(env, () => {
    const all = readAll(env, input.full);
    const outcome = writeSummary(env, all, input.full);
    const sheet = SHEETS.summary;
    const year = outcome.result.asOf;
    env.ss.getSheetByName(sheet)?.activate();
    return { sheet, year, errors: outcome.errors.message, message: joined(msg("gas.summaryDone", { sheet, year }), outcome.errors.message) };
  });
}

/** Numbers typed as text made numbers, logged; marks checked again. Under the document lock (it writes). */
export function standardise(_: RpcInput<"rpcStandardise">, env: Env): RpcOutput<"rpcStandardise"> {
  return withDocumentLock(env, () => {
    const { outcome, lines } = standardiseInSheets(env, readAll(env, true));
    return { changed: outcome.changed.length, kept: lines.slice(1), message: lines[0] };
  });
}

/** The annual report as a .docx in the person's Drive (no write to the spreadsheet, so no lock). */
export function annualReport(_: RpcInput<"rpcAnnualReport">, env: Env): RpcOutput<"rpcAnnualReport"> {
  const file = writeAnnualReport(env);
  return { year: file.year, fileName: file.fileName, url: file.url, notes: file.notes, message: msg("gas.report.saved", { year: file.year, file: file.fileName }) };
}

export function create(input: RpcInput<"rpcCreateFromTemplate">, env: Env): RpcOutput<"rpcCreateFromTemplate"> {
  return withDocumentLock(env, () => {
    const plan = createFromTemplate(env, input.templateId, input.replace);
    const n = { number: plan.number, indicators: plan.indicators.length, tasks: plan.tasks.length };
    return { ...n, message: msg("gas.created", n) };
  });
}

export function recognize(input: RpcInput<"rpcRecognize">, env: Env): RpcOutput<"rpcRecognize"> {
  return withDocumentLock(env, () => {
    const out = recognizeInPlace(env, env.ss.getActiveSheet(), input.identity ?? {}, input.replace ?? false);
    if (out.kind === "confirm") return out;
    if (out.kind === "needsIdentity") {
      const { number, issuedOn, issuer, title } = out.identity;
      return { kind: "needsIdentity", identity: { number, issuedOn, issuer, title }, missing: out.missing, message: out.message };
    }
    return { ...out, message: msg("gas.recognized", { ...out }) };
  });
}

/** Saves the settings; a year outside the plan is refused with the plan's years in the message. */
export function settings(input: RpcInput<"rpcSaveSettings">, env: Env): RpcOutput<"rpcSaveSettings"> {
  const props = env.props;
  if (!props) throw new UserError(msg("gas.failed", { detail: "PropertiesService" }));
  const { meta } = loadMeta(env);
  if (meta && input.year !== null) {
    const problem = checkYear({ meta }, input.year);
    if (problem) throw new UserError(problem);
  }
  // Under the lock: a run in progress reads the settings it started with to the end.
  return withDocumentLock(env, () => saveSettings(props, input));
}

export function selectCell(input: RpcInput<"rpcSelectCell">, env: Env): RpcOutput<"rpcSelectCell"> {
  const sheet = env.ss.getSheetByName(input.sheet);
  if (!sheet) throw new UserError(msg("gas.sheetMissing", { sheet: input.sheet }));
  const range = sheet.getRange(input.row, input.col, 1, 1).activate();
  return { a1: range.getA1Notation() };
}

export function shareProtect(_: RpcInput<"rpcShareProtect">, env: Env): RpcOutput<"rpcShareProtect"> {
  return protectMaster(env);
}

export function shareCopies(input: RpcInput<"rpcShareCopies">, env: Env): RpcOutput<"rpcShareCopies"> {
  return makeCopies(env, input);
}

export function shareConsolidate(input: RpcInput<"rpcShareConsolidate">, env: Env): RpcOutput<"rpcShareConsolidate"> {
  return consolidate(env, input);
}

export function shareConflicts(_: RpcInput<"rpcShareConflicts">, env: Env): RpcOutput<"rpcShareConflicts"> {
  return listConflicts(env);
}

export function shareResolve(input: RpcInput<"rpcShareResolve">, env: Env): RpcOutput<"rpcShareResolve"> {
  return resolve(env, input);
}

/** How many recognition warnings travel to the Picker dialog (the count says how many there are). */
export const REVIEW_SHOWN = 100;

/** Opens the Word import dialog; drive.file is asked for here, when the action is first used. */
export function openWordPicker(_: RpcInput<"rpcOpenWordPicker">, env: Env): RpcOutput<"rpcOpenWordPicker"> {
  requireScopes(env, [DRIVE_FILE]);
  pickerSettings(env.svc.propertiesService.getScriptProperties());
  showWordPicker(env.svc, langOf(env));
  return { opened: true };
}

export function wordPickerConfig(_: RpcInput<"rpcWordPickerConfig">, env: Env): RpcOutput<"rpcWordPickerConfig"> {
  requireScopes(env, [DRIVE_FILE]);
  const settings = pickerSettings(env.svc.propertiesService.getScriptProperties());
  const { meta } = loadMeta(env);
  return {
    token: env.svc.scriptApp.getOAuthToken(),
    developerKey: settings.apiKey,
    appId: settings.appId,
    hasWorkbook: meta !== null,
    planNumber: meta?.planNumber ?? null,
    lang: langOf(env),
  };
}

export function importWord(input: RpcInput<"rpcImportWord">, env: Env): RpcOutput<"rpcImportWord"> {
  return withDocumentLock(env, () => {
    const r = importWordFile(env, input.fileId, input.replace, input.identity ?? {});
    if (r.kind === "needsIdentity") {
      const { number, issuedOn, issuer, title } = r.identity;
      return { kind: "needsIdentity", file: r.file, identity: { number, issuedOn, issuer, title }, missing: r.missing, message: r.message };
    }
    const n = { file: r.file, indicators: r.plan.indicators.length, tasks: r.plan.tasks.length };
    return {
      kind: "created",
      number: r.plan.number,
      indicators: n.indicators,
      tasks: n.tasks,
      notes: r.notes,
      review: r.review.slice(0, REVIEW_SHOWN),
      reviewCount: r.review.length,
      message: msg("gas.word.imported", n),
    };
  });
}
