import { msg, type Lang } from "../i18n";
import { indicatorPlanRows, taskPlanRows } from "../layout";
import type { IndicatorStatus, Observation, TaskProgress, TaskStatus } from "../model";
import { statusLabel, taskStatusLabel } from "../status";
import { childrenByParent, formatDay, formatNumber } from "../summary";
import type { ReportInput } from "./input";
import { TABLE_PT, textWidthMm, type ReportBlock, type ReportCell, type ReportParagraph, type ReportRow } from "./model";
import type { Parties } from "./parties";
import { para, run } from "./text";

const HEADER_SHADE = "#E7E6E6";
const GROUP_SHADE = "#F2F2F2";

function cellPara(text: string, o: { bold?: boolean; italic?: boolean; align?: ReportParagraph["align"]; highlight?: boolean } = {}): ReportParagraph {
  return para(text, { align: o.align ?? "left", size: TABLE_PT, bold: o.bold, italic: o.italic, highlight: o.highlight, before: 1, after: 1 });
}

function cell(text: string, o: Parameters<typeof cellPara>[1] = {}): ReportCell {
  return { paragraphs: [cellPara(text, o)] };
}

function headerRow(labels: readonly string[]): ReportRow {
  return { header: true, cells: labels.map((l) => ({ paragraphs: [cellPara(l, { bold: true, align: "center" })], shade: HEADER_SHADE })) };
}

function groupRow(text: string, span: number, italic = false): ReportRow {
  return { cells: [{ paragraphs: [cellPara(text, { bold: true, italic })], span, shade: GROUP_SHADE }] };
}

/** The title lines of an appendix: its number, its title, and what report it goes with. */
function appendixHead(numberCode: "report.appendix.one" | "report.appendix.two", title: string, input: ReportInput, parties: Parties, lang: Lang): ReportParagraph[] {
  const reporter = parties.reporter ?? (parties.candidates.length > 0 ? parties.candidates.join(" / ") : msg("report.head.reporterUnknown")[lang]);
  const attached = msg("report.appendix.attached", { year: Number(input.today.slice(0, 4)) || input.asOf, reporter: "\u0000" })[lang];
  const at = attached.indexOf("\u0000");
  const runs = [run(attached.slice(0, at), { italic: true }), run(reporter, { italic: true, highlight: parties.reporter === null }), run(attached.slice(at + 1), { italic: true })];
  return [
    para(msg(numberCode)[lang], { align: "center", bold: true, size: 14 }),
    para(title, { align: "center", bold: true, size: 14 }),
    para(runs, { align: "center", size: 13, after: 8 }),
  ];
}

/** Splits `rest` millimetres between columns in these proportions (rounded to 0.5 mm, exact total). */
function share(rest: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const out = weights.map((w) => Math.floor(((rest * w) / total) * 2) / 2);
  out[0] += Math.round((rest - out.reduce((a, b) => a + b, 0)) * 10) / 10;
  return out;
}

/** The reporting year's result of an indicator row as the appendix prints it (a held-back value as typed). */
function indicatorResult(obs: Observation | undefined, heldBack: boolean, lang: Lang): string {
  if (!obs) return "";
  if (heldBack && obs.value === null && obs.raw !== null && obs.raw.trim() !== "") return msg("report.result.toCorrect", { raw: obs.raw.trim() })[lang];
  if (obs.value !== null) {
    const value = formatNumber(obs.value, lang, 3);
    return obs.estimate ? msg("report.result.estimate", { value })[lang] : value;
  }
  return obs.assessment?.trim() ?? "";
}

/** Phụ lục I: every indicator row with its targets, the year's result, its status and why. */
export function indicatorAppendix(input: ReportInput, parties: Parties, lang: Lang): ReportBlock[] {
  const { plan, asOf } = input;
  const milestones = [...plan.milestoneYears].sort((a, b) => a - b);
  const labels = [
    msg("report.col.code")[lang],
    msg("report.col.indicator")[lang],
    msg("report.col.unit")[lang],
    ...milestones.map((y) => msg("report.col.target", { year: y })[lang]),
    msg("report.col.result", { year: asOf })[lang],
    msg("report.col.status")[lang],
    msg("report.col.basis")[lang],
  ];
  const fixed = [12, 20, ...milestones.map(() => 20), 24, 26];
  const [name, basis] = share(textWidthMm("landscape") - fixed.reduce((a, b) => a + b, 0), [46, 54]);
  const widthsMm = [fixed[0], name, ...fixed.slice(1), basis];
  const statusById = new Map<string, IndicatorStatus>();
  for (const s of input.current) statusById.set(s.indicatorId, s);
  const obsById = new Map<string, Observation>();
  for (const o of input.observations) if (o.year === asOf) obsById.set(o.indicatorId, o);
  const heldBack = (id: string): boolean =>
    (input.heldBack.get(id) ?? []).some((x) => x.issue.severity === "error" && (x.year === null || x.year === asOf));
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const children = childrenByParent(plan);
  const rows: ReportRow[] = [headerRow(labels)];
  let items = 0;
  for (const r of indicatorPlanRows(plan, lang)) {
    if (r.kind === "group") {
      rows.push(groupRow([r.values.code, r.values.name].filter((v) => typeof v === "string" && v !== "").join(" "), labels.length));
      continue;
    }
    const ind = r.id === null ? undefined : byId.get(r.id);
    if (!ind) continue;
    items++;
    const sub = ind.parent !== null;
    const st = statusById.get(ind.id);
    // A row judged only through its sub-rows shows no status of its own.
    const throughSubs = (children.get(ind.id)?.length ?? 0) > 0 && (st === undefined || st.status === "noTarget");
    const style = { italic: sub };
    rows.push({
      cells: [
        cell(ind.code, { align: "center", ...style }),
        cell(ind.name, style),
        cell(ind.unit, { align: "center", ...style }),
        ...milestones.map((y) => cell(ind.targets[String(y)]?.raw ?? "", { align: "center", ...style })),
        cell(indicatorResult(obsById.get(ind.id), heldBack(ind.id), lang), { align: "center", ...style }),
        cell(st && !throughSubs ? statusLabel(st.status, lang) : "", { align: "center", ...style }),
        cell(st && !throughSubs ? st.explanation[lang] : "", style),
      ],
    });
  }
  if (items === 0) rows.push(groupRow(msg("report.appendix.noRows")[lang], labels.length, true));
  return [
    ...appendixHead("report.appendix.one", msg("report.appendix.indicatorsTitle", { year: asOf })[lang], input, parties, lang),
    { kind: "table", widthsMm, rows, borders: true },
  ];
}

