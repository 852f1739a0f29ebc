import { z } from "zod";
import { MessageSchema } from "./message";

/** How often a recurring task (or an ongoing task's report) comes round. */
export const RecurrenceSchema = z.enum(["month", "quarter", "half", "year"]);

/**
 * A task's timeframe, parsed. The kinds are the ones a person reads in a timeframe cell (the
 * corpus records its readings with the same kinds, `tests/corpus/schema.ts`), plus `unknown`.
 */
export const TimeframeSchema = z.discriminatedUnion("kind", [
  /** Hằng năm / Hàng năm. */
  z.object({ kind: z.literal("annual") }),
  /**
   * Thường xuyên; "Thường xuyên, định kỳ hằng quý báo cáo ..." names how often it reports
   * (`report`; absent when it does not say, then once a year).
   */
  z.object({ kind: z.literal("ongoing"), report: RecurrenceSchema.optional() }),
  /** Giai đoạn 2024 - 2030, 2022- 2025. */
  z.object({ kind: z.literal("period"), from: z.number().int(), to: z.number().int() }),
  /** Năm 2027; 2021, 2022. */
  z.object({ kind: z.literal("years"), years: z.array(z.number().int()).min(1) }),
  /** Trong tháng 10 năm 2024, Tháng 12/2025. */
  z.object({ kind: z.literal("month"), year: z.number().int(), month: z.number().int().min(1).max(12) }),
  /** Quý IV/2025. */
  z.object({ kind: z.literal("quarter"), year: z.number().int(), quarter: z.number().int().min(1).max(4) }),
  /** 6 tháng đầu năm 2026 (half 1), 6 tháng cuối năm 2025 (half 2); no year: that half of every year. */
  z.object({ kind: z.literal("half"), year: z.number().int().nullable(), half: z.union([z.literal(1), z.literal(2)]) }),
  /** Trước 30/6/2026, Chậm nhất ngày 30/6/2026: the last day allowed (yyyy-mm-dd). */
  z.object({ kind: z.literal("deadline"), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  /** Năm 2025 và hằng năm. */
  z.object({ kind: z.literal("annualFrom"), from: z.number().int() }),
  /** Định kỳ hằng quý, Hằng tháng, 6 tháng một lần: a report every period. */
  z.object({ kind: z.literal("recurring"), every: RecurrenceSchema }),
  /** Khi có phát sinh, Theo yêu cầu: done when something occurs, never due without it. */
  z.object({ kind: z.literal("onOccurrence") }),
  /** Sau khi có hướng dẫn của Bộ ...: waits for an outside event. */
  z.object({ kind: z.literal("conditional"), trigger: z.string() }),
  /** Sơ kết, tổng kết Chương trình: at the programme's review milestones. */
  z.object({ kind: z.literal("milestoneEvent"), event: z.string() }),
  /** Not understood: the raw text is kept and a message explains. */
  z.object({ kind: z.literal("unknown") }),
]);

export const ParsedTimeframeSchema = z.object({
  text: z.string(),
  timeframe: TimeframeSchema,
  warnings: z.array(MessageSchema),
  error: MessageSchema.nullable(),
  suggestion: MessageSchema.nullable(),
});

export type Recurrence = z.infer<typeof RecurrenceSchema>;
export type Timeframe = z.infer<typeof TimeframeSchema>;
export type TimeframeKind = Timeframe["kind"];
export type ParsedTimeframe = z.infer<typeof ParsedTimeframeSchema>;
