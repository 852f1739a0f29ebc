import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { msg, text } from "../../core/i18n";
import { errorTally, Labels, splitWorkbook } from "../../core/share";
import { nowOf } from "../io";
import { parse, requireArg, yearOption } from "../args";
import type { Command } from "../command";
import { table } from "../format";
import { Progress } from "../progress";
import { writePatched } from "../tracking-file";
import { assertNotInput, HostError } from "../xlsx";
import { errorsLine, newSecret, openShareFile } from "./share-file";

const usage = "chitieu split TỔNG-HỢP.xlsx -d THƯ-MỤC [-o TỔNG-HỢP-MỚI.xlsx] [--year NĂM] [--with-coordinated] [--json]";

/**
 * One .xlsx package per lead agency, named by agency ("so-y-te.xlsx"), each stamped and signed by
 * the master. What was sent (rows, the value of every reporting cell, the signing key) is recorded
 * in the master's hidden "_chitieu_chia" sheet: the master is rewritten in place (atomically), or
 * written to -o. The merge accepts only packages the master has a record of.
 */
export const splitCommand: Command = {
  name: "split",
  summary: {
    vi: "Tách sổ tổng hợp thành gói số liệu cho từng đơn vị chủ trì (ghi hồ sơ gói vào sổ)",
    en: "Split the master workbook into one data package per lead agency (recorded in the master)",
  },
  usage,
  async run(args, io, { lang }) {
    const { values, positionals } = parse(
      args,
      {
        dir: { type: "string", short: "d" },
        output: { type: "string", short: "o" },
        year: { type: "string" },
        "with-coordinated": { type: "boolean" },
        json: { type: "boolean" },
      },
      usage,
    );
    const input = requireArg(positionals[0], { vi: "tệp sổ tổng hợp", en: "master workbook" }, usage);
    const dirArg = requireArg(values.dir, { vi: "thư mục ghi các gói (-d)", en: "output folder (-d)" }, usage);
    const master = path.resolve(io.cwd, input);
    const masterOut = values.output ? path.resolve(io.cwd, values.output) : master;
    const dir = path.resolve(io.cwd, dirArg);
    const progress = new Progress(io, lang, values.json === true);
    progress.step(msg("ui.cli.reading", { file: input }));
    const year = yearOption(values.year, usage);
    const now = nowOf(io);
    const file = await openShareFile(master, { now, year });
    const wb = file.master.workbook;
    // Errors in the master go out with the packages: say how many, and where, before and after.
    const before = errorTally(wb, { now });
    progress.step(msg("share.cli.splitting"));
    const result = splitWorkbook(file.master, {
      now,
      year,
      withCoordinated: values["with-coordinated"] === true,
      lang,
      newSecret,
    });
    if (result.packages.length === 0) throw new HostError(msg("share.split.none"));
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new HostError(msg("ui.file.writeFailed", { file: dirArg, detail: (e as Error).message }));
    }
    const outputs = result.packages.map((p) => path.join(dir, p.fileName));
    for (const o of outputs) assertNotInput(o, [master, masterOut]);
    // The record first: a package the master has no record of would be refused when it comes back.
    progress.step(msg("share.cli.recording", { file: values.output ?? input }));
    await writePatched(file, result.masterPatch, masterOut);
    const written: { agency: string; id: string; file: string; editable: number; readOnly: number; packageId: string }[] = [];
    for (const [i, p] of result.packages.entries()) {
      progress.bar(p.fileName, i, result.packages.length);
      await writePatched({ workbook: new ExcelJS.Workbook() }, p.patch, outputs[i]);
      written.push({ agency: p.agency.name, id: p.agency.id, file: path.join(dirArg, p.fileName), editable: p.editableRows, readOnly: p.readOnlyRows, packageId: p.stamp.packageId });
    }
    progress.bar("", result.packages.length, result.packages.length);
    const labels = new Labels(wb.plan);
    if (values.json) {
      io.stdout(`${JSON.stringify({ packages: written, master: values.output ?? input, errors: { before: before.count, after: before.count, places: before.places.map((p) => ({ sheet: p.sheet, cell: p.cell, row: p.rowId, column: p.column })) } })}\n`);
      return 0;
    }
    const t = (m: Parameters<typeof text>[0]) => text(m, lang);
    const header = t(msg("share.cli.splitHeader")).split("|");
    io.stdout(`${table([header, ...written.map((w) => [w.agency, w.file, String(w.editable), String(w.readOnly)])], [48, 60])}\n\n`);
    io.stdout(`${errorsLine(before, before, labels, lang)}\n`);
    io.stdout(`${t(msg("share.cli.recorded", { count: written.length, file: values.output ?? input }))}\n`);
    if (result.newSecret) io.stdout(`${t(msg("share.cli.newSecret"))}\n`);
    io.stdout(`${t(msg("share.cli.splitDone", { count: written.length, dir: dirArg }))}\n`);
    return 0;
  },
};
