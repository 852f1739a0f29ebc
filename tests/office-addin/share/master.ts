import { loadSample, loadTemplate } from "../../../core/template";
import { samplePatch } from "../../../core/workbook";
import type { SheetKind } from "../../../core/layout";
import { applyEnv } from "../../../office-addin/actions/context";
import { createFromTemplate } from "../../../office-addin/actions/create";
import { applyPatch } from "../../../office-addin/excel/apply-patch";
import type { Session } from "../../../office-addin/excel/session";
import { queueWorkbookState } from "../../../office-addin/excel/workbook-state";
import type { FakeExcel } from "../fake-excel";
import { run } from "../helpers";

/** The Đồng Tháp tracking workbook made in the fake Excel, with the bundled sample typed in. */
export async function dongThapMaster(fake: FakeExcel, session: Session): Promise<void> {
  const created = await run(fake, (ctx) => createFromTemplate(ctx, session, loadTemplate("dong-thap-328-2024"), { asOf: 2026 }));
  if (created.kind !== "created") throw new Error(`not created: ${JSON.stringify(created)}`);
  const wb = session.wb!;
  const sample = loadSample("dong-thap-328-2024").sample!;
  await run(fake, async (ctx) => {
    const state = queueWorkbookState(ctx, [wb.meta.indicatorLayout.sheet, wb.meta.taskLayout.sheet]);
    await ctx.sync();
    await applyPatch(ctx, samplePatch(wb, sample), applyEnv(session, state()));
  });
}

/** Where a row's column sits in the fake workbook (from the session's opened workbook). */
export function placeOf(session: Session, kind: SheetKind, rowId: string, key: string): { sheet: string; row: number; col: number } {
  const wb = session.wb!;
  const layout = kind === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout;
  const records = kind === "indicators" ? wb.indicatorRecords : wb.taskRecords;
  const row = records.find((r) => r.rowId === rowId)?.row;
  const col = layout.columns.find((c) => c.key === key)?.col;
  if (row === undefined || col === undefined) throw new Error(`no cell ${rowId} ${key}`);
  return { sheet: layout.sheet, row, col };
}
