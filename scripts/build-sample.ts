/**
 * Generates the bundled sample data (templates/samples/<planId>.sample.json): invented, clearly
 * labelled reports that make every indicator and task status appear, plus a few deliberately
 * wrong cells to show validation. Deterministic: hand-tuned choices per row, a seeded PRNG for
 * the rest (progress ratios within a chosen band, small noise, how a cell is typed).
 * Run: node scripts/run-ts.cjs scripts/build-sample.ts [--check]
 * The script checks its own output with the status engine (milestone of asOf, values the
 * validators accept) and stops when a row does not get the status it was tuned for.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { PlanSchema, type Indicator, type IndicatorStatusCode, type Observation, type Plan, type TaskProgress } from "../core/model";
import { formatNumber, parseNumber } from "../core/parse";
import { currentMilestone, indicatorStatus, taskStatus } from "../core/status";
import { SampleSchema, type Sample, type SampleTaskState } from "../core/template/sample-schema";

const ROOT = path.resolve(__dirname, "..");
const check = process.argv.includes("--check");

const LABEL = {
  vi: "DỮ LIỆU MẪU — số liệu minh họa, không phải số liệu thật của tỉnh",
  en: "SAMPLE DATA — illustrative figures, not the province's real data",
};

/** mulberry32: tiny, seeded, the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadPlan(id: string): Plan {
  return PlanSchema.parse(JSON.parse(fs.readFileSync(path.join(ROOT, "templates/plans", `${id}.json`), "utf8")));
}

// ---------------------------------------------------------------------------------------------
// Đồng Tháp 328/KH-UBND, as of 2026: values 2024–2026, baselines 2023.

type Cell = string | number;
type Band = "onTrack" | "atRisk" | "offTrack";

/**
 * One indicator row of the sample. `trend`: values drawn so the linear projection covers a share
 * k of the way from the baseline to the 2030 target, k drawn within the band. `v`: the three
 * cells 2024, 2025, 2026 as typed (null = not reported). `expect`: the status for the milestone
 * of asOf (2030), checked after generation.
 */
interface Spec {
  expect: IndicatorStatusCode;
  base?: number;
  trend?: Band;
  v?: [Cell | null, Cell | null, Cell | null];
  dp?: number;
  assess?: { year: number; text: string }[];
}

const BANDS: Record<Band, [number, number]> = { onTrack: [1.03, 1.25], atRisk: [0.3, 0.8], offTrack: [-0.3, 0.04] };

const t = (expect: Band, base: number, dp = 1): Spec => ({ expect, base, trend: expect, dp });
const v = (expect: IndicatorStatusCode, base: number | undefined, cells: [Cell | null, Cell | null, Cell | null]): Spec => ({
  expect,
  base,
  v: cells,
});
const noData: Spec = { expect: "noData" };
const noTrend = (cell: Cell): Spec => ({ expect: "noTrend", v: [null, null, cell] });

/**
 * Agencies that send nothing at all (Sở Tư pháp, Ban Quản lý Khu kinh tế, Sở Văn hóa, Thể thao
 * và Du lịch, Công an tỉnh): their rows stay empty so the summary lists them as "chưa báo cáo".
 */
const SILENT = new Set(["so-tu-phap", "ban-ql-kkt", "so-vhttdl", "cong-an-tinh"]);

/** Cells typed wrong on purpose (validation shows them); the status check leaves them out. */
const WRONG: Record<string, string> = {
  "2.6@2026": "abc",
  "9.1@2026": "1,234", // thousands or decimals? must be reported, not guessed
  "8.3@2025": "105", // a percentage above 100
  "5.12@2026": "5 người", // a count typed in a % row
};

