import * as z from "zod/mini";

/**
 * Every call the sidebar makes through `google.script.run`: its argument and its answer, checked
 * with zod on both sides (arguments are copied across the boundary: plain JSON only, no Date).
 *
 * Written with `zod/mini` and without importing core/model: the sidebar bundles this file, and
 * the core's classic-zod schemas (with zod's whole method surface) would triple the page. The
 * few enums below restate the core's; tests/gas/contract.test.ts keeps them equal. Status codes
 * are not among them: they travel as text, labelled by the server.
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
/** gas/settings SettingsSchema: the document settings the sidebar reads and saves (year null: automatic). */
export const SettingsSchema = z.object({
  year: z.nullable(z.int().check(z.minimum(2000), z.maximum(2100))),
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
  /** The reporting year in effect (the setting, or the automatic year of today), and how it was chosen. */
  year: z.nullable(Int),
  yearLine: z.nullable(MessageSchema),
  /** The plan's years: the settings refuse a year outside them. */
  period: z.nullable(z.object({ from: Int, to: Int })),
});

export const CheckResultSchema = z.object({
  rows: Int,
  counts: Counts,
  total: Int,
  /** The first findings by sheet order (the rest are on the sheet as notes). */
  findings: z.array(FindingViewSchema),
  /** How many errors remain and where. */
  errors: MessageSchema,
  message: MessageSchema,
});

/**
 * One line of the overview: a status code, its label in both languages, its colour and how many
 * have it. Codes travel as plain text: the server labels and colours them (core/workbook's
 * overview job), so a new status needs no change here.
 */
const StatusRow = z.object({ code: z.string(), label: MessageSchema, fill: z.string(), count: PositiveInt });

/** core/workbook Overview: the same counts in every host. */
export const StatusResultSchema = z.object({
  year: Int,
  yearLine: MessageSchema,
  /** Statuses present, in display order (best first), labelled by the server. */
  indicators: z.array(StatusRow),
  indicatorCount: Int,
  rowCount: Int,
  indicatorLine: MessageSchema,
  tasks: z.array(StatusRow),
  taskCount: Int,
  taskLine: MessageSchema,
  /** Values held back for correction. */
  toCorrect: Int,
  message: MessageSchema,
});

export const SummaryResultSchema = z.object({
  sheet: z.string(),
  year: Int,
  /** How many errors remain and where (the sidebar shows it before and after the summary). */
  errors: MessageSchema,
  message: MessageSchema,
});

/** Only a link to a Drive file by id reaches the page. */
export const DriveFileUrlSchema = z.string().check(z.regex(/^https:\/\/drive\.google\.com\/file\/d\/[A-Za-z0-9_-]+\/view$/));
export const ReportResultSchema = z.object({
  year: Int,
  fileName: z.string(),
  url: DriveFileUrlSchema,
  notes: z.array(MessageSchema),
  message: MessageSchema,
});

export const StandardiseResultSchema = z.object({
  changed: Int,
  /** One line per cell left as typed (its reading would be a guess). */
  kept: z.array(MessageSchema),
  message: MessageSchema,
});

export const CreateInputSchema = z.strictObject({ templateId: Name, replace: z.boolean() });
export const CreateResultSchema = z.object({ number: z.string(), indicators: Int, tasks: Int, message: MessageSchema });

/** What the person says of the plan when the table's title lines do not (core/recognize PlanIdentity). */
export const PlanIdentityInputSchema = z.object({
  number: z.optional(z.string().check(z.maxLength(60))),
  issuedOn: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  issuer: z.optional(z.string().check(z.maxLength(200))),
  title: z.optional(z.string().check(z.maxLength(600))),
});

export const RecognizeRequestSchema = z.strictObject({ identity: z.optional(PlanIdentityInputSchema), replace: z.optional(z.boolean()) });

export const RecognizeResultSchema = z.union([
  z.object({
    kind: z.literal("recognized"),
    sheet: z.string(),
    indicators: Int,
    tasks: Int,
    skipped: Int,
    message: MessageSchema,
  }),
  /** The table's title lines do not name the plan: the sidebar asks for the fields in `missing`. */
  z.object({
    kind: z.literal("needsIdentity"),
    identity: z.object({
      number: z.nullable(z.string()),
      issuedOn: z.nullable(z.string()),
      issuer: z.nullable(z.string()),
      title: z.nullable(z.string()),
    }),
    missing: z.array(z.enum(["number", "issuedOn", "issuer", "title"])),
    message: MessageSchema,
  }),
  /** The workbook already tracks a plan: the sidebar asks before replacing its tracking sheets. */
  z.object({ kind: z.literal("confirm"), message: MessageSchema }),
]);

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

