import type { DocumentModel } from "../grid";
import { msg, msgLang, type Message } from "../i18n";
import type { AgencyRegistry, Finding, Plan } from "../model";
import { codeKey } from "../layout";
import {
  missingIdentity,
  planFromRecognized,
  planIdOf,
  recognizeDocument,
  withIdentity,
  type DocumentSheet,
  type IdentityField,
  type PlanIdentity,
  type RecognizedTable,
} from "../recognize";

export interface DocumentPlanResult {
  plan: Plan | null;
  /** The tables as recognised (ids and group codes made unique across tables, see below). */
  tables: RecognizedTable[];
  /** Findings of the recognition, plus a note for each table whose codes were prefixed. */
  findings: Finding[];
  /** The document as the recognizer read it: its grid, where each row comes from, its head lines. */
  document: DocumentSheet;
  /** The plan's identity: what the document's head (and appendix titles) say, with what the person gave. */
  identity: PlanIdentity;
  /** Identity fields neither the document nor the person gave: ask for them (never guessed, never the file name). */
  missing: IdentityField[];
  error: Message | null;
}

export interface DocumentPlanOptions {
  /** Name of the file, for messages and findings. */
  file: string;
  /** What the person says of the plan (number, date, issuer, title): wins over the document's head. */
  identity?: Partial<PlanIdentity>;
  registry?: AgencyRegistry;
}

/**
 * The title of a table for messages: a "PHỤ LỤC …" line among the paragraphs just above its header,
 * else the first line of that block (the table's title, not "Đơn vị: triệu đồng" under it).
 */
function titleAbove(doc: DocumentSheet, headerRow: number): string {
  const block: string[] = [];
  for (let r = headerRow - 1; r >= Math.max(0, headerRow - 10); r--) {
    const place = doc.places[r];
    if (!place || place.kind !== "paragraph") break;
    const text = String(doc.grid[r]?.[0] ?? "").trim();
    if (text === "") {
      if (block.length > 0) break;
      continue;
    }
    block.unshift(text);
  }
  return block.find((t) => /^ph[uụ] l[uụ]c\b/i.test(t)) ?? block[0] ?? "";
}

/**
 * Two tables of one kind (Phụ lục II and III both list tasks) share one tracking sheet, where
 * group rows are matched by code and rows by id: when a later table reuses a group code or an
 * id of an earlier one, its group codes and ids get the prefix "B<n>." (n: the table's place in
 * the document). The code column keeps each row's code as printed.
 */
