import { msg, type Lang, type MessageCode, type MessageParams } from "../i18n";
import type { Plan } from "../model";
import type { ValidationRule } from "../patch";
import { ASSESSMENT_WORDS, DIRECTION_WORDS, TASK_STATE_WORDS } from "../validate/vocabulary";
import { actualKey, statusKey, targetKey, type IndicatorColumnKey, type TaskColumnKey } from "./columns";

/** Group headers of the two-row header. */
export type GroupCode = "targets" | "assignment" | "baseline" | "actuals" | "status" | "progress";

const GROUP_MESSAGE: Record<GroupCode, MessageCode> = {
  targets: "layout.group.targets",
  assignment: "layout.group.assignment",
  baseline: "layout.group.baseline",
  actuals: "layout.group.actuals",
  status: "layout.group.status",
  progress: "layout.group.progress",
};

export function groupLabel(group: GroupCode, lang: Lang): string {
  return msg(GROUP_MESSAGE[group])[lang];
}

/** Everything the renderers need to know about one column, in the UI language. */
export interface ColumnSpec<K extends string = string> {
  key: K;
  width: number;
  /** Protected: plan structure or computed by the add-in. */
  structural: boolean;
  /** Written by the add-in (statuses, progress, task assessment). */
  computed: boolean;
  /** Number format of the data cells ("@" keeps "6.100", "2.1", "<3" as text); null: host default. */
  format: string | null;
  wrap: boolean;
  group: GroupCode | null;
  /** Header under a group (or alone when not grouped). */
  header: string;
  /** Header when the sheet has a single header row (tables recognised in place). */
  single: string;
  /** Note on the header cell: how to fill the column. */
  guide: string | null;
  validation: { rule: ValidationRule; help: { vi: string; en: string } } | null;
}

const text = (code: MessageCode, lang: Lang, params?: MessageParams): string => msg(code, params)[lang];
const help = (code: MessageCode): { vi: string; en: string } => {
  const m = msg(code);
  return { vi: m.vi, en: m.en };
};

const YEAR_MIN = 1990;
const YEAR_MAX = 2100;
const NUMBER: ValidationRule = { kind: "number", allowBlank: true };

/** Milestone years that have a target column: the plan's, plus any year a target is written for. */
export function targetYears(plan: Plan): number[] {
  const years = new Set(plan.milestoneYears);
  for (const ind of plan.indicators) for (const y of Object.keys(ind.targets)) years.add(Number(y));
  return [...years].sort((a, b) => a - b);
}

export function reportingYears(plan: Plan): number[] {
  const out: number[] = [];
  for (let y = plan.period.from; y <= plan.period.to; y++) out.push(y);
  return out;
}

/** Levels of the plan's qualitative scales ("Tiểu học", "THCS"), accepted as assessments too. */
function scaleLevels(plan: Plan): string[] {
  const out: string[] = [];
  for (const ind of plan.indicators) for (const level of ind.scale ?? []) if (!out.includes(level)) out.push(level);
  return out;
}

type Base<K extends string> = Omit<ColumnSpec<K>, "single"> & { single?: string };
const spec = <K extends string>(s: Base<K>): ColumnSpec<K> => ({ ...s, single: s.single ?? s.header });

