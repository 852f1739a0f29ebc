/**
 * A hand-built small plan: 3 areas, 8 indicators (+2 sub-rows of 3.2), 5 tasks, 3 agencies,
 * with statuses as the status engine would give them for 2026. Expected numbers are worked out
 * by hand in summary.test.ts.
 */
import type {
  AgencyRef,
  Indicator,
  IndicatorStatus,
  IndicatorStatusCode,
  Observation,
  ParsedTarget,
  Plan,
  Task,
  TaskProgress,
  TaskStatus,
  TaskStatusCode,
  TargetCell,
  Timeframe,
} from "../../../core/model";
import type { SummaryInput } from "../../../core/summary";
import { testPlan } from "../../fixtures/plan-header";

export const AGENCIES: Record<string, string> = {
  "so-ldtbxh": "Sở Lao động - Thương binh và Xã hội",
  "so-yte": "Sở Y tế",
  "so-gddt": "Sở Giáo dục và Đào tạo",
};

const ref = (...ids: string[]): AgencyRef => ({ raw: ids.map((i) => AGENCIES[i]).join("; "), ids, unknown: [] });

function target(raw: string, kind: ParsedTarget["kind"], lo: number | null = null, hi: number | null = null): TargetCell {
  return {
    raw,
    parsed: {
      text: raw,
      kind,
      lo,
      hi,
      loInclusive: true,
      hiInclusive: kind !== "max",
      unit: null,
      perYear: false,
      approx: false,
      change: null,
      directionHint: kind === "max" ? "decrease" : null,
      qualitative: kind === "qualitative" ? { text: raw, scale: null, rank: null } : null,
      warnings: [],
      error: null,
      suggestion: null,
      items: null,
    },
  };
}

function indicator(
  id: string,
  area: string,
  name: string,
  targets: Record<string, TargetCell>,
  lead: AgencyRef,
  extra: Partial<Indicator> = {},
): Indicator {
  return {
    id,
    code: id,
    parent: null,
    area,
    name,
    unit: "%",
    direction: "increase",
    directionSource: "template",
    targets,
    lead,
    partners: ref(),
    scale: null,
    projection: null,
    ...extra,
  };
}

function task(id: string, text: string, lead: AgencyRef, timeframe: Timeframe): Task {
  const [section, code] = id.split(".");
  return {
    id,
    section,
    subArea: null,
    code,
    text,
    lead,
    partners: ref(),
    timeframe: { text: "", timeframe, warnings: [], error: null, suggestion: null },
    approvalLevel: null,
    expectedOutput: null,
    evidenceRequired: false,
  };
}

export const plan: Plan = testPlan({
  id: "thu-nghiem",
  number: "99/KH-UBND",
  title: "Kế hoạch thử nghiệm về chính sách xã hội đến năm 2030",
  areas: [
    { code: "2", name: "Lao động, việc làm", lead: null, partners: null },
    { code: "3", name: "Y tế", lead: null, partners: null },
    // Group 4 carries the lead for its rows (as groups 6, 7, 9 of the Đồng Tháp plan do).
    { code: "4", name: "Giáo dục", lead: ref("so-gddt"), partners: null },
  ],
  sections: [
    { code: "I", name: "Lao động", parent: null },
    { code: "II", name: "Dịch vụ xã hội cơ bản", parent: null },
  ],
  indicators: [
    indicator("2.1", "2", "Tỷ lệ thất nghiệp khu vực thành thị", { "2025": target("<3", "max", null, 3), "2030": target("<3", "max", null, 3) }, ref("so-ldtbxh"), { direction: "decrease" }),
    indicator("2.2", "2", "Tỷ lệ lao động qua đào tạo", { "2025": target("-", "none"), "2030": target("70", "exact", 70, 70) }, ref("so-ldtbxh")),
    indicator("2.3", "2", "Số lao động được tạo việc làm mới", { "2025": target("-", "none"), "2030": target("-", "none") }, ref("so-ldtbxh"), { unit: "Người" }),
    indicator("3.1", "3", "Số giường bệnh/vạn dân", { "2030": target("32", "exact", 32, 32) }, ref("so-yte"), { unit: "Giường" }),
    indicator("3.2", "3", "Tỷ lệ dân số tham gia BHYT", {}, ref("so-yte")),
    indicator("3.2/1", "3", "Thành thị", { "2030": target("95", "exact", 95, 95) }, ref(), { code: "", parent: "3.2" }),
    indicator("3.2/2", "3", "Nông thôn", { "2030": target("90", "exact", 90, 90) }, ref(), { code: "", parent: "3.2" }),
    indicator("3.3", "3", "Tuổi thọ trung bình", { "2025": target("75", "exact", 75, 75), "2030": target("76", "exact", 76, 76) }, ref("so-yte"), { unit: "Tuổi" }),
    indicator("4.1", "4", "Tỷ lệ trẻ em đi học đúng độ tuổi tiểu học", { "2030": target("99", "exact", 99, 99) }, ref()),
    indicator("4.2", "4", "Phổ cập giáo dục", { "2030": target("THCS", "qualitative") }, ref(), { unit: "Bậc học", direction: "none" }),
  ],
  tasks: [
    task("I.1", "Xây dựng kế hoạch đào tạo nghề cho lao động nông thôn", ref("so-ldtbxh"), { kind: "years", years: [2025] }),
    task("I.2", "Tuyên truyền về bảo hiểm y tế", ref("so-yte"), { kind: "annual" }),
    task("II.1", "Rà soát mạng lưới trường học", ref("so-gddt"), { kind: "month", year: 2026, month: 11 }),
    task("II.2", "Ban hành quy định hỗ trợ sau khi Nghị định được ban hành", ref("so-yte"), {
      kind: "conditional",
      trigger: "Sau khi Nghị định được ban hành",
    }),
    task("II.3", "Kiểm tra, giám sát việc thực hiện", ref(), { kind: "annual" }),
  ],
});

