import { z } from "zod";
import { cellText, type Grid } from "../grid";
import { msg, type Lang, type Message } from "../i18n";
import { META_CHUNK } from "../layout";
import { PatchValueSchema, type PatchOp, type PatchValue } from "../patch";

/** Hidden sheet of a package holding its stamp (the `_chitieu` meta sheet is the layout's). */
export const STAMP_SHEET = "_chitieu_goi";
export const STAMP_VERSION = 1;

const hex16 = z.string().regex(/^[0-9a-f]{16}$/);

/** What a package row was when it was made: plan columns (fingerprint), whose, and the values copied in. */
export const RowStampSchema = z.object({
  /** `rowFingerprint` of the plan columns as written into the package. */
  fp: hex16,
  /** The agency leads the row (its values are merged back); false: coordinated or context row, read only. */
  editable: z.boolean(),
  /** Non-empty reporting cells copied from the master, by column key: what the agency did not type. */
  base: z.record(z.string(), PatchValueSchema),
});

export const PackageStampSchema = z.object({
  kind: z.literal("chitieu-package"),
  version: z.literal(STAMP_VERSION),
  /** Same package, same id: how a package returned twice is recognised. */
  packageId: hex16,
  planId: z.string().regex(/^[a-z0-9-]+$/),
  templateVersion: z.string(),
  agencyId: z.string().min(1),
  agencyName: z.string(),
  /** Reporting year the package was made for. */
  year: z.number().int().min(1900).max(2200),
  /** `structureFingerprint` of the master's plan when the package was made. */
  masterFingerprint: hex16,
  createdAt: z.string(),
  rows: z.object({
    indicators: z.record(z.string(), RowStampSchema),
    tasks: z.record(z.string(), RowStampSchema),
  }),
});

export type RowStamp = z.infer<typeof RowStampSchema>;
export type PackageStamp = z.infer<typeof PackageStampSchema>;

/** The stamp sheet: hidden, text-formatted, locked; the JSON split over cells when long. */
export function stampPatch(stamp: PackageStamp, lang: Lang): PatchOp[] {
  const json = JSON.stringify(stamp);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += META_CHUNK) chunks.push(json.slice(i, i + META_CHUNK));
  const width = Math.max(2, chunks.length + 1);
  const pad = (row: PatchValue[]) => [...row, ...Array<PatchValue>(width - row.length).fill(null)];
  const values = [pad(["#", msg("share.stamp.title")[lang]]), pad(["stamp", ...chunks])];
  const sheet = STAMP_SHEET;
  return [
    { op: "addSheet", sheet, replace: true, hidden: true },
    { op: "setNumberFormats", sheet, row: 0, col: 0, formats: values.map((r) => r.map(() => "@")) },
    { op: "setValues", sheet, row: 0, col: 0, values },
    { op: "protectSheet", sheet, description: msg("share.protect.stamp")[lang], warningOnly: false },
  ];
}

/** Reads the stamp sheet back. Total: a missing sheet, damaged JSON or a wrong field give a message. */
export function readStamp(grid: Grid | null): { stamp: PackageStamp | null; error: Message | null } {
  if (grid === null) return { stamp: null, error: msg("share.stamp.missing") };
  const row = grid.find((r) => cellText(r?.[0]).trim() === "stamp");
  if (!row) return { stamp: null, error: msg("share.stamp.missing") };
  let data: unknown;
  try {
    data = JSON.parse(row.slice(1).map((c) => cellText(c)).join(""));
  } catch {
    return { stamp: null, error: msg("share.stamp.invalid", { detail: "JSON" }) };
  }
  const parsed = PackageStampSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { stamp: null, error: msg("share.stamp.invalid", { detail: issue.path.map(String).join(".") || "?" }) };
  }
  return { stamp: parsed.data, error: null };
}