/** The columns of the indicator sheet, left to right; `withPlanColumns` false gives only the tracking columns. */
export function indicatorColumnSpecs(plan: Plan, lang: Lang, withPlanColumns = true): ColumnSpec<IndicatorColumnKey>[] {
  const out: ColumnSpec<IndicatorColumnKey>[] = [];
  const plain = { computed: false, guide: null, validation: null, group: null, wrap: false } as const;
  if (withPlanColumns) {
    out.push(spec({ ...plain, key: "code", width: 48, structural: true, format: "@", header: text("layout.col.code", lang) }));
    out.push(spec({ ...plain, key: "name", width: 420, structural: true, format: "@", wrap: true, header: text("layout.col.name", lang) }));
    out.push(spec({ ...plain, key: "unit", width: 80, structural: true, format: "@", wrap: true, header: text("layout.col.unit", lang) }));
    for (const y of targetYears(plan)) {
      out.push(
        spec({
          ...plain,
          key: targetKey(y),
          width: 90,
          structural: true,
          format: "@",
          wrap: true,
          group: "targets",
          header: text("layout.col.target", lang, { year: y }),
          single: text("layout.col.targetSingle", lang, { year: y }),
        }),
      );
    }
    for (const key of ["lead", "partners"] as const) {
      out.push(
        spec({
          ...plain,
          key,
          width: key === "lead" ? 200 : 220,
          structural: true,
          format: "@",
          wrap: true,
          group: "assignment",
          header: text(key === "lead" ? "layout.col.lead" : "layout.col.partners", lang),
        }),
      );
    }
  }
  out.push(
    spec({
      ...plain,
      key: "direction",
      width: 80,
      structural: false,
      format: null,
      header: text("layout.col.direction", lang),
      guide: text("layout.guide.direction", lang),
      validation: { rule: { kind: "list", values: DIRECTION_WORDS.map((w) => w[lang]), strict: true }, help: help("layout.help.direction") },
    }),
  );
  out.push(
    spec({
      ...plain,
      key: "baselineYear",
      width: 60,
      structural: false,
      format: "0",
      group: "baseline",
      header: text("layout.col.baselineYear", lang),
      single: text("layout.col.baselineYearSingle", lang),
      guide: text("layout.guide.baseline", lang),
      validation: { rule: { kind: "number", min: YEAR_MIN, max: YEAR_MAX, allowBlank: true }, help: help("layout.help.baselineYear") },
    }),
  );
  out.push(
    spec({
      ...plain,
      key: "baselineValue",
      width: 80,
      structural: false,
      format: null,
      group: "baseline",
      header: text("layout.col.baselineValue", lang),
      single: text("layout.col.baselineValueSingle", lang),
      guide: text("layout.guide.baseline", lang),
      validation: { rule: NUMBER, help: help("layout.help.number") },
    }),
  );
  for (const y of reportingYears(plan)) {
    out.push(
      spec({
        ...plain,
        key: actualKey(y),
        width: 72,
        structural: false,
        format: null,
        group: "actuals",
        header: text("layout.col.actual", lang, { year: y }),
        single: text("layout.col.actualSingle", lang, { year: y }),
        guide: text("layout.guide.actual", lang),
        validation: { rule: NUMBER, help: help("layout.help.number") },
      }),
    );
  }
  out.push(
    spec({
      ...plain,
      key: "assessment",
      width: 120,
      structural: false,
      format: "@",
      wrap: true,
      header: text("layout.col.assessment", lang),
      guide: text("layout.guide.assessment", lang),
      validation: {
        rule: { kind: "list", values: [...ASSESSMENT_WORDS.map((w) => w[lang]), ...scaleLevels(plan)], strict: false },
        help: help("layout.help.assessment"),
      },
    }),
  );
  for (const y of plan.milestoneYears) {
    out.push(
      spec({
        ...plain,
        key: statusKey(y),
        width: 140,
        structural: true,
        computed: true,
        format: null,
        wrap: true,
        group: "status",
        header: text("layout.col.status", lang, { year: y }),
        single: text("layout.col.statusSingle", lang, { year: y }),
        guide: text("layout.guide.status", lang),
      }),
    );
  }
  out.push(
    spec({
      ...plain,
      key: "progress",
      width: 240,
      structural: true,
      computed: true,
      format: null,
      wrap: true,
      header: text("layout.col.progress", lang),
      guide: text("layout.guide.status", lang),
    }),
  );
  out.push(spec({ ...plain, key: "note", width: 200, structural: false, format: "@", wrap: true, header: text("layout.col.note", lang) }));
  out.push(
    spec({ ...plain, key: "rowId", width: 44, structural: true, format: "@", header: text("layout.col.rowId", lang), guide: text("layout.guide.rowId", lang) }),
  );
  return out;
}