const DT: Record<string, Spec> = {
  "1/1": v("achieved", 98.5, [99.1, "99,6", 100]),
  "2.1": v("achieved", 2.6, ["2,45", "2,8", "2,62"]), // unemployment, lower is better
  "2.2": v("achieved", 3.6, ["3,4", "3,1", "3,3"]), // 2025 <3 missed, 2030 <4 met
  "2.3": t("atRisk", 66),
  "2.4": t("onTrack", 34),
  "2.5": t("atRisk", 44),
  "2.6": v("onTrack", 33, [35, 38, WRONG["2.6@2026"]]),
  "3.1": v("achieved", 0.694, ["0,698", "0,703", "0,707"]), // HDI
  "3.2": t("atRisk", 25),
  "3.3": noTrend(71),
  "3.4": noData,
  "3.5": t("onTrack", 27),
  "4.1": v("atRisk", 17.7, ["18,15", "18,92", "19,7"]), // = 4.1/1 + 4.1/2
  "4.1/1": v("atRisk", 13.8, ["14,2", "14,9", "15,8"]),
  "4.1/2": v("offTrack", 3.9, ["3,95", "4,02", "3,9"]),
  "4.2": t("onTrack", 50),
  "4.3": v("exceeded", 86, [88.2, "89,5", "91,2"]),
  "4.4": t("atRisk", 12, 2),
  "4.5": { expect: "atRisk", assess: [{ year: 2025, text: "Tiểu học" }] }, // 2025 reached, THCS not yet
  "4.6": v("onTrack", 93.5, ["94,3", "95,1", "95,6"]),
  "4.7": t("onTrack", 78),
  "4.8": t("atRisk", 48),
  "4.9": t("onTrack", 96.5),
  "5.1": v("exceeded", 3.3, ["3,6", "3,9", "4,2"]),
  "5.2": v("achieved", 100, [100, 100, 100]),
  "5.3": t("onTrack", 70), // 2025 has no target ("-")
  "5.4": t("atRisk", 60),
  "5.5": v("achieved", 97, [98, "99,5", 100]),
  "5.6": noTrend(82),
  "5.7": t("onTrack", 75),
  "5.8": t("onTrack", 86),
  "5.9": noData, // Sở Tư pháp: not reporting
  "5.10": v("noTarget", 1.3, ["1.5", "1,2", "1,1"]), // "1.5": dot decimal, read with a warning
  "5.11": v("noTarget", 1.4, ["1,6", "1,9", "2,1"]),
  "5.12": v("onTrack", 74, [76, 79, WRONG["5.12@2026"]]),
  "5.13": v("offTrack", 45, [44, 46, 45]),
  "5.14": t("atRisk", 55),
  "5.15": v("achieved", 100, [100, 100, 100]),
  "5.16": t("atRisk", 35),
  "5.17": noData,
  "5.18": v("onTrack", 0.6, ["0,8", "1,1", "1,3"]),
  "6.1": v("achieved", 100, [100, 100, 100]),
  "6.2": v("exceeded", 33, [34.6, "36,8", "41,5"]),
  "6.3": v("achieved", 93, ["93,8", "94,6", "95,3"]),
  "6.4": v("achieved", 99.2, ["99,4", "99,5", "99,5"]),
  "6.5": t("atRisk", 55),
  "6.6": v("onTrack", 98.6, ["98,8", 99, "99,2"]),
  "6.7": t("onTrack", 91),
  "6.8": t("atRisk", 70),
  "6.9": v("achieved", 100, [100, 100, 100]),
  "6.10": t("onTrack", 95.5),
  "6.11": t("atRisk", 85),
  "6.12": v("offTrack", 93.8, ["93,5", "93,9", "93,2"]),
  "6.13": noTrend(76),
  "7.1": v("offTrack", 1.72, ["1,70", "1,66", "1,62"]), // fertility falling away from replacement
  "7.2": v("onTrack", 74.1, ["74,3", "74,5", "74,7"]),
  "7.3": t("atRisk", 66.2),
  "7.4/1": t("onTrack", 28),
  "7.4/2": t("atRisk", 9),
  "7.4/3": noTrend("3,2"),
  "7.4/4": t("atRisk", 20),
  "7.5": t("onTrack", 93),
  "7.6": t("atRisk", 90),
  "7.7": v("noTarget", 83, [85, 87, 88]),
  "7.8": t("onTrack", 92),
  "7.9": v("onTrack", 17.5, ["17,0", "16,4", "15,9"]), // stunting, lower is better
  "7.10": { expect: "needsAssessment" },
  "7.11": noData,
  "7.12": t("atRisk", 62),
  "7.13": t("onTrack", 86),
  "7.14": v("achieved", 100, [100, 100, 100]),
  "8.1/1": v("achieved", 74, [76, 79, 80]), // 2025: 79 < 80, not achieved
  "8.1/2": v("achieved", 100, [100, 100, 100]),
  "8.2": t("atRisk", 40),
  "8.3": v("achieved", 99, ["99,2", WRONG["8.3@2025"], "99,5"]),
  "8.4": t("onTrack", 90),
  "8.5": v("offTrack", 85, [85, "84,5", 85]),
  "8.6": v("achieved", 100, [100, 100, 100]),
  "8.7": t("atRisk", 52),
  "8.8": noData, // Sở Văn hóa, Thể thao và Du lịch: not reporting
  "9.1": v("atRisk", 150, [420, "1.150", WRONG["9.1@2026"]]), // flats, cumulative
  "9.2": { expect: "atRisk", assess: [{ year: 2025, text: "Giải quyết cơ bản" }] },
  "9.3": t("onTrack", 25.4),
  "9.3/1": v("noTarget", 30.8, ["31,2", "31,6", "32,1"]),
  "9.3/2": v("noTarget", 24.1, ["24,5", "24,9", "25,3"]),
  "9.4": t("onTrack", 78),
  "9.4/1": t("atRisk", 92),
  "9.4/2": t("onTrack", 68),
  "9.5": noTrend(83),
  "10.1/1": v("achieved", 98.2, ["98,6", "99,1", "99,4"]),
  "10.1/2": v("onTrack", 93, ["93,8", "94,6", "95,4"]), // 2025 >95 missed
  "10.2/1": v("noTarget", 83, [84, "86,5", 87]),
  "10.2/2": t("atRisk", 70),
  "10.3": t("onTrack", 80),
  "10.4": t("atRisk", 78),
  "10.5": v("achieved", 96, [98, 100, 100]),
  "10.6": v("offTrack", 8, ["8,2", "8,1", "8,3"]),
  "10.7": noTrend(6),
  "10.8": noData, // Ban Quản lý Khu kinh tế: not reporting
  "10.9": t("atRisk", 70),
  "10.10": t("atRisk", 55),
};

