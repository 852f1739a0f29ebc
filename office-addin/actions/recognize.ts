/// <reference types="office-js" />
import type { MergedRange } from "../../core/grid";
import { msg, type Message } from "../../core/i18n";
import type { Finding } from "../../core/model";
import { parseA1, type PatchOp } from "../../core/patch";
import type { PlanIdentity } from "../../core/recognize";
import { trackInPlace } from "../../core/workbook";
import { applyPatch } from "../excel/apply-patch";
import { gridFromA1 } from "../excel/host-cells";
import type { Session } from "../excel/session";
import { queueWorkbookState } from "../excel/workbook-state";
import { applyEnv, openWorkbook } from "./context";

export type RecognizeOutcome =
  | { kind: "recognized"; sheet: string; indicators: number; tasks: number; findings: Finding[]; syncs: number }
  | { kind: "error"; error: Message };

/** "A1:C3,E5:F6" (sheet-prefixed or not) as merged ranges. */
export function mergesFromAddress(address: string): MergedRange[] {
  const out: MergedRange[] = [];
  for (const part of address.split(",")) {
    const r = parseA1(part.trim());
    if (r) out.push({ top: r.row, left: r.col, bottom: r.row + r.rows - 1, right: r.col + r.cols - 1 });
  }
  return out;
}


/**
 * Recognises the appendix table(s) pasted on the active sheet and adds the tracking columns in
 * place, right of the table (the person's own columns stay where they are). Merged cells are
 * read where Excel can list them (ExcelApi 1.13); before that, blank cells under a value already
 * mean "same as above" to the recogniser.
 */
export async function recognizeInPlace(context: Excel.RequestContext, session: Session, identity: Partial<PlanIdentity> = {}): Promise<RecognizeOutcome> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  const merged = session.caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
  if (merged) merged.load("address");
  const readState = queueWorkbookState(context, []);
  await context.sync();
  if (used.isNullObject) return { kind: "error", error: msg("excel.error.noTable") };
  const name = sheet.name;
  const grid = gridFromA1(used.values, used.rowIndex, used.columnIndex);
  const merges = merged && !merged.isNullObject ? mergesFromAddress(merged.address) : [];
  // The plan's number, date, issuer and title come from its title lines or from the person, never from the sheet's name.
  const result = trackInPlace(name, grid, merges, { identity, lang: session.lang });
  if (!result.plan) {
    return { kind: "error", error: result.error?.code === "ui.import.noTable" ? msg("excel.error.noTable") : (result.error ?? msg("excel.error.noTable")) };
  }
  const plan = result.plan;
  const ops: PatchOp[] = result.patch;
  let syncs = 1 + (await applyPatch(context, ops, applyEnv(session, readState())));
  session.wb = null;
  syncs += (await openWorkbook(context, session)).syncs;
  const findings = result.findings;
  return { kind: "recognized", sheet: name, indicators: plan.indicators.length, tasks: plan.tasks.length, findings, syncs };
}
