import { msg, type Lang } from "../i18n";
import type { Indicator, IndicatorStatus, IndicatorStatusCode, TaskStatusCode } from "../model";
import { formatQuantity, INDICATOR_STATUS_ORDER, runningUnit, statusLabel, TASK_STATUS_LOOK, TASK_STATUS_ORDER, taskStatusLabel } from "../status";
import { childrenByParent, draftSentences, formatDay, formatNumber, joinList, rollUp } from "../summary";
import type { ReportInput } from "./input";
import type { ReportBlock, ReportParagraph } from "./model";
import type { Parties } from "./parties";
import { body, heading, pointLetter, run } from "./text";

/** Task statuses whose tasks the body names one by one (the rest are counted): the concerns and data to correct. */
const named = (code: TaskStatusCode): boolean => TASK_STATUS_LOOK[code].concern || code === "dataToCorrect";

function reporterText(parties: Parties, lang: Lang) {
  if (parties.reporter !== null) return run(parties.reporter);
  const text = parties.candidates.length > 0 ? parties.candidates.join(" / ") : msg("report.head.reporterUnknown")[lang];
  return run(text, { highlight: true });
}

/** A sentence with the reporter's name in it (highlighted when it is to be chosen). */
function withReporter(template: string, reporter: ReturnType<typeof reporterText>, o: Parameters<typeof body>[1] = {}): ReportParagraph {
  const at = template.indexOf("\u0000");
  if (at < 0) return body(template, o);
  return body([run(template.slice(0, at)), reporter, run(template.slice(at + 1))], o);
}

/** Statuses listed compactly, one item per indicator with its value or forecast and target. */
const COMPACT: ReadonlySet<IndicatorStatusCode> = new Set(["exceeded", "achieved", "onTrack", "noTarget"]);

/** "2,62%", "1,3 người", "0,707": a number with its unit as running text writes it (lower case). */
function quantity(x: number, unit: string, lang: Lang, decimals = 3): string {
  return formatQuantity(x, unit, lang, decimals);
}

function labelOf(ind: Indicator): string {
  return ind.code ? `${ind.code} ${ind.name}` : ind.name;
}

function targetText(ind: Indicator, milestone: number): string {
  const raw = ind.targets[String(milestone)]?.raw.trim() ?? "";
  const unit = ind.unit.trim();
  if (raw === "" || unit === "" || !/\d$/.test(raw)) return raw;
  return unit.startsWith("%") ? `${raw}${unit}` : `${raw} ${runningUnit(unit)}`;
}

function explanationOf(status: IndicatorStatus | undefined, lang: Lang): string {
  return status ? status.explanation[lang] : statusLabel("noData", lang);
}

/** One compact item: "2.1 (2,62% năm 2026; mục tiêu 2030: <3%)". */
function compactItem(ind: Indicator, status: IndicatorStatus | undefined, throughSubs: boolean, lang: Lang): string {
  const code = ind.code || ind.name;
  if (throughSubs) return msg("report.indicators.itemSubRows", { code })[lang];
  const e = status?.evidence;
  if (!e) return code;
  if (e.projected !== null && (status?.status === "onTrack")) {
    return msg("report.indicators.itemProjected", { code, milestone: e.milestone, projected: quantity(e.projected, ind.unit, lang, 1), target: targetText(ind, e.milestone) })[lang];
  }
  if (e.value !== null && e.valueYear !== null) {
    return msg("report.indicators.itemMet", { code, value: quantity(e.value, ind.unit, lang), year: e.valueYear, milestone: e.milestone, target: targetText(ind, e.milestone) })[lang];
  }
  return code;
}

/** Section I.2: indicators by status, each with the numbers behind it. */
function indicatorBlocks(input: ReportInput, lang: Lang): ReportBlock[] {
  const { plan, summary } = input;
  const out: ReportBlock[] = [heading(msg("report.section.indicators")[lang])];
  if (summary.indicatorCount === 0) return [...out, body(msg("report.indicators.none")[lang])];
  out.push(body(msg("report.indicators.lead", { year: input.asOf, total: formatNumber(summary.indicatorCount, lang) })[lang]));
  const byId = new Map<string, IndicatorStatus>();
  for (const s of input.current) byId.set(s.indicatorId, s);
  const children = childrenByParent(plan);
  const counted = rollUp(children, (id) => byId.get(id)?.status);
  const groups = new Map<IndicatorStatusCode, Indicator[]>();
  for (const ind of plan.indicators) {
    if (ind.parent !== null) continue;
    const status = counted(ind);
    const list = groups.get(status) ?? [];
    list.push(ind);
    groups.set(status, list);
  }
  const throughSubs = (ind: Indicator): boolean => {
    const own = byId.get(ind.id);
    return (children.get(ind.id)?.length ?? 0) > 0 && (own === undefined || own.status === "noTarget");
  };
  let letter = 0;
  for (const code of INDICATOR_STATUS_ORDER) {
    const list = groups.get(code) ?? [];
    if (list.length === 0) continue;
    const n = formatNumber(summary.indicatorTotals[code] ?? list.length, lang);
    const label = statusLabel(code, lang);
    const at = pointLetter(letter++, lang);
    if (COMPACT.has(code)) {
      const items = list.map((ind) => compactItem(ind, byId.get(ind.id), throughSubs(ind), lang)).join("; ");
      out.push(body(msg("report.indicators.items", { letter: at, label, n, items })[lang], { after: 3 }));
      continue;
    }
    out.push(body(msg("report.indicators.group", { letter: at, label, n })[lang], { bold: true, keepNext: true, after: 3 }));
    for (const ind of list) {
      const subs = children.get(ind.id) ?? [];
      const explanation = throughSubs(ind) ? msg("report.indicators.subRows")[lang] : explanationOf(byId.get(ind.id), lang);
      out.push(body(msg("report.indicators.line", { label: labelOf(ind), explanation })[lang], { after: 3 }));
      for (const sub of subs) {
        const s = byId.get(sub.id);
        if (s === undefined || s.status === "noTarget") continue;
        out.push(body(msg("report.indicators.subLine", { label: sub.name, explanation: explanationOf(s, lang) })[lang], { after: 3, firstLineMm: 15 }));
      }
    }
  }
  return out;
}