/** The 2030 bound a value has to reach (the near end of a range, in the indicator's direction). */
function goalOf(ind: Indicator, milestone: number): number {
  const p = ind.targets[String(milestone)]?.parsed;
  if (!p || p.kind === "none" || p.kind === "qualitative" || p.kind === "list") throw new Error(`${ind.id}: no numeric target`);
  const decrease = ind.direction === "decrease" || p.kind === "max";
  if (p.kind === "range") return (decrease ? p.hi : p.lo) as number;
  return (p.kind === "max" ? p.hi : (p.lo ?? p.hi)) as number;
}

function cellOf(x: number, dp: number, rand: () => number): Cell {
  const r = Number(x.toFixed(dp));
  // Most people type plain numbers; some type text the Vietnamese way ("93,8").
  if (Number.isInteger(r)) return rand() < 0.85 ? r : String(r);
  return rand() < 0.55 ? r : formatNumber(r, { maxDecimals: dp });
}

function trendCells(ind: Indicator, spec: Spec, milestone: number, rand: () => number): Cell[] {
  const base = spec.base as number;
  const goal = goalOf(ind, milestone);
  const [lo, hi] = BANDS[spec.trend as Band];
  const k = lo + (hi - lo) * rand();
  const span = milestone - 2023;
  const percent = ind.unit.trim().startsWith("%");
  const at = (year: number, noise: number): number => {
    const x = base + (goal - base) * k * ((year - 2023) / span) + noise;
    return percent ? Math.min(100, Math.max(0, x)) : Math.max(0, x);
  };
  const wiggle = (): number => (rand() - 0.5) * Math.abs(goal - base) * 0.06;
  const dp = spec.dp ?? 1;
  return [cellOf(at(2024, wiggle()), dp, rand), cellOf(at(2025, wiggle()), dp, rand), cellOf(at(2026, 0), dp, rand)];
}

interface TaskSpec {
  /** Progress per year 2024–2026: [state, percent] or null (no report that year). */
  rows: ([SampleTaskState, number | null] | null)[];
  completedOn?: string;
  evidence?: string;
  note?: string;
  triggeredOn?: string;
}

