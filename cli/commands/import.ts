import * as path from "node:path";
import ExcelJS from "exceljs";
import { msg, text, type Lang } from "../../core/i18n";
import type { Finding, Indicator, Task } from "../../core/model";
import { readDate, recognizeSheet, type PlanIdentity, type RecognizedTable } from "../../core/recognize";
import { trackInPlace } from "../../core/workbook";
import { defaultRegistry } from "../../core/agency";
import { toPatchValues } from "../../core/patch";
import { parse, requireArg, yearOption } from "../args";
import type { Command } from "../command";
import { counts, findingJson, findingLine, targetJson } from "../format";
import { Progress } from "../progress";
import { writePatched } from "../tracking-file";
import { applyPatch, assertNotInput, HostError, loadSpreadsheet, requireSheet, type SheetData } from "../xlsx";

const usage =
  "chitieu import FILE.xlsx|FILE.csv [--sheet TÊN] [--json] [--year NĂM] [--number SỐ-HIỆU] [--date NGÀY] [--issuer CƠ-QUAN] [--title TÊN] [-o SỔ-THEO-DÕI.xlsx]";

const names = new Map(defaultRegistry.agencies.map((a) => [a.id, a.name]));
const agencyNames = (ids: readonly string[]) => ids.map((id) => names.get(id) ?? id);

function indicatorJson(i: Indicator, codeOf: Map<string, string>, lang: Lang) {
  return {
    id: i.id,
    code: i.code,
    parent: i.parent === null ? null : (codeOf.get(i.parent) ?? i.parent),
    area: i.area,
    name: i.name,
    unit: i.unit,
    direction: i.direction,
    targets: Object.fromEntries(Object.entries(i.targets).map(([y, t]) => [y, targetJson(t.parsed, lang)])),
    lead: agencyNames(i.lead.ids),
    partners: agencyNames(i.partners.ids),
    leadText: i.lead.raw,
    partnersText: i.partners.raw,
  };
}

function taskJson(t: Task) {
  return {
    id: t.id,
    section: t.section,
    subArea: t.subArea,
    code: t.code,
    text: t.text,
    lead: agencyNames(t.lead.ids),
    partners: agencyNames(t.partners.ids),
    timeframe: { text: t.timeframe.text, ...t.timeframe.timeframe },
    approvalLevel: t.approvalLevel,
    expectedOutput: t.expectedOutput,
  };
}

function describe(sheet: string, tables: RecognizedTable[], lang: Lang): string {
  const parts = tables.map((t) =>
    t.kind === "indicators"
      ? text(
          msg("ui.cli.importedIndicators", {
            areas: t.areas.length,
            indicators: t.indicators.length,
            subrows: t.indicators.filter((i) => i.parent !== null).length,
          }),
          lang,
        )
      : text(msg("ui.cli.importedTasks", { sections: t.sections.filter((s) => s.parent === null).length, tasks: t.tasks.length }), lang),
  );
  return text(msg("ui.cli.imported", { sheet, what: parts.join("; ") }), lang);
}

/** What the person says of the plan; a date may be written 07/10/2024 or 2024-10-07. */
function identityOptions(values: { number?: string; date?: string; issuer?: string; title?: string }): Partial<PlanIdentity> {
  const out: Partial<PlanIdentity> = {};
  if (values.number) out.number = values.number;
  if (values.date) {
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(values.date) ? values.date : readDate(values.date);
    if (!iso) throw new HostError(msg("ui.identity.badDate", { value: values.date }));
    out.issuedOn = iso;
  }
  if (values.issuer) out.issuer = values.issuer;
  if (values.title) out.title = values.title;
  return out;
}

export const importCommand: Command = {
  name: "import",
  summary: {
    vi: "Nhận diện bảng phụ lục dán từ Word (.xlsx hoặc .csv); -o để thêm cột theo dõi ngay bên cạnh bảng",
    en: "Recognise a pasted appendix table (.xlsx or .csv); -o adds the tracking columns beside it",
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
      const codeOf = new Map(tables.flatMap((t) => t.indicators).map((i) => [i.id, i.code]));
      io.stdout(
        `${JSON.stringify({
          areas: tables.flatMap((t) => t.areas.map((a) => ({ code: a.code, name: a.name, lead: a.lead ? agencyNames(a.lead.ids) : [], partners: a.partners ? agencyNames(a.partners.ids) : [] }))),
          indicators: tables.flatMap((t) => t.indicators.map((i) => indicatorJson(i, codeOf, lang))),
          tasks: tables.flatMap((t) => t.tasks.map(taskJson)),
          findings: findings.map((f) => findingJson(f, null, lang)),
        })}\n`,
      );
      return 0;
    }
    for (const f of found) io.stdout(`${describe(f.sheet.name, f.tables, lang)}\n`);
    const shown = findings.filter((f) => f.severity !== "info");
    for (const f of shown.slice(0, 40)) io.stdout(`${findingLine(f, null, lang)}\n`);
    if (shown.length > 40) io.stdout(`${text(msg("ui.cli.moreFindings", { count: shown.length - 40 }), lang)}\n`);
    const c = counts(findings);
    if (c.info > 0) io.stdout(`${text(msg("ui.cli.infoHidden", { count: c.info }), lang)}\n`);
    io.stdout(`${text(findings.length === 0 ? msg("ui.cli.noFindings") : msg("ui.cli.findingCounts", { errors: c.error, warnings: c.warning, infos: c.info }), lang)}\n`);
    if (values.output) io.stdout(`${text(msg("ui.file.written", { file: values.output }), lang)}\n`);
    return 0;
  },
};
