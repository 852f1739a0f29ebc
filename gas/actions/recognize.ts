import { msg, type Message } from "../../core/i18n";
import type { MergedRange } from "../../core/grid";
import type { IdentityField, PlanIdentity } from "../../core/recognize";
import { trackInPlace } from "../../core/workbook";
import { settingsOf, type Env } from "../env";
import { UserError } from "../errors";
import { toGrid } from "../host/cells";
import type { SheetApi } from "../host/surface";
import { readMetaSheet } from "../document/meta-store";
import { apply } from "../document/write";
import { saveSettings } from "../settings";

export type RecognizeOutcome =
  | { kind: "recognized"; sheet: string; indicators: number; tasks: number; skipped: number }
  /** The title lines do not say the plan's number, date, issuer or title: ask the person. */
  | { kind: "needsIdentity"; identity: PlanIdentity; missing: IdentityField[]; message: Message }
  /** The workbook already tracks a plan: nothing is written until the person says to replace it. */
  | { kind: "confirm"; message: Message };

/**
 * Recognises the appendix table(s) pasted on a sheet and tracks them in place with the core's
 * `trackInPlace`: tracking columns right of each table, the column mapping in the metadata sheet,
 * and the other tracking sheets. An indicator table and a task table may share the sheet.
 */
export function recognizeInPlace(env: Env, sheet: SheetApi, identity: Partial<PlanIdentity> = {}, replace = false): RecognizeOutcome {
  const name = sheet.getName();
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows === 0 || cols === 0) throw new UserError(msg("gas.recognizeNone", { sheet: name }));
  const range = sheet.getRange(1, 1, rows, cols);
  const grid = toGrid(range.getValues());
  const merges: MergedRange[] = range.getMergedRanges().map((m) => ({
    top: m.getRow() - 1,
    left: m.getColumn() - 1,
    bottom: m.getRow() + m.getNumRows() - 2,
    right: m.getColumn() + m.getNumColumns() - 2,
  }));
  const lang = settingsOf(env, null).lang;
  const result = trackInPlace(name, grid, merges, {
    identity,
    lang,
    sheetCount: env.ss.getSheets().length,
  });
  if (result.plan) {
    // A workbook that already tracks a plan: its tracking sheets are replaced only when asked to.
    const existing = readMetaSheet(env).meta;
    if (existing && !replace) return { kind: "confirm", message: msg("gas.alreadyTrackingRecognize", { number: existing.planNumber, sheet: name }) };
  }
  if (!result.plan) {
    if (result.error?.code === "ui.identity.missing") return { kind: "needsIdentity", identity: result.identity, missing: result.missing, message: result.error };
    throw new UserError(result.error?.code === "ui.import.noTable" ? msg("gas.recognizeNone", { sheet: name }) : (result.error ?? msg("gas.recognizeNone", { sheet: name })));
  }
  apply(env, result.patch, lang);
  const back = readMetaSheet(env);
  if (!back.meta) throw new UserError(back.error ?? msg("gas.noWorkbook"));
  // A recognised table has no reporting year of its own: automatic, from today's date.
  if (env.props) saveSettings(env.props, { year: null, projection: back.meta.settings.projection, lang });
  const skipped = new Set(result.findings.filter((f) => f.severity === "error").map((f) => f.row)).size;
  return { kind: "recognized", sheet: name, indicators: result.plan.indicators.length, tasks: result.plan.tasks.length, skipped };
}
