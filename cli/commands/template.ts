import * as path from "node:path";
import ExcelJS from "exceljs";
import { msg, text } from "../../core/i18n";
import { trackingWorkbookPatch } from "../../core/layout";
import { loadTemplate, TEMPLATE_IDS } from "../../core/template";
import { parse, requireArg, yearOption } from "../args";
import type { Command } from "../command";
import { writePatched } from "../tracking-file";
import { HostError } from "../xlsx";

const usage = "chitieu template <plan-id> -o FILE.xlsx [--year NĂM]";

export const templateCommand: Command = {
  name: "template",
  summary: { vi: "Tạo sổ theo dõi .xlsx từ mẫu kế hoạch", en: "Create a tracking workbook from a plan template" },
  usage: `${usage}   (${TEMPLATE_IDS.join(", ")})`,
  async run(args, io, { lang }) {
    const { values, positionals } = parse(args, { output: { type: "string", short: "o" }, year: { type: "string" } }, usage);
    const id = requireArg(positionals[0], { vi: "mã mẫu kế hoạch", en: "plan template id" }, usage);
    const output = requireArg(values.output, { vi: "tệp kết quả (-o)", en: "output file (-o)" }, usage);
    const { plan, error } = loadTemplate(id);
    if (!plan) throw new HostError(error ?? msg("ui.cli.unknownTemplate", { id, ids: TEMPLATE_IDS.join(", ") }));
    const patch = trackingWorkbookPatch(plan, { lang, asOf: yearOption(values.year, usage), fitRows: true });
    await writePatched({ workbook: new ExcelJS.Workbook() }, patch, path.resolve(io.cwd, output));
    io.stdout(`${text(msg("ui.file.written", { file: output }), lang)}\n`);
    return 0;
  },
};
