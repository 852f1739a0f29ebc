import * as path from "node:path";
import { msg, type Lang } from "../core/i18n";
import type { PatchOp } from "../core/patch";
import { parse, requireArg, yearOption } from "./args";
import { nowOf, type CliIO } from "./io";
import { Progress } from "./progress";
import { openTrackingFile, writePatched, type TrackingFile } from "./tracking-file";
import { assertNotInput } from "./xlsx";

/**
 * What `validate` and `status` share: the options (--json, --all, --year, -o), opening the
 * tracking workbook with progress, and writing a marked copy (never the input) when -o is given.
 */
export interface ReportRun {
  input: string;
  file: TrackingFile;
  progress: Progress;
  json: boolean;
  all: boolean;
  year: number | undefined;
  /** The clock, for the core's jobs. */
  now: number;
  /** Writes the input with `patch` applied to the -o file, if one was asked for. */
  writeCopy(patch: () => PatchOp[]): Promise<void>;
}

export async function openReport(args: string[], io: CliIO, lang: Lang, usage: string): Promise<ReportRun> {
  const { values, positionals } = parse(
    args,
    { json: { type: "boolean" }, all: { type: "boolean" }, year: { type: "string" }, output: { type: "string", short: "o" } },
    usage,
  );
  const input = requireArg(positionals[0], { vi: "tệp sổ theo dõi", en: "tracking workbook" }, usage);
  const year = yearOption(values.year, usage);
  const progress = new Progress(io, lang, values.json === true);
  progress.step(msg("ui.cli.reading", { file: input }));
  const file = await openTrackingFile(path.resolve(io.cwd, input), { now: nowOf(io), year });
  return {
    input,
    file,
    progress,
    json: values.json === true,
    all: values.all === true,
    year,
    now: nowOf(io),
    async writeCopy(patch) {
      if (!values.output) return;
      const output = path.resolve(io.cwd, values.output);
      assertNotInput(output, [path.resolve(io.cwd, input)]);
      progress.step(msg("ui.cli.writing", { file: values.output }));
      await writePatched(file, patch(), output);
    },
  };
}
