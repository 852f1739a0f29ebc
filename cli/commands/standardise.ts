import * as os from "node:os";
import * as path from "node:path";
import { msg, text } from "../../core/i18n";
import { SHEETS } from "../../core/layout";
import { fullCheck, keptLines, standardiseNumbers } from "../../core/workbook";
import { parse, requireArg } from "../args";
import type { Command } from "../command";
import { nowOf } from "../io";
import { Progress } from "../progress";
import { openTrackingFile, writePatched } from "../tracking-file";
import { assertNotInput } from "../xlsx";
import { fileNotes } from "./validate";

const usage = "chitieu standardise FILE.xlsx -o KẾT-QUẢ.xlsx";

/** Who ran it, for the log: the tool and the person's account on this machine. */
function operator(): string {
  let user = "";
  try {
    user = os.userInfo().username;
  } catch {
    // No account name on this system: the tool's name alone.
  }
  const by = msg("standardise.by");
  return user ? `${by.vi} — ${user}` : by.vi;
}

/**
 * Numbers typed as text become numbers with the workbook's number format, each change logged in
 * "Nhật ký"; cells whose reading would be a guess are left and listed. The marks are checked
 * again on the result (a number typed as text no longer needs one). The input is never modified.
 */
export const standardiseCommand: Command = {
  name: "standardise",
  summary: { vi: msg("standardise.cli.summary").vi, en: msg("standardise.cli.summary").en },
  usage,
  async run(args, io, { lang }) {
    const { values, positionals } = parse(args, { output: { type: "string", short: "o" } }, usage);
    const input = requireArg(positionals[0], { vi: "tệp sổ theo dõi", en: "tracking workbook" }, usage);
    const outputArg = requireArg(values.output, { vi: "tệp kết quả (-o)", en: "output file (-o)" }, usage);
    const output = path.resolve(io.cwd, outputArg);
    assertNotInput(output, [path.resolve(io.cwd, input)]);
    const progress = new Progress(io, lang);
    progress.step(msg("ui.cli.reading", { file: input }));
    const now = nowOf(io);
    const file = await openTrackingFile(path.resolve(io.cwd, input), { now });
    const log = file.loaded.sheets.find((s) => s.name === SHEETS.log)?.grid ?? null;
    const outcome = standardiseNumbers(file.tracking, log, { now, by: operator() });
    progress.step(msg("ui.cli.checking"));
    const marks = fullCheck(outcome.after, { now, lang }, fileNotes(file)).marks;
    progress.step(msg("ui.cli.writing", { file: outputArg }));
    await writePatched(file, [...outcome.patch, ...marks], output);
    io.stdout(`${[outcome.message, ...keptLines(outcome)].map((m) => text(m, lang)).join("\n")}\n`);
    return 0;
  },
};
