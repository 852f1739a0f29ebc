import { msg, text, type Lang } from "../../core/i18n";
import { statusJob, statusLabel, taskStatusLabel, type Overview, type StatusResult, type TrackingWorkbook } from "../../core/workbook";
import type { Command } from "../command";
import { table } from "../format";
import { openReport } from "../report-command";

const usage = "chitieu status FILE.xlsx [--year NĂM] [--json] [--all] [-o KẾT-QUẢ.xlsx]";

const header = (code: Parameters<typeof msg>[0], lang: Lang) => text(msg(code), lang).split("|");

/**
 * The core's overview as count tables: indicators as the plan numbers them (sub-rows roll up into
 * their parent, as in the summary, the Sheets sidebar and the Excel task pane) and tasks.
 */
export function statusCountTable(overview: Overview, lang: Lang): string {
  const rows = overview.indicators.map((l) => [l.label[lang], String(l.count)]);
  const tasks = overview.tasks.map((l) => [l.label[lang], String(l.count)]);
  const parts = [overview.yearLine[lang], overview.indicatorLine[lang], table([header("ui.cli.countHeader", lang), ...rows])];
  if (tasks.length > 0) parts.push(overview.taskLine[lang], table([header("ui.cli.taskCountHeader", lang), ...tasks]));
  return parts.join("\n");
}

/** Indicator statuses that call for attention, and task statuses that do. */
const INDICATOR_CONCERNS = new Set(["notAchieved", "offTrack", "atRisk", "dataToCorrect"]);
const TASK_CONCERNS = new Set(["overdue", "behindSchedule", "noReport", "dataToCorrect"]);

export function statusJson(wb: TrackingWorkbook, result: StatusResult, overview: Overview, lang: Lang): Record<string, unknown> {
  const indicators = new Map(wb.plan.indicators.map((i) => [i.id, i]));
  const tasks = new Map(wb.plan.tasks.map((t) => [t.id, t]));
  return {
    planId: wb.plan.id,
    asOf: result.asOf,
    autoYear: result.autoYear,
    asOfDate: result.asOfDate,
    overview: {
      indicatorCount: overview.indicatorCount,
      rowCount: overview.rowCount,
      indicators: Object.fromEntries(overview.indicators.map((l) => [l.code, l.count])),
      taskCount: overview.taskCount,
      tasks: Object.fromEntries(overview.tasks.map((l) => [l.code, l.count])),
      toCorrect: overview.toCorrect,
    },
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
      issues: s.issues ?? [],
    })),
    tasks: result.taskStatuses.map((s) => ({
      id: s.taskId,
      code: tasks.get(s.taskId)?.code ?? "",
      text: tasks.get(s.taskId)?.text ?? "",
      status: s.status,
      label: taskStatusLabel(s.status, lang),
      explanation: s.explanation[lang],
      evidence: s.evidence,
      issues: s.issues ?? [],
    })),
  };
}

export const statusCommand: Command = {
  name: "status",
  summary: { vi: "Tính trạng thái chỉ tiêu và nhiệm vụ", en: "Compute indicator and task statuses" },
  usage,
  async run(args, io, { lang }) {
    const r = await openReport(args, io, lang, usage);
    const wb = r.file.tracking;
    r.progress.step(msg("ui.cli.computing"));
    const { result, marks, overview } = statusJob(wb, { asOf: r.year, now: r.now, lang });
    await r.writeCopy(() => marks);
    if (r.json) {
      io.stdout(`${JSON.stringify(statusJson(wb, result, overview, lang))}\n`);
      return 0;
    }
    io.stdout(`${text(msg("ui.cli.statusAsOf", { year: result.asOf, number: wb.plan.number, province: wb.plan.province }), lang)}\n\n`);
    const byId = new Map(wb.plan.indicators.map((i) => [i.id, i]));
    const rows = result.current.map((s) => {
      const ind = byId.get(s.indicatorId);
      return [ind?.code || s.indicatorId, ind?.name ?? "", String(s.milestone), statusLabel(s.status, lang), s.explanation[lang]];
    });
    const shown = r.all ? rows : rows.filter((_, i) => INDICATOR_CONCERNS.has(result.current[i].status));
    if (shown.length > 0) io.stdout(`${table([header("ui.cli.statusHeader", lang), ...shown], [8, 48, 6, 22, 90])}\n\n`);
    const taskRows = result.taskStatuses
      .filter((s) => r.all || TASK_CONCERNS.has(s.status))
      .map((s) => {
        const t = wb.plan.tasks.find((x) => x.id === s.taskId);
        return [s.taskId, t?.text ?? "", taskStatusLabel(s.status, lang), s.explanation[lang]];
      });
    if (taskRows.length > 0) io.stdout(`${table([header("ui.cli.taskHeader", lang), ...taskRows], [8, 48, 16, 90])}\n\n`);
    io.stdout(`${statusCountTable(overview, lang)}\n`);
    return 0;
  },
};
