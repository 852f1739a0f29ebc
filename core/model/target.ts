import { z } from "zod";
import { MessageSchema } from "./message";

/**
 * A parsed target cell. Bounds follow the kind: exact lo = hi; min: lo only; max: hi only;
 * range: both. `text` is the raw cell text (NFC) exactly as printed.
 */
export const TargetKindSchema = z.enum(["exact", "min", "max", "range", "none", "qualitative", "list"]);

/** The denominator of a rate per population ("/1 vạn dân", "/10.000 dân", "/100 bé gái"). */
export const PerPopulationSchema = z.object({ value: z.number().positive(), unit: z.string() });

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
  /** Approximate wording ("khoảng", "xấp xỉ", "gần", "trên dưới", "ước đạt"). */
  approx: z.boolean(),
  /**
   * A level to hold rather than to pass ("ổn định ở mức 42%", "duy trì ổn định ở mức 16,3%").
   * Optional so plans saved before it was read still load (absent = false).
   */
  steady: z.boolean().optional(),
  /** ISO code of a currency the unit names ("đồng", "triệu đồng" → VND; "USD", "$" → USD). */
  currency: z.string().nullable().optional(),
  /** A rate per population: "giường bệnh/1 vạn dân" → { value: 10000, unit: "dân" }. */
  per: PerPopulationSchema.nullable().optional(),
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

export type PerPopulation = z.infer<typeof PerPopulationSchema>;
export type TargetKind = z.infer<typeof TargetKindSchema>;
export type TargetItem = z.infer<typeof TargetItemSchema>;
export type ParsedTarget = z.infer<typeof ParsedTargetSchema>;
