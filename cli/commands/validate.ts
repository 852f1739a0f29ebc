import { msg, text } from "../../core/i18n";
import type { Finding } from "../../core/model";
import { checkWorkbook, findingMarks } from "../../core/workbook";
import type { Command } from "../command";
import { counts, findingJson, findingLine } from "../format";
import { openReport } from "../report-command";
import { notesOf, type TrackingFile } from "../tracking-file";

const usage = "chitieu validate FILE.xlsx [--json] [--all] [--year NĂM] [-o ĐÁNH-DẤU.xlsx]";
const SHOWN = 40;

/** Every finding of the workbook: the plan rebuilt from the sheets, then every rule. */
export function allFindings(file: TrackingFile, asOf: number | undefined, today: string): Finding[] {
  return [...file.tracking.planFindings, ...checkWorkbook(file.tracking, { asOf, today })];
}

/** The marks of every finding on every data row (and cleared marks of rows now fine). */
export function markAll(file: TrackingFile, findings: readonly Finding[]) {
  const wb = file.tracking;
  const indicatorRows = wb.indicatorRecords.map((r) => r.row);
  const taskRows = wb.taskRecords.map((r) => r.row);
  return [
    ...findingMarks(wb, "indicators", indicatorRows, findings, notesOf(file, "indicators", indicatorRows)),
    ...findingMarks(wb, "tasks", taskRows, findings, notesOf(file, "tasks", taskRows)),
  ];
}

export const today = (): string => new Date().toISOString().slice(0, 10);

export const validateCommand: Command = {
  name: "validate",
  summary: { vi: "Kiểm tra toàn bộ sổ theo dõi; mã thoát 1 nếu có lỗi", en: "Check a whole tracking workbook; exit code 1 on errors" },
  usage,
  async run(args, io, { lang }) {
    const r = await openReport(args, io, lang, usage);
    r.progress.step(msg("ui.cli.checking"));
    const findings = allFindings(r.file, r.year, today());
    const c = counts(findings);
    await r.writeCopy(() => markAll(r.file, findings));
    if (r.json) {
      io.stdout(`${JSON.stringify({ counts: c, findings: findings.map((f) => findingJson(f, r.file.tracking, lang)) })}\n`);
    } else {
      const shown = findings.filter((f) => r.all || f.severity !== "info");
      for (const f of shown.slice(0, r.all ? shown.length : SHOWN)) io.stdout(`${findingLine(f, r.file.tracking, lang)}\n`);
      if (!r.all && shown.length > SHOWN) io.stdout(`${text(msg("ui.cli.moreFindings", { count: shown.length - SHOWN }), lang)}\n`);
      if (!r.all && c.info > 0) io.stdout(`${text(msg("ui.cli.infoHidden", { count: c.info }), lang)}\n`);
      io.stdout(
        `${text(findings.length === 0 ? msg("ui.cli.noFindings") : msg("ui.cli.findingCounts", { errors: c.error, warnings: c.warning, infos: c.info }), lang)}\n`,
      );
    }
    return c.error > 0 ? 1 : 0;
  },
};