function status(
  indicatorId: string,
  code: IndicatorStatusCode,
  milestone: number,
  e: { value?: number; valueYear?: number; target?: number; gap?: number; ratio?: number } = {},
): IndicatorStatus {
  return {
    indicatorId,
    milestone,
    status: code,
    evidence: {
      milestone,
      asOf: 2026,
      value: e.value ?? null,
      valueYear: e.valueYear ?? null,
      baseline: null,
      baselineYear: null,
      target: e.target ?? null,
      projected: null,
      gap: e.gap ?? null,
      ratio: e.ratio ?? null,
      method: e.ratio === undefined ? null : "linear",
      assessment: null,
    },
    explanation: { code: "test", vi: "", en: "" },
  };
}

export const indicatorStatuses: IndicatorStatus[] = [
  status("2.1", "achieved", 2030, { value: 2.5, valueYear: 2026, target: 3, gap: 0.5 }),
  status("2.2", "atRisk", 2030, { value: 60, valueYear: 2026, target: 70, gap: -10, ratio: 0.5 }),
  status("2.3", "noTarget", 2030),
  status("3.1", "offTrack", 2030, { value: 28, valueYear: 2026, target: 32, gap: -4, ratio: 0.05 }),
  // The parent has no target of its own: its status rolls up from the sub-rows (→ atRisk).
  status("3.2", "noTarget", 2030),
  status("3.2/1", "exceeded", 2030, { value: 97, valueYear: 2026, target: 95, gap: 2 }),
  status("3.2/2", "atRisk", 2030, { value: 80, valueYear: 2026, target: 90, gap: -10, ratio: 0.4 }),
  status("3.3", "notAchieved", 2025, { value: 74.5, valueYear: 2025, target: 75, gap: -0.5 }),
  status("4.1", "exceeded", 2030, { value: 99.5, valueYear: 2025, target: 99, gap: 0.5 }),
  status("4.2", "needsAssessment", 2030),
];

function taskStatus(taskId: string, code: TaskStatusCode, dueOn: string | null): TaskStatus {
  return {
    taskId,
    asOf: "2026-10-01",
    status: code,
    evidence: { elapsed: null, percent: null, ratio: null, dueOn, year: 2026 },
    explanation: { code: "test", vi: "", en: "" },
  };
}

export const taskStatuses: TaskStatus[] = [
  taskStatus("I.1", "overdue", "2025-12-31"),
  taskStatus("I.2", "inProgress", "2026-12-31"),
  taskStatus("II.1", "notDue", "2026-11-30"),
  taskStatus("II.2", "waiting", null),
  taskStatus("II.3", "noReport", "2026-12-31"),
];

function obs(indicatorId: string, year: number, value: number | null, agencyId: string, raw: string | null = null): Observation {
  return { indicatorId, year, value, assessment: null, raw: raw ?? (value === null ? null : String(value)), source: null, note: null, agencyId, recordedAt: null };
}

export const observations: Observation[] = [
  obs("2.1", 2026, 2.5, "so-ldtbxh"),
  obs("2.2", 2026, 60, "so-ldtbxh"),
  obs("3.1", 2026, 28, "so-yte"),
  obs("3.2/1", 2026, 97, "so-yte"),
  obs("3.2/2", 2026, 80, "so-yte"),
  obs("3.3", 2025, 74.5, "so-yte"),
  obs("4.1", 2025, 99.5, "so-gddt"),
  // Typed but unreadable: kept raw, not a report.
  obs("4.2", 2026, null, "so-gddt", "đang tổng hợp"),
];

function prog(taskId: string, year: number, p: Partial<TaskProgress>): TaskProgress {
  return {
    taskId,
    year,
    state: null,
    percent: null,
    completedOn: null,
    evidence: null,
    triggeredOn: null,
    note: null,
    agencyId: null,
    ...p,
  };
}

export const progress: TaskProgress[] = [
  prog("I.1", 2026, { state: "inProgress", percent: 80, agencyId: "so-ldtbxh" }),
  prog("I.2", 2026, { state: "inProgress", note: "Đã tổ chức 12 buổi", agencyId: "so-yte" }),
  // An empty template row does not count as a report.
  prog("II.3", 2026, {}),
];

export function input(overrides: Partial<SummaryInput> = {}): SummaryInput {
  return {
    plan,
    asOf: 2026,
    today: "2026-10-01",
    indicatorStatuses,
    taskStatuses,
    observations,
    progress,
    agencyName: (id) => AGENCIES[id] ?? id,
    ...overrides,
  };
}
