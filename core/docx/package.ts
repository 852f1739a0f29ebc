import { msg, type Message } from "../i18n";
import { parseXml, elements } from "./xml";
import { readZipDirectory, storedBytes, type ZipEntry } from "./zip";

/**
 * Limits for opening a .docx. A plan's document.xml is a few MB (the largest seen, with
 * hundreds of table rows, under 10 MB); the limits leave a wide margin and stop an archive
 * crafted to expand without end before anything is inflated.
 */
export interface DocxLimits {
  maxFileBytes: number;
  maxEntries: number;
  maxPartBytes: number;
  maxTotalBytes: number;
  maxRatio: number;
}

export const DOCX_LIMITS: Readonly<DocxLimits> = {
  /** The file itself. */
  maxFileBytes: 100 * 1024 * 1024,
  /** Entries in the archive (a document with many pictures has a few hundred). */
  maxEntries: 5000,
  /** One XML part, expanded. */
  maxPartBytes: 64 * 1024 * 1024,
  /** All the parts read, expanded. */
  maxTotalBytes: 128 * 1024 * 1024,
  /** Expanded/compressed of a part above 1 MB: XML compresses 10–30 times, a bomb thousands. */
  maxRatio: 1000,
};

/** Sizes as people read them: "12,5 MB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v.toFixed(1).replace(".", ",")} ${units[u]}`;
}

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b);
}

function contains(bytes: Uint8Array, needle: readonly number[], limit = bytes.length): boolean {
  const end = Math.min(limit, bytes.length) - needle.length;
  for (let i = bytes.indexOf(needle[0]); i >= 0 && i <= end; i = bytes.indexOf(needle[0], i + 1)) {
    let j = 1;
    while (j < needle.length && bytes[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const utf16 = (s: string) => Array.from(s).flatMap((c) => [c.charCodeAt(0), 0]);

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The first bytes as lower-case ASCII text, BOM and leading whitespace skipped. */
function head(bytes: Uint8Array, n = 4096): string {
  let start = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) start = 3;
  let s = "";
  for (let i = start; i < Math.min(bytes.length, start + n); i++) s += String.fromCharCode(bytes[i]);
  return s.replace(/^\s+/, "").toLowerCase();
}

/**
 * What a file that is not a ZIP package is, as a message saying how to get a .docx: a PDF, a
 * Word 97–2003 .doc, a password-protected document (an encrypted OLE container), RTF, a web
 * page, Word 2003 XML, or nothing we know.
 */
function notZipMessage(bytes: Uint8Array, file: string): Message {
  if (startsWith(bytes, CFB)) {
    if (contains(bytes, utf16("EncryptedPackage"))) return msg("docx.password", { file });
    if (contains(bytes, utf16("WordDocument"))) return msg("docx.legacyDoc", { file });
    if (contains(bytes, utf16("Workbook")) || contains(bytes, utf16("Book"))) return msg("docx.spreadsheet", { file });
    return msg("docx.legacyOffice", { file });
  }
  if (contains(bytes, ascii("%PDF-"), 1024)) return msg("docx.pdf", { file });
  const text = head(bytes);
  if (text.startsWith("{\\rtf")) return msg("docx.otherText", { file, format: "RTF (.rtf)" });
  if (text.startsWith("<?xml") && /w:worddocument|schemas\.microsoft\.com\/office\/word\/2003\/wordml/.test(text)) return msg("docx.otherText", { file, format: "Word 2003 XML" });
  if (text.startsWith("<?xml") && /office:document/.test(text)) return msg("docx.odt", { file });
  if (/^(<!doctype html|<html|mime-version:)/.test(text)) return msg("docx.otherText", { file, format: "HTML / MHT" });
  return msg("docx.notWord", { file });
}

/** A .docx opened as far as its directory: the entries by name, nothing inflated yet. */
export interface DocxPackage {
  entries: Map<string, ZipEntry>;
}

/**
 * Checks a file before anything is expanded: its size, its kind (with a message saying how to
 * get a .docx when it is a .doc, a PDF, an .odt...), its directory and its entry count.
 */
