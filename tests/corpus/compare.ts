/**
 * Reads a corpus table the way a user's paste gives it and compares every row, field by field,
 * with the rows written by hand. Used by the corpus tests and by `npm run corpus`.
 */
import { defaultAgencyIndex, matchAgencies } from "../../core/agency";
import type { AgencyRef, Area, Indicator, Section, Task, Timeframe } from "../../core/model";
import { recognizeSheet, type RecognizedSheet, type RecognizedTable } from "../../core/recognize";
import { collapseSpaces, nfc, normalizeDashes } from "../../core/text";
import { pastedSheet } from "./grid";
import type { CorpusPlan, CorpusTable, ExpectedIndicatorRow, ExpectedTaskRow, TimeframeReading } from "./schema";

export interface FieldResult {
  /** Row index in the table (`at`), or -1 for a row we read that the document does not have. */
  at: number;
  field: string;
  expected: unknown;
  actual: unknown;
  ok: boolean;
}

export interface TableResult {
  plan: string;
  table: string;
  rows: number;
  rowsOk: number;
  fields: number;
  fieldsOk: number;
  results: FieldResult[];
}

const norm = (s: string | null | undefined) => collapseSpaces(normalizeDashes(nfc(s ?? "")));

/** The bodies an agency reference names, as written. */
function bodiesOf(ref: AgencyRef | null | undefined): string[] {
  if (!ref || ref.raw.trim() === "") return [];
  return matchAgencies(ref.raw, defaultAgencyIndex()).bodies.map((b) => norm(b.text));
}

const sameList = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** A timeframe of the model in the corpus's reading form. */
export function readingOf(t: Timeframe): TimeframeReading | { kind: string } {
  const { kind } = t as { kind: string };
  const copy: Record<string, unknown> = { ...t };
  delete copy.trigger;
  delete copy.event;
  // An ongoing task's reporting cadence is not part of the corpus reading (see timeframe-reading.ts).
  delete copy.report;
  delete copy.text;
  return { ...copy, kind } as TimeframeReading;
}

function sameReading(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sortKeys(x)]));
  return v;
}

interface ReadRow {
  kind: string;
  area?: Area;
  level?: number;
  indicator?: Indicator;
  section?: Section;
  task?: Task;
}

/** What we read on each grid row of the table. */
function rowsRead(table: RecognizedTable): Map<number, ReadRow> {
  const out = new Map<number, ReadRow>();
  const areas = new Map(table.areas.map((a) => [a.code, a]));
  const inds = new Map(table.indicators.map((i) => [i.id, i]));
  const sections = new Map(table.sections.map((s) => [s.parent ? `${s.parent}.${s.code}` : s.code, s]));
  const tasks = new Map(table.tasks.map((t) => [t.id, t]));
  const areaLevel = (a: Area | undefined): number => {
    let level = 1;
    let p = (a as { parent?: string | null } | undefined)?.parent ?? null;
    while (p) {
      level++;
      p = (areas.get(p) as { parent?: string | null } | undefined)?.parent ?? null;
    }
    return level;
  };
  for (const r of table.rows) {
    if (r.id === null) {
      if (r.kind === "unreadable") out.set(r.row, { kind: "unreadable" });
      continue;
    }
    switch (r.kind) {
      case "area": {
        const a = areas.get(r.id);
        out.set(r.row, { kind: "area", area: a, level: areaLevel(a) });
        break;
      }
      case "indicator":
      case "subrow":
        out.set(r.row, { kind: r.kind, indicator: inds.get(r.id) });
        break;
      case "section":
      case "subarea": {
        const s = sections.get(r.id);
        out.set(r.row, { kind: "section", section: s, level: r.kind === "subarea" ? 2 : 1 });
        break;
      }
      case "task":
        out.set(r.row, { kind: "task", task: tasks.get(r.id) });
        break;
      default:
        break;
    }
  }
  return out;
}

function compareIndicatorRow(e: ExpectedIndicatorRow, got: ReadRow | undefined, add: (field: string, expected: unknown, actual: unknown, ok: boolean) => void): void {
  add("kind", e.kind, got?.kind ?? null, got?.kind === e.kind);
  if (e.kind === "area") {
    const a = got?.area;
    const printed = a ? (a.printedCode ?? a.code) : null;
    add("code", e.code, printed, printed !== null && norm(printed) === norm(e.code));
    add("name", e.name, a?.name ?? null, norm(a?.name) === norm(e.name));
    add("level", e.level, got?.level ?? null, got?.level === e.level);
    if (e.lead) add("lead", e.lead, bodiesOf(a?.lead), sameList(bodiesOf(a?.lead), e.lead.map(norm)));
    if (e.partners) add("partners", e.partners, bodiesOf(a?.partners), sameList(bodiesOf(a?.partners), e.partners.map(norm)));
    return;
  }
  const i = got?.indicator;
  add("code", e.code, i?.code ?? null, norm(i?.code) === norm(e.code));
  add("name", e.name, i?.name ?? null, norm(i?.name) === norm(e.name));
  add("unit", e.unit, i?.unit ?? null, norm(i?.unit) === norm(e.unit));
  const years = new Set([...Object.keys(e.targets), ...Object.keys(i?.targets ?? {})]);
  for (const y of [...years].sort()) {
    const want = e.targets[y];
    const have = i?.targets[y]?.raw;
    add(`target:${y}`, want ?? null, have ?? null, want !== undefined && have !== undefined && norm(want) === norm(have));
  }
  const refs = (i as { references?: { kind: string; year: number | null; raw: string }[] } | undefined)?.references ?? [];
  for (const r of e.references ?? []) {
    const have = refs.find((x) => x.kind === r.kind && x.year === r.year);
    add(`${r.kind}:${r.year ?? "?"}`, r.raw, have?.raw ?? null, have !== undefined && norm(have.raw) === norm(r.raw));
  }
  if (e.targetFromText) add("targetFromText", true, i?.targetFromText ?? false, i?.targetFromText === true);
  add("lead", e.lead, bodiesOf(i?.lead), sameList(bodiesOf(i?.lead), e.lead.map(norm)));
  add("partners", e.partners, bodiesOf(i?.partners), sameList(bodiesOf(i?.partners), e.partners.map(norm)));
}

