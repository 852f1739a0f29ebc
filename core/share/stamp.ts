import { z } from "zod";
import type { Grid } from "../grid";
import { hmacHex, sameDigest, sha256, toHex, utf8 } from "../crypto";
import { msg, type Lang, type Message } from "../i18n";
import type { PatchOp } from "../patch";
import { canonicalJson } from "./canonical";
import { jsonSheetPatch, jsonSheetText } from "./json-sheet";
import type { PackageRecord } from "./record";

/**
 * The stamp a package carries in its hidden `_chitieu_goi` sheet: which package it is (id, plan,
 * agency, year, rows, plan fingerprint), signed with the master's secret. The merge does not
 * believe the stamp: it finds the package in the master's own record by id and checks that the
 * stamp is exactly the one the master made. The signature makes any edit of the stamp evident
 * (the agency does not have the secret), so the message can say the package was altered.
 */
export const STAMP_SHEET = "_chitieu_goi";
export const STAMP_VERSION = 2;
const KEY = "stamp";

const hex16 = z.string().regex(/^[0-9a-f]{16}$/);

const RowsSchema = z.array(z.object({ id: z.string(), editable: z.boolean() }));

export const PackageStampSchema = z.object({
  kind: z.literal("chitieu-package"),
  version: z.literal(STAMP_VERSION),
  packageId: hex16,
  planId: z.string(),
  templateVersion: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  year: z.number().int(),
  createdAt: z.string(),
  rows: z.object({ indicators: RowsSchema, tasks: RowsSchema }),
  planFingerprint: hex16,
  signature: z.string().regex(/^[0-9a-f]{64}$/),
});

export type PackageStamp = z.infer<typeof PackageStampSchema>;

/** 16 hex digits over the rows' plan-column fingerprints, in package order. */
export function planFingerprint(rows: PackageRecord["rows"]): string {
  const text = (["indicators", "tasks"] as const).map((k) => rows[k].map((r) => `${k}\u001f${r.id}\u001f${r.fp}`).join("\u001e")).join("\u001d");
  return toHex(sha256(utf8(text))).slice(0, 16);
}

const signatureOf = (secret: Uint8Array, stamp: Omit<PackageStamp, "signature">): string =>
  hmacHex(secret, `chitieu/stamp/v${STAMP_VERSION}\n${canonicalJson({ ...stamp, signature: undefined })}`);

/** The stamp the master makes for one of its package records: the only stamp it accepts back. */
export function stampOf(secret: Uint8Array, rec: PackageRecord, planId: string): PackageStamp {
  const rows = {
    indicators: rec.rows.indicators.map((r) => ({ id: r.id, editable: r.editable })),
    tasks: rec.rows.tasks.map((r) => ({ id: r.id, editable: r.editable })),
  };
  const unsigned = {
    kind: "chitieu-package" as const,
    version: STAMP_VERSION as typeof STAMP_VERSION,
    packageId: rec.packageId,
    planId,
    templateVersion: rec.templateVersion,
    agencyId: rec.agencyId,
    agencyName: rec.agencyName,
    year: rec.year,
    createdAt: rec.createdAt,
    rows,
    planFingerprint: rec.planFingerprint,
  };
  return { ...unsigned, signature: signatureOf(secret, unsigned) };
}

/**
 * The signature is the master's and covers every field as the package holds it: computed over
 * the JSON as read (not as the schema keeps it), so an added field breaks it too.
 */
export function signatureHolds(secret: Uint8Array, raw: unknown): boolean {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return false;
  const signature = (raw as { signature?: unknown }).signature;
  return typeof signature === "string" && sameDigest(signatureOf(secret, raw as PackageStamp), signature);
}

/** Same stamp, field for field (canonical JSON): what the package holds against what the master makes. */
export const sameStamp = (raw: unknown, expected: PackageStamp): boolean => canonicalJson(raw) === canonicalJson(expected);

export function stampPatch(stamp: PackageStamp, lang: Lang): PatchOp[] {
  return jsonSheetPatch(STAMP_SHEET, KEY, JSON.stringify(stamp), msg("share.stamp.title")[lang], msg("share.protect.stamp")[lang]);
}

/**
 * Reads the stamp sheet. Total: a missing sheet, damaged JSON, a stamp of the earlier unsigned
 * kind or a wrong field each give a message; `raw` is the parsed JSON for telling what was seen.
 */
export interface StampRead {
  stamp: PackageStamp | null;
  /** The JSON as parsed, before the schema (what the signature is checked over). */
  raw: unknown;
  error: Message | null;
}

export function readStamp(grid: Grid | null): StampRead {
  const text = jsonSheetText(grid, KEY);
  if (text === null) return { stamp: null, raw: null, error: msg("share.stamp.missing") };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { stamp: null, raw: null, error: msg("share.stamp.invalid", { detail: "JSON" }) };
  }
  if (raw !== null && typeof raw === "object" && (raw as { version?: unknown }).version === 1) return { stamp: null, raw, error: msg("share.stamp.unsigned") };
  const parsed = PackageStampSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { stamp: null, raw, error: msg("share.stamp.invalid", { detail: issue.path.map(String).join(".") || "?" }) };
  }
  return { stamp: parsed.data, raw, error: null };
}
