/**
 * Template SOURCE files (templates/sources/<id>.json): a faithful, row-by-row transcription of a
 * plan's appendix tables, exactly as printed (NFC, extraction double spaces collapsed), with merged
 * cells resolved and flagged. The final `Plan` (core/model/plan.ts) is generated from these files,
 * so parsing targets/timeframes and matching agencies is deliberately NOT done here: keeping the raw
 * text lets every later step be re-run and audited against the printed plan.
 */
import { z } from "zod";
import { DirectionSchema, ProjectionSchema } from "../model/plan";

const yearKey = z.string().regex(/^\d{4}$/);
const rawText = z.string().min(1);

/** Group row of the indicator table ("2." Lao động, ...). May carry lead/partners for all its rows. */
export const IndicatorAreaRowSchema = z.object({
  row: z.literal("area"),
  code: rawText,
  name: rawText,
  lead: rawText.nullable(),
  partners: rawText.nullable(),
  /** 1-based line of the row's first cell in the seed text, for audit. */
  seedLine: z.number().int().positive().optional(),
});

const measuredRowShape = {
  name: rawText,
  /** As printed; "" when the row has no unit cell (3.1 HDI, header rows such as 7.4). */
  unit: z.string(),
  /** Raw target text per milestone year ("<3", "6.100", "-", "Tiểu học"); {} when none printed. */
  targets: z.record(yearKey, rawText),
  direction: DirectionSchema,
  /** null only when neither the row nor a row above prints one (10.1: its sub-rows carry them). */
  lead: rawText.nullable(),
  partners: rawText.nullable(),
  /** True when the cell is merged from the row above (absent in the seed) and copied down. */
  leadInherited: z.boolean(),
  partnersInherited: z.boolean(),
  seedLine: z.number().int().positive().optional(),
};

/** An indicator ("2.1"); code "" for an un-coded indicator (area 1 of Đồng Tháp). */
export const IndicatorRowSchema = z.object({ row: z.literal("indicator"), code: z.string(), ...measuredRowShape });

/** Un-numbered sub-row of the indicator above (4.1 bắt buộc / tự nguyện, Thành thị / Nông thôn). */
export const IndicatorSubRowSchema = z.object({ row: z.literal("subrow"), code: z.literal(""), ...measuredRowShape });

export const IndicatorSourceRowSchema = z.discriminatedUnion("row", [
  IndicatorAreaRowSchema,
  IndicatorRowSchema,
  IndicatorSubRowSchema,
]);

/** Roman-numbered section of the task table ("I"). */
export const TaskSectionRowSchema = z.object({
  row: z.literal("section"),
  code: rawText,
  name: rawText,
  seedLine: z.number().int().positive().optional(),
});

/** Numbered sub-area inside a section ("1" Về giáo dục under "VI"). */
export const TaskSubAreaRowSchema = z.object({
  row: z.literal("subarea"),
  code: rawText,
  name: rawText,
  seedLine: z.number().int().positive().optional(),
});

export const TaskRowSchema = z.object({
  row: z.literal("task"),
  code: rawText,
  text: rawText,
  lead: rawText,
  partners: rawText,
  timeframe: rawText,
  /** "Cấp trình" (UBND tỉnh, HĐND tỉnh, TTCP); null when the plan has no such column or a blank cell. */
  approvalLevel: rawText.nullable(),
  /** "Kết quả, sản phẩm đầu ra"; null when absent or blank. */
  expectedOutput: rawText.nullable(),
  leadInherited: z.boolean(),
  partnersInherited: z.boolean(),
  timeframeInherited: z.boolean(),
  seedLine: z.number().int().positive().optional(),
});

export const TaskSourceRowSchema = z.discriminatedUnion("row", [
  TaskSectionRowSchema,
  TaskSubAreaRowSchema,
  TaskRowSchema,
]);

const PlanSourceShape = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  number: rawText,
  province: rawText,
  issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  title: rawText,
  templateVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** File name of the seed text this was transcribed from (a copy is under tests/fixtures/seeds/). */
  seed: z.string().optional(),
  milestoneYears: z.array(z.number().int()).min(1),
  period: z.object({ from: z.number().int(), to: z.number().int() }),
  reporting: z.object({
    /** "dd/mm" each year, as printed. */
    agencyDeadline: z.string().regex(/^\d{1,2}\/\d{1,2}$/),
    consolidationDeadline: z.string().regex(/^\d{1,2}\/\d{1,2}$/).nullable(),
  }),
  projection: ProjectionSchema,
  /** Raw name of the coordinating department, as printed. */
  coordinator: rawText,
  /** Every transcription decision that is not a literal copy (normalisations, directions, merges). */
  notes: z.array(rawText),
  indicatorRows: z.array(IndicatorSourceRowSchema),
  taskRows: z.array(TaskSourceRowSchema),
});

