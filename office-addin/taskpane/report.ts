/// <reference types="office-js" />
import { msg } from "../../core/i18n";
import { reportToDocx } from "../../hosts/report";
import { annualReportOf } from "../actions/report";
import type { Session } from "../excel/session";
import { el, t } from "./view";

/**
 * The report chunk, loaded with a dynamic `import()` when "Lập báo cáo năm" is first clicked: it
 * carries the `docx` library, which nothing else in the pane needs. The .docx is offered as a
 * download link (named like the CLI's file); nothing is written to the workbook.
 */
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
let objectUrl: string | null = null;

export async function annualReportFile(session: Session, out: HTMLElement): Promise<{ ok: boolean; text: string }> {
  const run = await Excel.run((ctx) => annualReportOf(ctx, session));
  if (run.kind === "error") return { ok: false, text: run.error[session.lang] };
  const bytes = await reportToDocx(run.report);
  if (objectUrl) URL.revokeObjectURL(objectUrl);
  objectUrl = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_TYPE }));
  const link = el("a", "download", t(session.lang, "excel.report.download", { file: run.report.fileName }));
  link.href = objectUrl;
  link.download = run.report.fileName;
  out.replaceChildren(link);
  for (const note of [...run.notes, msg("report.toFill")]) out.append(el("p", "hint", note[session.lang]));
  return { ok: true, text: msg("report.done", { year: run.year, file: run.report.fileName, indicators: run.indicators, tasks: run.tasks })[session.lang] };
}