/** A task's reported progress for the year, in words: state, %, completion, evidence, note. */
function taskResult(progress: readonly TaskProgress[], lang: Lang): string {
  const parts: string[] = [];
  for (const p of progress) {
    const bits: string[] = [];
    if (p.state !== null) bits.push(msg(`report.taskState.${p.state}`)[lang]);
    if (p.percent !== null) bits.push(msg("report.taskResult.percent", { percent: formatNumber(p.percent, lang, 1) })[lang]);
    if (p.completedOn !== null) bits.push(msg("report.taskResult.completedOn", { date: formatDay(p.completedOn, lang) })[lang]);
    if (p.triggeredOn !== null) bits.push(msg("report.taskResult.triggeredOn", { date: formatDay(p.triggeredOn, lang) })[lang]);
    if (p.evidence !== null && p.evidence.trim() !== "") bits.push(p.evidence.trim());
    if (p.note !== null && p.note.trim() !== "") bits.push(p.note.trim());
    if (bits.length > 0) parts.push(bits.join("; "));
  }
  return parts.join("\n");
}

/** Phụ lục II: every task with its lead agency, timeframe, the year's result and its status. */
export function taskAppendix(input: ReportInput, parties: Parties, lang: Lang): ReportBlock[] {
  const { plan, asOf } = input;
  const labels = [
    msg("report.col.code")[lang],
    msg("report.col.task")[lang],
    msg("report.col.lead")[lang],
    msg("report.col.timeframe")[lang],
    msg("report.col.taskResult", { year: asOf })[lang],
    msg("report.col.taskStatus")[lang],
  ];
  const fixed = [12, 42, 30, 32];
  const [text, result] = share(textWidthMm("landscape") - fixed.reduce((a, b) => a + b, 0), [62, 38]);
  const widthsMm = [fixed[0], text, fixed[1], fixed[2], result, fixed[3]];
  const statusById = new Map<string, TaskStatus>(input.taskStatuses.map((s) => [s.taskId, s]));
  const progressById = new Map<string, TaskProgress[]>();
  for (const p of input.progress) {
    if (p.year !== asOf) continue;
    const list = progressById.get(p.taskId) ?? [];
    list.push(p);
    progressById.set(p.taskId, list);
  }
  const byId = new Map(plan.tasks.map((t) => [t.id, t]));
  const rows: ReportRow[] = [headerRow(labels)];
  let items = 0;
  for (const r of taskPlanRows(plan)) {
    if (r.kind === "group" || r.kind === "subgroup") {
      const label = [r.values.code, r.values.text].filter((v) => typeof v === "string" && v !== "").join(". ");
      rows.push(groupRow(label, labels.length, r.kind === "subgroup"));
      continue;
    }
    const task = r.id === null ? undefined : byId.get(r.id);
    if (!task) continue;
    items++;
    const st = statusById.get(task.id);
    rows.push({
      cells: [
        cell(task.code, { align: "center" }),
        cell(task.text),
        cell(task.lead.raw),
        cell(task.timeframe.text, { align: "center" }),
        cell(taskResult(progressById.get(task.id) ?? [], lang)),
        cell(taskStatusLabel(st?.status ?? "noReport", lang), { align: "center" }),
      ],
    });
  }
  if (items === 0) rows.push(groupRow(msg("report.appendix.noRows")[lang], labels.length, true));
  return [
    ...appendixHead("report.appendix.two", msg("report.appendix.tasksTitle", { year: asOf })[lang], input, parties, lang),
    { kind: "table", widthsMm, rows, borders: true },
  ];
}