function compareTaskRow(e: ExpectedTaskRow, got: ReadRow | undefined, add: (field: string, expected: unknown, actual: unknown, ok: boolean) => void): void {
  add("kind", e.kind, got?.kind ?? null, got?.kind === e.kind);
  if (e.kind === "section") {
    const s = got?.section;
    const printed = s ? (s.printedCode ?? s.code) : null;
    add("code", e.code, printed, printed !== null && (norm(printed) === norm(e.code) || norm(printed) === norm(e.code).replace(/[.):]$/, "")));
    add("name", e.name, s?.name ?? null, norm(s?.name) === norm(e.name));
    add("level", e.level, got?.level ?? null, got?.level === e.level);
    return;
  }
  const t = got?.task;
  add("code", e.code, t?.code ?? null, norm(t?.code) === norm(e.code));
  add("text", e.text, t?.text ?? null, norm(t?.text) === norm(e.text));
  add("lead", e.lead, bodiesOf(t?.lead), sameList(bodiesOf(t?.lead), e.lead.map(norm)));
  add("partners", e.partners, bodiesOf(t?.partners), sameList(bodiesOf(t?.partners), e.partners.map(norm)));
  add("timeframe", e.timeframe, t?.timeframe.text ?? null, norm(t?.timeframe.text) === norm(e.timeframe));
  if (e.timeframeReading) {
    const r = t ? readingOf(t.timeframe.timeframe) : null;
    add("timeframeReading", e.timeframeReading, r, r !== null && sameReading(r, e.timeframeReading));
  }
  if (e.output !== null) add("output", e.output, t?.expectedOutput ?? null, norm(t?.expectedOutput) === norm(e.output));
  if (e.approvalLevel !== null) add("approvalLevel", e.approvalLevel, t?.approvalLevel ?? null, norm(t?.approvalLevel) === norm(e.approvalLevel));
}

/** The recognised table that starts at the corpus table's header (the first one found otherwise). */
export function tableAt(sheet: RecognizedSheet, firstRow: number): RecognizedTable | null {
  return sheet.tables.find((t) => t.headerRows[0] === firstRow) ?? sheet.tables[0] ?? null;
}

/** Compares a recognised table with a corpus table's expected rows (`offset`: grid row of the table's first row). */
export function compareTable(plan: string, t: CorpusTable, table: RecognizedTable | null, offset: number): TableResult {
  const results: FieldResult[] = [];
  const read = table ? rowsRead(table) : new Map<number, ReadRow>();
  let rowsOk = 0;
  const expectedAt = new Set<number>();
  for (const e of t.expected.rows) {
    expectedAt.add(e.at);
    const got = read.get(e.at + offset);
    const before = results.length;
    const add = (field: string, expected: unknown, actual: unknown, ok: boolean) => results.push({ at: e.at, field, expected, actual, ok });
    if (t.expected.kind === "indicators") compareIndicatorRow(e as ExpectedIndicatorRow, got, add);
    else compareTaskRow(e as ExpectedTaskRow, got, add);
    if (results.slice(before).every((r) => r.ok)) rowsOk++;
  }
  // Rows we read as data that the document does not have count against us.
  let extra = 0;
  for (const [row, got] of read) {
    const at = row - offset;
    if (expectedAt.has(at)) continue;
    extra++;
    results.push({ at, field: "row", expected: null, actual: got.kind, ok: false });
  }
  const fields = results.length;
  return {
    plan,
    table: t.name,
    rows: t.expected.rows.length + extra,
    rowsOk,
    fields,
    fieldsOk: results.filter((r) => r.ok).length,
    results,
  };
}

/** One corpus table read from its pasted grid and compared with its expected rows. */
export function readCorpusTable(plan: string, t: CorpusTable): TableResult {
  const { grid, merges, firstTableRow } = pastedSheet(t);
  const sheet = recognizeSheet(grid, merges, { sheet: t.name });
  return compareTable(plan, t, tableAt(sheet, firstTableRow), firstTableRow);
}

/** Every table of a corpus plan, read from its pasted grid. */
export function readPlanTables(plan: CorpusPlan): TableResult[] {
  return plan.tables.map((t) => readCorpusTable(plan.id, t));
}

/** What was read, field by field, without the expectations: for comparing two readings. */
export function readingOfTable(r: TableResult): string[] {
  return r.results.map((f) => `${f.at}|${f.field}|${JSON.stringify(f.actual)}`);
}
