import { defaultRegistry } from "../../core/agency";
import { msg, text, type Lang } from "../../core/i18n";
import type { Finding, Indicator, Task } from "../../core/model";
import { readDate, type PlanIdentity, type RecognizedTable } from "../../core/recognize";
import { HostError } from "../xlsx";
import type { CliIO } from "../io";
import { counts, findingJson, findingLine, targetJson } from "../format";

/** What `chitieu import` reports, for a pasted sheet and for a Word document alike. */
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

/** `--json`: {"areas","indicators","tasks","findings"} and whatever the caller adds. */
export function importJson(
  tables: RecognizedTable[],
  findings: readonly Finding[],
  lang: Lang,
  extra: Record<string, unknown> = {},
  place: (f: Finding) => Record<string, unknown> = () => ({}),
): string {
  const codeOf = new Map(tables.flatMap((t) => t.indicators).map((i) => [i.id, i.code]));
  return `${JSON.stringify({
    areas: tables.flatMap((t) =>
      t.areas.map((a) => ({ code: a.code, name: a.name, lead: a.lead ? agencyNames(a.lead.ids) : [], partners: a.partners ? agencyNames(a.partners.ids) : [] })),
    ),
    indicators: tables.flatMap((t) => t.indicators.map((i) => indicatorJson(i, codeOf, lang))),
    tasks: tables.flatMap((t) => t.tasks.map(taskJson)),
    findings: findings.map((f) => ({ ...findingJson(f, null, lang), ...place(f) })),
    ...extra,
  })}\n`;
}

/** "bảng chỉ tiêu với 10 lĩnh vực, 105 chỉ tiêu…; bảng nhiệm vụ với …" */
export function tablesSummary(tables: RecognizedTable[], lang: Lang): string {
  return tables
    .map((t) =>
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
    )
    .join("; ");
}

/** The findings (at most 40 shown, info ones counted) and the closing count line. */
export function printFindings(io: CliIO, findings: readonly Finding[], lang: Lang, where: (f: Finding) => string | null = () => null): void {
  const shown = findings.filter((f) => f.severity !== "info");
  for (const f of shown.slice(0, 40)) io.stdout(`${findingLine(f, null, lang, where(f) ?? undefined)}\n`);
  if (shown.length > 40) io.stdout(`${text(msg("ui.cli.moreFindings", { count: shown.length - 40 }), lang)}\n`);
  const c = counts(findings);
  if (c.info > 0) io.stdout(`${text(msg("ui.cli.infoHidden", { count: c.info }), lang)}\n`);
  io.stdout(`${text(findings.length === 0 ? msg("ui.cli.noFindings") : msg("ui.cli.findingCounts", { errors: c.error, warnings: c.warning, infos: c.info }), lang)}\n`);
}

/** What the person says of the plan (--number, --date, --issuer, --title); a date may be written 07/10/2024 or 2024-10-07. */
export function identityOptions(values: { number?: string; date?: string; issuer?: string; title?: string }): Partial<PlanIdentity> {
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
