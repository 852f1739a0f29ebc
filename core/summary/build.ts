import type {
  Indicator,
  IndicatorStatus,
  IndicatorStatusCode,
  Observation,
  StatusIssue,
  Plan,
  TaskProgress,
  TaskStatus,
  TaskStatusCode,
} from "../model";
import { indicatorExpectsValue, isReportedObservation, isReportedProgress, taskExpectsReport } from "./expectations";
import { dayNumber } from "./format";
import { INDICATOR_SEVERITY, INDICATOR_STATUS_LOOK } from "../status";
import { childrenByParent, emptyCounts, emptyTaskCounts, rollUp } from "./counts";
import { draftParagraph } from "./paragraph";
import type {
  AgencyRow,
  AreaRow,
  CompletenessRow,
  ConcernStatus,
  IndicatorConcern,
  StatusCounts,
  Summary,
  TaskLine,
  TaskStatusCounts,
} from "./schema";

export interface SummaryInput {
  plan: Plan;
  /** The reporting year the statuses were computed for. */
  asOf: number;
  /** yyyy-mm-dd: the day "due soon" counts from. */
  today: string;
  /** Current milestone status per indicator (one per indicator id). */
  indicatorStatuses: IndicatorStatus[];
  taskStatuses: TaskStatus[];
  observations: Observation[];
  progress: TaskProgress[];
  /** Canonical agency name by id (the registry lives elsewhere). */
  agencyName: (id: string) => string;
  /** Values held back because of an error finding (core/workbook's cell issues), in sheet order. */
  toCorrect?: readonly { rowId: string; kind: "indicator" | "task"; issue: StatusIssue }[];
}

/** An area's code as printed ("2.") and as indicators refer to it ("2") are the same area. */
function areaKey(code: string): string {
  // Called several times per indicator of a large plan, with a handful of distinct codes.
  let key = areaKeys.get(code);
  if (key === undefined) {
    const t = code.trim();
    key = t.endsWith(".") ? t.slice(0, -1) : t;
    if (areaKeys.size >= 1_000) areaKeys.clear();
    areaKeys.set(code, key);
  }
  return key;
}
const areaKeys = new Map<string, string>();

/** One status per row, in the rows' order. */
function alignedWith(statuses: readonly IndicatorStatus[], indicators: readonly Indicator[]): boolean {
  if (statuses.length !== indicators.length) return false;
  for (let i = 0; i < statuses.length; i++) if (statuses[i].indicatorId !== indicators[i].id) return false;
  return true;
}

/**
 * No two rows share an id. Remembered per indicator list (a summary is rebuilt for the same plan
 * after every edit of its values, and plans are treated as immutable), checked again if its
 * length changed.
 */
function uniqueIds(indicators: readonly Indicator[]): boolean {
  const known = uniqueness.get(indicators);
  if (known !== undefined && known.length === indicators.length) return known.unique;
  const ids = new Set<string>();
  for (const ind of indicators) ids.add(ind.id);
  const unique = ids.size === indicators.length;
  uniqueness.set(indicators, { length: indicators.length, unique });
  return unique;
}
const uniqueness = new WeakMap<readonly Indicator[], { length: number; unique: boolean }>();

/** Tasks due within this many days of `today` are listed as due soon. */
export const DUE_SOON_DAYS = 60;

const CONCERNS = INDICATOR_SEVERITY.filter((c) => INDICATOR_STATUS_LOOK[c].concern) as readonly ConcernStatus[];
/** Only tasks not yet due or under way can be "due soon". */
const DUE_SOON_CANDIDATES: ReadonlySet<TaskStatusCode> = new Set(["notDue", "inProgress", "behindSchedule", "noReport"]);


function isConcern(code: IndicatorStatusCode): code is ConcernStatus {
  return (CONCERNS as readonly string[]).includes(code);
}

function percentOf(reported: number, expected: number): number | null {
  return expected === 0 ? null : (reported / expected) * 100;
}

