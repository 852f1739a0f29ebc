import { z } from "zod";
import { MessageSchema } from "./message";

/** A cell whose finding changed or blocked a status: where it is and what is wrong. */
export const StatusIssueSchema = z.object({
  sheet: z.string(),
  /** 0-based sheet row. */
  row: z.number().int(),
  column: z.string(),
  /** "H12". */
  cell: z.string(),
  severity: z.enum(["error", "warning"]),
  code: z.string(),
  message: MessageSchema,
});

/**
 * Indicator statuses (docs/domain.md, "Status method"). Labels, colours and display order live in
 * one table, core/status/presentation.ts.
 */
export const IndicatorStatusCodeSchema = z.enum([
  "achieved", // Đạt
  "exceeded", // Vượt
  "notAchieved", // Không đạt
  "onTrack", // Đúng tiến độ
  "atRisk", // Cần đẩy nhanh
  "offTrack", // Chậm/không tiến triển
  "noTrend", // Chưa đủ dữ liệu xu hướng
  "noData", // Chưa có số liệu
  "noTarget", // Không có chỉ tiêu
  "needsAssessment", // Cần đánh giá
  "dataToCorrect", // Số liệu cần sửa: a value it would use has an error finding
]);

/** The numbers behind a status, so a person can check it. */
export const IndicatorEvidenceSchema = z.object({
  milestone: z.number().int(),
  asOf: z.number().int(),
  value: z.number().nullable(),
  valueYear: z.number().int().nullable(),
  baseline: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  /** The target value compared against (range: the bound that counts). */
  target: z.number().nullable(),
  /** Value projected at the milestone (on-track branch). */
  projected: z.number().nullable(),
  /** Value minus target, in the direction of improvement (negative = short). */
  gap: z.number().nullable(),
  /** (x̂ − x₀)/(x* − x₀). */
  ratio: z.number().nullable(),
  method: z.enum(["linear", "cagr"]).nullable(),
  assessment: z.string().nullable(),
});

export const IndicatorStatusSchema = z.object({
  indicatorId: z.string(),
  milestone: z.number().int(),
  status: IndicatorStatusCodeSchema,
  evidence: IndicatorEvidenceSchema,
  /** One line, Vietnamese and English. */
  explanation: MessageSchema,
  /** Cells with findings behind this status: errors (dataToCorrect) or warnings on values used. */
  issues: z.array(StatusIssueSchema).optional(),
});

/**
 * Task statuses in the words the administration uses for assigned tasks (docs/domain.md). Labels,
 * colours and display order live in core/status/presentation.ts.
 */
export const TaskStatusCodeSchema = z.enum([
  "doneOnTime", // Đã hoàn thành đúng hạn
  "doneLate", // Đã hoàn thành quá hạn
  "inProgress", // Đang thực hiện trong hạn
  "behindSchedule", // Đang thực hiện chậm tiến độ (a period task at ≤ 0.7 of the pace)
  "overdue", // Đang thực hiện quá hạn (due date passed, not done)
  "notDue", // Chưa đến hạn
  "waiting", // Chờ điều kiện (conditional or on-occurrence, nothing recorded yet)
  "noReport", // Chưa báo cáo
  "dataToCorrect", // Số liệu cần sửa: a progress cell it would use has an error finding
]);


export const TaskStatusSchema = z.object({
  taskId: z.string(),
  asOf: z.string(),
  status: TaskStatusCodeSchema,
  evidence: z.object({
    /** Share of the period elapsed at asOf (period tasks). */
    elapsed: z.number().nullable(),
    percent: z.number().nullable(),
    /** percent / (elapsed × 100). */
    ratio: z.number().nullable(),
    dueOn: z.string().nullable(),
    year: z.number().int().nullable(),
  }),
  explanation: MessageSchema,
  /** Cells with findings behind this status: errors (dataToCorrect) or warnings on values used. */
  issues: z.array(StatusIssueSchema).optional(),
});

export type IndicatorStatusCode = z.infer<typeof IndicatorStatusCodeSchema>;
export type IndicatorEvidence = z.infer<typeof IndicatorEvidenceSchema>;
export type IndicatorStatus = z.infer<typeof IndicatorStatusSchema>;
export type TaskStatusCode = z.infer<typeof TaskStatusCodeSchema>;
export type TaskStatus = z.infer<typeof TaskStatusSchema>;
export type StatusIssue = z.infer<typeof StatusIssueSchema>;