function disambiguate(tables: RecognizedTable[], doc: DocumentSheet, file: string): { tables: RecognizedTable[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const seen = { indicators: { groups: new Set<string>(), ids: new Set<string>(), n: 0 }, tasks: { groups: new Set<string>(), ids: new Set<string>(), n: 0 } };
  const out = tables.map((t) => {
    const s = seen[t.kind];
    s.n++;
    const groups = t.kind === "indicators" ? t.areas.map((a) => codeKey(a.code)) : t.sections.map((x) => codeKey(x.code));
    const ids = t.kind === "indicators" ? t.indicators.map((i) => i.id) : t.tasks.map((x) => x.id);
    const clash = groups.some((g) => s.groups.has(g)) || ids.some((id) => s.ids.has(id));
    if (!clash) {
      groups.forEach((g) => s.groups.add(g));
      ids.forEach((id) => s.ids.add(id));
      return t;
    }
    const place = doc.places[t.headerRows[0]];
    const prefix = `B${place && place.kind === "table" ? place.table : s.n}.`;
    const p = (code: string) => `${prefix}${code}`;
    const pn = (code: string | null) => (code === null ? null : p(code));
    const renamed: RecognizedTable = {
      ...t,
      areas: t.areas.map((a) => ({ ...a, code: p(a.code) })),
      sections: t.sections.map((x) => ({ ...x, code: p(x.code), parent: pn(x.parent) })),
      indicators: t.indicators.map((i) => ({ ...i, id: p(i.id), parent: pn(i.parent), area: p(i.area) })),
      tasks: t.tasks.map((x) => ({ ...x, id: p(x.id), section: p(x.section), subArea: pn(x.subArea) })),
      rows: t.rows.map((r) => (r.id === null ? r : { ...r, id: p(r.id) })),
    };
    (t.kind === "indicators" ? renamed.areas.map((a) => codeKey(a.code)) : renamed.sections.map((x) => codeKey(x.code))).forEach((g) => s.groups.add(g));
    (t.kind === "indicators" ? renamed.indicators.map((i) => i.id) : renamed.tasks.map((x) => x.id)).forEach((id) => s.ids.add(id));
    const kind = msg(`docx.kind.${t.kind}`);
    const params = { index: place && place.kind === "table" ? place.table : s.n, title: titleAbove(doc, t.headerRows[0]), prefix };
    findings.push({
      sheet: file,
      row: t.headerRows[0],
      column: "code",
      severity: "info",
      code: "docx.tablePrefixed",
      message: msgLang("docx.tablePrefixed", { ...params, kind: kind.vi }, { ...params, kind: kind.en }),
      suggestion: null,
    });
    return renamed;
  });
  return { tables: out, findings };
}

/**
 * The plan of a Word document: its appendix tables recognised exactly as the same document
 * pasted into a sheet (see recognizeDocument), then one plan from all of them, ready for
 * `trackingWorkbookPatch` (the job that also creates a workbook from a template).
 */
export function planFromDocument(doc: DocumentModel, options: DocumentPlanOptions): DocumentPlanResult {
  const recognized = recognizeDocument(doc, { sheet: options.file, registry: options.registry });
  const sheet = recognized.document;
  const findings = [...recognized.findings, ...recognized.tables.flatMap((t) => t.findings)];
  const identity = withIdentity(recognized.identity, options.identity ?? {});
  const missing = missingIdentity(identity);
  const fail = (error: Message) => ({ plan: null, tables: recognized.tables, findings, document: sheet, identity, missing, error });
  if (recognized.tables.length === 0) return fail(msg("docx.noAppendix", { file: options.file, tables: sheet.tableCount }));
  const { tables, findings: notes } = disambiguate(recognized.tables, sheet, options.file);
  if (missing.length > 0) return { ...fail(identityMissing(missing, options.file)), tables, findings: [...findings, ...notes] };
  const plan = planFromRecognized(tables, {
    id: planIdOf(identity) ?? "ke-hoach",
    number: identity.number ?? "",
    issuedOn: identity.issuedOn ?? undefined,
    issuer: identity.issuer ?? undefined,
    province: identity.province ?? "",
    title: identity.title ?? "",
  });
  return { plan, tables, findings: [...findings, ...notes], document: sheet, identity, missing, error: null };
}

/** "Chưa biết số hiệu, ngày ban hành của kế hoạch: phần đầu văn bản không ghi": which fields to give. */
export function identityMissing(missing: readonly IdentityField[], file: string): Message {
  const names = (lang: "vi" | "en") => missing.map((f) => msg(`ui.identity.field.${f}`)[lang]).join(", ");
  return msgLang("docx.identityMissing", { fields: names("vi"), file }, { fields: names("en"), file });
}


/** Where a finding of the document path is, as a person finds it in Word: "Bảng 3, dòng 5:". */
export function placeInDocument(doc: DocumentSheet, row: number): Message | null {
  const p = doc.places[row];
  if (!p) return null;
  if (p.kind === "head") return msg("docx.place.head", { row: p.row });
  return p.kind === "table" ? msg("docx.place.table", { table: p.table, row: p.row }) : msg("docx.place.paragraph", { index: p.index + 1 });
}

type Shown = { code: string; vi: string; en: string };

/** The warnings and errors of a document's recognition, each with its place in the document. */
export function documentReview(result: Pick<DocumentPlanResult, "findings" | "document">): { where: Shown | null; message: Shown; suggestion: Shown | null }[] {
  return result.findings
    .filter((f) => f.severity !== "info")
    .map((f) => ({ where: placeInDocument(result.document, f.row), message: f.message, suggestion: f.suggestion }));
}
