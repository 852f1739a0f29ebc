import {
  DOCX_LIMITS,
  ROOT_RELS,
  checkedEntry,
  crc32,
  mainDocumentName,
  expandedPastDeclared,
  openDocxPackage,
  readDocxParts,
  relationships,
  relsNameOf,
  zipSubset,
  type DocxLimits,
  type DocxRead,
  type ZipEntry,
} from "../../core/docx";
import { msg, type Message } from "../../core/i18n";
import type { UtilitiesApi } from "../host/surface";

class Refused extends Error {
  constructor(readonly userMessage: Message) {
    super(userMessage.en);
  }
}

/** Apps Script bytes are Java's (-128…127). */
export const unsigned = (bytes: readonly number[]): Uint8Array => Uint8Array.from(bytes, (b) => b & 0xff);
const signed = (bytes: Uint8Array): number[] => Array.from(bytes, (b) => (b > 127 ? b - 256 : b));

/**
 * Reads a .docx in Apps Script: the core checks the package before anything is expanded; then,
 * because Utilities.unzip expands a whole archive at once, it is handed a new archive holding
 * only the parts needed (their declared sizes checked), and what comes out is checked against
 * those sizes and CRCs before the core reads the XML. Never throws: failures are messages.
 */
export function readDocxInAppsScript(bytes: Uint8Array, file: string, utilities: UtilitiesApi, limits: DocxLimits = DOCX_LIMITS): DocxRead {
  const opened = openDocxPackage(bytes, file, limits);
  if (!opened.pkg) return { document: null, notes: [], error: opened.error };
  const pkg = opened.pkg;
  let budget = limits.maxTotalBytes;

  /** The text of each named part that exists (null for one that does not). */
  const texts = (names: string[]): (string | null)[] => {
    const wanted: ZipEntry[] = [];
    for (const name of names) {
      const { entry, error } = checkedEntry(pkg, name, file, budget, limits);
      if (error) throw new Refused(error);
      if (entry && !wanted.includes(entry)) {
        wanted.push(entry);
        budget -= entry.size;
      }
    }
    if (wanted.length === 0) return names.map(() => null);
    const subset = zipSubset(bytes, wanted);
    if (!subset) throw new Refused(msg("docx.corrupt", { file, detail: "ZIP" }));
    let blobs;
    try {
      blobs = utilities.unzip(utilities.newBlob(signed(subset), "application/zip", "parts.zip"));
    } catch (e) {
      throw new Refused(msg("docx.corrupt", { file, detail: e instanceof Error ? e.message : String(e) }));
    }
    const byName = new Map(blobs.map((b) => [b.getName() ?? "", b]));
    return names.map((name) => {
      const entry = wanted.find((e) => e.name === name);
      if (!entry) return null;
      const blob = byName.get(name);
      if (!blob) throw new Refused(msg("docx.corrupt", { file, detail: name }));
      const out = unsigned(blob.getBytes());
      if (out.length > entry.size) throw new Refused(expandedPastDeclared(file, name, entry.size));
      if (out.length !== entry.size || crc32(out) !== entry.crc32) throw new Refused(msg("docx.corrupt", { file, detail: `${name}: CRC` }));
      return decode(out, utilities);
    });
  };

  try {
    const [rootRels] = texts([ROOT_RELS]);
    const main = mainDocumentName(rootRels, pkg);
    const [docRels] = texts([relsNameOf(main)]);
    const rels = relationships(docRels, main);
    const numberingName = rels.get("numbering") ?? null;
    const stylesName = rels.get("styles") ?? null;
    const [document, numbering, styles] = texts([main, numberingName ?? "", stylesName ?? ""]);
    if (document === null) return { document: null, notes: [], error: msg("docx.noBody", { file, part: main }) };
    return readDocxParts({ document, numbering, styles }, file, {
      document: main,
      numbering: numberingName ?? "word/numbering.xml",
      styles: stylesName ?? "word/styles.xml",
    });
  } catch (e) {
    if (e instanceof Refused) return { document: null, notes: [], error: e.userMessage };
    return { document: null, notes: [], error: msg("docx.corrupt", { file, detail: e instanceof Error ? e.message : String(e) }) };
  }
}

/** UTF-8, or UTF-16 after its byte-order mark. */
function decode(bytes: Uint8Array, utilities: UtilitiesApi): string {
  const blob = (b: Uint8Array) => utilities.newBlob(signed(b), "application/xml", "part.xml");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return blob(bytes.subarray(2)).getDataAsString("UTF-16LE");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return blob(bytes.subarray(2)).getDataAsString("UTF-16BE");
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return blob(bytes.subarray(start)).getDataAsString("UTF-8");
}
