import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import { msg, text } from "../../core/i18n";
import { trackingWorkbookPatch } from "../../core/layout";
import { MemoryWorkbook } from "../../core/patch";
import { loadSample, loadTemplate, SAMPLE_PLAN_IDS } from "../../core/template";
import { checkWorkbook, computeStatuses, findingMarks, openTrackingWorkbook, samplePatch, statusMarks, summarize, type TrackingWorkbook } from "../../core/workbook";
import { parse } from "../args";
import type { Command } from "../command";
import { counts } from "../format";
import { Progress } from "../progress";
import { writePatched } from "../tracking-file";
import { HostError } from "../xlsx";
import { statusCountTable } from "./status";

const usage = "chitieu sample [--plan MÃ] [-o TỆP.xlsx]";

function open(book: MemoryWorkbook): TrackingWorkbook {
  const { workbook, error } = openTrackingWorkbook((name): Grid | null => (book.sheetNames().includes(name) ? book.contents(name) : null));
  if (!workbook) throw new HostError(error ?? msg("layout.meta.missing"));
  return workbook;
}

/**
 * The main job on the bundled sample (npm start): the plan's tracking workbook, the labelled
 * sample values typed in, everything validated and marked, statuses as of the sample's year, the
 * summary with charts; written to one .xlsx file.
 */
export const sampleCommand: Command = {
  name: "sample",
  summary: {
    vi: "Chạy toàn bộ quy trình trên bộ số liệu mẫu đi kèm (npm start)",
    en: "Run the whole job on the bundled sample data (npm start)",
  },
  usage: `${usage}   (${SAMPLE_PLAN_IDS.join(", ")})`,
  async run(args, io, { lang }) {
    const { values } = parse(args, { plan: { type: "string" }, output: { type: "string", short: "o" } }, usage);
    const planId = values.plan ?? "dong-thap-328-2024";
    const { plan, error } = loadTemplate(planId);
    const { sample, error: sampleError } = loadSample(planId);
    if (!plan || !sample) throw new HostError((error ?? sampleError)!);
    const outputArg = values.output ?? path.join("out", `${planId}-mau.xlsx`);
    const output = path.resolve(io.cwd, outputArg);
    const progress = new Progress(io, lang);
    const today = `${sample.asOf}-11-25`;

    // The whole job runs on an in-memory copy first (the core's reference host), so the patch
    // applied to the file is exactly what every host would apply.
    const book = new MemoryWorkbook();
    const create = trackingWorkbookPatch(plan, { lang, asOf: sample.asOf, fitRows: true });
    book.applyPatch(create);
    const fill = samplePatch(open(book), sample, lang);
    book.applyPatch(fill);
    const wb = open(book);

    progress.step(msg("ui.cli.checking"));
    const findings = [...wb.planFindings, ...checkWorkbook(wb, { today })];
    const indicatorRows = wb.indicatorRecords.map((r) => r.row);
    const taskRows = wb.taskRecords.map((r) => r.row);
    const noNotes = (rows: number[]) => rows.map(() => [] as (string | null)[]);
    const marks = [
      ...findingMarks(wb, "indicators", indicatorRows, findings, noNotes(indicatorRows)),
      ...findingMarks(wb, "tasks", taskRows, findings, noNotes(taskRows)),
    ];
    progress.step(msg("ui.cli.computing"));
    const result = computeStatuses(wb, { today, lang });
    progress.step(msg("ui.cli.summarizing"));
    const { summary, patch } = summarize(wb, result, { today, lang, notice: `⚠ ${sample.label[lang]}` });
    progress.step(msg("ui.cli.writing", { file: outputArg }));
    await writePatched(
      { workbook: new ExcelJS.Workbook() },
      [...create, ...fill, ...marks, ...statusMarks(wb, result, { lang }), ...patch],
      output,
    );
    const c = counts(findings);
    io.stdout(`${text(msg("ui.cli.sampleDone", { file: outputArg, number: plan.number, province: plan.province, year: result.asOf }), lang)}\n`);
    io.stdout(`${text(msg("ui.cli.findingCounts", { errors: c.error, warnings: c.warning, infos: c.info }), lang)}\n\n`);
    io.stdout(`${statusCountTable(summary, lang)}\n\n${summary.paragraph[lang]}\n\n${text(msg("ui.cli.sampleNext"), lang)}\n`);
    return 0;
  },
};
