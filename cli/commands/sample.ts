import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Grid } from "../../core/grid";
import { msg, text } from "../../core/i18n";
import { trackingWorkbookPatch } from "../../core/layout";
import { MemoryWorkbook } from "../../core/patch";
import { loadSample, loadTemplate, SAMPLE_PLAN_IDS } from "../../core/template";
import { openTrackingWorkbook, samplePatch, summaryJob, type TrackingWorkbook } from "../../core/workbook";
import { parse } from "../args";
import type { Command } from "../command";
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
    // The sample tells of its year as on 25/11 (10:00 in Viet Nam): its figures are fixed, so is its day.
    const now = Date.UTC(sample.asOf, 10, 25, 3);

    // The whole job runs on an in-memory copy first (the core's reference host), so the patch
    // applied to the file is exactly what every host would apply.
    const book = new MemoryWorkbook();
    const create = trackingWorkbookPatch(plan, { lang, asOf: sample.asOf, fitRows: true });
    book.applyPatch(create);
    const fill = samplePatch(open(book), sample, lang);
    book.applyPatch(fill);
    const wb = open(book);

    progress.step(msg("ui.cli.checking"));
    const noNotes = (_: unknown, rows: readonly number[]) => rows.map(() => [] as (string | null)[]);
    const outcome = summaryJob(wb, { now, lang, notice: `⚠ ${sample.label[lang]}` }, noNotes);
    progress.step(msg("ui.cli.writing", { file: outputArg }));
    await writePatched({ workbook: new ExcelJS.Workbook() }, [...create, ...fill, ...outcome.patch], output);
    const { summary, overview, result } = outcome;
    const c = outcome.check.counts;
    io.stdout(`${text(msg("ui.cli.sampleDone", { file: outputArg, number: plan.number, province: plan.province, year: result.asOf }), lang)}\n`);
    io.stdout(`${text(msg("ui.cli.findingCounts", { errors: c.error, warnings: c.warning, infos: c.info }), lang)}\n\n`);
    io.stdout(`${statusCountTable(overview, lang)}\n\n${summary.paragraph[lang]}\n\n${text(msg("ui.cli.sampleNext"), lang)}\n`);
    return 0;
  },
};
