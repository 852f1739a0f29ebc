import { DOCX_LIMITS, formatBytes } from "../../core/docx";
import { msg } from "../../core/i18n";
import type { Plan } from "../../core/model";
import type { IdentityField, PlanIdentity } from "../../core/recognize";
import { documentReview, planFromDocument } from "../../core/workbook";
import { createFromPlan } from "../actions/create";
import type { Env } from "../env";
import { UserError } from "../errors";
import { DRIVE_FILE, requireScopes } from "../share/scopes";
import { readDocxInAppsScript, unsigned } from "./unzip";

type Shown = { code: string; vi: string; en: string };

export type WordImport =
  | {
      kind: "created";
      plan: Plan;
      file: string;
      notes: Shown[];
      /** Recognition warnings and errors with where they are in the document (all of them). */
      review: { where: Shown | null; message: Shown; suggestion: Shown | null }[];
    }
  | {
      /** The document's head does not say all of number, date, issuer and title: nothing was created; ask. */
      kind: "needsIdentity";
      file: string;
      identity: PlanIdentity;
      missing: IdentityField[];
      message: Shown;
    };

const detail = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * A plan from a Word document the person picked in Drive (the Picker grants drive.file access to
 * that file only): read with the core's reader, recognised as `chitieu import PLAN.docx` does,
 * and the tracking sheets created by the same job as a template. An existing tracking workbook
 * is only replaced when the person said so.
 */
export function importWordFile(env: Env, fileId: string, replace: boolean, given: Partial<PlanIdentity> = {}): WordImport {
  requireScopes(env, [DRIVE_FILE]);
  let file;
  let name: string;
  let mime: string;
  let size: number;
  try {
    file = env.svc.driveApp.getFileById(fileId);
    name = file.getName();
    mime = file.getMimeType();
    size = file.getSize();
  } catch (e) {
    throw new UserError(msg("gas.word.noAccess", { detail: detail(e) }));
  }
  if (mime.startsWith("application/vnd.google-apps.")) throw new UserError(msg("gas.word.googleDoc", { file: name }));
  if (size > DOCX_LIMITS.maxFileBytes) throw new UserError(msg("docx.tooLarge", { file: name, size: formatBytes(size), limit: formatBytes(DOCX_LIMITS.maxFileBytes) }));
  let bytes: Uint8Array;
  try {
    bytes = unsigned(file.getBlob().getBytes());
  } catch (e) {
    throw new UserError(msg("gas.word.noAccess", { detail: detail(e) }));
  }
  const read = readDocxInAppsScript(bytes, name, env.svc.utilities);
  if (!read.document) throw new UserError(read.error);
  const result = planFromDocument(read.document, { file: name, identity: given });
  if (result.tables.length > 0 && result.missing.length > 0) {
    return { kind: "needsIdentity", file: name, identity: result.identity, missing: result.missing, message: result.error ?? msg("docx.noAppendix", { file: name, tables: 0 }) };
  }
  if (!result.plan) throw new UserError(result.error ?? msg("docx.noAppendix", { file: name, tables: result.document.tableCount }));
  const plan = createFromPlan(env, result.plan, replace);
  return { kind: "created", plan, file: name, notes: read.notes.map((n) => n.message), review: documentReview(result) };
}
