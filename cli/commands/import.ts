import * as path from "node:path";
import ExcelJS from "exceljs";
import { msg, text, type Lang } from "../../core/i18n";
import type { Finding } from "../../core/model";
import { recognizeSheet, type RecognizedTable } from "../../core/recognize";
import { trackInPlace } from "../../core/workbook";
import { toPatchValues } from "../../core/patch";
import { parse, requireArg, yearOption } from "../args";
import type { Command } from "../command";
import { Progress } from "../progress";
import { writePatched } from "../tracking-file";
import { applyPatch, assertNotInput, HostError, loadSpreadsheet, requireSheet, type SheetData } from "../xlsx";
import { DOCUMENT_EXTENSIONS, importDocument } from "./import-docx";
import { identityOptions, importJson, printFindings, tablesSummary } from "./import-report";

const usage =
  "chitieu import FILE.xlsx|FILE.csv|FILE.docx [--sheet TÊN] [--json] [--year NĂM] [--number SỐ-HIỆU] [--date NGÀY] [--issuer CƠ-QUAN] [--title TÊN] [-o SỔ-THEO-DÕI.xlsx]";

function describe(sheet: string, tables: RecognizedTable[], lang: Lang): string {
  return text(msg("ui.cli.imported", { sheet, what: tablesSummary(tables, lang) }), lang);
}

export const importCommand: Command = {
  name: "import",
  summary: {
    vi: "Nhận diện bảng phụ lục: dán từ Word vào bảng tính (.xlsx, .csv; -o thêm cột theo dõi ngay bên cạnh bảng) hoặc đọc thẳng văn bản Word (.docx; -o tạo sổ theo dõi)",
    en: "Recognise appendix tables: pasted into a workbook (.xlsx, .csv; -o adds the tracking columns beside them) or straight from the Word document (.docx; -o writes a tracking workbook)",
  },
  usage,
  async run(args, io, { lang }) {
    const { values, positionals } = parse(
      args,
      {
        sheet: { type: "string" },
        json: { type: "boolean" },
        year: { type: "string" },
        number: { type: "string" },
        date: { type: "string" },
        issuer: { type: "string" },
        title: { type: "string" },
        output: { type: "string", short: "o" },
      },
      usage,
    );
    const input = requireArg(positionals[0], { vi: "tệp có bảng phụ lục", en: "file holding the appendix" }, usage);
    const progress = new Progress(io, lang, values.json === true);
    progress.step(msg("ui.cli.reading", { file: input }));
    if (DOCUMENT_EXTENSIONS.has(path.extname(input).toLowerCase())) {
      if (values.sheet) throw new HostError(msg("docx.option.sheet", { file: input }));
      return importDocument(
        { input, output: values.output, json: values.json === true, identity: identityOptions(values), asOf: yearOption(values.year, usage), lang },
        io,
        progress,
      );
    }
    const loaded = await loadSpreadsheet(path.resolve(io.cwd, input));
    const candidates: SheetData[] = values.sheet ? [requireSheet(loaded, values.sheet)] : loaded.sheets.filter((s) => !s.hidden);
    const scanned = candidates.map((s) => ({ sheet: s, ...recognizeSheet(s.grid, s.merges, { sheet: s.name }) }));
    const found = scanned.filter((r) => r.tables.length > 0);
    if (found.length === 0) {
      // Say what was seen on each sheet: the likely header rows, the roles found and missing.
      const why = scanned.flatMap((r) => r.findings.filter((f) => f.code === "recognize.nothing").map((f) => ({ sheet: r.sheet.name, message: f.message, fix: f.suggestion })));
      const base = msg("ui.file.noPlan", { file: input });
      const join = (lang: "vi" | "en") => [base[lang], ...why.map((w) => `[${w.sheet}] ${w.message[lang]}`), why[0]?.fix?.[lang] ?? ""].filter((x) => x !== "").join("\n");
      throw new HostError({ code: base.code, vi: join("vi"), en: join("en") });
    }
    const tables = found.flatMap((f) => f.tables);
    const findings: Finding[] = [...found.flatMap((f) => f.findings), ...tables.flatMap((t) => t.findings)];

    if (values.output) {
      // In place: the tracking columns go beside the user's own table, on a copy of their file.
      const output = path.resolve(io.cwd, values.output);
      assertNotInput(output, [path.resolve(io.cwd, input)]);
      const target = found[0];
      const book = loaded.workbook ?? new ExcelJS.Workbook();
      if (!loaded.workbook) {
        applyPatch(book, [
          { op: "addSheet", sheet: target.sheet.name, replace: true, hidden: false },
          { op: "setValues", sheet: target.sheet.name, row: 0, col: 0, values: toPatchValues(target.sheet.grid) },
        ]);
      }
      const result = trackInPlace(target.sheet.name, target.sheet.grid, target.sheet.merges, {
        identity: identityOptions(values),
        lang,
        asOf: yearOption(values.year, usage),
        sheetCount: book.worksheets.length,
      });
      if (result.error) throw new HostError(result.error);
      progress.step(msg("ui.cli.writing", { file: values.output }));
      await writePatched({ workbook: book }, result.patch, output);
    }

    if (values.json) {
      io.stdout(importJson(tables, findings, lang));
      return 0;
    }
    for (const f of found) io.stdout(`${describe(f.sheet.name, f.tables, lang)}\n`);
    printFindings(io, findings, lang);
    if (values.output) io.stdout(`${text(msg("ui.file.written", { file: values.output }), lang)}\n`);
    return 0;
  },
};
