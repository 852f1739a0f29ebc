import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { msg, text, type Lang } from "../../core/i18n";
import { trackingWorkbookPatch } from "../../core/layout";
import type { Finding } from "../../core/model";
import type { DocumentSheet, PlanIdentity } from "../../core/recognize";
import { placeInDocument, planFromDocument } from "../../core/workbook";
import { readDocxBytes } from "../../hosts/docx";
import type { CliIO } from "../io";
import type { Progress } from "../progress";
import { writePatched } from "../tracking-file";
import { assertNotInput, fileError, HostError } from "../xlsx";
import { findingLine } from "../format";
import { importJson, printFindings, tablesSummary } from "./import-report";

/**
 * Files read as documents rather than workbooks: Word's own, and the formats a person may have
 * instead (each gets a message saying how to get a .docx).
 */
export const DOCUMENT_EXTENSIONS = new Set([".docx", ".docm", ".dotx", ".dotm", ".doc", ".dot", ".pdf", ".odt", ".fodt", ".rtf"]);

export interface DocxImportOptions {
  input: string;
  output?: string;
  json: boolean;
  /** What the person says of the plan (--number, --date, --issuer, --title): wins over the document's head. */
  identity: Partial<PlanIdentity>;
  asOf?: number;
  lang: Lang;
}

/** "Bảng 3, dòng 5:": where a finding sits in the Word document (its grid row means nothing there). */
function placeOf(doc: DocumentSheet, f: Finding, lang: Lang): string | null {
  const where = placeInDocument(doc, f.row);
  return where === null ? null : text(where, lang);
}

function findingLineAt(doc: DocumentSheet, f: Finding, lang: Lang): string {
  return findingLine(f, null, lang, placeOf(doc, f, lang) ?? undefined);
}

/** "Kế hoạch số 328/KH-UBND ngày 07/10/2024 của …": the plan as its head names it ("?" for what it does not say). */
function identityLine(id: PlanIdentity) {
  const unknown = "?";
  const date = id.issuedOn ? id.issuedOn.split("-").reverse().join("/") : unknown;
  return msg("docx.identity", { type: id.type ?? unknown, number: id.number ?? unknown, date, issuer: id.issuer ?? unknown, title: id.title ?? unknown });
}

/**
 * `chitieu import PLAN.docx`: the plan read from the Word document, the same recognition as a
 * pasted sheet; `-o` writes a complete tracking workbook of it (as `chitieu template` does for
 * a bundled plan).
 */
export async function importDocument(o: DocxImportOptions, io: CliIO, progress: Progress): Promise<number> {
  const file = path.resolve(io.cwd, o.input);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw code === "ENOENT" ? fileError("missing", o.input) : fileError("notReadable", o.input, (e as Error).message);
  }
  const read = await readDocxBytes(bytes, o.input);
  if (!read.document) throw new HostError(read.error);
  const result = planFromDocument(read.document, { file: o.input, identity: o.identity });
  if (result.tables.length === 0) {
    // Say what was seen (header-like rows, the roles found and missing), then why nothing was made.
    for (const f of result.findings) io.stdout(`${findingLineAt(result.document, f, o.lang)}\n`);
    throw new HostError(result.error ?? msg("docx.noAppendix", { file: o.input, tables: result.document.tableCount }));
  }
  const doc = result.document;

  if (o.output) {
    // A tracking workbook names its plan: without the identity, ask for what is missing.
    if (!result.plan) throw new HostError(result.error ?? msg("docx.noAppendix", { file: o.input, tables: doc.tableCount }));
    const output = path.resolve(io.cwd, o.output);
    assertNotInput(output, [file]);
    progress.step(msg("ui.cli.writing", { file: o.output }));
    const patch = trackingWorkbookPatch(result.plan, { lang: o.lang, asOf: o.asOf, fitRows: true });
    await writePatched({ workbook: new ExcelJS.Workbook() }, patch, output);
  }

  if (o.json) {
    const place = (f: Finding) => {
      const p = doc.places[f.row];
      return { place: p ? (p.kind === "table" ? { table: p.table, row: p.row } : p.kind === "head" ? { head: p.row } : { paragraph: p.index + 1 }) : null };
    };
    io.stdout(
      importJson(
        result.tables,
        result.findings,
        o.lang,
        {
          identity: result.identity,
          missing: result.missing,
          headLines: doc.headLines,
          notes: read.notes.map((n) => ({ code: n.code, count: n.count, message: text(n.message, o.lang) })),
        },
        place,
      ),
    );
    return 0;
  }
  io.stdout(`${text(msg("docx.imported", { file: o.input, what: tablesSummary(result.tables, o.lang) }), o.lang)}\n`);
  io.stdout(`${text(identityLine(result.identity), o.lang)}\n`);
  if (result.missing.length > 0 && result.error) io.stdout(`${text(result.error, o.lang)}\n`);
  for (const n of read.notes) io.stdout(`${text(n.message, o.lang)}\n`);
  printFindings(io, result.findings, o.lang, (f) => placeOf(doc, f, o.lang));
  if (o.output) io.stdout(`${text(msg("ui.file.written", { file: o.output }), o.lang)}\n`);
  return 0;
}
