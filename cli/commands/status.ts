import { msg, text, type Lang } from "../../core/i18n";
import { INDICATOR_STATUS_ORDER, statusLabel, TASK_STATUS_ORDER, taskStatusLabel } from "../../core/workbook";
import type { Summary } from "../../core/summary";
import { computeStatuses, statusMarks, summarize, type StatusResult, type TrackingWorkbook } from "../../core/workbook";
import type { Command } from "../command";
import { table } from "../format";
import { openReport } from "../report-command";
import { today } from "./validate";

const usage = "chitieu status FILE.xlsx [--year NĂM] [--json] [--all] [-o KẾT-QUẢ.xlsx]";

const header = (code: Parameters<typeof msg>[0], lang: Lang) => text(msg(code), lang).split("|");

/**
 * Counts by status, in the method's order: top-level indicators (sub-rows roll up into their
 * parent, as in the summary and its paragraph) and tasks.
 */
export function statusCountTable(summary: Summary, lang: Lang): string {
  const rows = INDICATOR_STATUS_ORDER.map((s) => [statusLabel(s, lang), String(summary.indicatorTotals[s] ?? 0)]).filter((r) => r[1] !== "0");
  const tasks = TASK_STATUS_ORDER.map((s) => [taskStatusLabel(s, lang), String(summary.taskTotals[s] ?? 0)]).filter((r) => r[1] !== "0");
  const parts = [table([header("ui.cli.countHeader", lang), ...rows])];
  if (tasks.length > 0) parts.push(table([header("ui.cli.taskCountHeader", lang), ...tasks]));
  return parts.join("\n\n");
}

export function statusJson(wb: TrackingWorkbook, result: StatusResult, lang: Lang): Record<string, unknown> {
  const indicators = new Map(wb.plan.indicators.map((i) => [i.id, i]));
  const tasks = new Map(wb.plan.tasks.map((t) => [t.id, t]));
  return {
    planId: wb.plan.id,
    asOf: result.asOf,
    asOfDate: result.asOfDate,
    indicators: result.indicatorStatuses.map((s) => ({
      id: s.indicatorId,
      code: indicators.get(s.indicatorId)?.code ?? "",
      name: indicators.get(s.indicatorId)?.name ?? "",
      milestone: s.milestone,
      current: result.current.includes(s),
      status: s.status,
      label: statusLabel(s.status, lang),
      explanation: s.explanation[lang],
      evidence: s.evidence,
    })),
    tasks: result.taskStatuses.map((s) => ({
      id: s.taskId,
      code: tasks.get(s.taskId)?.code ?? "",
      text: tasks.get(s.taskId)?.text ?? "",
      status: s.status,
      label: taskStatusLabel(s.status, lang),
      explanation: s.explanation[lang],
      evidence: s.evidence,
    })),
  };
}

export const statusCommand: Command = {
  name: "status",
  summary: { vi: "Tính trạng thái chỉ tiêu và nhiệm vụ", en: "Compute indicator and task statuses" },
  usage,
  async run(args, io, { lang }) {
    const r = await openReport(args, io, lang, usage);
    const file = r.file;
    r.progress.step(msg("ui.cli.computing"));
    const result = computeStatuses(file.tracking, { asOf: r.year, today: today(), lang });
    await r.writeCopy(() => statusMarks(file.tracking, result, { lang }));
    if (r.json) {
      io.stdout(`${JSON.stringify(statusJson(file.tracking, result, lang))}\n`);
      return 0;
    }
    const wb = file.tracking;
    io.stdout(`${text(msg("ui.cli.statusAsOf", { year: result.asOf, number: wb.plan.number, province: wb.plan.province }), lang)}\n\n`);
    const byId = new Map(wb.plan.indicators.map((i) => [i.id, i]));
    const rows = result.current.map((s) => {
      const ind = byId.get(s.indicatorId);
      return [ind?.code || s.indicatorId, ind?.name ?? "", String(s.milestone), statusLabel(s.status, lang), s.explanation[lang]];
    });
    const shown = r.all ? rows : rows.filter((r, i) => ["notAchieved", "offTrack", "atRisk"].includes(result.current[i].status));
    if (shown.length > 0) io.stdout(`${table([header("ui.cli.statusHeader", lang), ...shown], [8, 48, 6, 22, 90])}\n\n`);
    const taskRows = result.taskStatuses
      .filter((s) => r.all || ["overdue", "late", "behind", "noReport"].includes(s.status))
      .map((s) => {
        const t = wb.plan.tasks.find((x) => x.id === s.taskId);
        return [s.taskId, t?.text ?? "", taskStatusLabel(s.status, lang), s.explanation[lang]];
      });
    if (taskRows.length > 0) io.stdout(`${table([header("ui.cli.taskHeader", lang), ...taskRows], [8, 48, 16, 90])}\n\n`);
    io.stdout(`${statusCountTable(summarize(wb, result, { today: today(), lang }).summary, lang)}\n`);
    return 0;
  },
};