/** Section I.3: tasks in the administration's status words; the ones needing attention named. */
function taskBlocks(input: ReportInput, lang: Lang): ReportBlock[] {
  const { plan, summary } = input;
  const out: ReportBlock[] = [heading(msg("report.section.tasks")[lang])];
  if (summary.taskCount === 0) return [...out, body(msg("report.tasks.none")[lang])];
  out.push(body(msg("report.tasks.lead", { total: formatNumber(summary.taskCount, lang) })[lang]));
  const statusById = new Map(input.taskStatuses.map((s) => [s.taskId, s.status]));
  const leadName = (ids: readonly string[]): string | null =>
    ids.length === 0 ? null : ids.map((id) => input.agencies.byId.get(id)?.name ?? id).join(", ");
  for (const code of TASK_STATUS_ORDER) {
    const n = summary.taskTotals[code] ?? 0;
    if (n === 0) continue;
    out.push(body(msg("report.tasks.count", { label: taskStatusLabel(code, lang), n: formatNumber(n, lang) })[lang], { after: 3, keepNext: named(code) }));
    if (!named(code)) continue;
    for (const task of plan.tasks) {
      if ((statusById.get(task.id) ?? "noReport") !== code) continue;
      const lead = leadName(task.lead.ids) ?? (task.lead.raw.trim() || null);
      const line = lead
        ? msg("report.tasks.line", { code: task.id, text: task.text, lead })[lang]
        : msg("report.tasks.lineNoLead", { code: task.id, text: task.text })[lang];
      out.push(body(line, { after: 3 }));
    }
  }
  return out;
}

/** Section I.4: how complete the agencies' reports are, and who sent nothing. */
function reportingBlocks(input: ReportInput, lang: Lang): ReportBlock[] {
  const { summary } = input;
  const out: ReportBlock[] = [heading(msg("report.section.reporting")[lang])];
  const total = summary.completenessTotal;
  out.push(
    body(
      total.expected === 0 || total.percent === null
        ? msg("report.reporting.nothingExpected", { year: input.asOf })[lang]
        : msg("report.reporting.total", {
            year: input.asOf,
            reported: formatNumber(total.reported, lang),
            expected: formatNumber(total.expected, lang),
            percent: formatNumber(total.percent, lang, 1),
          })[lang],
    ),
  );
  const silent = summary.silentAgencies.map((a) => a.name);
  out.push(body(silent.length > 0 ? msg("report.reporting.silent", { names: joinList(silent, lang) })[lang] : msg("report.reporting.noneSilent")[lang]));
  const partial = summary.completeness.filter((r) => r.name !== null && r.reported > 0 && r.reported < r.expected);
  if (partial.length > 0) {
    const items = partial.map(
      (r) => msg("report.reporting.partialItem", { name: r.name as string, reported: formatNumber(r.reported, lang), expected: formatNumber(r.expected, lang) })[lang],
    );
    out.push(body(msg("report.reporting.partial", { items: items.join("; ") })[lang]));
  }
  return out;
}

/**
 * The body: the opening sentence, I. results (overall, indicators, tasks, reporting), II.
 * difficulties and III. proposals left for the department to write (highlighted, never
 * invented), and the closing sentence.
 */
export function bodyBlocks(input: ReportInput, parties: Parties, lang: Lang): ReportBlock[] {
  const reporter = reporterText(parties, lang);
  const issuer = parties.issuer ?? msg("report.head.issuerUnknown")[lang];
  const common = { number: input.plan.number, year: input.asOf };
  const opening = msg("report.opening", { ...common, date: formatDay(input.plan.issuedOn, lang), issuer, reporter: "\u0000" })[lang];
  return [
    withReporter(opening, reporter),
    heading(msg("report.section.results")[lang], { firstLineMm: 10 }),
    heading(msg("report.section.overall")[lang]),
    ...draftSentences(input.summary, lang).map((s) => body(s)),
    ...indicatorBlocks(input, lang),
    ...taskBlocks(input, lang),
    ...reportingBlocks(input, lang),
    heading(msg("report.section.difficulties")[lang]),
    body(msg("report.toWrite.difficulties", { year: input.asOf })[lang], { highlight: true, italic: true }),
    heading(msg("report.section.proposals")[lang]),
    body(msg("report.toWrite.proposals", { issuer })[lang], { highlight: true, italic: true }),
    withReporter(msg("report.closing", { ...common, reporter: "\u0000" })[lang], reporter, { before: 6 }),
  ];
}

