import { z } from "zod";
import { MessageSchema } from "../../core/model/message";
import type { PropertiesApi } from "../host/surface";

/**
 * What the sharing actions keep in document properties (shared by every editor, checked with zod
 * when read back): the agency copies, and the progress of a run cut short by the time limit.
 * A property holds at most 9 KB, so JSON is split over numbered keys.
 */
const CHUNK = 8000;

export const KEYS = {
  copies: "chitieu.share.copies",
  copiesJob: "chitieu.share.job.copies",
  consolidateJob: "chitieu.share.job.consolidate",
  /** The conflict and held-back messages of a consolidation under way. */
  conflicts: "chitieu.share.job.conflicts",
  protectJob: "chitieu.share.job.protect",
} as const;

export function readJson<T>(props: PropertiesApi, key: string, schema: z.ZodType<T>): T | null {
  const count = Number(props.getProperty(key) ?? "0");
  if (!Number.isInteger(count) || count <= 0) return null;
  let text = "";
  for (let i = 0; i < count; i++) text += props.getProperty(`${key}#${i}`) ?? "";
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeJson(props: PropertiesApi, key: string, value: unknown): void {
  const text = JSON.stringify(value);
  const old = Number(props.getProperty(key) ?? "0");
  const count = Math.max(1, Math.ceil(text.length / CHUNK));
  for (let i = 0; i < count; i++) props.setProperty(`${key}#${i}`, text.slice(i * CHUNK, (i + 1) * CHUNK));
  for (let i = count; i < old; i++) props.deleteProperty(`${key}#${i}`);
  props.setProperty(key, String(count));
}

export function deleteJson(props: PropertiesApi, key: string): void {
  const old = Number(props.getProperty(key) ?? "0");
  for (let i = 0; i < old; i++) props.deleteProperty(`${key}#${i}`);
  props.deleteProperty(key);
}

const hex16 = z.string().regex(/^[0-9a-f]{16}$/);
/** Drive ids: letters, digits, "-" and "_" (they end up in links the sidebar shows). */
export const FileIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/);

export const CopyRecordSchema = z.object({
  agencyId: z.string().min(1),
  agencyName: z.string(),
  fileId: FileIdSchema,
  fileName: z.string(),
  packageId: hex16,
  /** When the copy was made ("2027-11-01 08:00"). */
  created: z.string(),
  sharedWith: z.array(z.string()),
  /** False while it is being built: a run cut short finishes it next time. */
  complete: z.boolean(),
});
export type CopyRecord = z.infer<typeof CopyRecordSchema>;

export const CopiesSchema = z.object({
  folderId: FileIdSchema.nullable(),
  folderName: z.string(),
  copies: z.array(CopyRecordSchema),
});
export type Copies = z.infer<typeof CopiesSchema>;

export const CopiesJobSchema = z.object({
  /** The clock when the run began (`Date.now()`): every copy of one job carries the same time. */
  now: z.number(),
  notify: z.boolean(),
  withCoordinated: z.boolean(),
  total: z.number().int(),
  pending: z.array(z.string()),
  created: z.number().int(),
  existing: z.number().int(),
  shared: z.number().int(),
  problems: z.array(MessageSchema),
});
export type CopiesJob = z.infer<typeof CopiesJobSchema>;

export const ConsolidateJobSchema = z.object({
  total: z.number().int(),
  pending: z.array(z.string()),
  copies: z.number().int(),
  merged: z.number().int(),
  conflicts: z.number().int(),
  held: z.number().int(),
  rejected: z.array(z.object({ agency: z.string(), source: z.string(), reason: MessageSchema })),
  untouched: z.array(z.string()),
  missing: z.array(z.string()),
  problems: z.array(MessageSchema),
  /** "N errors: …" in the master before the first run. */
  errorsBefore: MessageSchema,
});
export type ConsolidateJob = z.infer<typeof ConsolidateJobSchema>;

/** The conflict and held-back messages of a consolidation, for the sidebar. */
export const ConsolidateListsSchema = z.object({ conflicts: z.array(MessageSchema), held: z.array(MessageSchema) });
export type ConsolidateLists = z.infer<typeof ConsolidateListsSchema>;

export const ProtectJobSchema = z.object({ fingerprint: z.string(), next: z.number().int().min(0), total: z.number().int() });
export type ProtectJob = z.infer<typeof ProtectJobSchema>;

/** A message as stored and sent to the sidebar (its code a plain string once read back). */
export type Shown = z.infer<typeof MessageSchema>;
