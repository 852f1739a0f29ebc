import { msg } from "../../core/i18n";
import { SHEETS } from "../../core/layout";
import { INDICATOR_STATUS_ORDER, TASK_STATUS_ORDER } from "../../core/summary";
import type { Finding, IndicatorStatusCode, TaskStatusCode } from "../../core/model";
import { TEMPLATE_IDS, loadTemplate } from "../../core/template";
import { checkEverything } from "../actions/check";
import { createFromTemplate } from "../actions/create";
import { readAll } from "../actions/full-read";
import { recognizeInPlace } from "../actions/recognize";
import { writeStatuses } from "../actions/statuses";
import { writeSummary } from "../actions/summary";
import { settingsOf, type Env } from "../env";
import { UserError } from "../errors";
import { withDocumentLock } from "../lock";
import { loadMeta } from "../document/meta-store";
import { findingViews } from "../document/findings-view";
import { computeStatuses as statusesOf, type Statuses } from "../document/statuses";
import { saveSettings } from "../settings";
import { consolidate, listConflicts, makeCopies, protectMaster, resolve } from "../share";
import type { RpcInput, RpcOutput } from "./contract";

/** How many findings travel to the sidebar (all of them are on the sheet as notes). */
export const FINDINGS_SHOWN = 300;

function counts(findings: readonly Finding[]): { error: number; warning: number; info: number } {
  const out = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

export function getState(_: RpcInput<"rpcGetState">, env: Env): RpcOutput<"rpcGetState"> {
  const { meta, error } = loadMeta(env);
  const templates = TEMPLATE_IDS.map((id) => {
    const plan = loadTemplate(id).plan;
    return { id, label: plan ? `${plan.number} — ${plan.province}` : id };
  });
  const exists = env.ss.getSheetByName(SHEETS.meta) !== null;
  return {
    hasWorkbook: meta !== null,
    planNumber: meta?.planNumber ?? null,
    settings: settingsOf(env, meta),
    templates,
    problem: meta === null && exists ? error : null,
  };
}

export function checkAll(_: RpcInput<"rpcCheckAll">, env: Env): RpcOutput<"rpcCheckAll"> {
  const all = readAll(env, true);
  const { rows, findings } = checkEverything(env, all);
  const c = counts(findings);
  return {
    rows,
    counts: c,
    total: findings.length,
    findings: findingViews(all.opened.meta, findings.slice(0, FINDINGS_SHOWN)),
    message: msg("gas.checked", { rows, errors: c.error, warnings: c.warning, infos: c.info }),
  };
}

/** Statuses present, in display order, each labelled in both languages: the sidebar only shows them. */
function statusRows(statuses: Statuses): Pick<RpcOutput<"rpcComputeStatuses">, "indicators" | "tasks"> {
  const ic = new Map<IndicatorStatusCode, number>();
  for (const s of statuses.current) ic.set(s.status, (ic.get(s.status) ?? 0) + 1);
  const tc = new Map<TaskStatusCode, number>();
  for (const s of statuses.tasks) tc.set(s.status, (tc.get(s.status) ?? 0) + 1);
  return {
    indicators: INDICATOR_STATUS_ORDER.filter((c) => ic.has(c)).map((code) => ({ code, label: msg(`summary.status.${code}`), count: ic.get(code) ?? 0 })),
    tasks: TASK_STATUS_ORDER.filter((c) => tc.has(c)).map((code) => ({ code, label: msg(`summary.taskStatus.${code}`), count: tc.get(code) ?? 0 })),
  };
}

export function computeStatuses(_: RpcInput<"rpcComputeStatuses">, env: Env): RpcOutput<"rpcComputeStatuses"> {
  return withDocumentLock(env, () => {
    const all = readAll(env, false);
    const statuses = writeStatuses(env, all);
    const year = all.opened.settings.year;
    return {
      year,
      ...statusRows(statuses),
      message: msg("gas.statusesDone", { year, indicators: statuses.current.length, tasks: statuses.tasks.length }),
    };
  });
}

/**
 * The summary in one call: full re-check (marks), statuses, then the summary sheet and charts,
 * all under the document lock. With `full: false` (the sidebar already ran the first two steps
 * and showed their progress) only the summary is written.
 */
export function generateSummary(input: RpcInput<"rpcGenerateSummary">, env: Env): RpcOutput<"rpcGenerateSummary"> {
  return withDocumentLock(env, () => {
    const all = readAll(env, input.full);
    let statuses: Statuses;
    if (input.full) {
      checkEverything(env, all);
      statuses = writeStatuses(env, all);
    } else {
      statuses = computeStatusesOnly(all);
    }
    const { sheet } = writeSummary(env, all, statuses);
    const year = all.opened.settings.year;
    env.ss.getSheetByName(sheet)?.activate();
    return { sheet, year, message: msg("gas.summaryDone", { sheet, year }) };
  });
}

function computeStatusesOnly(all: ReturnType<typeof readAll>): Statuses {
  return statusesOf(all.view.plan, all.view.reports, all.opened.settings, all.opened.today);
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
    const out = recognizeInPlace(env, env.ss.getActiveSheet(), input.identity ?? {});
    return { ...out, message: msg("gas.recognized", { ...out }) };
  });
}

export function settings(input: RpcInput<"rpcSaveSettings">, env: Env): RpcOutput<"rpcSaveSettings"> {
  if (!env.props) throw new UserError(msg("gas.failed", { detail: "PropertiesService" }));
  return saveSettings(env.props, input);
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