const S0 = "Chưa triển khai" as const;
const S1 = "Đang triển khai" as const;
const S2 = "Hoàn thành" as const;
const annual = (...states: (SampleTaskState | null)[]): TaskSpec => ({ rows: states.map((s) => (s ? [s, s === S2 ? 100 : null] : null)) });
const period = (...percents: number[]): TaskSpec => ({
  rows: percents.map((p) => [p === 0 ? S0 : p >= 100 ? S2 : S1, p]),
});

const DT_TASKS: Record<string, TaskSpec> = {
  "I.1": annual(S2, S2, S2),
  "I.2": { rows: [null, null, null] }, // reports at the programme's reviews only
  "II.1": period(15, 30, 47),
  "II.2": annual(S1, S2, S1),
  "II.3": period(10, 18, 22),
  "II.4": annual(S2, S1, null),
  "II.5": annual(S2, S2, S2),
  "II.6": period(20, 35, 52),
  "II.7": { rows: [null, null, null] }, // Công an tỉnh: not reporting
  "III.1": { ...annual(S2, S2, S2), completedOn: "2026-07-27", evidence: "Báo cáo số 215/BC-SLĐTBXH ngày 30/7/2026" },
  "III.2": period(15, 28, 35),
  "III.3": period(20, 40, 60),
  "III.4": { rows: [null, [S0, 0], [S1, 30]], note: "Đã xây dựng dự thảo kế hoạch tổ chức gặp mặt năm 2027" },
  "III.5": annual(S1, S1, S1),
  "IV.1": { ...period(30, 70, 100), completedOn: "2026-09-15", evidence: "Quyết định số 1234/QĐ-UBND ngày 15/9/2026" },
  "IV.2": annual(S1, S1, S1),
  "IV.3": annual(S1, S2, S1),
  "IV.4": annual(S1, null, null),
  "IV.5": annual(S1, S1, S1),
  "IV.6": annual(S2, S2, S2),
  "IV.7": period(5, 10, 15),
  "IV.8": annual(S2, S2, S2),
  "IV.9": annual(S1, S1, S1),
  "IV.10": annual(S2, S2, S2),
  "IV.11": { ...annual(S2, S2, S2), note: "Doanh số cho vay giải quyết việc làm tăng 8% so với năm trước" },
  "V.1": annual(null, S2, S2),
  "V.2": annual(null, S1, S1),
  "V.3": annual(S1, S1, null),
  "V.4": annual(S1, S1, S1),
  "V.5": period(10, 25, 46),
  "V.6": { rows: [[S0, null], [S0, null], [S0, null]], note: "Chưa bố trí được vốn đầu tư" },
  "V.7": annual(S2, S2, S2),
  "V.8": annual(S1, S1, S1),
  "V.9": annual(S1, S1, S1),
  "VI.1.1": period(10, 20, 33),
  "VI.1.2": annual(S2, S2, S2),
  "VI.1.3": annual(S1, S1, S1),
  "VI.2.1": period(20, 38, 55),
  "VI.2.2": { ...period(0, 5, 12), note: "Đang hoàn thiện hồ sơ chủ trương đầu tư" },
  "VI.2.3": period(15, 30, 44),
  "VI.2.4": annual(S1, S1, S1),
  "VI.2.5": annual(S1, S1, null),
  "VI.3.1": { rows: [null, null, null] }, // Sở Văn hóa, Thể thao và Du lịch: not reporting
  "VI.3.2": { rows: [null, null, null] },
  "VI.4.1": annual(S2, S2, S2),
  "VI.4.2": annual(S1, S1, S1),
  "VI.5.1": period(15, 32, 48),
  "VI.5.2": period(12, 24, 34),
  "VI.5.3": period(18, 34, 50),
  "VI.5.4": period(5, 12, 20),
  "VI.5.5": { rows: [[S1, 40], [S2, 100], null], completedOn: "2025-12-10", evidence: "Nghị quyết số 45/2025/NQ-HĐND ngày 10/12/2025" },
  "VI.6.1": period(16, 31, 47),
  "VI.6.2": period(12, 22, 34),
  "VI.6.3": period(6, 12, 18),
  "VII.1": annual(S2, S2, S2),
  "VII.2": annual(S1, S1, S1),
  "VII.3": annual(S2, S1, S2),
  "VII.4": annual(S1, S1, S1),
  "VII.5": annual(S2, S2, S2),
  "VII.6": period(15, 30, 46),
  "VII.7": annual(S2, S2, null),
  "VII.8": annual(S1, S1, S1),
  "VII.9": annual(S1, S1, S1),
  "VII.10": annual(S2, S2, S2),
};

