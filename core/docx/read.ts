import type { DocumentModel } from "../grid";
import { msg, type Message } from "../i18n";
import { BodyReader } from "./body";
import { NoteSink, type DocxNoteCode } from "./notes";
import { Numbering } from "./numbering";
import { Styles } from "./styles";
import { child, parseXml, type XmlElement } from "./xml";

/** The XML parts of a .docx the reader uses, as text (a host unzips and decodes them). */
export interface DocxParts {
  /** word/document.xml (or the main part the package names). */
  document: string;
  /** word/numbering.xml, for list numbers ("1.", "a)") that are not in the text. */
  numbering?: string | null;
  /** word/styles.xml, for numbering, hidden text and alignment set by styles. */
  styles?: string | null;
}

export interface DocxNote {
  code: DocxNoteCode;
  count: number;
  message: Message;
}

export type DocxRead = { document: DocumentModel; notes: DocxNote[]; error: null } | { document: null; notes: DocxNote[]; error: Message };

/** Part names for messages. */
export interface DocxPartNames {
  document: string;
  numbering: string;
  styles: string;
}

const DEFAULT_NAMES: DocxPartNames = { document: "word/document.xml", numbering: "word/numbering.xml", styles: "word/styles.xml" };

function parsed(text: string | null | undefined, part: string, file: string): { root: XmlElement | null; error: Message | null } {
  if (text === null || text === undefined) return { root: null, error: null };
  const r = parseXml(text);
  if (r.error) return { root: null, error: msg("docx.xmlInvalid", { file, part, line: r.error.line, column: r.error.column, detail: r.error.detail }) };
  return { root: r.root, error: null };
}

/**
 * Reads the document's body into blocks in reading order (see DocumentModel), with notes on what
 * was changed or could not be kept. Never throws: a malformed part gives a message naming it.
 */
export function readDocxParts(parts: DocxParts, file: string, names: DocxPartNames = DEFAULT_NAMES): DocxRead {
  try {
    const doc = parsed(typeof parts.document === "string" ? parts.document : "", names.document, file);
    if (doc.error) return { document: null, notes: [], error: doc.error };
    const styles = parsed(parts.styles, names.styles, file);
    if (styles.error) return { document: null, notes: [], error: styles.error };
    const numbering = parsed(parts.numbering, names.numbering, file);
    if (numbering.error) return { document: null, notes: [], error: numbering.error };
    const body = doc.root && doc.root.ns === "w" && doc.root.name === "document" ? child(doc.root, "body") : null;
    if (!body) return { document: null, notes: [], error: msg("docx.noBody", { file, part: names.document }) };
    const sink = new NoteSink();
    const st = new Styles(styles.root);
    const reader = new BodyReader(st, new Numbering(numbering.root, st), sink);
    const blocks = reader.blocks(body);
    const notes = sink.list().map(({ code, count }) => ({ code, count, message: msg(`docx.note.${code}`, { count }) }));
    return { document: { blocks }, notes, error: null };
  } catch (e) {
    // Only a defect of ours can land here (the parsers do not throw); say so rather than crash.
    return { document: null, notes: [], error: msg("docx.corrupt", { file, detail: e instanceof Error ? e.message : String(e) }) };
  }
}
