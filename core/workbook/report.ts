import { cellText, type Cell } from "../grid";
import { columnOf, type SheetLayout } from "../layout";
import type { Finding } from "../model";
import { a1 } from "../patch";
import { msg, type Message } from "../i18n";
import { buildReport, reportParties, type ReportDocument, type ReportInput, type ReportToCorrect } from "../report";
import type { Summary } from "../summary";
import { checkWorkbook, computeStatuses, summarize, type JobOptions, type StatusResult } from "./jobs";
import type { TrackingWorkbook } from "./open";

export interface ReportOutcome {
  report: ReportDocument;
  summary: Summary;
  result: StatusResult;
  /** The full check made first (a report is never written from unchecked data). */
  findings: Finding[];
  /** What the person should know before sending it (values held back, a reporting body to choose). */
  notes: Message[];
}

/** Values an error finding rejects: listed in the report, never judged. */
function toCorrectOf(wb: TrackingWorkbook, findings: readonly Finding[]): ReportToCorrect[] {
  const out: ReportToCorrect[] = [];
  const seen = new Set<string>();
  const sides: { kind: "indicator" | "task"; layout: SheetLayout; records: TrackingWorkbook["indicatorRecords"] | TrackingWorkbook["taskRecords"] }[] = [
    { kind: "indicator", layout: wb.meta.indicatorLayout, records: wb.indicatorRecords },
    { kind: "task", layout: wb.meta.taskLayout, records: wb.taskRecords },
  ];
  for (const side of sides) {
    const byRow = new Map(side.records.map((r) => [r.row, r]));
    const indicators = new Map(wb.plan.indicators.map((i) => [i.id, i]));
    const tasks = new Map(wb.plan.tasks.map((t) => [t.id, t]));
    for (const f of findings) {
      if (f.severity !== "error" || f.sheet !== side.layout.sheet) continue;
      const record = byRow.get(f.row);
      if (!record || record.rowId === null) continue;
      const col = columnOf(side.layout, f.column as never);
      if (col === null) continue;
      const key = `${f.sheet}\u0000${f.row}\u0000${col}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const raw = (record.cells as Record<string, Cell | undefined>)[f.column];
      let code = "";
      let name = "";
      if (side.kind === "indicator") {
        const ind = indicators.get(record.rowId);
        const parent = ind?.parent ? indicators.get(ind.parent) : undefined;
        code = ind?.code || parent?.code || "";
        name = ind ? (parent ? `${parent.name} — ${ind.name}` : ind.name) : "";
      } else {
        const task = tasks.get(record.rowId);
        code = task?.id ?? "";
        name = task?.text ?? "";
      }
      out.push({
        kind: side.kind,
        rowId: record.rowId,
        code,
        name,
        cell: a1({ row: f.row, col, rows: 1, cols: 1 }),
        column: f.column,
        raw: raw === undefined || raw === null ? null : cellText(raw),
        problem: { vi: f.message.vi, en: f.message.en },
      });
    }
  }
  return out;
}

/**
 * "Báo cáo năm": re-checks everything, computes every status and the summary (the same jobs the
 * summary sheet runs), then builds the annual report document from their outcome.
 */
export function annualReport(wb: TrackingWorkbook, o: JobOptions = {}): ReportOutcome {
  const findings = [...wb.planFindings, ...checkWorkbook(wb, o)];
  const result = computeStatuses(wb, o);
  const { summary } = summarize(wb, result, o);
  const input: ReportInput = {
    plan: wb.plan,
    lang: o.lang ?? wb.meta.settings.lang,
    asOf: result.asOf,
    today: o.today ?? result.asOfDate,
    summary,
    current: result.current,
    taskStatuses: result.taskStatuses,
    observations: result.observations,
    progress: result.progress,
    toCorrect: toCorrectOf(wb, findings),
    agencies: wb.agencies,
  };
  const report = buildReport(input);
  const notes: Message[] = [];
  if (input.toCorrect.length > 0) notes.push(msg("report.withErrors", { count: input.toCorrect.length }));
  const parties = reportParties(input);
  if (parties.candidates.length > 0) notes.push(msg("report.toChoose", { coordinator: wb.plan.coordinator, names: parties.candidates.join(", ") }));
  return { report, summary, result, findings, notes };
}
