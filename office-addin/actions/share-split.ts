/// <reference types="office-js" />
import { msg, type Message } from "../../core/i18n";
import { splitWorkbook } from "../../core/share";
import type { Session } from "../excel/session";
import { packageFile, type PackageFile } from "../share/xlsx-files";
import { openWorkbook } from "./context";

export type SplitOutcome =
  | { kind: "split"; planId: string; files: PackageFile[] }
  | { kind: "error"; error: Message };

export interface SplitRequest {
  /** Host clock for the stamps ("2025-11-16 08:30"). */
  now: string;
  year?: number;
  withCoordinated?: boolean;
}

/**
 * One .xlsx package per lead agency from the open master: the workbook is read in one request
 * (nothing is written to it), split by the core, and each package written with ExcelJS.
 */
export async function splitForDownload(context: Excel.RequestContext, session: Session, request: SplitRequest): Promise<SplitOutcome> {
  const opened = await openWorkbook(context, session);
  if (!opened.wb) return { kind: "error", error: opened.error ?? msg("excel.error.noWorkbook") };
  const packages = splitWorkbook(opened.wb, { now: request.now, year: request.year, withCoordinated: request.withCoordinated, lang: session.lang });
  if (packages.length === 0) return { kind: "error", error: msg("excel.share.noAgencies") };
  const files: PackageFile[] = [];
  for (const p of packages) files.push(await packageFile(p));
  return { kind: "split", planId: opened.wb.plan.id, files };
}