function byName(a: { name: string | null }, b: { name: string | null }): number {
  if (a.name === null || b.name === null) return a.name === null ? (b.name === null ? 0 : 1) : -1;
  return a.name.localeCompare(b.name, "vi");
}

/** The cells to correct with the code and name of their plan row. */
function toCorrectLines(plan: Plan, items: NonNullable<SummaryInput["toCorrect"]>): Summary["toCorrect"] {
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  return items.map(({ rowId, kind, issue }) => {
    let code = rowId;
    let name = "";
    if (kind === "indicator") {
      const ind = indicators.get(rowId);
      const parent = ind?.parent ? indicators.get(ind.parent) : undefined;
      code = ind?.code || parent?.code || rowId;
      name = ind ? (parent ? `${parent.name} — ${ind.name}` : ind.name) : "";
    } else {
      // As the task lists show it: codes restart in each section ("3."), the id does not ("II.3").
      const task = tasks.get(rowId);
      code = task?.id ?? rowId;
      name = task?.text ?? "";
    }
    return { sheet: issue.sheet, cell: issue.cell, code, name, problem: { vi: issue.message.vi, en: issue.message.en } };
  });
}

/**
 * Builds the summary from already-computed statuses: counts by area and by lead agency, report
 * completeness per agency for the `asOf` year, agencies that sent nothing, the indicators needing
 * attention, overdue and due-soon tasks, and the draft paragraph in both languages.
 *
 * Counting unit: top-level indicators (as the plan numbers them). A parent whose own status is
 * missing or "no target" while its sub-rows have statuses takes the worst sub-row status (all
 * achieved/exceeded → achieved, or exceeded if every one exceeded). Lists and completeness use
 * every row, sub-rows included, because that is where values are reported.
 */
