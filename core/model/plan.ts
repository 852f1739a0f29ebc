import { z } from "zod";
import { AgencyRefSchema } from "./agency";
import { ParsedTargetSchema } from "./target";
import { ParsedTimeframeSchema } from "./timeframe";

/** Which way is better: increase (coverage rates), decrease (unemployment), none (qualitative). */
export const DirectionSchema = z.enum(["increase", "decrease", "none"]);

/** How a direction became known: stated by the template, or inferred on import (to confirm). */
export const DirectionSourceSchema = z.enum(["template", "inferred", "confirmed"]);

export const ProjectionSchema = z.enum(["linear", "cagr"]);

const yearKey = z.string().regex(/^\d{4}$/);

/** A milestone target: the text exactly as printed and its parsed form. */
export const TargetCellSchema = z.object({
  raw: z.string(),
  parsed: ParsedTargetSchema,
});

/** A group row of the indicator table ("2. Lao động, việc làm ...") or a task section ("I", "VI.1"). */
export const AreaSchema = z.object({
  code: z.string(),
  /** The code as printed when it differs from `code` (a group inside a group, an un-coded title). */
  printedCode: z.string().optional(),
  name: z.string(),
  /** Lead/partners written on the group row itself, inherited by its rows (groups 6, 7, 9). */
  lead: AgencyRefSchema.nullable(),
  partners: AgencyRefSchema.nullable(),
  /** Code of the enclosing group for a group inside a group ("I" under "A"); absent at top level. */
  parent: z.string().nullable().optional(),
});

/** A value printed beside the targets that is not one: "Thực hiện 2020", "Năm gốc", "ƯTH năm 2025". */
export const ReferenceValueSchema = z.object({
  kind: z.enum(["baseline", "estimate", "actual"]),
  year: z.number().int().nullable(),
  raw: z.string(),
});

export const SectionSchema = z.object({
  code: z.string(),
  /** The code as printed when it differs from `code` (an un-numbered section: ""). */
  printedCode: z.string().optional(),
  name: z.string(),
  /** Code of the enclosing section for sub-areas ("1" under "VI"), null at top level. */
  parent: z.string().nullable(),
});

export const IndicatorSchema = z.object({
  /** Unique within the plan: the code, or `<parent>/<n>` for un-numbered rows. */
  id: z.string().min(1),
  /** As printed ("2.1"); empty for an un-coded row. */
  code: z.string(),
  /** Id of the indicator this row is a sub-row of, or null. */
  parent: z.string().nullable(),
  /** Code of the area (group row) it belongs to. */
  area: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: DirectionSchema,
  directionSource: DirectionSourceSchema,
  /** Keyed by milestone year ("2025"). A year with "-" is present with kind "none". */
  targets: z.record(yearKey, TargetCellSchema),
  lead: AgencyRefSchema,
  partners: AgencyRefSchema,
  /** Ordered scale for qualitative targets ("Tiểu học" < "THCS" < "THPT"), if the plan implies one. */
  scale: z.array(z.string()).nullable(),
  /** Projection method override for this indicator; plan default otherwise. */
  projection: ProjectionSchema.nullable(),
  /** Values the plan prints beside the targets (baseline, estimate of the current year). */
  references: z.array(ReferenceValueSchema).optional(),
  /** The target was read out of the indicator's own text ("... đạt 60%"): to be confirmed. */
  targetFromText: z.boolean().optional(),
});

export const TaskSchema = z.object({
  /** Unique within the plan: "<section>.<code>" e.g. "II.3", "VI.1.2". */
  id: z.string().min(1),
  section: z.string(),
  /** Sub-area code inside the section ("1" for "VI / 1 Về giáo dục"), or null. */
  subArea: z.string().nullable(),
  code: z.string(),
  text: z.string(),
  lead: AgencyRefSchema,
  partners: AgencyRefSchema,
  timeframe: ParsedTimeframeSchema,
  approvalLevel: z.string().nullable(),
  expectedOutput: z.string().nullable(),
  /** The plan asks for an output document: completion needs evidence (a document number). */
  evidenceRequired: z.boolean(),
});

export const PlanSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** "328/KH-UBND". */
  number: z.string(),
  /** The issuing body as printed in the head ("Ủy ban nhân dân tỉnh Đồng Tháp", "Thủ tướng Chính phủ"). */
  issuer: z.string().optional(),
  /** Province or city of a local plan; the ministry for a ministry's plan; empty for national plans. */
  province: z.string(),
  issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  title: z.string(),
  templateVersion: z.string(),
  milestoneYears: z.array(z.number().int()).min(1),
  /** Years that receive reported values. */
  period: z.object({ from: z.number().int(), to: z.number().int() }),
  /** When agencies report each year ("15/11") and the department consolidates ("30/11"). */
  reporting: z.object({ agencyDeadline: z.string(), consolidationDeadline: z.string().nullable() }),
  /** Default projection method for "on track" (BRIEF §3). */
  projection: ProjectionSchema,
  /** Agency that consolidates the reports. */
  coordinator: z.string(),
  areas: z.array(AreaSchema),
  sections: z.array(SectionSchema),
  indicators: z.array(IndicatorSchema),
  tasks: z.array(TaskSchema),
});

export type Direction = z.infer<typeof DirectionSchema>;
export type DirectionSource = z.infer<typeof DirectionSourceSchema>;
export type Projection = z.infer<typeof ProjectionSchema>;
export type TargetCell = z.infer<typeof TargetCellSchema>;
export type ReferenceValue = z.infer<typeof ReferenceValueSchema>;
export type Area = z.infer<typeof AreaSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Plan = z.infer<typeof PlanSchema>;
