import * as z from "zod/mini";

/**
 * Every call the sidebar makes through `google.script.run`: its argument and its answer, checked
 * with zod on both sides (arguments are copied across the boundary: plain JSON only, no Date).
 *
 * Written with `zod/mini` and without importing core/model: the sidebar bundles this file, and
 * the core's classic-zod schemas (with zod's whole method surface) would triple the page. The
 * few enums below restate the core's; tests/gas/contract.test.ts keeps them equal.
 */
const Empty = z.strictObject({});

const Int = z.int();
const PositiveInt = z.int().check(z.minimum(1));
const Name = z.string().check(z.minLength(1), z.maxLength(100));

/** core/model MessageSchema: a text in both languages with the catalogue code it came from. */
export const MessageSchema = z.object({ code: z.string(), vi: z.string(), en: z.string() });

/** core/model SeveritySchema. */
export const SeveritySchema = z.enum(["error", "warning", "info"]);
/** core/model ProjectionSchema. */
export const ProjectionSchema = z.enum(["linear", "cagr"]);
/** core/i18n Lang. */
export const LangSchema = z.enum(["vi", "en"]);
/** core/model IndicatorStatusCodeSchema. */
export const IndicatorStatusCodeSchema = z.enum([
  "achieved",
  "exceeded",
  "notAchieved",
  "onTrack",
  "atRisk",
  "offTrack",
  "noTrend",
  "noData",
  "noTarget",
  "needsAssessment",
]);
/** core/model TaskStatusCodeSchema. */
export const TaskStatusCodeSchema = z.enum(["done", "doneLate", "onTrack", "behind", "late", "overdue", "notDue", "waiting", "noReport", "reported"]);

/** gas/settings SettingsSchema: the document settings the sidebar reads and saves. */
export const SettingsSchema = z.object({
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  projection: ProjectionSchema,
  lang: LangSchema,
});

/** gas/document/findings-view: a finding as the sidebar shows it (where to click, how bad, what, how to fix). */
export const FindingViewSchema = z.object({
  sheet: z.string(),
  /** 1-based, as Apps Script counts. */
  row: PositiveInt,
  col: PositiveInt,
  a1: z.string(),
  severity: SeveritySchema,
  code: z.string(),
  message: MessageSchema,
  suggestion: z.nullable(MessageSchema),
});

const Counts = z.object({ error: Int, warning: Int, info: Int });

export const StateSchema = z.object({
  hasWorkbook: z.boolean(),
  planNumber: z.nullable(z.string()),
  settings: SettingsSchema,
  templates: z.array(z.object({ id: z.string(), label: z.string() })),
  /** Why the workbook could not be read, when it exists but is damaged. */
  problem: z.nullable(MessageSchema),
});

export const CheckResultSchema = z.object({
  rows: Int,
  counts: Counts,
  total: Int,
  /** The first findings by sheet order (the rest are on the sheet as notes). */
  findings: z.array(FindingViewSchema),
  message: MessageSchema,
});

/** One line of the overview: a status, its label in both languages, how many rows have it. */
function statusRow<T extends z.ZodMiniType<string>>(code: T) {
  return z.object({ code, label: MessageSchema, count: PositiveInt });
}

export const StatusResultSchema = z.object({
  year: Int,
  /** Statuses present, in display order (best first), labelled by the server. */
  indicators: z.array(statusRow(IndicatorStatusCodeSchema)),
  tasks: z.array(statusRow(TaskStatusCodeSchema)),
  message: MessageSchema,
});

export const SummaryResultSchema = z.object({ sheet: z.string(), year: Int, message: MessageSchema });

export const CreateInputSchema = z.strictObject({ templateId: Name, replace: z.boolean() });
export const CreateResultSchema = z.object({ number: z.string(), indicators: Int, tasks: Int, message: MessageSchema });

/** What the person says of the plan when the table's title lines do not (core/recognize PlanIdentity). */
export const PlanIdentityInputSchema = z.object({
  number: z.optional(z.string().check(z.maxLength(60))),
  issuedOn: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  issuer: z.optional(z.string().check(z.maxLength(200))),
  title: z.optional(z.string().check(z.maxLength(600))),
});

export const RecognizeRequestSchema = z.strictObject({ identity: z.optional(PlanIdentityInputSchema) });

export const RecognizeResultSchema = z.object({
  sheet: z.string(),
  indicators: Int,
  tasks: Int,
  skipped: Int,
  message: MessageSchema,
});

