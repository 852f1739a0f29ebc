import * as path from "node:path";
import { msg, text } from "../../core/i18n";
import { annualReport } from "../../core/workbook";
import { reportToDocx } from "../../hosts/report";
import { parse, requireArg, yearOption } from "../args";
import type { Command } from "../command";
import { nowOf } from "../io";
import { Progress } from "../progress";
import { openTrackingFile } from "../tracking-file";
import { assertNotInput, writeFileAtomic } from "../xlsx";

const usage = "chitieu report FILE.xlsx -o BAO-CAO.docx [--year NĂM]";

/**
 * The annual report of a tracking workbook as a Word document: the same full check, statuses and
 * summary as `chitieu summary`, then the report (body, Phụ lục I and II), written atomically.
 */
export const reportCommand: Command = {
  name: "report",
  summary: { vi: msg("report.cli.summary").vi, en: msg("report.cli.summary").en },
  usage,
  async run(args, io, { lang }) {
    const { values, positionals } = parse(args, { year: { type: "string" }, output: { type: "string", short: "o" } }, usage);
    const input = requireArg(positionals[0], { vi: "tệp sổ theo dõi", en: "tracking workbook" }, usage);
    const outputArg = requireArg(values.output, { vi: "tệp báo cáo (-o)", en: "report file (-o)" }, usage);
    const output = path.resolve(io.cwd, outputArg);
    assertNotInput(output, [path.resolve(io.cwd, input)]);
    const asOf = yearOption(values.year, usage);
    const progress = new Progress(io, lang);
    progress.step(msg("ui.cli.reading", { file: input }));
    const now = nowOf(io);
    const file = await openTrackingFile(path.resolve(io.cwd, input), { now, year: asOf });
    progress.step(msg("ui.cli.checking"));
    const outcome = annualReport(file.tracking, { asOf, now, lang });
    progress.step(msg("report.cli.building", { year: outcome.result.asOf }));
    const bytes = await reportToDocx(outcome.report);
    progress.step(msg("ui.cli.writing", { file: outputArg }));
    await writeFileAtomic(output, bytes);
    const plan = file.tracking.plan;
    const lines = [
      text(msg("report.done", { year: outcome.result.asOf, file: outputArg, indicators: outcome.summary.indicatorCount, tasks: plan.tasks.length }), lang),
      ...outcome.notes.map((m) => text(m, lang)),
      text(msg("report.toFill"), lang),
    ];
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
