import { SaxesParser, type SaxesTagNS } from "saxes";

/** The namespaces we read by meaning; both the transitional and the strict OOXML URIs. */
const NAMESPACES: Record<string, XmlNs> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/officeDocument/2006/math": "m",
  "http://purl.oclc.org/ooxml/officeDocument/math": "m",
  "http://schemas.openxmlformats.org/package/2006/relationships": "rel",
};

export type XmlNs = "w" | "mc" | "m" | "rel" | "other";

/**
 * An element of a part, reduced to what the reader needs: its namespace by meaning, its local
 * name, its attributes (keyed by local name for unprefixed and WordprocessingML attributes,
 * "prefix:local" otherwise) and its children. Character data is kept only where it is document
 * text (w:t, m:t); everywhere else in these parts it is layout whitespace.
 */
export interface XmlElement {
  ns: XmlNs;
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export interface XmlError {
  line: number;
  column: number;
  detail: string;
}

/**
 * Deep enough for any real document (Word nests tables at most 63 levels, a handful of elements
 * each), shallow enough that the recursive readers cannot exhaust the stack on a crafted file.
 */
export const MAX_DEPTH = 512;

class Stop extends Error {}

function attrKey(a: { uri: string; prefix: string; local: string }): string {
  if (a.uri === "" || NAMESPACES[a.uri] === "w") return a.local;
  return `${a.prefix}:${a.local}`;
}

/** Parses one XML part; never throws (a malformed or hostile part gives an error with its place). */
export function parseXml(text: string): { root: XmlElement; error: null } | { root: null; error: XmlError } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: XmlError | null = null;
  const fail = (detail: string): never => {
    failure ??= { line: parser.line, column: parser.column, detail };
    throw new Stop();
  };
  parser.on("error", (e) => fail(e.message.replace(/^[^:]*:\d+:\d+: /, "")));
  // A DOCTYPE has no place in an OOXML part (ECMA-376 Part 2 forbids it): refusing it keeps entity tricks out.
  parser.on("doctype", () => fail("DOCTYPE"));
  parser.on("opentag", (tag: SaxesTagNS) => {
    if (stack.length >= MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH}`);
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) {
      if (a.prefix === "xmlns" || a.name === "xmlns") continue;
      attrs[attrKey(a)] = a.value;
    }
    const el: XmlElement = { ns: NAMESPACES[tag.uri] ?? "other", name: tag.local, attrs, children: [] };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(el);
    else if (root === null) root = el;
    stack.push(el);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const keepText = (t: string) => {
    const el = stack[stack.length - 1];
    if (!el || el.name !== "t" || (el.ns !== "w" && el.ns !== "m")) return;
    const last = el.children.length - 1;
    if (last >= 0 && typeof el.children[last] === "string") el.children[last] = (el.children[last] as string) + t;
    else el.children.push(t);
  };
  parser.on("text", keepText);
  parser.on("cdata", keepText);
  try {
    parser.write(text).close();
  } catch (e) {
    if (!(e instanceof Stop)) failure ??= { line: parser.line, column: parser.column, detail: e instanceof Error ? e.message : String(e) };
  }
  if (failure) return { root: null, error: failure };
  if (root === null) return { root: null, error: { line: 1, column: 0, detail: "no root element" } };
  return { root, error: null };
}

/** Children that are elements. */
export function elements(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) if (typeof c !== "string") out.push(c);
  return out;
}

/** The first WordprocessingML child with this local name. */
export function child(el: XmlElement | null | undefined, name: string): XmlElement | null {
  if (!el) return null;
  for (const c of el.children) if (typeof c !== "string" && c.ns === "w" && c.name === name) return c;
  return null;
}

/** The chain child(child(el, a), b)... */
export function path(el: XmlElement | null | undefined, ...names: string[]): XmlElement | null {
  let cur: XmlElement | null = el ?? null;
  for (const n of names) cur = child(cur, n);
  return cur;
}

/** The w:val of a child element, or null when the child is absent. */
export function valOf(el: XmlElement | null | undefined, name: string): string | null {
  const c = child(el, name);
  return c ? (c.attrs.val ?? "") : null;
}

/**
 * An OOXML on/off property (w:vanish, w:tblHeader...): present without a value means on;
 * "false", "0" and "off" mean off. Null when absent, so callers can fall back to a style.
 */
export function onOff(el: XmlElement | null | undefined, name: string): boolean | null {
  const v = valOf(el, name);
  if (v === null) return null;
  return !["false", "0", "off"].includes(v.trim().toLowerCase());
}

/** All document text under an element (w:t and m:t), in order. */
export function textOf(el: XmlElement): string {
  let out = "";
  for (const c of el.children) out += typeof c === "string" ? c : textOf(c);
  return out;
}
