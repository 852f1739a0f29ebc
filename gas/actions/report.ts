import { msg, type Message } from "../../core/i18n";
import { annualReport } from "../../core/workbook";
import { DOCX_MIME, reportParts } from "../../hosts/wordml";
import type { Env } from "../env";
import { jobOptions } from "../document/workbook";
import { driveService, DRIVE_FILE, requireScopes } from "../share";
import { readAll } from "./full-read";

export interface ReportFile {
  year: number;
  fileId: string;
  fileName: string;
  url: string;
  notes: Message[];
}

/** A Drive file by id, as the sidebar may link to it. */
export const driveFileUrl = (id: string): string => `https://drive.google.com/file/d/${id}/view`;

/**
 * "Lập báo cáo năm": the core's report job on the whole workbook, written as a .docx by the small
 * WordprocessingML writer (hosts/wordml: the `docx` library needs TextEncoder and btoa, which Apps
 * Script lacks), zipped with `Utilities.zip` and saved to the person's Drive. `drive.file` is asked
 * for here only (granular consent): the file is one the add-on creates, nothing else in Drive is
 * touched. The spreadsheet is only read.
 */
export function writeAnnualReport(env: Env): ReportFile {
  requireScopes(env, [DRIVE_FILE]);
  const drive = driveService();
  const zipper = env.svc.utilities;
  const all = readAll(env, false);
  const outcome = annualReport(all.wb, jobOptions(all.opened));
  const doc = outcome.report;
  const blobs = reportParts(doc).map((part) => zipper.newBlob(part.xml, part.contentType, part.path));
  const docx = zipper.zip(blobs, doc.fileName).setContentType(DOCX_MIME);
  const file = drive.Files.create({ name: doc.fileName, mimeType: DOCX_MIME }, docx);
  if (!file.id) throw new Error("Drive returned no file id");
  return { year: outcome.result.asOf, fileId: file.id, fileName: doc.fileName, url: driveFileUrl(file.id), notes: [...outcome.notes, msg("report.toFill")] };
}
