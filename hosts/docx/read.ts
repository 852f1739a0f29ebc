import JSZip from "jszip";
import {
  DOCX_LIMITS,
  ROOT_RELS,
  checkedEntry,
  crc32,
  expandedPastDeclared,
  mainDocumentName,
  openDocxPackage,
  readDocxParts,
  relationships,
  relsNameOf,
  type DocxLimits,
  type DocxPackage,
  type DocxRead,
} from "../../core/docx";
import { msg, type Message } from "../../core/i18n";
import { decodeXml } from "./decode";

class Refused extends Error {
  constructor(readonly userMessage: Message) {
    super(userMessage.en);
  }
}

/** JSZip's streaming reader (in its JavaScript API, absent from its typings). */
interface StreamHelper {
  on(event: "data", f: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "end", f: () => void): StreamHelper;
  on(event: "error", f: (e: Error) => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

/**
 * Expands one entry chunk by chunk and stops as soon as more bytes come out than `cap` (its
 * declared size, itself within the limits): a file whose directory lies about a part's size
 * cannot make us hold more than that.
 */
function inflateCapped(entry: JSZip.JSZipObject, cap: number): Promise<Uint8Array | "over"> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    const stream = (entry as unknown as { internalStream(type: "uint8array"): StreamHelper }).internalStream("uint8array");
    stream
      .on("data", (chunk) => {
        if (done) return;
        total += chunk.length;
        if (total > cap) {
          done = true;
          stream.pause();
          resolve("over");
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (e) => {
        if (done) return;
        done = true;
        reject(e);
      })
      .on("end", () => {
        if (done) return;
        done = true;
        const out = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) {
          out.set(c, at);
          at += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

/**
 * Reads a Word document (.docx) from its bytes, in Node or in a browser: the package is checked
 * before anything is expanded (size, kind — a .doc, PDF, .odt or password-protected file gets a
 * message saying how to get a .docx — entry count, declared sizes), only the parts the reader
 * needs are expanded, each capped at its declared size, and WordprocessingML is read by the
 * core. Never throws: every failure is a message.
 */
export async function readDocxBytes(bytes: Uint8Array, file: string, limits: DocxLimits = DOCX_LIMITS): Promise<DocxRead> {
  const opened = openDocxPackage(bytes, file, limits);
  if (!opened.pkg) return { document: null, notes: [], error: opened.error };
  const pkg = opened.pkg;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes); // no checkCRC32: it would expand every entry at once
  } catch (e) {
    return { document: null, notes: [], error: msg("docx.corrupt", { file, detail: e instanceof Error ? e.message : String(e) }) };
  }
  let budget = limits.maxTotalBytes;
  const text = async (name: string): Promise<string | null> => {
    const { entry, error } = checkedEntry(pkg, name, file, budget, limits);
    if (error) throw new Refused(error);
    const object = entry ? zip.file(name) : null;
    if (!entry || !object) return null;
    let out: Uint8Array | "over";
    try {
      out = await inflateCapped(object, entry.size);
    } catch (e) {
      throw new Refused(msg("docx.corrupt", { file, detail: `${name}: ${e instanceof Error ? e.message : String(e)}` }));
    }
    if (out === "over") {
      throw new Refused(expandedPastDeclared(file, name, entry.size));
    }
    if (out.length !== entry.size || crc32(out) !== entry.crc32) {
      throw new Refused(msg("docx.corrupt", { file, detail: `${name}: CRC` }));
    }
    budget -= out.length;
    return decodeXml(out);
  };
  try {
    return await readParts(pkg, file, text);
  } catch (e) {
    if (e instanceof Refused) return { document: null, notes: [], error: e.userMessage };
    return { document: null, notes: [], error: msg("docx.corrupt", { file, detail: e instanceof Error ? e.message : String(e) }) };
  }
}

/** The package relationships name the main part, its relationships the numbering and styles. */
async function readParts(pkg: DocxPackage, file: string, text: (name: string) => Promise<string | null>): Promise<DocxRead> {
  const main = mainDocumentName(await text(ROOT_RELS), pkg);
  const rels = relationships(await text(relsNameOf(main)), main);
  const numberingName = rels.get("numbering") ?? null;
  const stylesName = rels.get("styles") ?? null;
  const document = await text(main);
  if (document === null) return { document: null, notes: [], error: msg("docx.noBody", { file, part: main }) };
  return readDocxParts(
    {
      document,
      numbering: numberingName ? await text(numberingName) : null,
      styles: stylesName ? await text(stylesName) : null,
    },
    file,
    { document: main, numbering: numberingName ?? "word/numbering.xml", styles: stylesName ?? "word/styles.xml" },
  );
}
