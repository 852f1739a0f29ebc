import * as path from "node:path";
import type ExcelJS from "exceljs";
import { msg, text, type Lang } from "../../core/i18n";
import { Labels, mergePackages, type MergeResult, type PackageInput } from "../../core/share";
import { parse, requireArg } from "../args";
import type { Command } from "../command";
import { counts, table } from "../format";
import { Progress } from "../progress";
import { nowOf } from "../io";
import { writePatched } from "../tracking-file";
import { assertNotInput } from "../xlsx";
import { errorsLine, openShareFile, readPackageFile } from "./share-file";

const usage = "chitieu merge TỔNG-HỢP.xlsx GÓI.xlsx... -o KẾT-QUẢ.xlsx [--returns THƯ-MỤC] [--json]";

function resultJson(r: MergeResult, lang: Lang, output: string | null, returns: string[]): Record<string, unknown> {
  const findingJson = (f: MergeResult["packages"][number]["findings"][number]) => ({ severity: f.severity, code: f.code, column: f.column, message: f.message[lang] });
  const tally = (t: MergeResult["errors"]["before"]) => ({ count: t.count, places: t.places.map((p) => ({ sheet: p.sheet, cell: p.cell, row: p.rowId, column: p.column })) });
  return {
    output,
    accepted: r.accepted,
    merged: r.merged,
    conflicts: r.conflicts.map((c) => ({ ...c, message: c.message[lang] })),
    held: r.held.map((h) => ({ ...h, findings: h.findings.map(findingJson), message: h.message[lang] })),
    rejected: r.rejected.map((x) => ({ ...x, reason: x.reason[lang], changes: x.changes.map((c) => ({ ...c, message: c.message[lang] })) })),
    packages: r.packages.map((p) => ({ ...p, findings: p.findings.map(findingJson) })),
    missingAgencies: r.missingAgencies.map((a) => ({ id: a.id, name: a.name })),
    returns,
    errors: { before: tally(r.errors.before), after: tally(r.errors.after) },
  };
}

function report(r: MergeResult, labels: Labels, output: string | null, returns: { dir: string; files: string[] }, lang: Lang): string {
  const t = (m: Parameters<typeof text>[0]) => text(m, lang);
  const parts: string[] = [];
  const rows = r.packages.map((p) => {
    const c = counts(p.findings);
    const note = p.duplicateOf
      ? t(msg("share.cli.duplicate", { other: path.basename(p.duplicateOf) }))
      : p.unchanged
        ? t(msg("share.cli.unchanged"))
        : p.alreadyMerged
          ? t(msg("share.cli.alreadyMerged"))
          : "";
    return [path.basename(p.source), p.agencyName, String(p.written), String(p.conflicts), String(p.held), `${c.error}/${c.warning}`, note];
  });
  if (rows.length > 0) parts.push(table([t(msg("share.cli.packagesHeader")).split("|"), ...rows], [40, 40, 12, 10, 10, 14, 40]));
  if (r.conflicts.length > 0) parts.push([t(msg("share.cli.conflictsTitle")), ...r.conflicts.map((c) => `  • ${t(c.message)}`)].join("\n"));
  if (r.held.length > 0) parts.push([t(msg("share.cli.heldTitle", { count: r.held.length })), ...r.held.map((h) => `  • ${h.agencyName}: ${t(h.message)}`)].join("\n"));
  if (returns.files.length > 0) parts.push(t(msg("share.cli.returnsWritten", { count: returns.files.length, dir: returns.dir })));
  if (r.rejected.length > 0) parts.push([t(msg("share.cli.rejectedTitle")), ...r.rejected.map((x) => `  • ${t(x.reason)}`)].join("\n"));
  const unchanged = r.packages.filter((p) => p.unchanged && p.duplicateOf === null);
  if (unchanged.length > 0) parts.push(t(msg("share.cli.unchangedTitle", { count: unchanged.length, agencies: unchanged.map((p) => p.agencyName).join("; ") })));
  parts.push(
    r.missingAgencies.length === 0
      ? t(msg("share.cli.noneMissing"))
      : t(msg("share.cli.missingTitle", { count: r.missingAgencies.length, agencies: r.missingAgencies.map((a) => a.name).join("; ") })),
  );
  parts.push(errorsLine(r.errors.before, r.errors.after, labels, lang));
  if (output === null) parts.push(t(msg("share.cli.noOutput")));
  else {
    const accepted = r.packages.filter((p) => p.duplicateOf === null).length;
    parts.push(t(msg("share.cli.mergeDone", { written: r.merged.length, accepted, file: output, conflicts: r.conflicts.length, held: r.held.length, rejected: r.rejected.length })));
  }
  return `${parts.join("\n\n")}\n`;
}

