/// <reference types="office-js" />
import { msg, type Message } from "../../core/i18n";
import { errorTally, splitWorkbook, type ErrorTally } from "../../core/share";
import { applyPatch } from "../excel/apply-patch";
import type { Session } from "../excel/session";
import { newSecret } from "../share/secret";
import { packageFile, type PackageFile } from "../share/xlsx-files";
import { applyEnv } from "./context";
import { openMasterIn } from "./share-master";

export type SplitOutcome =
  | { kind: "split"; planId: string; files: PackageFile[]; errors: ErrorTally; newSecret: boolean }
  | { kind: "error"; error: Message };

export interface SplitRequest {
  year?: number;
  withCoordinated?: boolean;
}

/**
 * One .xlsx package per lead agency from the open master: the workbook is read in one request,
 * split by the core, the record of what was sent written into the master's hidden
 * "_chitieu_chia" sheet (the merge accepts only packages it has a record of), and each package
 * written with ExcelJS.
 */
export async function splitForDownload(context: Excel.RequestContext, session: Session, request: SplitRequest): Promise<SplitOutcome> {
  const opened = await openMasterIn(context, session);
  if (!opened.master) return { kind: "error", error: opened.error ?? msg("excel.error.noWorkbook") };
  const master = opened.master;
  const now = session.now();
  const result = splitWorkbook(master, { now, year: request.year, withCoordinated: request.withCoordinated, lang: session.lang, newSecret });
  if (result.packages.length === 0) return { kind: "error", error: msg("excel.share.noAgencies") };
  await applyPatch(context, result.masterPatch, applyEnv(session, opened.state));
  const files: PackageFile[] = [];
  for (const p of result.packages) files.push(await packageFile(p));
  return { kind: "split", planId: master.workbook.plan.id, files, errors: errorTally(master.workbook, { now }), newSecret: result.newSecret };
}
