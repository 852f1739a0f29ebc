/// <reference types="office-js" />
import type { MergedRange } from "../../core/grid";
import { msg, type Message } from "../../core/i18n";
import { buildMeta, metaPatch, rowIdsFromRecognized, trackingColumnsPatch, userColumnsFromMappings, type SheetLayout } from "../../core/layout";
import type { Finding } from "../../core/model";
import { parseA1, type PatchOp } from "../../core/patch";
import { planFromRecognized, recognizeSheet, type RecognizedTable } from "../../core/recognize";
import { foldKey } from "../../core/text";
import { applyPatch } from "../excel/apply-patch";
import { gridFromA1 } from "../excel/host-cells";
import type { Session } from "../excel/session";
import { queueWorkbookState } from "../excel/workbook-state";
import { applyEnv, openWorkbook } from "./context";

export type RecognizeOutcome =
  | { kind: "recognized"; sheet: string; indicators: number; tasks: number; findings: Finding[]; syncs: number }
  | { kind: "error"; error: Message };

const emptyLayout = (kind: "indicators" | "tasks", sheet: string): SheetLayout => ({ kind, sheet, headerRow: 0, firstDataRow: 1, columns: [] });

/** "A1:C3,E5:F6" (sheet-prefixed or not) as merged ranges. */
export function mergesFromAddress(address: string): MergedRange[] {
  const out: MergedRange[] = [];
  for (const part of address.split(",")) {
    const r = parseA1(part.trim());
    if (r) out.push({ top: r.row, left: r.col, bottom: r.row + r.rows - 1, right: r.col + r.cols - 1 });
  }
  return out;
}

function planId(sheet: string): string {
  const slug = foldKey(sheet).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return `nhan-dien-${slug || "bang"}`;
}

/**
 * Recognises the appendix table(s) pasted on the active sheet and adds the tracking columns in
 * place, right of the table (the person's own columns stay where they are). Merged cells are
 * read where Excel can list them (ExcelApi 1.13); before that, blank cells under a value already
 * mean "same as above" to the recogniser.
 */
export async function recognizeInPlace(context: Excel.RequestContext, session: Session): Promise<RecognizeOutcome> {
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
  const found = recognizeSheet(grid, merges, { sheet: name });
  const indicatorTable = found.tables.find((t) => t.kind === "indicators") ?? null;
  const taskTable = found.tables.find((t) => t.kind === "tasks") ?? null;
  if (!indicatorTable && !taskTable) return { kind: "error", error: msg("excel.error.noTable") };
  const plan = planFromRecognized(found.tables, { id: planId(name), title: name });

  const ops: PatchOp[] = [];
  const place = (table: RecognizedTable | null, kind: "indicators" | "tasks"): SheetLayout => {
    if (!table) return emptyLayout(kind, name);
    const { userColumns, lastCol } = userColumnsFromMappings(table.columns, kind, plan.milestoneYears);
    const headerRow = table.headerRows[table.headerRows.length - 1];
    const out = trackingColumnsPatch(name, headerRow, table.firstRow, table.lastRow, userColumns, kind, plan, rowIdsFromRecognized(table), {
      lang: session.lang,
      lastCol,
    });
    ops.push(...out.patch);
    return out.layout;
  };
  const layouts = { indicators: place(indicatorTable, "indicators"), tasks: place(taskTable, "tasks") };
  const meta = buildMeta(plan, layouts as Parameters<typeof buildMeta>[1], { lang: session.lang });
  ops.push(...metaPatch(meta, session.lang));
  let syncs = 1 + (await applyPatch(context, ops, applyEnv(session, readState())));
  session.wb = null;
  await openWorkbook(context, session);
  syncs++;
  const findings = [...found.findings, ...found.tables.flatMap((t) => t.findings)];
  return { kind: "recognized", sheet: name, indicators: plan.indicators.length, tasks: plan.tasks.length, findings, syncs };
}
