import { bilingual, msg, type Lang, type Message } from "../i18n";
import type { Finding } from "../model";
import { columnLetter } from "../patch";
import { checkWorkbook, type JobOptions, type TrackingWorkbook } from "../workbook";
import type { Labels } from "./labels";
import { KINDS, layoutOf, recordsOf } from "./sheets";
import type { ErrorTally } from "./types";

/**
 * The errors a tracking workbook holds (plan findings and every rule, the full check), with the
 * cell of each: what `split` and `merge` report before and after they run, so a department knows
 * how many values still need correcting and where.
 */
export function errorTally(wb: TrackingWorkbook, options: Pick<JobOptions, "asOf" | "now">): ErrorTally {
  const findings: Finding[] = [...wb.planFindings, ...checkWorkbook(wb, options)].filter((f) => f.severity === "error");
  const bySheet = new Map(KINDS.map((k) => [layoutOf(wb, k).sheet, k]));
  const rowIds = new Map(KINDS.map((k) => [k, new Map(recordsOf(wb, k).map((r) => [r.row, r.rowId]))]));
  const places = findings.map((f) => {
    const kind = bySheet.get(f.sheet);
    const layout = kind ? layoutOf(wb, kind) : null;
    const col = layout?.columns.find((c) => c.key === f.column)?.col;
    const rowId = kind ? (rowIds.get(kind)?.get(f.row) ?? null) : null;
    return { sheet: f.sheet, kind: kind ?? null, cell: `${col === undefined ? "" : columnLetter(col)}${f.row + 1}`, rowId, column: f.column, message: f.message };
  });
  places.sort((a, b) => (a.sheet === b.sheet ? 0 : a.sheet < b.sheet ? -1 : 1));
  return { count: places.length, places };
}

/** "3 lỗi: Chỉ tiêu!H12 (2.6, Thực hiện năm 2026); …", or "không còn lỗi". */
export function tallyText(tally: ErrorTally, labels: Labels | null, shown = 5): Message {
  if (tally.count === 0) return msg("share.errors.none");
  return bilingual("share.errors.count", (lang: Lang) => {
    const parts = tally.places.slice(0, shown).map((p) => {
      const column = labels && p.kind ? labels.column(p.kind, p.column, lang) : p.column;
      return `${p.sheet}!${p.cell} (${p.rowId ?? "—"}, ${column})`;
    });
    if (tally.count > shown) parts.push(msg("share.change.more", { count: tally.count - shown })[lang]);
    return { count: tally.count, places: parts.join("; ") };
  });
}
