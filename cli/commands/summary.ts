import * as path from "node:path";
import { msg } from "../../core/i18n";
import { computeStatuses, statusMarks, summarize } from "../../core/workbook";
import { parse, requireArg, yearOption } from "../args";
import type { Command } from "../command";
import { Progress } from "../progress";
import { openTrackingFile, writePatched } from "../tracking-file";
import { assertNotInput } from "../xlsx";
import { statusCountTable } from "./status";
import { allFindings, markAll, today } from "./validate";

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
    const file = await openTrackingFile(path.resolve(io.cwd, input));
    const asOf = yearOption(values.year, usage);
    // Re-checked in full before any summary: pastes and multi-cell edits can bypass live checks.
    progress.step(msg("ui.cli.checking"));
    const findings = allFindings(file, asOf, today());
    progress.step(msg("ui.cli.computing"));
    const result = computeStatuses(file.tracking, { asOf, today: today(), lang });
    progress.step(msg("ui.cli.summarizing"));
    const { summary, patch } = summarize(file.tracking, result, { today: today(), lang });
    progress.step(msg("ui.cli.writing", { file: outputArg }));
    await writePatched(file, [...markAll(file, findings), ...statusMarks(file.tracking, result, { lang }), ...patch], output);
    io.stdout(`${summary.paragraph[lang]}\n\n${statusCountTable(summary, lang)}\n`);
    return 0;
  },
};
