import { z } from "zod";
import { MessageSchema } from "./message";

/**
 * A parsed target cell. Bounds follow the kind: exact lo = hi; min: lo only; max: hi only;
 * range: both. `text` is the raw cell text (NFC) exactly as printed.
 */
export const TargetKindSchema = z.enum(["exact", "min", "max", "range", "none", "qualitative", "list"]);

/** A change from the baseline rather than a level ("giảm 30%", "tăng gấp 4 lần"). */
export const TargetChangeSchema = z.enum(["increase", "decrease", "multiply"]);

const targetBase = {
  text: z.string(),
  kind: TargetKindSchema,
  lo: z.number().nullable(),
  hi: z.number().nullable(),
  loInclusive: z.boolean(),
  hiInclusive: z.boolean(),
  /** Unit written in the cell ("%", "lần", "m2 sàn/người"), or null. */
  unit: z.string().nullable(),
  /** A rate per year ("%/năm", "mỗi năm"). */
  perYear: z.boolean(),
  /** Approximate wording ("khoảng", "xấp xỉ", "gần", "trên dưới"). */
  approx: z.boolean(),
  /** Non-null when the target is a change from the baseline, not a level. */
  change: TargetChangeSchema.nullable(),
  /** Direction implied by the wording or comparator ("<3" → decrease), null if none. */
  directionHint: z.enum(["increase", "decrease"]).nullable(),
  /** For qualitative targets: the text to judge, and its rank on a known ordered scale if any. */
  qualitative: z
    .object({ text: z.string(), scale: z.string().nullable(), rank: z.number().int().nullable() })
    .nullable(),
  warnings: z.array(MessageSchema),
  error: MessageSchema.nullable(),
  /** How to write it so it is understood, when there is an error or a warning. */
  suggestion: MessageSchema.nullable(),
};

export const TargetItemSchema = z.object({ ...targetBase, label: z.string().nullable() });

export const ParsedTargetSchema = z.object({
  ...targetBase,
  /** For kind "list": the labelled targets in the cell ("Nhà trẻ 25%; Mẫu giáo 94%"). */
  items: z.array(TargetItemSchema).nullable(),
});

export type TargetKind = z.infer<typeof TargetKindSchema>;
export type TargetItem = z.infer<typeof TargetItemSchema>;
export type ParsedTarget = z.infer<typeof ParsedTargetSchema>;
