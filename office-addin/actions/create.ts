/// <reference types="office-js" />
import { msg, type Message } from "../../core/i18n";
import { SHEETS, trackingWorkbookPatch } from "../../core/layout";
import type { Plan } from "../../core/model";
import { applyPatch } from "../excel/apply-patch";
import type { Session } from "../excel/session";
import { hasSheet, queueWorkbookState } from "../excel/workbook-state";
import { applyEnv, openWorkbook } from "./context";

export type CreateOutcome =
  | { kind: "created"; planNumber: string; syncs: number }
  | { kind: "confirm"; existing: string[] }
  | { kind: "error"; error: Message };

/**
 * Creates the tracking workbook from a plan template (loaded by the caller: the core's bundled
 * catalogue in tests and the CLI, a fetched JSON file in the task pane, to keep its bundle small). When tracking sheets already exist,
 * nothing is written until the person confirms (`overwrite`): their data would be replaced.
 */
export async function createFromTemplate(
  context: Excel.RequestContext,
  session: Session,
  template: { plan: Plan | null; error: Message | null },
  options: { overwrite?: boolean; asOf?: number } = {},
): Promise<CreateOutcome> {
  const { plan, error } = template;
  if (!plan) return { kind: "error", error: error ?? msg("excel.error.noWorkbook") };
  const tracking = [SHEETS.indicators, SHEETS.tasks, SHEETS.meta];
  const ops = trackingWorkbookPatch(plan, { lang: session.lang, asOf: options.asOf });
  // Every sheet the patch writes is watched: a kept, protected sheet (the log) is unprotected
  // for the write and protected again, not written into while locked.
  const touched = [...new Set(ops.flatMap((op) => ("sheet" in op ? [op.sheet] : [])))];
  const readState = queueWorkbookState(context, touched);
  await context.sync();
  const state = readState();
  const existing = tracking.filter((s) => hasSheet(state, s));
  if (existing.length > 0 && !options.overwrite) return { kind: "confirm", existing };
  let syncs = 1 + (await applyPatch(context, ops, applyEnv(session, state)));
  session.wb = null;
  const opened = await openWorkbook(context, session);
  syncs++;
  if (!opened.wb) return { kind: "error", error: opened.error ?? msg("layout.meta.missing") };
  session.findings = [];
  return { kind: "created", planNumber: plan.number, syncs };
}