/**
 * Structural rules the row lists must obey. Issue messages are stable codes (developer-facing:
 * template files are checked in CI, never shown to agency staff).
 */
function checkStructure(src: z.infer<typeof PlanSourceShape>, ctx: z.core.$RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: "custom", path, message });
  const years = new Set(src.milestoneYears.map(String));

  // Indicator table: area first; sub-rows follow an indicator; inherited cells equal the row above.
  const seenCodes = new Set<string>();
  let prev: { lead: string | null; partners: string | null } | null = null;
  let lastKind: "area" | "indicator" | "subrow" | null = null;
  src.indicatorRows.forEach((r, i) => {
    const at = ["indicatorRows", i];
    if (r.code !== "") {
      if (seenCodes.has(r.code)) issue([...at, "code"], "source.duplicateCode");
      seenCodes.add(r.code);
    }
    if (r.row === "area") {
      prev = { lead: r.lead, partners: r.partners };
      lastKind = "area";
      return;
    }
    if (lastKind === null) issue(at, "source.rowBeforeArea");
    if (r.row === "subrow" && lastKind !== "indicator" && lastKind !== "subrow") {
      issue(at, "source.subrowWithoutParent");
    }
    if (r.row === "indicator" && r.code === "" && lastKind !== "area") issue(at, "source.uncodedIndicatorNotFirst");
    for (const y of Object.keys(r.targets)) if (!years.has(y)) issue([...at, "targets", y], "source.targetYearNotMilestone");
    const above: { lead: string | null; partners: string | null } | null = prev;
    if (r.leadInherited && (above === null || above.lead === null || above.lead !== r.lead)) {
      issue([...at, "lead"], "source.inheritedLeadMismatch");
    }
    if (r.partnersInherited && (above === null || above.partners === null || above.partners !== r.partners)) {
      issue([...at, "partners"], "source.inheritedPartnersMismatch");
    }
    prev = { lead: r.lead, partners: r.partners };
    lastKind = r.row;
  });

  // Task table: section first; codes unique within their group; inheritance within the group only.
  const groupCodes = new Set<string>();
  const sectionCodes = new Set<string>();
  let section: string | null = null;
  let subArea: string | null = null;
  let prevTask: { lead: string; partners: string; timeframe: string } | null = null;
  src.taskRows.forEach((r, i) => {
    const at = ["taskRows", i];
    if (r.row === "section") {
      if (sectionCodes.has(r.code)) issue([...at, "code"], "source.duplicateCode");
      sectionCodes.add(r.code);
      section = r.code;
      subArea = null;
      prevTask = null;
      return;
    }
    if (section === null) {
      issue(at, "source.rowBeforeSection");
      return;
    }
    if (r.row === "subarea") {
      const key = `${section}/${r.code}`;
      if (groupCodes.has(key)) issue([...at, "code"], "source.duplicateCode");
      groupCodes.add(key);
      subArea = r.code;
      prevTask = null;
      return;
    }
    const key = `${section}/${subArea ?? ""}/${r.code}`;
    if (groupCodes.has(key)) issue([...at, "code"], "source.duplicateCode");
    groupCodes.add(key);
    const above: { lead: string; partners: string; timeframe: string } | null = prevTask;
    if (r.leadInherited && above?.lead !== r.lead) issue([...at, "lead"], "source.inheritedLeadMismatch");
    if (r.partnersInherited && above?.partners !== r.partners) {
      issue([...at, "partners"], "source.inheritedPartnersMismatch");
    }
    if (r.timeframeInherited && above?.timeframe !== r.timeframe) {
      issue([...at, "timeframe"], "source.inheritedTimeframeMismatch");
    }
    prevTask = { lead: r.lead, partners: r.partners, timeframe: r.timeframe };
  });
}

export const PlanSourceSchema = PlanSourceShape.superRefine(checkStructure);

export type IndicatorAreaRow = z.infer<typeof IndicatorAreaRowSchema>;
export type IndicatorRow = z.infer<typeof IndicatorRowSchema>;
export type IndicatorSubRow = z.infer<typeof IndicatorSubRowSchema>;
export type IndicatorSourceRow = z.infer<typeof IndicatorSourceRowSchema>;
export type TaskSectionRow = z.infer<typeof TaskSectionRowSchema>;
export type TaskSubAreaRow = z.infer<typeof TaskSubAreaRowSchema>;
export type TaskRow = z.infer<typeof TaskRowSchema>;
export type TaskSourceRow = z.infer<typeof TaskSourceRowSchema>;
export type PlanSource = z.infer<typeof PlanSourceSchema>;
