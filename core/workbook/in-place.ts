import { createAgencyIndex, defaultAgencyIndex, defaultRegistry } from "../agency";
import type { Grid, MergedRange } from "../grid";
import { msg, type Lang, type Message } from "../i18n";
import {

  agencySheetPatch,
  buildMeta,
  logSheetPatch,
  metaPatch,
  rowIdsFromRecognized,
  summaryPlaceholderPatch,
  trackingColumnsPatch,
  userColumnsFromMappings,
  type IndicatorLayout,
  type TaskLayout,
  type WorkbookMeta,
} from "../layout";
import type { AgencyRegistry, Finding, Plan } from "../model";
import type { PatchOp } from "../patch";
import {
  IDENTITY_FIELDS,
  missingIdentity,
  planFromRecognized,
  planIdOf,
  recognizeSheet,
  withIdentity,
  type IdentityField,
  type PlanIdentity,
  type RecognizedTable,
} from "../recognize";

export interface InPlaceResult {
  plan: Plan | null;
  tables: RecognizedTable[];
  /** The plan's identity as read from the sheet's title lines, with what the user gave. */
  identity: PlanIdentity;
  /** Identity fields neither the sheet nor the user gave: ask for them (never guessed). */
  missing: IdentityField[];
  /** Every row that could not be read and why, plus parse and agency problems. */
  findings: Finding[];
  /** Tracking columns beside the user's tables, the metadata and the other tracking sheets. */
  patch: PatchOp[];
  error: Message | null;
}

/**
 * Recognises the appendix tables on a sheet as the user pasted them and turns that very sheet
 * into a tracking sheet: the tracking columns go right of each table (never a copy elsewhere) and
 * the column mapping is recorded in the document's metadata.
 */
/**
 * Rows whose agencies (or timeframe) came from a merged or blank "same as above" cell keep the
 * recognised text in the metadata: the sheet's own cell stays empty, as the user pasted it.
 */
function withInherited(meta: WorkbookMeta, tables: readonly RecognizedTable[], plan: Plan): WorkbookMeta {
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const tasks = new Map(plan.tasks.map((t) => [t.id, t]));
  for (const row of tables.flatMap((t) => t.rows)) {
    if (row.id === null || !row.inherited) continue;
    const ind = indicators.get(row.id);
    const extras = meta.rows.indicators[row.id];
    if (ind && extras) {
      extras.inherited = {
        ...(row.inherited.lead ? { lead: ind.lead.raw } : {}),
        ...(row.inherited.partners ? { partners: ind.partners.raw } : {}),
      };
      continue;
    }
    const task = tasks.get(row.id);
    const taskExtras = meta.rows.tasks[row.id];
    if (task && taskExtras) {
      taskExtras.inherited = {
        ...(row.inherited.lead ? { lead: task.lead.raw } : {}),
        ...(row.inherited.partners ? { partners: task.partners.raw } : {}),
        ...(row.inherited.timeframe ? { timeframe: task.timeframe.text } : {}),
      };
    }
  }
  return meta;
}

export function trackInPlace(
  sheet: string,
  grid: Grid,
  merges: readonly MergedRange[],
  options: {
    /** What the user says of the plan (number, date, issuer, title): wins over the title lines. */
    identity?: Partial<PlanIdentity>;
    lang?: Lang;
    asOf?: number;
    registry?: AgencyRegistry;
    /** Sheets in the document now: the tracking sheets are added after them. */
    sheetCount?: number;
  } = {},
): InPlaceResult {
  const lang = options.lang ?? "vi";
  const recognized = recognizeSheet(grid, merges, { sheet, registry: options.registry });
  const tables = recognized.tables;
  const findings = [...recognized.findings, ...tables.flatMap((t) => t.findings)];
  const identity = withIdentity(recognized.identity, options.identity ?? {});
  const missing = missingIdentity(identity);
  const fail = (error: Message) => ({ plan: null, tables, identity, missing, findings, patch: [], error });
  if (tables.length === 0) return fail(msg("ui.import.noTable", { sheet }));
  const indicatorTables = tables.filter((t) => t.kind === "indicators");
  const taskTables = tables.filter((t) => t.kind === "tasks");
  if (indicatorTables.length > 1 || taskTables.length > 1) return fail(msg("ui.import.severalTables", { sheet }));
  if (missing.length > 0) return fail(identityMissingMessage(missing));
  const plan = planFromRecognized(tables, {
    id: planIdOf(identity) ?? "ke-hoach",
    number: identity.number ?? "",
    issuedOn: identity.issuedOn ?? undefined,
    issuer: identity.issuer ?? undefined,
    province: identity.province ?? "",
    title: identity.title ?? "",
  });
  const patch: PatchOp[] = [];
  const empty = (kind: "indicators" | "tasks") => ({ kind, sheet, headerRow: 0, firstDataRow: 1, columns: [] });
  let indicators: IndicatorLayout = empty("indicators");
  let tasks: TaskLayout = empty("tasks");
  for (const table of tables) {
    const headerRow = Math.max(...table.headerRows);
    const { userColumns, lastCol } = userColumnsFromMappings(table.columns, table.kind, plan.milestoneYears);
    const placed = trackingColumnsPatch(
      sheet,
      headerRow,
      table.firstRow,
      table.lastRow,
      userColumns,
      table.kind,
      plan,
      rowIdsFromRecognized(table),
      { lang, lastCol },
    );
    patch.push(...placed.patch);
    if (table.kind === "indicators") indicators = placed.layout as IndicatorLayout;
    else tasks = placed.layout as TaskLayout;
  }
  const index =
    options.registry === undefined || options.registry === defaultRegistry ? defaultAgencyIndex() : createAgencyIndex(options.registry);
  const at = options.sheetCount ?? 1;
  patch.push(
    ...agencySheetPatch(plan, index, lang, at),
    ...summaryPlaceholderPatch(lang, at + 1),
    ...logSheetPatch(lang, at + 2),
    ...metaPatch(withInherited(buildMeta(plan, { indicators, tasks }, { lang, asOf: options.asOf }), tables, plan), lang),
  );
  return { plan, tables, identity, missing, findings, patch, error: null };
}

/** "Chưa biết số, ngày ban hành của kế hoạch": which fields to give, named in both languages. */
export function identityMissingMessage(missing: readonly IdentityField[]): Message {
  const names = (lang: "vi" | "en") => missing.map((f) => msg(`ui.identity.field.${f}`)[lang]).join(", ");
  return { code: "ui.identity.missing", vi: msg("ui.identity.missing", { fields: names("vi") }).vi, en: msg("ui.identity.missing", { fields: names("en") }).en };
}

export { IDENTITY_FIELDS };