export function hasApprovalLevels(plan: Plan): boolean {
  return plan.tasks.some((t) => t.approvalLevel !== null && t.approvalLevel.trim() !== "");
}

export function hasExpectedOutputs(plan: Plan): boolean {
  return plan.tasks.some((t) => t.expectedOutput !== null && t.expectedOutput.trim() !== "");
}

export function hasConditionalTasks(plan: Plan): boolean {
  return plan.tasks.some((t) => t.timeframe.timeframe.kind === "conditional");
}

/** The columns of the task sheet, left to right; `withPlanColumns` false gives only the tracking columns. */
export function taskColumnSpecs(plan: Plan, lang: Lang, withPlanColumns = true): ColumnSpec<TaskColumnKey>[] {
  const out: ColumnSpec<TaskColumnKey>[] = [];
  const plain = { computed: false, guide: null, validation: null, group: null, wrap: false } as const;
  const planText = (key: TaskColumnKey, width: number, code: MessageCode, group: GroupCode | null = null) =>
    spec({ ...plain, key, width, structural: true, format: "@", wrap: key !== "code", group, header: text(code, lang) });
  if (withPlanColumns) {
    out.push(planText("code", 48, "layout.col.code"));
    out.push(planText("text", 420, "layout.col.text"));
    out.push(planText("lead", 200, "layout.col.lead", "assignment"));
    out.push(planText("partners", 220, "layout.col.partners", "assignment"));
    out.push(planText("timeframe", 130, "layout.col.timeframe"));
    if (hasApprovalLevels(plan)) out.push(planText("approvalLevel", 100, "layout.col.approvalLevel"));
    if (hasExpectedOutputs(plan)) out.push(planText("expectedOutput", 150, "layout.col.expectedOutput"));
  }
  const input = { ...plain, structural: false, group: "progress" as const };
  out.push(
    spec({
      ...input,
      key: "state",
      width: 130,
      format: null,
      header: text("layout.col.state", lang),
      guide: text("layout.guide.state", lang),
      validation: { rule: { kind: "list", values: TASK_STATE_WORDS.map((w) => w[lang]), strict: true }, help: help("layout.help.state") },
    }),
  );
  out.push(
    spec({
      ...input,
      key: "percent",
      width: 80,
      format: null,
      header: text("layout.col.percent", lang),
      guide: text("layout.guide.percent", lang),
      validation: { rule: { kind: "number", min: 0, max: 100, allowBlank: true }, help: help("layout.help.percent") },
    }),
  );
  out.push(
    spec({
      ...input,
      key: "completedOn",
      width: 100,
      format: "dd/mm/yyyy",
      header: text("layout.col.completedOn", lang),
      guide: text("layout.guide.completedOn", lang),
      validation: { rule: { kind: "date" }, help: help("layout.help.date") },
    }),
  );
  out.push(
    spec({
      ...input,
      key: "evidence",
      width: 180,
      format: "@",
      wrap: true,
      header: text("layout.col.evidence", lang),
      guide: text("layout.guide.evidence", lang),
    }),
  );
  if (hasConditionalTasks(plan)) {
    out.push(
      spec({
        ...input,
        key: "triggeredOn",
        width: 110,
        format: "dd/mm/yyyy",
        header: text("layout.col.triggeredOn", lang),
        guide: text("layout.guide.triggeredOn", lang),
        validation: { rule: { kind: "date" }, help: help("layout.help.date") },
      }),
    );
  }
  out.push(spec({ ...plain, key: "note", width: 200, structural: false, format: "@", wrap: true, header: text("layout.col.taskNote", lang) }));
  out.push(
    spec({
      ...plain,
      key: "assessment",
      width: 140,
      structural: true,
      computed: true,
      format: null,
      wrap: true,
      header: text("layout.col.taskAssessment", lang),
      guide: text("layout.guide.status", lang),
    }),
  );
  out.push(
    spec({ ...plain, key: "rowId", width: 44, structural: true, format: "@", header: text("layout.col.rowId", lang), guide: text("layout.guide.rowId", lang) }),
  );
  return out;
}
