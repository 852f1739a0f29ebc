import { z } from "zod";
import { MessageSchema } from "./message";

export const SeveritySchema = z.enum(["error", "warning", "info"]);

/** One validation result, anchored to a row and a column key of a sheet. */
export const FindingSchema = z.object({
  sheet: z.string(),
  /** 0-based row index in the sheet's grid. */
  row: z.number().int(),
  /** Column key of the layout ("target2025", "lead", "actual2026"), not a letter. */
  column: z.string(),
  severity: SeveritySchema,
  /** Rule code ("number.ambiguousComma", "target.lessAmbitious"). */
  code: z.string(),
  message: MessageSchema,
  suggestion: MessageSchema.nullable(),
});

export type Severity = z.infer<typeof SeveritySchema>;
export type Finding = z.infer<typeof FindingSchema>;