/**
 * Merges returned packages into a copy of the master, three ways against the master's record of
 * what it sent: nothing overwritten, conflicts marked and listed, invalid values held back and
 * returned to their agency in its own file (--returns, by default a folder beside the output),
 * every change and refusal logged in "Nhật ký", statuses and the summary recomputed. Inputs are
 * only read; nothing is written when no package was accepted. Exit code 1 when a package was
 * rejected or none was accepted.
 */
export const mergeCommand: Command = {
  name: "merge",
  summary: {
    vi: "Gộp các gói số liệu đơn vị gửi lại vào sổ tổng hợp (ba chiều, không ghi đè, có nhật ký)",
    en: "Merge returned agency packages into the master (three-way, nothing overwritten, logged)",
  },
  usage,
  async run(args, io, { lang }) {
    const { values, positionals } = parse(args, { output: { type: "string", short: "o" }, returns: { type: "string" }, json: { type: "boolean" } }, usage);
    const [input, ...packageArgs] = positionals;
    requireArg(input, { vi: "tệp sổ tổng hợp", en: "master workbook" }, usage);
    requireArg(packageArgs[0], { vi: "ít nhất một gói số liệu", en: "at least one package" }, usage);
    const outputArg = requireArg(values.output, { vi: "tệp kết quả (-o)", en: "output file (-o)" }, usage);
    const master = path.resolve(io.cwd, input);
    const output = path.resolve(io.cwd, outputArg);
    const packagePaths = packageArgs.map((p) => path.resolve(io.cwd, p));
    assertNotInput(output, [master, ...packagePaths]);
    const progress = new Progress(io, lang, values.json === true);
    progress.step(msg("ui.cli.reading", { file: input }));
    const now = nowOf(io);
    const file = await openShareFile(master, { now });
    const label = msg("share.cli.reading")[lang];
    const inputs: PackageInput[] = [];
    const loaded = new Map<string, ExcelJS.Workbook>();
    for (const [i, p] of packageArgs.entries()) {
      progress.bar(label, i, packageArgs.length);
      const read = await readPackageFile(packagePaths[i], p);
      inputs.push(read.input);
      if (read.loaded?.workbook) loaded.set(p, read.loaded.workbook);
    }
    progress.bar(label, packageArgs.length, packageArgs.length);
    progress.step(msg("share.cli.merging", { count: inputs.length }));
    const result = mergePackages(file.master, inputs, { now, lang, notes: file.notes });
    const labels = new Labels(file.master.workbook.plan);
    const written = result.accepted > 0 ? outputArg : null;
    const returns = { dir: "", files: [] as string[] };
    if (written !== null) {
      progress.step(msg("ui.cli.writing", { file: outputArg }));
      await writePatched(file, result.patch, output);
      if (result.returns.length > 0) {
        const dirArg = values.returns ?? path.join(path.dirname(outputArg), `${path.basename(outputArg, path.extname(outputArg))}-tra-lai`);
        const dir = path.resolve(io.cwd, dirArg);
        returns.dir = dirArg;
        for (const note of result.returns) {
          const workbook = loaded.get(note.source);
          if (!workbook) continue;
          const target = path.join(dir, path.basename(note.source));
          assertNotInput(target, [master, output, ...packagePaths]);
          await writePatched({ workbook }, note.patch, target);
          returns.files.push(path.join(dirArg, path.basename(note.source)));
        }
      }
    }
    io.stdout(values.json ? `${JSON.stringify(resultJson(result, lang, written, returns.files))}\n` : report(result, labels, written, returns, lang));
    return result.rejected.length > 0 || result.accepted === 0 ? 1 : 0;
  },
};