/**
 * Progress rows from the specs: completedOn/evidence go on the row of the year the task was
 * completed, triggeredOn on the first row from the trigger's year, a note on the last row.
 */
function taskRows(specs: Record<string, TaskSpec>, firstYear: number): Sample["taskProgress"] {
  const out: Sample["taskProgress"] = [];
  for (const [taskId, spec] of Object.entries(specs)) {
    const doneYear = spec.completedOn ? Number(spec.completedOn.slice(0, 4)) : null;
    const triggerYear = spec.triggeredOn ? Number(spec.triggeredOn.slice(0, 4)) : null;
    const years = spec.rows.map((r, i) => (r ? firstYear + i : null)).filter((y): y is number => y !== null);
    const lastYear = years[years.length - 1];
    const triggerRow = triggerYear === null ? null : (years.find((y) => y >= triggerYear) ?? null);
    spec.rows.forEach((row, i) => {
      if (!row) return;
      const [state, percent] = row;
      const year = firstYear + i;
      const completed = state === S2 && year === doneYear;
      out.push({
        taskId,
        year,
        state,
        percent,
        completedOn: completed ? (spec.completedOn ?? null) : null,
        evidence: completed ? (spec.evidence ?? null) : null,
        note: year === lastYear ? (spec.note ?? null) : null,
        triggeredOn: year === triggerRow ? (spec.triggeredOn ?? null) : null,
      });
    });
  }
  return out;
}

function buildDongThap(plan: Plan): Sample {
  const rand = prng(328_2024);
  const asOf = 2026;
  const milestone = currentMilestone(plan.milestoneYears, asOf);
  const sample: Sample = { planId: plan.id, label: LABEL, asOf, baselines: [], values: [], assessments: [], taskProgress: [] };
  for (const ind of plan.indicators) {
    const spec = DT[ind.id];
    if (!spec) continue; // header rows without targets (7.4, 8.1, 10.1, 10.2): nothing to report
    if (ind.lead.ids.some((id) => SILENT.has(id)) && (spec.v || spec.trend)) throw new Error(`${ind.id}: silent agency reports`);
    if (spec.base !== undefined) sample.baselines.push({ indicatorId: ind.id, year: 2023, value: spec.base });
    const cells = spec.v ?? (spec.trend ? trendCells(ind, spec, milestone, rand) : []);
    cells.forEach((cell, i) => {
      if (cell !== null) sample.values.push({ indicatorId: ind.id, year: 2024 + i, cell });
    });
    for (const a of spec.assess ?? []) sample.assessments.push({ indicatorId: ind.id, year: a.year, text: a.text });
  }
  sample.taskProgress = taskRows(DT_TASKS, 2024);
  return sample;
}

// ---------------------------------------------------------------------------------------------
// Hải Dương 1768/KH-UBND, as of 2025: its programme ends in 2025 and it has conditional tasks,
// so it shows what Đồng Tháp cannot yet: overdue one-off tasks and tasks waiting for a trigger.

