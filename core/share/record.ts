import { z } from "zod";
import type { Grid } from "../grid";
import { fromHex, hmacHex, sameDigest } from "../crypto";
import { msg, type Lang, type Message } from "../i18n";
import { SheetLayoutSchema, type SheetKind, type SheetLayout } from "../layout";
import { PatchValueSchema, type PatchOp, type PatchValue } from "../patch";
import { canonicalJson } from "./canonical";
import { jsonSheetPatch, jsonSheetText } from "./json-sheet";

/**
 * The master's own record of what each split sent out: the secret that signs package stamps, and
 * per package its agency, year, rows (whether the agency may edit each, the fingerprint of its
 * plan columns, the value of every reporting cell at split time), the layout of its sheets and
 * the values later taken from it. The merge trusts this record and nothing a package says about
 * itself. Kept in a hidden, locked sheet of the master; never copied into a package.
 */
export const SPLIT_SHEET = "_chitieu_chia";
const KEY = "record";
export const RECORD_VERSION = 1;

const hex16 = z.string().regex(/^[0-9a-f]{16}$/);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

export const RowRecordSchema = z.object({
  /** Plan row id. */
  id: z.string().min(1),
  /** The agency leads the row: its values may come back. False: sent for reference, read only. */
  editable: z.boolean(),
  /** `rowFingerprint` of the row's plan columns as the package was made. */
  fp: hex16,
  /** The non-empty reporting cells at split time, by column key (absent: empty): the merge's base. */
  base: z.record(z.string(), PatchValueSchema),
});

export const PackageRecordSchema = z.object({
  packageId: hex16,
  agencyId: z.string().min(1),
  agencyName: z.string(),
  year: z.number().int().min(1900).max(2200),
  createdAt: z.string(),
  /** The master's template version when the package was made (signed in the stamp). */
  templateVersion: z.string(),
  /** Over the rows' fingerprints (`planFingerprint`); signed in the stamp too. */
  planFingerprint: hex16,
  /** The package's sheets as the split laid them out: the only layout a returned package is read with. */
  layouts: z.object({ indicators: SheetLayoutSchema, tasks: SheetLayoutSchema }),
  /** In the package's sheet order. */
  rows: z.object({ indicators: z.array(RowRecordSchema), tasks: z.array(RowRecordSchema) }),
  /**
   * Values written into the master from this package, by cell (`cellId`): a later return of the
   * same package compares with what it sent last, so an agency correcting itself is no conflict.
   */
  taken: z.record(z.string(), PatchValueSchema),
  /** HMAC of the rest under the secret: a record edited by hand is not trusted. */
  seal: hex64,
});

export const SplitRecordSchema = z.object({
  kind: z.literal("chitieu-split-record"),
  version: z.literal(RECORD_VERSION),
  planId: z.string(),
  /** 32 random bytes from the host at the first split, as hex. */
  secret: hex64,
  packages: z.array(PackageRecordSchema),
});

export type RowRecord = z.infer<typeof RowRecordSchema>;
export type PackageRecord = Omit<z.infer<typeof PackageRecordSchema>, "layouts"> & {
  layouts: { indicators: SheetLayout; tasks: SheetLayout };
};
export type SplitRecord = Omit<z.infer<typeof SplitRecordSchema>, "packages"> & { packages: PackageRecord[] };

/** The identity of a reporting cell across records and logs. */
export const cellId = (kind: SheetKind, rowId: string, column: string): string => `${kind}|${rowId}|${column}`;

export const secretBytes = (record: SplitRecord): Uint8Array => fromHex(record.secret) ?? new Uint8Array(0);

/** The seal of a package record (everything but the seal, canonical JSON, keyed by the secret). */
export function sealOf(secret: Uint8Array, rec: Omit<PackageRecord, "seal">): string {
  return hmacHex(secret, `chitieu/record/v${RECORD_VERSION}\n${canonicalJson({ ...rec, seal: undefined })}`);
}

export function sealed(secret: Uint8Array, rec: Omit<PackageRecord, "seal">): PackageRecord {
  return { ...rec, seal: sealOf(secret, rec) };
}

export const sealHolds = (secret: Uint8Array, rec: PackageRecord): boolean => sameDigest(sealOf(secret, rec), rec.seal);

/** The record with some packages' `taken` values added, re-sealed. */
export function withTaken(record: SplitRecord, taken: ReadonlyMap<string, ReadonlyMap<string, PatchValue>>): SplitRecord {
  if (taken.size === 0) return record;
  const secret = secretBytes(record);
  return {
    ...record,
    packages: record.packages.map((p) => {
      const add = taken.get(p.packageId);
      if (!add || add.size === 0) return p;
      const next = { ...p.taken };
      for (const [k, v] of add) next[k] = v;
      return sealed(secret, { ...p, taken: next });
    }),
  };
}

export function recordPatch(record: SplitRecord, lang: Lang): PatchOp[] {
  return jsonSheetPatch(SPLIT_SHEET, KEY, JSON.stringify(record), msg("share.record.title")[lang], msg("share.protect.record")[lang]);
}

/**
 * The master's record: null when it has none (no split yet); an error when the sheet exists
 * but cannot be trusted to be what a split wrote (damaged, edited into another shape).
 */
export function readRecord(grid: Grid | null): { record: SplitRecord | null; error: Message | null } {
  const text = jsonSheetText(grid, KEY);
  if (text === null) return { record: null, error: grid === null ? null : msg("share.record.damaged", { detail: "record" }) };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { record: null, error: msg("share.record.damaged", { detail: "JSON" }) };
  }
  const parsed = SplitRecordSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { record: null, error: msg("share.record.damaged", { detail: issue.path.map(String).join(".") || "?" }) };
  }
  return { record: parsed.data as SplitRecord, error: null };
}
