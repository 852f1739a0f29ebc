import { isEmptyCell, type Cell, type Grid } from "../grid";
import { msg, type Message } from "../i18n";
import { LOG_COLUMNS, logSheetPatch, SHEETS, type SheetLayout, type SheetRecord } from "../layout";
import { a1, mergePatchOps, type PatchOp, type PatchValue } from "../patch";
import { parseNumber, sameUnit } from "../parse";
import { vietnamStamp } from "../period";
import { decimalsOf, formatNumber, valueFormat } from "../summary";
import type { TrackingWorkbook } from "./open";
import type { JobOptions } from "./options";

/** The cells agencies type numbers into, by sheet. */
const INDICATOR_KEYS = (key: string): boolean => key.startsWith("actual:") || key === "baselineValue" || key === "baselineYear";
const TASK_KEYS = (key: string): boolean => key === "percent";

export interface NumberCell {
  sheet: string;
  /** 0-based sheet row and column. */
  row: number;
  col: number;
  /** "H12". */
  cell: string;
  rowId: string;
  column: string;
  /** The cell as typed. */
  raw: string;
}

export interface StandardiseOutcome {
  /** Text cells turned into numbers, with the number and what the reading noted. */
  changed: (NumberCell & { value: number; warnings: Message[] })[];
  /** Text cells left as typed: reading them would be a guess ("1,234"), or they hold no plain number. */
  kept: (NumberCell & { message: Message })[];
  /** The numbers with the workbook's number format, and one "Nhật ký" row for each. */
  patch: PatchOp[];
  /** The workbook as it reads once the patch is applied (to check it again and mark). */
  after: TrackingWorkbook;
  message: Message;
}

/**
 * "Chuẩn hóa số liệu": every number an agency typed as text ("19,04", "6.100", "95%" in a % row)
 * becomes a real number with the workbook's number format (the decimals it was typed with), and
 * each change is logged in "Nhật ký" (when, by what, the old text, the new number, why). A cell
 * whose reading would be a guess is never changed: "1,234" (thousands or decimals?) is left and
 * listed, as are estimates ("ước đạt 59,61": the word would be lost), another unit than the
 * row's, and text that is no number. Numbers already typed as numbers are not touched.
 * `log`: the "Nhật ký" sheet as read (null when the workbook has none: it is made).
 */
export function standardiseNumbers(wb: TrackingWorkbook, log: Grid | null, o: JobOptions & { by?: string } = {}): StandardiseOutcome {
  const lang = wb.meta.settings.lang;
  const locale = o.locale ?? "vi-VN";
  const changed: StandardiseOutcome["changed"] = [];
  const kept: StandardiseOutcome["kept"] = [];
  const units = new Map(wb.plan.indicators.map((i) => [i.id, i.unit]));
  const ops: PatchOp[] = [];
  const updated = new Map<SheetRecord<string>, Record<string, Cell>>();

  const visit = (layout: SheetLayout, records: readonly SheetRecord<string>[], wanted: (key: string) => boolean, unitOf: (rowId: string) => string) => {
    if (layout.columns.length === 0) return;
    const keys = layout.columns.filter((c) => wanted(c.key));
    for (const record of records) {
      if (record.rowId === null) continue;
      for (const { key, col } of keys) {
        const raw = record.cells[key as keyof typeof record.cells];
        if (typeof raw !== "string" || isEmptyCell(raw)) continue;
        const at: NumberCell = { sheet: layout.sheet, row: record.row, col, cell: a1({ row: record.row, col, rows: 1, cols: 1 }), rowId: record.rowId, column: key, raw };
        const p = parseNumber(raw, { locale });
        const rowUnit = unitOf(record.rowId);
        if (p.error || p.value === null) {
          kept.push({ ...at, message: p.error ?? msg("number.malformed", { text: raw }) });
          continue;
        }
        if (p.estimate) {
          kept.push({ ...at, message: msg("standardise.kept.estimate", { raw }) });
          continue;
        }
        if (p.unit !== null && !sameUnit(p.unit, rowUnit)) {
          kept.push({ ...at, message: msg("standardise.kept.unit", { raw, unit: p.unit, rowUnit }) });
          continue;
        }
        const value = p.value;
        changed.push({ ...at, value, warnings: p.warnings });
        const format = key === "baselineYear" ? "0" : valueFormat(decimalsOf(value), lang);
        ops.push({ op: "setNumberFormats", sheet: layout.sheet, row: record.row, col, formats: [[format]] });
        ops.push({ op: "setValues", sheet: layout.sheet, row: record.row, col, values: [[value]] });
        const cells = updated.get(record) ?? { ...(record.cells as Record<string, Cell>) };
        cells[key] = value;
        updated.set(record, cells);
      }
    }
  };
  visit(wb.meta.indicatorLayout, wb.indicatorRecords, INDICATOR_KEYS, (id) => units.get(id) ?? "");
  visit(wb.meta.taskLayout, wb.taskRecords, TASK_KEYS, () => "%");

  // One log row a change, after the last row of the log (made when the workbook has none).
  const logOps: PatchOp[] = [];
  if (changed.length > 0) {
    if (log === null) logOps.push(...logSheetPatch(lang, 4));
    let next = 1;
    (log ?? []).forEach((line, r) => {
      if (line && !line.every((c) => isEmptyCell(c))) next = Math.max(next, r + 1);
    });
    const time = o.now === undefined ? "" : vietnamStamp(o.now);
    const by = o.by ?? msg("standardise.by")[lang];
    const rows: PatchValue[][] = changed.map((c) => {
      const shown = formatNumber(c.value, lang, 6);
      const source =
        c.warnings.length > 0
          ? msg("standardise.log.warned", { raw: c.raw, value: shown, warning: c.warnings.map((w) => w[lang]).join("; ") })[lang]
          : msg("standardise.log.source", { raw: c.raw, value: shown })[lang];
      const entry: Record<(typeof LOG_COLUMNS)[number], PatchValue> = {
        time,
        agency: by,
        sheet: c.sheet,
        row: c.rowId,
        column: c.column,
        old: c.raw,
        new: c.value,
        source,
      };
      return LOG_COLUMNS.map((k) => entry[k]);
    });
    // The old text is kept as text ("6.100" must not become a number in the log either).
    logOps.push({ op: "setNumberFormats", sheet: SHEETS.log, row: next, col: LOG_COLUMNS.indexOf("old"), formats: rows.map(() => ["@"]) });
    logOps.push({ op: "setValues", sheet: SHEETS.log, row: next, col: 0, values: rows });
  }

  const after: TrackingWorkbook = {
    ...wb,
    indicatorRecords: wb.indicatorRecords.map((r) => (updated.has(r) ? { ...r, cells: updated.get(r) as typeof r.cells } : r)),
    taskRecords: wb.taskRecords.map((r) => (updated.has(r) ? { ...r, cells: updated.get(r) as typeof r.cells } : r)),
  };
  const message =
    changed.length === 0 && kept.length === 0
      ? msg("standardise.nothing")
      : msg("standardise.done", { changed: changed.length, kept: kept.length, log: SHEETS.log });
  return { changed, kept, patch: [...mergePatchOps(ops), ...logOps], after, message };
}

/** "H12: «1,234» có hai cách hiểu…": one line per cell left as typed. */
export function keptLines(outcome: StandardiseOutcome): Message[] {
  return outcome.kept.map((k) => {
    const text = (lang: "vi" | "en") => msg("standardise.cli.kept", { cell: `${k.sheet}!${k.cell}`, message: k.message[lang] })[lang];
    return { code: "standardise.cli.kept", vi: text("vi"), en: text("en") };
  });
}