/** Word import (issue #10, item 4): what the Picker dialog needs, and the import of a picked file. */
export const WordPickerConfigSchema = z.object({
  /** The person's OAuth token for the Picker (the script's own scopes, drive.file among them). */
  token: z.string().check(z.minLength(1)),
  developerKey: z.string().check(z.minLength(1)),
  appId: z.string().check(z.regex(/^\d+$/)),
  hasWorkbook: z.boolean(),
  planNumber: z.nullable(z.string()),
  lang: LangSchema,
});
/** A Drive file id, as the Picker hands it. */
export const DriveFileIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{10,200}$/));
export const ImportWordInputSchema = z.strictObject({ fileId: DriveFileIdSchema, replace: z.boolean(), identity: z.optional(PlanIdentityInputSchema) });
/** core/recognize IdentityField. */
export const IdentityFieldSchema = z.enum(["number", "issuedOn", "issuer", "title"]);
const ReviewSchema = z.object({ where: z.nullable(MessageSchema), message: MessageSchema, suggestion: z.nullable(MessageSchema) });
export const ImportWordResultSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("created"),
    number: z.string(),
    indicators: Int,
    tasks: Int,
    notes: z.array(MessageSchema),
    /** The first warnings of the recognition, with their place in the document. */
    review: z.array(ReviewSchema),
    reviewCount: Int,
    message: MessageSchema,
  }),
  /** The document's head leaves some of number, date, issuer, title unsaid: nothing was created, the dialog asks. */
  z.object({
    kind: z.literal("needsIdentity"),
    file: z.string(),
    identity: z.object({
      number: z.nullable(z.string()),
      issuedOn: z.nullable(z.string()),
      issuer: z.nullable(z.string()),
      title: z.nullable(z.string()),
    }),
    missing: z.array(z.enum(["number", "issuedOn", "issuer", "title"])),
    message: MessageSchema,
  }),
]);

export const contract = {
  rpcGetState: { input: Empty, output: StateSchema },
  rpcCheckAll: { input: Empty, output: CheckResultSchema },
  rpcComputeStatuses: { input: Empty, output: StatusResultSchema },
  rpcGenerateSummary: { input: SummaryInputSchema, output: SummaryResultSchema },
  rpcAnnualReport: { input: Empty, output: ReportResultSchema },
  rpcStandardise: { input: Empty, output: StandardiseResultSchema },
  rpcCreateFromTemplate: { input: CreateInputSchema, output: CreateResultSchema },
  rpcRecognize: { input: RecognizeRequestSchema, output: RecognizeResultSchema },
  rpcSaveSettings: { input: z.strictObject(SettingsSchema.shape), output: SettingsSchema },
  rpcSelectCell: { input: SelectInputSchema, output: z.object({ a1: z.string() }) },
  rpcShareProtect: { input: Empty, output: ShareProtectResultSchema },
  rpcShareCopies: { input: ShareCopiesInputSchema, output: ShareCopiesResultSchema },
  rpcShareConsolidate: { input: ConsolidateInputSchema, output: ConsolidateResultSchema },
  rpcShareConflicts: { input: Empty, output: ConflictsResultSchema },
  rpcShareResolve: { input: ResolveInputSchema, output: ResolveResultSchema },
  rpcOpenWordPicker: { input: Empty, output: z.object({ opened: z.boolean() }) },
  rpcWordPickerConfig: { input: Empty, output: WordPickerConfigSchema },
  rpcImportWord: { input: ImportWordInputSchema, output: ImportWordResultSchema },
} as const;

export type RpcName = keyof typeof contract;
export type RpcInput<K extends RpcName> = z.infer<(typeof contract)[K]["input"]>;
export type RpcOutput<K extends RpcName> = z.infer<(typeof contract)[K]["output"]>;

/** What crosses back: the answer, or a message for the person. */
export function resultSchema<T extends z.ZodMiniType>(value: T) {
  return z.discriminatedUnion("ok", [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), error: MessageSchema })]);
}

export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: z.infer<typeof MessageSchema> };
