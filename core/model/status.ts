import { z } from "zod";
import { MessageSchema } from "./message";

/** BRIEF §3 indicator statuses. */
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
});

/** BRIEF §3 task statuses. */
export const TaskStatusCodeSchema = z.enum([
  "done", // Hoàn thành
  "doneLate", // Hoàn thành muộn
  "onTrack", // Đúng tiến độ
  "behind", // Chậm tiến độ (between 0.7 and 0.9 of expected)
  "late", // Chậm (≤ 0.7 of expected)
  "overdue", // Quá hạn
  "notDue", // Chưa đến hạn
  "waiting", // Chờ điều kiện (conditional, trigger not recorded)
  "noReport", // Chưa báo cáo
  "reported", // Đã báo cáo (annual / ongoing tasks with a report for the year)
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
});

export type IndicatorStatusCode = z.infer<typeof IndicatorStatusCodeSchema>;
export type IndicatorEvidence = z.infer<typeof IndicatorEvidenceSchema>;
export type IndicatorStatus = z.infer<typeof IndicatorStatusSchema>;
export type TaskStatusCode = z.infer<typeof TaskStatusCodeSchema>;
export type TaskStatus = z.infer<typeof TaskStatusSchema>;
