import { z } from "zod";
import { IndicatorStatusCodeSchema, TaskStatusCodeSchema } from "../model";

/** Count per indicator status code (every code present, zeros included). */
export const StatusCountsSchema = z.record(IndicatorStatusCodeSchema, z.number().int().min(0));
export const TaskStatusCountsSchema = z.record(TaskStatusCodeSchema, z.number().int().min(0));

/** Agency names are resolved when the summary is built; null id/name: no lead agency recorded. */
const agencyId = z.string().nullable();
const agencyName = z.string().nullable();

export const AreaRowSchema = z.object({
  code: z.string(),
  name: z.string(),
  counts: StatusCountsSchema,
  total: z.number().int(),
});

export const AgencyRowSchema = z.object({
  agencyId,
  name: agencyName,
  counts: StatusCountsSchema,
  total: z.number().int(),
});

export const CompletenessRowSchema = z.object({
  agencyId,
  name: agencyName,
  indicatorsExpected: z.number().int(),
  indicatorsReported: z.number().int(),
  tasksExpected: z.number().int(),
  tasksReported: z.number().int(),
  expected: z.number().int(),
  reported: z.number().int(),
  /** 0–100; null when nothing was expected. */
  percent: z.number().nullable(),
});

export const CompletenessTotalSchema = z.object({
  expected: z.number().int(),
  reported: z.number().int(),
  percent: z.number().nullable(),
});

export const ConcernStatusSchema = z.enum(["notAchieved", "offTrack", "atRisk"]);

export const IndicatorConcernSchema = z.object({
  indicatorId: z.string(),
  /** Code as shown: the row's code, or its parent's for an un-numbered sub-row. */
  code: z.string(),
  /** Name as shown: "parent — sub-row" for sub-rows. */
  name: z.string(),
  unit: z.string(),
  status: ConcernStatusSchema,
  leadId: agencyId,
  leadName: agencyName,
  milestone: z.number().int(),
  value: z.number().nullable(),
  valueYear: z.number().int().nullable(),
  /** The milestone's target exactly as printed ("≥ 95"), or null when the plan has none. */
  targetText: z.string().nullable(),
  target: z.number().nullable(),
  gap: z.number().nullable(),
  ratio: z.number().nullable(),
});

export const TaskLineSchema = z.object({
  taskId: z.string(),
  code: z.string(),
  text: z.string(),
  status: TaskStatusCodeSchema,
  leadId: agencyId,
  leadName: agencyName,
  dueOn: z.string().nullable(),
  /** Days from `today` to `dueOn` (negative when past), null when the due date is not a day. */
  daysLeft: z.number().int().nullable(),
});

/** A cell whose value has an error and is therefore not used in any status ("Số liệu cần sửa"). */
export const ToCorrectSchema = z.object({
  sheet: z.string(),
  /** "H12". */
  cell: z.string(),
  /** The plan row's code and name (a sub-row: its parent's code). */
  code: z.string(),
  name: z.string(),
  problem: z.object({ vi: z.string(), en: z.string() }),
});

export const SummarySchema = z.object({
  plan: z.object({ id: z.string(), number: z.string(), title: z.string(), province: z.string() }),
  asOf: z.number().int(),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Top-level indicators (sub-rows roll up into their parent). */
  indicatorCount: z.number().int(),
  taskCount: z.number().int(),
  indicatorTotals: StatusCountsSchema,
  taskTotals: TaskStatusCountsSchema,
  byArea: z.array(AreaRowSchema),
  byAgency: z.array(AgencyRowSchema),
  completeness: z.array(CompletenessRowSchema),
  completenessTotal: CompletenessTotalSchema,
  silentAgencies: z.array(z.object({ agencyId: z.string(), name: z.string() })),
  indicatorConcerns: z.array(IndicatorConcernSchema),
  overdueTasks: z.array(TaskLineSchema),
  dueSoonTasks: z.array(TaskLineSchema),
  dueSoonDays: z.number().int(),
  /** Values held back because of an error finding, in sheet order: counted apart, never judged. */
  toCorrect: z.array(ToCorrectSchema),
  /** The draft paragraph for the annual report, in both languages. */
  paragraph: z.object({ vi: z.string(), en: z.string() }),
});

export type StatusCounts = z.infer<typeof StatusCountsSchema>;
export type TaskStatusCounts = z.infer<typeof TaskStatusCountsSchema>;
export type AreaRow = z.infer<typeof AreaRowSchema>;
export type AgencyRow = z.infer<typeof AgencyRowSchema>;
export type CompletenessRow = z.infer<typeof CompletenessRowSchema>;
export type CompletenessTotal = z.infer<typeof CompletenessTotalSchema>;
export type ConcernStatus = z.infer<typeof ConcernStatusSchema>;
export type IndicatorConcern = z.infer<typeof IndicatorConcernSchema>;
export type TaskLine = z.infer<typeof TaskLineSchema>;
export type ToCorrect = z.infer<typeof ToCorrectSchema>;
export type Summary = z.infer<typeof SummarySchema>;
