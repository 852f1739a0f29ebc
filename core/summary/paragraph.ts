import { msg, type Lang, type MessageCode } from "../i18n";
import { INDICATOR_STATUS_ORDER, TASK_STATUS_ORDER } from "../status";
import { formatNumber, joinList } from "./format";
import type { Summary } from "./schema";

/** What the paragraph is written from: the summary without its own paragraph. */
export type SummaryFacts = Omit<Summary, "paragraph">;

/** How many of the worst areas the paragraph names. */
const WORST_AREAS = 3;

function part(code: MessageCode, n: number, lang: Lang): string[] {
  return n > 0 ? [msg(code, { n: formatNumber(n, lang) })[lang]] : [];
}

function indicatorSentence(s: SummaryFacts, lang: Lang): string {
  if (s.indicatorCount === 0) return msg("summary.paragraph.noIndicators")[lang];
  const t = s.indicatorTotals;
  const met = t.achieved + t.exceeded;
  const metCode: MessageCode =
    t.achieved > 0 && t.exceeded > 0
      ? "summary.paragraph.part.achievedExceeded"
      : t.exceeded > 0
        ? "summary.paragraph.part.exceeded"
        : "summary.paragraph.part.achieved";
  // Achieved and exceeded are told together; every other status in display order.
  const parts = [
    ...part(metCode, met, lang),
    ...INDICATOR_STATUS_ORDER.filter((c) => c !== "achieved" && c !== "exceeded").flatMap((c) =>
      part(`summary.paragraph.part.${c}`, t[c], lang),
    ),
  ];
  return msg("summary.paragraph.indicators", {
    year: s.asOf,
    total: formatNumber(s.indicatorCount, lang),
    parts: joinList(parts, lang),
  })[lang];
}

function worstAreasSentence(s: SummaryFacts, lang: Lang): string[] {
  const ranked = s.byArea
    .map((a, i) => ({ a, i, n: a.counts.notAchieved + a.counts.offTrack + a.counts.atRisk }))
    .filter((x) => x.n > 0)
    .sort((x, y) => y.n - x.n || x.i - y.i)
    .slice(0, WORST_AREAS);
  if (ranked.length === 0) return [];
  const items = ranked.map(({ a, n }) => msg("summary.paragraph.areaItem", { name: a.name || a.code, n: formatNumber(n, lang) })[lang]);
  const code = ranked.length === 1 ? "summary.paragraph.worstArea" : "summary.paragraph.worstAreas";
  return [msg(code, { areas: joinList(items, lang) })[lang]];
}

function taskSentence(s: SummaryFacts, lang: Lang): string[] {
  if (s.taskCount === 0) return [];
  const t = s.taskTotals;
  const parts = TASK_STATUS_ORDER.flatMap((c) => part(`summary.paragraph.task.${c}`, t[c], lang));
  return [msg("summary.paragraph.tasks", { total: formatNumber(s.taskCount, lang), parts: joinList(parts, lang) })[lang]];
}

/** The draft paragraph as sentences (the summary sheet puts one per row). */
export function draftSentences(s: SummaryFacts, lang: Lang = "vi"): string[] {
  const out = [indicatorSentence(s, lang), ...worstAreasSentence(s, lang), ...taskSentence(s, lang)];
  const dueSoon = s.dueSoonTasks.length;
  if (dueSoon === 1) out.push(msg("summary.paragraph.dueSoonOne", { days: s.dueSoonDays })[lang]);
  if (dueSoon > 1) out.push(msg("summary.paragraph.dueSoon", { n: formatNumber(dueSoon, lang), days: s.dueSoonDays })[lang]);
  const c = s.completenessTotal;
  if (c.expected > 0 && c.percent !== null) {
    out.push(
      msg("summary.paragraph.completeness", {
        year: s.asOf,
        percent: formatNumber(c.percent, lang, 1),
        reported: formatNumber(c.reported, lang),
        expected: formatNumber(c.expected, lang),
      })[lang],
    );
  }
  const silent = s.silentAgencies;
  if (silent.length > 0) {
    const names = joinList(
      silent.map((a) => a.name),
      lang,
    );
    out.push(
      silent.length === 1
        ? msg("summary.paragraph.silentOne", { names })[lang]
        : msg("summary.paragraph.silent", { n: formatNumber(silent.length, lang), names })[lang],
    );
  }
  return out;
}

/** The draft paragraph for the annual report ("Tính đến năm 2026, trong 89 chỉ tiêu có ..."). */
export function draftParagraph(summary: SummaryFacts, lang: Lang = "vi"): string {
  return draftSentences(summary, lang).join(" ");
}
