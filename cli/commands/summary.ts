import * as path from "node:path";
import { msg, text } from "../../core/i18n";
import { summaryJob } from "../../core/workbook";
import { parse, requireArg, yearOption } from "../args";
import type { Command } from "../command";
import { nowOf } from "../io";
import { Progress } from "../progress";
import { openTrackingFile, writePatched } from "../tracking-file";
import { assertNotInput } from "../xlsx";
import { statusCountTable } from "./status";
import { fileNotes } from "./validate";

const usage = "chitieu summary FILE.xlsx -o KẾT-QUẢ.xlsx [--year NĂM]";

export const summaryCommand: Command = {
  name: "summary",
  summary: {
    vi: "Kiểm tra, tính trạng thái và ghi trang Tổng hợp (bảng và biểu đồ)",
    en: "Check, compute statuses and write the summary sheet (tables and charts)",
  },
  usage,
  async run(args, io, { lang }) {
    const { values, positionals } = parse(args, { year: { type: "string" }, output: { type: "string", short: "o" } }, usage);
    const input = requireArg(positionals[0], { vi: "tệp sổ theo dõi", en: "tracking workbook" }, usage);
    const outputArg = requireArg(values.output, { vi: "tệp kết quả (-o)", en: "output file (-o)" }, usage);
    const output = path.resolve(io.cwd, outputArg);
    assertNotInput(output, [path.resolve(io.cwd, input)]);
    const progress = new Progress(io, lang);
    progress.step(msg("ui.cli.reading", { file: input }));
    const asOf = yearOption(values.year, usage);
    const now = nowOf(io);
    const file = await openTrackingFile(path.resolve(io.cwd, input), { now, year: asOf });
    // Re-checked in full before any summary: pastes and multi-cell edits can bypass live checks.
    progress.step(msg("ui.cli.checking"));
    const outcome = summaryJob(file.tracking, { asOf, now, lang }, fileNotes(file));
    // Before writing: how many errors remain and where (their values are held back from every status).
    progress.step(outcome.errors.message);
    progress.step(msg("ui.cli.writing", { file: outputArg }));
    await writePatched(file, outcome.patch, output);
    io.stdout(`${outcome.summary.paragraph[lang]}\n\n${statusCountTable(outcome.overview, lang)}\n\n${text(outcome.errors.message, lang)}\n`);
    return 0;
  },
};
