import { z } from "zod";
import { IndicatorStatusCodeSchema, MessageSchema, TaskStatusCodeSchema } from "../../core/model";
import { FindingViewSchema } from "../document/findings-view";
import { SettingsSchema } from "../settings";

/**
 * Every call the sidebar makes through `google.script.run`: its argument and its answer, checked
 * with zod on both sides (arguments are copied across the boundary: plain JSON only, no Date).
 */
const Empty = z.object({}).strict();

const Counts = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });

export const StateSchema = z.object({
  hasWorkbook: z.boolean(),
  planNumber: z.string().nullable(),
  settings: SettingsSchema,
  templates: z.array(z.object({ id: z.string(), label: z.string() })),
  /** Why the workbook could not be read, when it exists but is damaged. */
  problem: MessageSchema.nullable(),
});

export const CheckResultSchema = z.object({
  rows: z.number().int(),
  counts: Counts,
  total: z.number().int(),
  /** The first findings by sheet order (the rest are on the sheet as notes). */
  findings: z.array(FindingViewSchema),
  message: MessageSchema,
});

export const StatusResultSchema = z.object({
  year: z.number().int(),
  indicators: z.partialRecord(IndicatorStatusCodeSchema, z.number().int()),
  tasks: z.partialRecord(TaskStatusCodeSchema, z.number().int()),
  message: MessageSchema,
});

export const SummaryResultSchema = z.object({ sheet: z.string(), year: z.number().int(), message: MessageSchema });

export const CreateInputSchema = z.object({ templateId: z.string().min(1).max(100), replace: z.boolean() }).strict();
export const CreateResultSchema = z.object({ number: z.string(), indicators: z.number().int(), tasks: z.number().int(), message: MessageSchema });

export const RecognizeResultSchema = z.object({
  sheet: z.string(),
  indicators: z.number().int(),
  tasks: z.number().int(),
  skipped: z.number().int(),
  message: MessageSchema,
});

export const SelectInputSchema = z
  .object({ sheet: z.string().min(1).max(100), row: z.number().int().min(1), col: z.number().int().min(1) })
  .strict();

export const SummaryInputSchema = z.object({ full: z.boolean() }).strict();

export const contract = {
  rpcGetState: { input: Empty, output: StateSchema },
  rpcCheckAll: { input: Empty, output: CheckResultSchema },
  rpcComputeStatuses: { input: Empty, output: StatusResultSchema },
  rpcGenerateSummary: { input: SummaryInputSchema, output: SummaryResultSchema },
  rpcCreateFromTemplate: { input: CreateInputSchema, output: CreateResultSchema },
  rpcRecognize: { input: Empty, output: RecognizeResultSchema },
  rpcSaveSettings: { input: SettingsSchema.strict(), output: SettingsSchema },
  rpcSelectCell: { input: SelectInputSchema, output: z.object({ a1: z.string() }) },
} as const;

export type RpcName = keyof typeof contract;
export type RpcInput<K extends RpcName> = z.infer<(typeof contract)[K]["input"]>;
export type RpcOutput<K extends RpcName> = z.infer<(typeof contract)[K]["output"]>;

/** What crosses back: the answer, or a message for the person. */
export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion("ok", [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: MessageSchema }),
  ]);
}

export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: z.infer<typeof MessageSchema> };