export function openDocxPackage(bytes: Uint8Array, file: string, limits: DocxLimits = DOCX_LIMITS): { pkg: DocxPackage; error: null } | { pkg: null; error: Message } {
  if (bytes.length > limits.maxFileBytes) {
    return { pkg: null, error: msg("docx.tooLarge", { file, size: formatBytes(bytes.length), limit: formatBytes(limits.maxFileBytes) }) };
  }
  const dir = readZipDirectory(bytes, limits.maxEntries);
  if (dir.error === "notZip") return { pkg: null, error: notZipMessage(bytes, file) };
  if (dir.error === "tooMany") return { pkg: null, error: msg("docx.tooManyParts", { file, count: dir.count, limit: limits.maxEntries }) };
  if (dir.entries === null) return { pkg: null, error: msg("docx.corrupt", { file, detail: "ZIP" }) };
  const entries = new Map(dir.entries.map((e) => [e.name, e]));
  const mimetype = entries.get("mimetype");
  if (mimetype) {
    const stored = storedBytes(bytes, mimetype);
    const kind = stored ? String.fromCharCode(...stored.subarray(0, 80)) : "";
    if (kind.includes("opendocument.text")) return { pkg: null, error: msg("docx.odt", { file }) };
    if (kind.includes("opendocument.spreadsheet")) return { pkg: null, error: msg("docx.spreadsheet", { file }) };
    return { pkg: null, error: msg("docx.notWord", { file }) };
  }
  if (entries.has("xl/workbook.xml")) return { pkg: null, error: msg("docx.spreadsheet", { file }) };
  if (!entries.has("[Content_Types].xml")) return { pkg: null, error: msg("docx.notWord", { file }) };
  return { pkg: { entries }, error: null };
}

/**
 * The entry of a part, checked before it is expanded: not encrypted, stored or deflated, its
 * declared size within the limit and not expanding at a bomb's ratio. `budget` is what is left
 * of the total; the caller subtracts what it inflated.
 */
export function checkedEntry(
  pkg: DocxPackage,
  name: string,
  file: string,
  budget: number,
  limits: DocxLimits = DOCX_LIMITS,
): { entry: ZipEntry | null; error: Message | null } {
  const entry = pkg.entries.get(name) ?? null;
  if (!entry) return { entry: null, error: null };
  if ((entry.flags & 1) !== 0) return { entry: null, error: msg("docx.encryptedEntry", { file, part: name }) };
  if (entry.method !== 0 && entry.method !== 8) return { entry: null, error: msg("docx.corrupt", { file, detail: `${name}: method ${entry.method}` }) };
  const limit = Math.min(limits.maxPartBytes, budget);
  const ratio = entry.compressedSize > 0 ? Math.round(entry.size / entry.compressedSize) : entry.size > 0 ? Infinity : 0;
  if (entry.size > limit || (entry.size > 1024 * 1024 && ratio > limits.maxRatio)) {
    return {
      entry: null,
      error: msg("docx.bomb", { file, part: name, size: formatBytes(entry.size), limit: formatBytes(limit), ratio: Number.isFinite(ratio) ? ratio : "∞" }),
    };
  }
  return { entry, error: null };
}

/** A part that expanded past the size its directory declared: what a crafted archive does. */
export function expandedPastDeclared(file: string, part: string, declared: number): Message {
  return msg("docx.bomb", { file, part, size: `> ${formatBytes(declared)}`, limit: formatBytes(declared), ratio: "?" });
}

export const ROOT_RELS = "_rels/.rels";
export const DEFAULT_DOCUMENT = "word/document.xml";

/** Where a part's relationships live: word/document.xml → word/_rels/document.xml.rels. */
export function relsNameOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of its source part ("/x" from the root). */
function resolveTarget(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const seg of target.replace(/^\/+/, "").split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== "." && seg !== "") base.push(seg);
  }
  return base.map((s) => decodeURIComponentSafe(s)).join("/");
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Internal targets of a relationships part, by the last word of their type (officeDocument, styles, numbering). */
export function relationships(relsXml: string | null, source: string): Map<string, string> {
  const out = new Map<string, string>();
  if (relsXml === null) return out;
  const { root } = parseXml(relsXml);
  if (!root) return out;
  for (const r of elements(root)) {
    if (r.name !== "Relationship" || (r.attrs.TargetMode ?? "").toLowerCase() === "external") continue;
    const type = (r.attrs.Type ?? "").split("/").pop() ?? "";
    const target = r.attrs.Target;
    if (type && target && !out.has(type)) out.set(type, resolveTarget(source, target));
  }
  return out;
}

/** The main document part named by the package relationships (word/document.xml unless they say otherwise). */
export function mainDocumentName(rootRels: string | null, pkg: DocxPackage): string {
  const named = relationships(rootRels, "").get("officeDocument");
  return named && pkg.entries.has(named) ? named : DEFAULT_DOCUMENT;
}
