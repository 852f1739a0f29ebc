import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { msg, text } from "../../core/i18n";
import { splitWorkbook } from "../../core/share";
import { vietnamStamp } from "../../core/workbook";
import { nowOf } from "../io";
import { parse, requireArg, yearOption } from "../args";
import type { Command } from "../command";
import { table } from "../format";
import { Progress } from "../progress";
import { openTrackingFile, writePatched } from "../tracking-file";
import { assertNotInput, HostError } from "../xlsx";

const usage = "chitieu split TỔNG-HỢP.xlsx -d THƯ-MỤC [--year NĂM] [--with-coordinated] [--json]";

/** One .xlsx package per lead agency, named by the agency ("so-y-te.xlsx"); the master is only read. */
export const splitCommand: Command = {
  name: "split",
  summary: {
    vi: "Tách sổ tổng hợp thành gói số liệu cho từng đơn vị chủ trì",
    en: "Split the master workbook into one data package per lead agency",
  },
  usage,
  async run(args, io, { lang }) {
    const { values, positionals } = parse(
      args,
      {
        dir: { type: "string", short: "d" },
        year: { type: "string" },
        "with-coordinated": { type: "boolean" },
        json: { type: "boolean" },
      },
      usage,
    );
    const input = requireArg(positionals[0], { vi: "tệp sổ tổng hợp", en: "master workbook" }, usage);
    const dirArg = requireArg(values.dir, { vi: "thư mục ghi các gói (-d)", en: "output folder (-d)" }, usage);
    const master = path.resolve(io.cwd, input);
    const dir = path.resolve(io.cwd, dirArg);
    const progress = new Progress(io, lang, values.json === true);
    progress.step(msg("ui.cli.reading", { file: input }));
    const year = yearOption(values.year, usage);
    const file = await openTrackingFile(master, { now: nowOf(io), year });
    progress.step(msg("share.cli.splitting"));
    const packages = splitWorkbook(file.tracking, {
      now: vietnamStamp(nowOf(io)),
      year,
      withCoordinated: values["with-coordinated"] === true,
      lang,
    });
    try {
      fs.mkdirSync(dir, { recursive: true });
    } catch (e) {
      throw new HostError(msg("ui.file.writeFailed", { file: dirArg, detail: (e as Error).message }));
    }
    const written: { agency: string; id: string; file: string; editable: number; readOnly: number; packageId: string }[] = [];
    for (const [i, p] of packages.entries()) {
      const output = path.join(dir, p.fileName);
      assertNotInput(output, [master]);
      progress.bar(p.fileName, i, packages.length);
      await writePatched({ workbook: new ExcelJS.Workbook() }, p.patch, output);
      written.push({ agency: p.agency.name, id: p.agency.id, file: path.join(dirArg, p.fileName), editable: p.editableRows, readOnly: p.readOnlyRows, packageId: p.stamp.packageId });
    }
    progress.bar("", packages.length, packages.length);
    if (values.json) {
      io.stdout(`${JSON.stringify({ packages: written })}\n`);
      return 0;
    }
    const header = text(msg("share.cli.splitHeader"), lang).split("|");
    io.stdout(`${table([header, ...written.map((w) => [w.agency, w.file, String(w.editable), String(w.readOnly)])], [48, 60])}\n\n`);
    io.stdout(`${text(msg("share.cli.splitDone", { count: written.length, dir: dirArg }), lang)}\n`);
    return 0;
  },
};