const HD_TASKS: Record<string, TaskSpec> = {
  "I.1": annual(S2, S2, S2, S1),
  "I.2": annual(S2, S2, S2, S2),
  "I.3": annual(S2, S1, null, null),
  "II.1": { rows: [[S2, 100], null, null, null], completedOn: "2022-03-10", evidence: "Kế hoạch số 812/KH-UBND ngày 10/3/2022" },
  "II.2": { rows: [[S1, 60], [S2, 100], null, null], completedOn: "2023-04-20", evidence: "Kế hoạch số 1420/KH-UBND ngày 20/4/2023" },
  "II.3": period(20, 45, 70, 85),
  "II.4": period(25, 50, 75, 100),
  "II.5": { rows: [[S2, 100], null, null, null], completedOn: "2022-08-05", evidence: "Kế hoạch số 2530/KH-UBND ngày 05/8/2022" },
  "II.6": { rows: [[S1, 50], [S1, 80], null, null], note: "Dự thảo kế hoạch đang lấy ý kiến các sở, ngành" },
  "II.7": { rows: [null, null, null, [S0, null]], note: "Chưa có hướng dẫn của Bộ Lao động - TBXH" },
  "II.8": { rows: [[S1, 40], [S1, 70], [S1, 90], [S1, 95]], note: "Đã trình Bộ, chờ Thủ tướng phê duyệt" },
  "II.9": period(20, 40, 60, 80),
  "III.1": { rows: [[S2, 100], null, null, null], completedOn: "2022-06-30", evidence: "Kế hoạch số 1980/KH-UBND ngày 30/6/2022" },
  "III.2": { rows: [[S1, 60], [S1, 90], null, null] },
  "III.3": { rows: [null, [S1, 30], [S1, 60], [S1, 70]], triggeredOn: "2023-03-15" },
  "III.4": { rows: [null, null, [S1, 20], [S1, 60]], triggeredOn: "2024-06-10" },
  "III.5": { rows: [[S2, 100], null, null, null], completedOn: "2022-11-25", evidence: "Kế hoạch số 3855/KH-UBND ngày 25/11/2022" },
  "III.6": { rows: [[S1, 50], [S1, 80], null, null] },
  "III.7": { rows: [null, [S2, 100], null, null], completedOn: "2023-09-12", evidence: "Văn bản số 2711/UBND-VP ngày 12/9/2023" },
  "III.8": { rows: [[S2, 100], null, null, null], completedOn: "2021-12-20", evidence: "Kế hoạch số 4470/KH-UBND ngày 20/12/2021" },
  "III.9": { rows: [[S2, 100], null, null, null], completedOn: "2022-12-09", evidence: "Nghị quyết số 17/2022/NQ-HĐND ngày 09/12/2022" },
  "IV.1": { rows: [null, null, null, null] },
  "IV.2": { rows: [null, null, null, null] },
  "IV.3": { rows: [null, null, [S2, 100], null], triggeredOn: "2023-10-02", completedOn: "2024-05-16", evidence: "Kế hoạch số 1702/KH-UBND ngày 16/5/2024" },
  "IV.4": { rows: [[S2, 100], null, null, null], completedOn: "2022-10-14", evidence: "Kế hoạch số 3400/KH-UBND ngày 14/10/2022" },
  "IV.5": { rows: [null, null, null, null] },
  "IV.6": { rows: [null, [S1, 70], [S2, 100], null], completedOn: "2024-02-28", evidence: "Kế hoạch số 640/KH-UBND ngày 28/2/2024" },
  "IV.7": { rows: [null, [S2, 100], null, null], completedOn: "2023-11-30", evidence: "Kế hoạch số 4102/KH-UBND ngày 30/11/2023" },
  "IV.8": { rows: [[S1, 60], [S1, 85], [S1, 90], null] },
  "IV.9": { rows: [[S2, 100], null, null, null], completedOn: "2022-07-19", evidence: "Kế hoạch số 2288/KH-UBND ngày 19/7/2022" },
  "IV.10": { rows: [null, null, null, [S1, 40]], triggeredOn: "2025-01-20" },
  "IV.11": period(10, 25, 40, 55),
  "IV.12": { rows: [[S1, 70], null, null, null] },
  "V.1": period(25, 50, 70, 90),
  "V.2": period(0, 30, 60, 100),
};

function buildHaiDuong(plan: Plan): Sample {
  return {
    planId: plan.id,
    label: LABEL,
    asOf: 2025,
    baselines: [],
    values: [],
    assessments: [],
    taskProgress: taskRows(HD_TASKS, 2022),
  };
}

// ---------------------------------------------------------------------------------------------
// Self-check: ids exist, and each row gets the status it was tuned for.

