import * as path from "node:path";
import type { Grid } from "../../core/grid";
import { msg, text, type Lang } from "../../core/i18n";
import { SHEETS } from "../../core/layout";
import { mergePackages, openPackage, type MergeResult, type PackageInput } from "../../core/share";
import { parse, requireArg } from "../args";
import type { Command } from "../command";
import { counts, findingJson, table } from "../format";
import { Progress } from "../progress";
import { gridsOf, openTrackingFile, writePatched } from "../tracking-file";
import { assertNotInput, HostError, loadSpreadsheet } from "../xlsx";
import { vietnamStamp } from "../../core/workbook";
import { nowOf } from "../io";

const usage = "chitieu merge TỔNG-HỢP.xlsx GÓI.xlsx... -o KẾT-QUẢ.xlsx [--json]";

/** Reads one returned package; a file that cannot be read becomes a rejected package, not a failure. */
async function readPackage(file: string, source: string): Promise<PackageInput> {
  try {
    const loaded = await loadSpreadsheet(file);
    if (!loaded.workbook) return { source, workbook: null, stamp: null, error: msg("ui.file.noPlan", { file: source }) };
    const grids = gridsOf(loaded);
    return openPackage(source, (name) => grids.get(name) ?? null);
  } catch (e) {
    if (e instanceof HostError) return { source, workbook: null, stamp: null, error: e.userMessage };
    return { source, workbook: null, stamp: null, error: null };
  }
}

function resultJson(r: MergeResult, lang: Lang): Record<string, unknown> {
  return {
    merged: r.merged,
    conflicts: r.conflicts.map((c) => ({ ...c, message: c.message[lang] })),
    rejected: r.rejected.map((x) => ({ ...x, reason: x.reason[lang], changes: x.changes.map((c) => ({ ...c, message: c.message[lang] })) })),
    packages: r.packages.map((p) => ({ ...p, findings: p.findings.map((f) => findingJson(f, null, lang)) })),
    missingAgencies: r.missingAgencies.map((a) => ({ id: a.id, name: a.name })),
  };
}

function report(r: MergeResult, output: string, lang: Lang): string {
  const t = (m: Parameters<typeof text>[0]) => text(m, lang);
  const parts: string[] = [];
  const rows = r.packages.map((p) => {
    const c = counts(p.findings);
    const note = p.duplicateOf ? t(msg("share.cli.duplicate", { other: path.basename(p.duplicateOf) })) : p.alreadyMerged ? t(msg("share.cli.alreadyMerged")) : "";
    return [path.basename(p.source), p.agencyName, String(p.written), String(p.conflicts), `${c.error}/${c.warning}`, note];
  });
  if (rows.length > 0) parts.push(table([t(msg("share.cli.packagesHeader")).split("|"), ...rows], [40, 40, 12, 10, 14, 40]));
  if (r.conflicts.length > 0) parts.push([t(msg("share.cli.conflictsTitle")), ...r.conflicts.map((c) => `  • ${t(c.message)}`)].join("\n"));
  if (r.rejected.length > 0) parts.push([t(msg("share.cli.rejectedTitle")), ...r.rejected.map((x) => `  • ${t(x.reason)}`)].join("\n"));
  parts.push(
    r.missingAgencies.length === 0
      ? t(msg("share.cli.noneMissing"))
      : t(msg("share.cli.missingTitle", { count: r.missingAgencies.length, agencies: r.missingAgencies.map((a) => a.name).join("; ") })),
  );
  const accepted = r.packages.filter((p) => p.duplicateOf === null).length;
  parts.push(t(msg("share.cli.mergeDone", { written: r.merged.length, accepted, file: output, conflicts: r.conflicts.length, rejected: r.rejected.length })));
  return `${parts.join("\n\n")}\n`;
}

/**
 * Merges returned packages into a copy of the master: every package re-checked, nothing
 * overwritten, conflicts and every write logged in "Nhật ký". Inputs are only read; the result is
 * written atomically. Exit code 1 when a package was rejected.
 */
export const mergeCommand: Command = {
  name: "merge",
  summary: {
    vi: "Gộp các gói số liệu đơn vị gửi lại vào sổ tổng hợp (không ghi đè, có nhật ký)",
    en: "Merge returned agency packages into the master (nothing overwritten, logged)",
  },
  usage,
  async run(args, io, { lang }) {
    const { values, positionals } = parse(args, { output: { type: "string", short: "o" }, json: { type: "boolean" } }, usage);
    const [input, ...packageArgs] = positionals;
    requireArg(input, { vi: "tệp sổ tổng hợp", en: "master workbook" }, usage);
    requireArg(packageArgs[0], { vi: "ít nhất một gói số liệu", en: "at least one package" }, usage);
    const outputArg = requireArg(values.output, { vi: "tệp kết quả (-o)", en: "output file (-o)" }, usage);
    const master = path.resolve(io.cwd, input);
    const output = path.resolve(io.cwd, outputArg);
    assertNotInput(output, [master, ...packageArgs.map((p) => path.resolve(io.cwd, p))]);
    const progress = new Progress(io, lang, values.json === true);
    progress.step(msg("ui.cli.reading", { file: input }));
    const file = await openTrackingFile(master, { now: nowOf(io) });
    const label = msg("share.cli.reading")[lang];
    const inputs: PackageInput[] = [];
    for (const [i, p] of packageArgs.entries()) {
      progress.bar(label, i, packageArgs.length);
      inputs.push(await readPackage(path.resolve(io.cwd, p), p));
    }
    progress.bar(label, packageArgs.length, packageArgs.length);
    progress.step(msg("share.cli.merging", { count: inputs.length }));
    const log: Grid | null = file.loaded.sheets.find((s) => s.name === SHEETS.log)?.grid ?? null;
    const result = mergePackages(file.tracking, inputs, { now: vietnamStamp(nowOf(io)), log, lang });
    progress.step(msg("ui.cli.writing", { file: outputArg }));
    await writePatched(file, result.patch, output);
    io.stdout(values.json ? `${JSON.stringify(resultJson(result, lang))}\n` : report(result, outputArg, lang));
    return result.rejected.length > 0 ? 1 : 0;
  },
};