export const SelectInputSchema = z.strictObject({ sheet: Name, row: PositiveInt, col: PositiveInt });

export const SummaryInputSchema = z.strictObject({ full: z.boolean() });

/** Sharing (issue 7.3): a run cut short by the time limit answers done: false; calling again continues. */
const Progress = { done: z.boolean(), processed: Int, total: Int };
const Names = z.array(z.string());

export const ShareProtectResultSchema = z.object({
  ...Progress,
  ranges: Int,
  agencies: z.array(z.object({ name: z.string(), emails: Names })),
  withoutEmail: Names,
  problems: z.array(MessageSchema),
  message: MessageSchema,
});

export const ShareCopiesInputSchema = z.strictObject({ notify: z.boolean(), withCoordinated: z.boolean() });
/** Only links to a Google spreadsheet by id reach the page. */
export const CopyUrlSchema = z.string().check(z.regex(/^https:\/\/docs\.google\.com\/spreadsheets\/d\/[A-Za-z0-9_-]+\/edit$/));
export const ShareCopiesResultSchema = z.object({
  ...Progress,
  folder: z.string(),
  copies: z.array(z.object({ agency: z.string(), fileId: z.string(), url: CopyUrlSchema, sharedWith: Names })),
  withoutEmail: Names,
  problems: z.array(MessageSchema),
  message: MessageSchema,
});

export const ConsolidateInputSchema = z.strictObject({ restart: z.boolean() });
export const ConsolidateResultSchema = z.object({
  ...Progress,
  merged: Int,
  conflictCount: Int,
  conflicts: z.array(MessageSchema),
  heldCount: Int,
  held: z.array(MessageSchema),
  rejected: z.array(z.object({ agency: z.string(), source: z.string(), reason: MessageSchema })),
  missing: Names,
  untouched: Names,
  problems: z.array(MessageSchema),
  errors: z.object({ before: MessageSchema, after: MessageSchema }),
  message: MessageSchema,
});

/** gas/share/resolve: an open conflict with both values, shown as text. */
export const ConflictViewSchema = z.object({
  id: PositiveInt,
  sheet: z.string(),
  row: z.string(),
  column: z.string(),
  base: z.string(),
  master: z.string(),
  value: z.string(),
  agency: z.string(),
  source: z.string(),
});
export const ConflictsResultSchema = z.object({ conflicts: z.array(ConflictViewSchema) });
export const ResolveInputSchema = z.strictObject({
  id: PositiveInt,
  take: z.enum(["package", "master"]),
  by: z.string().check(z.minLength(1), z.maxLength(200)),
  reason: z.string().check(z.minLength(1), z.maxLength(1000)),
});
export const ResolveResultSchema = z.object({ conflicts: z.array(ConflictViewSchema), message: MessageSchema });

export const contract = {
  rpcGetState: { input: Empty, output: StateSchema },
  rpcCheckAll: { input: Empty, output: CheckResultSchema },
  rpcComputeStatuses: { input: Empty, output: StatusResultSchema },
  rpcGenerateSummary: { input: SummaryInputSchema, output: SummaryResultSchema },
  rpcCreateFromTemplate: { input: CreateInputSchema, output: CreateResultSchema },
  rpcRecognize: { input: RecognizeRequestSchema, output: RecognizeResultSchema },
  rpcSaveSettings: { input: z.strictObject(SettingsSchema.shape), output: SettingsSchema },
  rpcSelectCell: { input: SelectInputSchema, output: z.object({ a1: z.string() }) },
  rpcShareProtect: { input: Empty, output: ShareProtectResultSchema },
  rpcShareCopies: { input: ShareCopiesInputSchema, output: ShareCopiesResultSchema },
  rpcShareConsolidate: { input: ConsolidateInputSchema, output: ConsolidateResultSchema },
  rpcShareConflicts: { input: Empty, output: ConflictsResultSchema },
  rpcShareResolve: { input: ResolveInputSchema, output: ResolveResultSchema },
} as const;

export type RpcName = keyof typeof contract;
export type RpcInput<K extends RpcName> = z.infer<(typeof contract)[K]["input"]>;
export type RpcOutput<K extends RpcName> = z.infer<(typeof contract)[K]["output"]>;

/** What crosses back: the answer, or a message for the person. */
export function resultSchema<T extends z.ZodMiniType>(value: T) {
  return z.discriminatedUnion("ok", [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: MessageSchema })]);
}

export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: z.infer<typeof MessageSchema> };
