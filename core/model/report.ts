import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A reported value (or a person's assessment for a qualitative target) for one indicator-year. */
export const ObservationSchema = z.object({
  indicatorId: z.string(),
  year: z.number().int(),
  value: z.number().nullable(),
  /** For qualitative targets: "Đạt", "Chưa đạt", "THCS", ... */
  assessment: z.string().nullable(),
  /** The cell as typed, kept so nothing is lost when it could not be read. */
  raw: z.string().nullable(),
  /**
   * The value was typed as an estimate, not a final figure ("ước đạt 59,61", "dự kiến 95%",
   * "khoảng 30"): a status judged on it says so (message "status.note.estimate"). Absent = final.
   */
  estimate: z.boolean().optional(),
  source: z.string().nullable(),
  note: z.string().nullable(),
  agencyId: z.string().nullable(),
  /** When it was recorded (ISO date-time), if known. */
  recordedAt: z.string().nullable(),
});

/** A baseline (giá trị gốc / năm gốc) for an indicator. */
export const BaselineSchema = z.object({
  indicatorId: z.string(),
  year: z.number().int(),
  value: z.number(),
});

export const TaskStateSchema = z.enum(["notStarted", "inProgress", "done"]);

/** A task's progress as reported for one year. */
export const TaskProgressSchema = z.object({
  taskId: z.string(),
  year: z.number().int(),
  state: TaskStateSchema.nullable(),
  percent: z.number().min(0).max(100).nullable(),
  completedOn: isoDate.nullable(),
  /** Document number or link proving the output ("Kế hoạch 123/KH-UBND"). */
  evidence: z.string().nullable(),
  /** For conditional tasks: the date the outside event happened, as recorded by the user. */
  triggeredOn: isoDate.nullable(),
  note: z.string().nullable(),
  agencyId: z.string().nullable(),
});

export type Observation = z.infer<typeof ObservationSchema>;
export type Baseline = z.infer<typeof BaselineSchema>;
export type TaskState = z.infer<typeof TaskStateSchema>;
export type TaskProgress = z.infer<typeof TaskProgressSchema>;