function observations(sample: Sample, id: string): Observation[] {
  const wrong = new Set(Object.values(WRONG));
  const obs: Observation[] = [];
  for (const x of sample.values) {
    if (x.indicatorId !== id || (typeof x.cell === "string" && wrong.has(x.cell))) continue;
    const n = parseNumber(x.cell);
    if (n.error || n.value === null) throw new Error(`${id} ${x.year}: unreadable cell ${String(x.cell)}`);
    obs.push({ indicatorId: id, year: x.year, value: n.value, assessment: null, raw: String(x.cell), source: null, note: null, agencyId: null, recordedAt: null });
  }
  for (const a of sample.assessments) {
    if (a.indicatorId !== id) continue;
    obs.push({ indicatorId: id, year: a.year, value: null, assessment: a.text, raw: a.text, source: null, note: null, agencyId: null, recordedAt: null });
  }
  return obs;
}

function checkIndicators(plan: Plan, sample: Sample, specs: Record<string, Spec>): Map<string, number> {
  const counts = new Map<string, number>();
  const milestone = currentMilestone(plan.milestoneYears, sample.asOf);
  for (const id of Object.keys(specs)) if (!plan.indicators.some((i) => i.id === id)) throw new Error(`unknown indicator ${id}`);
  for (const ind of plan.indicators) {
    const spec = specs[ind.id];
    if (!spec) continue;
    const baseline = sample.baselines.find((b) => b.indicatorId === ind.id) ?? null;
    const input = { indicator: ind, observations: observations(sample, ind.id), baseline, asOf: sample.asOf };
    const got = ind.targets[String(milestone)] ? indicatorStatus({ ...input, milestone }).status : "noTarget";
    if (got !== spec.expect) throw new Error(`${ind.id}: expected ${spec.expect}, got ${got}`);
    counts.set(`${milestone}:${got}`, (counts.get(`${milestone}:${got}`) ?? 0) + 1);
    for (const y of plan.milestoneYears.filter((y) => y < milestone && ind.targets[String(y)])) {
      const s = indicatorStatus({ ...input, milestone: y }).status;
      counts.set(`${y}:${s}`, (counts.get(`${y}:${s}`) ?? 0) + 1);
    }
  }
  return counts;
}

function checkTasks(plan: Plan, sample: Sample, asOf: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of sample.taskProgress) if (!plan.tasks.some((t) => t.id === p.taskId)) throw new Error(`unknown task ${p.taskId}`);
  for (const task of plan.tasks) {
    const progress: TaskProgress[] = sample.taskProgress
      .filter((p) => p.taskId === task.id)
      .map((p) => ({
        taskId: p.taskId,
        year: p.year,
        state: p.state === S2 ? "done" : p.state === S1 ? "inProgress" : p.state === S0 ? "notStarted" : null,
        percent: p.percent,
        completedOn: p.completedOn,
        evidence: p.evidence,
        triggeredOn: p.triggeredOn,
        note: p.note,
        agencyId: null,
      }));
    const s = taskStatus({ task, progress, asOf, programme: plan.period }).status;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return counts;
}

const show = (m: Map<string, number>): string => [...m.entries()].sort().map(([k, n]) => `${k} ${n}`).join(", ");

const builds: [string, (plan: Plan) => Sample, Record<string, Spec>, string][] = [
  ["dong-thap-328-2024", buildDongThap, DT, "2026-12-31"],
  ["hai-duong-1768-2022", buildHaiDuong, {}, "2025-12-31"],
];
let stale = 0;
for (const [id, build, specs, taskAsOf] of builds) {
  const plan = loadPlan(id);
  const sample = SampleSchema.parse(build(plan));
  console.log(`${id}: indicators ${show(checkIndicators(plan, sample, specs))}`);
  console.log(`${id}: tasks as of ${taskAsOf}: ${show(checkTasks(plan, sample, taskAsOf))}`);
  const out = path.join(ROOT, "templates/samples", `${id}.sample.json`);
  const text = `${JSON.stringify(sample, null, 2)}\n`;
  const current = fs.existsSync(out) ? fs.readFileSync(out, "utf8") : null;
  if (check) {
    if (current !== text) {
      console.error(`${id}: ${path.relative(ROOT, out)} is out of date (run scripts/build-sample.ts)`);
      stale++;
    }
    continue;
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  if (current !== text) fs.writeFileSync(out, text);
  console.log(`${id}: ${sample.values.length} values, ${sample.taskProgress.length} task rows${current === text ? " (unchanged)" : " → written"}`);
}
if (stale > 0) process.exit(1);
