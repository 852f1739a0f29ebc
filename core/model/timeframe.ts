import { z } from "zod";
import { MessageSchema } from "./message";

/** A task's timeframe, parsed (GLOSSARY: annual, ongoing, period, years, annualFrom, ...). */
export const TimeframeSchema = z.discriminatedUnion("kind", [
  /** Hằng năm / Hàng năm. */
  z.object({ kind: z.literal("annual") }),
  /** Thường xuyên. */
  z.object({ kind: z.literal("ongoing") }),
  /** Giai đoạn 2024 - 2030, 2022- 2025. */
  z.object({ kind: z.literal("period"), from: z.number().int(), to: z.number().int() }),
  /** Năm 2027; 2021, 2022. */
  z.object({ kind: z.literal("years"), years: z.array(z.number().int()).min(1) }),
  /** Trong tháng 10 năm 2024. */
  z.object({ kind: z.literal("month"), year: z.number().int(), month: z.number().int().min(1).max(12) }),
  /** Năm 2025 và hằng năm. */
  z.object({ kind: z.literal("annualFrom"), from: z.number().int() }),
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

export type Timeframe = z.infer<typeof TimeframeSchema>;
export type TimeframeKind = Timeframe["kind"];
export type ParsedTimeframe = z.infer<typeof ParsedTimeframeSchema>;
