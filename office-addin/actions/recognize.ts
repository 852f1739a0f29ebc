/// <reference types="office-js" />
import type { MergedRange } from "../../core/grid";
import { msg, type Message } from "../../core/i18n";
import type { Finding } from "../../core/model";
import { SHEETS } from "../../core/layout";
import { parseA1, type PatchOp } from "../../core/patch";
import type { IdentityField, PlanIdentity } from "../../core/recognize";
import { trackInPlace } from "../../core/workbook";
import { applyPatch } from "../excel/apply-patch";
import { gridFromA1 } from "../excel/host-cells";
import type { Session } from "../excel/session";
import { hasSheet, queueWorkbookState } from "../excel/workbook-state";
import { applyEnv, openWorkbook } from "./context";

export type RecognizeOutcome =
  | { kind: "recognized"; sheet: string; indicators: number; tasks: number; findings: Finding[]; syncs: number }
  /** The title lines do not say the plan's number, date, issuer or title: the pane asks for them. */
  | { kind: "needsIdentity"; identity: PlanIdentity; missing: IdentityField[]; error: Message }
  /** Tracking sheets are already there: nothing is written until the person confirms. */
  | { kind: "confirm"; existing: string[] }
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
export async function recognizeInPlace(
  context: Excel.RequestContext,
  session: Session,
  identity: Partial<PlanIdentity> = {},
  options: { overwrite?: boolean } = {},
): Promise<RecognizeOutcome> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  const merged = session.caps.mergedAreas ? used.getMergedAreasOrNullObject() : null;
  if (merged) merged.load("address");
  const readExisting = queueWorkbookState(context, []);
  await context.sync();
  if (used.isNullObject) return { kind: "error", error: msg("excel.error.noTable") };
  const name = sheet.name;
  const grid = gridFromA1(used.values, used.rowIndex, used.columnIndex);
  const merges = merged && !merged.isNullObject ? mergesFromAddress(merged.address) : [];
  // The plan's number, date, issuer and title come from its title lines or from the person, never from the sheet's name.
  const result = trackInPlace(name, grid, merges, { identity, lang: session.lang });
  if (!result.plan) {
    if (result.error?.code === "ui.identity.missing") return { kind: "needsIdentity", identity: result.identity, missing: result.missing, error: result.error };
    return { kind: "error", error: result.error?.code === "ui.import.noTable" ? msg("excel.error.noTable") : (result.error ?? msg("excel.error.noTable")) };
  }
  const plan = result.plan;
  const ops: PatchOp[] = result.patch;
  // A workbook that already tracks a plan: its tracking sheets would be replaced, so ask first.
  const existing = [SHEETS.meta, SHEETS.agencies, SHEETS.log].filter((s) => hasSheet(readExisting(), s));
  if (existing.length > 0 && !options.overwrite) return { kind: "confirm", existing };
  // Every sheet the patch writes is read for its protection: a kept, protected sheet (the log) is
  // unprotected for the write and protected again, never written into while locked.
  const touched = [...new Set(ops.flatMap((op) => ("sheet" in op ? [op.sheet] : [])))];
  const readState = queueWorkbookState(context, touched);
  await context.sync();
  let syncs = 2 + (await applyPatch(context, ops, applyEnv(session, readState())));
  session.wb = null;
  syncs += (await openWorkbook(context, session)).syncs;
  const findings = result.findings;
  return { kind: "recognized", sheet: name, indicators: plan.indicators.length, tasks: plan.tasks.length, findings, syncs };
}
