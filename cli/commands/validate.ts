import { msg, text } from "../../core/i18n";
import { fullCheck, type NotesOf } from "../../core/workbook";
import type { Command } from "../command";
import { findingJson, findingLine } from "../format";
import { openReport } from "../report-command";
import { notesOf, type TrackingFile } from "../tracking-file";

const usage = "chitieu validate FILE.xlsx [--json] [--all] [--year NĂM] [-o ĐÁNH-DẤU.xlsx]";
const SHOWN = 40;

/** The notes of a file's rows, as the core's jobs take them (a person's own notes are kept). */
export function fileNotes(file: TrackingFile): NotesOf {
  return (kind, rows) => notesOf(file, kind, rows);
}

export const validateCommand: Command = {
  name: "validate",
  summary: { vi: "Kiểm tra toàn bộ sổ theo dõi; mã thoát 1 nếu có lỗi", en: "Check a whole tracking workbook; exit code 1 on errors" },
  usage,
  async run(args, io, { lang }) {
    const r = await openReport(args, io, lang, usage);
    r.progress.step(msg("ui.cli.checking"));
    const outcome = fullCheck(r.file.tracking, { asOf: r.year, now: r.now, lang }, fileNotes(r.file));
    const { findings, counts: c } = outcome;
    await r.writeCopy(() => outcome.marks);
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