export function buildSummary(input: SummaryInput): Summary {
  const { plan, asOf, today } = input;
  // Loops rather than new Map(list.map(...)): no [key, value] pair per row of a large plan.
  // Only sub-rows need the plan by id (their parent's lead and name): a flat plan builds no map.
  const childrenOf = childrenByParent(plan);
  const indicatorById = new Map<string, Indicator>();
  if (childrenOf.size > 0) for (const i of plan.indicators) indicatorById.set(i.id, i);
  // Statuses given in plan order (one per row, as callers build them) are read by position: a
  // 100k-entry map by id costs more than the rest of the pass. Only exact when ids are unique
  // (the map keeps the last status of an id) and no parent rolls up its sub-rows by id.
  const statuses = input.indicatorStatuses;
  const byPosition = childrenOf.size === 0 && alignedWith(statuses, plan.indicators) && uniqueIds(plan.indicators);
  const statusById = new Map<string, IndicatorStatus>();
  if (!byPosition) for (const s of statuses) statusById.set(s.indicatorId, s);
  const areaByCode = new Map(plan.areas.map((a) => [areaKey(a.code), a]));
  // Asked once per agency: a large plan names the same few agencies on every row.
  const names = new Map<string, string>();
  const nameOf = (id: string | null): string | null => {
    if (id === null) return null;
    let name = names.get(id);
    if (name === undefined) names.set(id, (name = input.agencyName(id)));
    return name;
  };

  // A blank lead cell means "as above": the parent row's, then the group row's.
  const leadOf = (ind: Indicator, depth = 0): string | null => {
    const own = ind.lead.ids[0];
    if (own !== undefined) return own;
    const parent = ind.parent === null ? undefined : indicatorById.get(ind.parent);
    if (parent && depth < 10) return leadOf(parent, depth + 1);
    return areaByCode.get(areaKey(ind.area))?.lead?.ids[0] ?? null;
  };

  // `own`: the row's own status when the caller already looked it up (one Map lookup per row).
  const statusOf = rollUp(childrenOf, (id) => statusById.get(id)?.status);

  // Counts by area and by lead agency.
  const indicatorTotals = emptyCounts();
  const areaRows = new Map<string, AreaRow>();
  for (const area of plan.areas) areaRows.set(areaKey(area.code), { code: area.code, name: area.name, counts: emptyCounts(), total: 0 });

  // Completeness of the asOf year's reports, per lead agency.
  const completenessRows = new Map<string, CompletenessRow>();
  const rowFor = (lead: string | null): CompletenessRow => {
    const k = lead ?? "";
    let row = completenessRows.get(k);
    if (!row) {
      row = {
        agencyId: lead,
        name: nameOf(lead),
        indicatorsExpected: 0,
        indicatorsReported: 0,
        tasksExpected: 0,
        tasksReported: 0,
        expected: 0,
        reported: 0,
        percent: null,
      };
      completenessRows.set(k, row);
    }
    return row;
  };
  // One pass over the indicators (a large plan's rows are read once, each lead found once):
  // counts of top-level rows by area and lead, completeness of every row, rows needing attention.
  const agencyRows = new Map<string, AgencyRow>();
  // One pass over the observations (the largest input): which rows were reported, and which
  // agencies sent anything at all for the year (not even on rows they do not lead).
  const reportedIndicators = new Set<string>();
  const activeAgencies = new Set<string>();
  // A value held back for correction is not a report (its cell is listed under "Số liệu cần sửa").
  for (const o of input.observations) {
    if (o.year !== asOf || !isReportedObservation(o)) continue;
    reportedIndicators.add(o.indicatorId);
    if (o.agencyId) activeAgencies.add(o.agencyId);
  }
  const indicatorConcerns: IndicatorConcern[] = [];
  let topLevelCount = 0;
  for (let at = 0; at < plan.indicators.length; at++) {
    const ind = plan.indicators[at];
    const lead = leadOf(ind);
    const st = byPosition ? statuses[at] : statusById.get(ind.id);
    if (ind.parent === null) {
      topLevelCount += 1;
      const status = statusOf(ind, st?.status);
      indicatorTotals[status] += 1;
      let area = areaRows.get(areaKey(ind.area));
      if (!area) areaRows.set(areaKey(ind.area), (area = { code: ind.area, name: ind.area, counts: emptyCounts(), total: 0 }));
      area.counts[status] += 1;
      area.total += 1;
      const k = lead ?? "";
      let agency = agencyRows.get(k);
      if (!agency) agencyRows.set(k, (agency = { agencyId: lead, name: nameOf(lead), counts: emptyCounts(), total: 0 }));
      agency.counts[status] += 1;
      agency.total += 1;
    }
    if (indicatorExpectsValue(ind, asOf, plan)) {
      const row = rowFor(lead);
      row.indicatorsExpected += 1;
      if (reportedIndicators.has(ind.id)) row.indicatorsReported += 1;
    }
    if (!st || !isConcern(st.status)) continue;
    const parent = ind.parent === null ? undefined : indicatorById.get(ind.parent);
    indicatorConcerns.push({
      indicatorId: ind.id,
      code: ind.code || parent?.code || "",
      name: parent ? `${parent.name} — ${ind.name}` : ind.name,
      unit: ind.unit,
      status: st.status,
      leadId: lead,
      leadName: nameOf(lead),
      milestone: st.milestone,
      value: st.evidence.value,
      valueYear: st.evidence.valueYear,
      targetText: ind.targets[String(st.milestone)]?.raw ?? null,
      target: st.evidence.target,
      gap: st.evidence.gap,
      ratio: st.evidence.ratio,
    });
  }
  const byArea = [...areaRows.values()].filter((a) => a.total > 0);
  const byAgency = [...agencyRows.values()].sort((a, b) => b.total - a.total || byName(a, b));
  const reportedTasks = new Set(input.progress.filter((p) => p.year === asOf && isReportedProgress(p)).map((p) => p.taskId));
  // Grouped once: filtering all progress rows for every task is quadratic on a large plan.
  const progressByTask = new Map<string, TaskProgress[]>();
  for (const p of input.progress) {
    const list = progressByTask.get(p.taskId);
    if (list) list.push(p);
    else progressByTask.set(p.taskId, [p]);
  }
  for (const task of plan.tasks) {
    if (!taskExpectsReport(task, asOf, plan, progressByTask.get(task.id) ?? [])) continue;
    const row = rowFor(task.lead.ids[0] ?? null);
    row.tasksExpected += 1;
    if (reportedTasks.has(task.id)) row.tasksReported += 1;
  }
  const completeness = [...completenessRows.values()]
    .map((r) => {
      const expected = r.indicatorsExpected + r.tasksExpected;
      const reported = r.indicatorsReported + r.tasksReported;
      return { ...r, expected, reported, percent: percentOf(reported, expected) };
    })
    .sort((a, b) => (a.percent ?? 0) - (b.percent ?? 0) || byName(a, b));
  const expectedTotal = completeness.reduce((s, r) => s + r.expected, 0);
  const reportedTotal = completeness.reduce((s, r) => s + r.reported, 0);

  // Agencies that sent nothing at all for the year (not even on rows they do not lead).
  for (const p of input.progress) if (p.year === asOf && p.agencyId && isReportedProgress(p)) activeAgencies.add(p.agencyId);
  const silentAgencies = completeness
    .filter((r) => r.agencyId !== null && r.expected > 0 && r.reported === 0 && !activeAgencies.has(r.agencyId))
    .map((r) => ({ agencyId: r.agencyId as string, name: r.name ?? (r.agencyId as string) }))
    .sort(byName);

  // Worst first, plan order kept within a status (what a stable sort by CONCERNS rank gives).
  const concernsInOrder = CONCERNS.flatMap((c) => indicatorConcerns.filter((x) => x.status === c));

  // Tasks: totals, overdue, due soon.
  const taskStatusById = new Map(input.taskStatuses.map((s) => [s.taskId, s]));
  const taskTotals = emptyTaskCounts();
  const overdueTasks: TaskLine[] = [];
  const dueSoonTasks: TaskLine[] = [];
  const todayDay = dayNumber(today);
  for (const task of plan.tasks) {
    const st = taskStatusById.get(task.id);
    const status: TaskStatusCode = st?.status ?? "noReport";
    taskTotals[status] += 1;
    if (!st) continue;
    const dueOn = st.evidence.dueOn;
    const dueDay = dueOn === null ? null : dayNumber(dueOn);
    const lead = task.lead.ids[0] ?? null;
    const line: TaskLine = {
      taskId: task.id,
      code: task.id,
      text: task.text,
      status,
      leadId: lead,
      leadName: nameOf(lead),
      dueOn,
      daysLeft: dueDay === null || todayDay === null ? null : dueDay - todayDay,
    };
    if (status === "overdue") overdueTasks.push(line);
    else if (DUE_SOON_CANDIDATES.has(status) && line.daysLeft !== null && line.daysLeft >= 0 && line.daysLeft <= DUE_SOON_DAYS) {
      dueSoonTasks.push(line);
    }
  }
  dueSoonTasks.sort((a, b) => (a.daysLeft ?? 0) - (b.daysLeft ?? 0));

  const facts: Omit<Summary, "paragraph"> = {
    plan: { id: plan.id, number: plan.number, title: plan.title, province: plan.province },
    asOf,
    today,
    indicatorCount: topLevelCount,
    taskCount: plan.tasks.length,
    indicatorTotals,
    taskTotals,
    byArea,
    byAgency,
    completeness,
    completenessTotal: { expected: expectedTotal, reported: reportedTotal, percent: percentOf(reportedTotal, expectedTotal) },
    silentAgencies,
    indicatorConcerns: concernsInOrder,
    overdueTasks,
    dueSoonTasks,
    dueSoonDays: DUE_SOON_DAYS,
    toCorrect: toCorrectLines(plan, input.toCorrect ?? []),
  };
  return { ...facts, paragraph: { vi: draftParagraph(facts, "vi"), en: draftParagraph(facts, "en") } };
}
