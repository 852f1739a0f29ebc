/**
 * Bundled sample data (templates/samples/<planId>.sample.json): a clearly labelled set of
 * invented reports for a template, so a new user sees a filled workbook, every status and the
 * validation messages before typing anything. Cells are kept as a person would type them.
 */
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const id = z.string().min(1);
const year = z.number().int();

/** Task progress as typed in the sheet's state column. */
export const SampleTaskStateSchema = z.enum(["Chưa triển khai", "Đang triển khai", "Hoàn thành"]);

export const SampleSchema = z.object({
  planId: z.string().regex(/^[a-z0-9-]+$/),
  /** Shown on every sheet that holds sample data: these are not the province's figures. */
  label: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
  /** Reporting year the sample is meant to be judged at. */
  asOf: year,
  baselines: z.array(z.object({ indicatorId: id, year, value: z.number() })),
  /** A reported value as typed: a number, or text such as "19,04" (some deliberately wrong). */
  values: z.array(z.object({ indicatorId: id, year, cell: z.union([z.string(), z.number()]) })),
  /** A person's assessment of a qualitative target ("Đạt", "Tiểu học"). */
  assessments: z.array(z.object({ indicatorId: id, year, text: z.string().min(1) })),
  taskProgress: z.array(
    z.object({
      taskId: id,
      year,
      state: SampleTaskStateSchema.nullable(),
      percent: z.number().min(0).max(100).nullable(),
      completedOn: isoDate.nullable(),
      evidence: z.string().nullable(),
      note: z.string().nullable(),
      /** Conditional tasks: when the outside event happened. */
      triggeredOn: isoDate.nullable(),
    }),
  ),
});

export type SampleTaskState = z.infer<typeof SampleTaskStateSchema>;
export type Sample = z.infer<typeof SampleSchema>;
