import { catalogue, type MessageCode } from "./catalogue";

/** UI language. Vietnamese is the default everywhere. */
export type Lang = "vi" | "en";

/** A user-facing text in both languages, with the catalogue code it came from. */
export interface Message {
  code: MessageCode;
  vi: string;
  en: string;
}

export type MessageParams = Record<string, string | number>;

/**
 * A template split once at its `{name}` placeholders: literal, key, literal, key, ..., literal
 * (even indexes literal, odd indexes keys). Messages are built for every finding and status of a
 * 100k-row sheet, so templates are not re-scanned with a regex each time.
 */
type Compiled = readonly string[];

const PLACEHOLDER = /\{(\w+)\}/g;
const hasOwn = Object.prototype.hasOwnProperty;

function compile(template: string): Compiled {
  const parts: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    const at = m.index ?? 0;
    parts.push(template.slice(last, at), m[1]);
    last = at + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

interface CompiledEntry {
  vi: Compiled;
  en: Compiled;
  /** The distinct placeholder names of both templates: what a built message depends on. */
  keys: readonly string[];
  /** Interned messages: a trie of Maps keyed by each placeholder's value (see `msg`). */
  interned: Map<unknown, unknown> | null;
}

// Per code: the compiled vi and en templates. The catalogue is fixed, so this stays small.
const compiled = new Map<string, CompiledEntry>();

function compiledOf(code: MessageCode): CompiledEntry {
  let c = compiled.get(code);
  if (c === undefined) {
    const entry = catalogue[code];
    const vi = compile(entry.vi);
    const en = compile(entry.en);
    const keys = new Set<string>();
    for (const parts of [vi, en]) for (let i = 1; i < parts.length; i += 2) keys.add(parts[i]);
    c = { vi, en, keys: [...keys], interned: null };
    compiled.set(code, c);
  }
  return c;
}

/**
 * Same result as `template.replace(/\{(\w+)\}/g, ...)`: unknown placeholders stay as written.
 * Joined from an array rather than concatenated: `+=` builds a rope of many small nodes, which
 * for the hundreds of thousands of texts kept by a large sheet costs about twice the memory,
 * and GC time with it.
 */
function fill(parts: Compiled, params: MessageParams | undefined): string {
  const n = parts.length;
  if (n === 1) return parts[0];
  const out = new Array<string>(n);
  out[0] = parts[0];
  for (let i = 1; i < n; i += 2) {
    const key = parts[i];
    out[i] = params !== undefined && hasOwn.call(params, key) ? String(params[key]) : `{${key}}`;
    out[i + 1] = parts[i + 1];
  }
  return out.join("");
}

/**
 * Built messages are interned by code and the values of their placeholders: a 100k-row sheet
 * gives the same finding ("a value for 2028, after 2026") hundreds of thousands of times, and
 * one shared object keeps that memory (and the GC time) flat. Messages are plain data that
 * nobody mutates; a shared one must be treated as immutable. The cache is a trie of Maps (one
 * level per placeholder, keyed by the raw value) so a hit builds no key string. Bounded: all
 * tries are dropped when INTERN_LIMIT messages are held.
 */
const INTERN_LIMIT = 10_000;
/** Longer texts rarely repeat: such messages are built, not interned. */
const INTERN_TEXT_MAX = 120;
const MISSING: unique symbol = Symbol("missing");
let internedCount = 0;

function build(code: MessageCode, c: CompiledEntry, params: MessageParams | undefined): Message {
  return { code, vi: fill(c.vi, params), en: fill(c.en, params) };
}

/** Builds a message from the one catalogue; `{name}` placeholders are filled from `params`. */
export function msg(code: MessageCode, params?: MessageParams): Message {
  const c = compiledOf(code);
  const keys = c.keys;
  let node = c.interned;
  if (node === null) node = c.interned = new Map();
  // Values of the placeholders in `keys` order; the last one's map holds the message.
  for (let i = 0; ; i++) {
    let v: unknown = MISSING;
    if (i < keys.length && params !== undefined && hasOwn.call(params, keys[i])) {
      v = params[keys[i]];
      if (typeof v === "string" ? v.length > INTERN_TEXT_MAX : typeof v !== "number") return build(code, c, params);
    }
    if (i >= keys.length - 1) {
      let m = node.get(v) as Message | undefined;
      if (m === undefined) {
        m = build(code, c, params);
        if (internedCount >= INTERN_LIMIT) {
          dropInterned(); // the next calls start fresh tries
          return m;
        }
        internedCount++;
        node.set(v, m);
      }
      return m;
    }
    let next = node.get(v) as Map<unknown, unknown> | undefined;
    if (next === undefined) node.set(v, (next = new Map()));
    node = next;
  }
}

function dropInterned(): void {
  for (const c of compiled.values()) c.interned = null;
  internedCount = 0;
}

/** One language of a catalogue message: `msg(code, params)[lang]` without building the other. */
export function msgText(code: MessageCode, params: MessageParams | undefined, lang: Lang): string {
  return fill(compiledOf(code)[lang], params);
}

/**
 * A catalogue template split at its placeholders: literal, name, literal, ..., literal (even
 * indexes literal, odd indexes placeholder names). For hot paths that fill the same few
 * templates hundreds of thousands of times from positional values (core/status). Read-only.
 */
export function templateParts(code: MessageCode, lang: Lang): readonly string[] {
  return compiledOf(code)[lang];
}

/** A message whose parameters differ by language (numbers, dates, quotes). */
export function msgLang(code: MessageCode, vi: MessageParams | undefined, en: MessageParams | undefined): Message {
  const c = compiledOf(code);
  return { code, vi: fill(c.vi, vi), en: fill(c.en, en) };
}

/**
 * A message whose parameters differ by language (numbers and dates formatted per language, parts
 * that are themselves messages): each language filled once, from its own parameters.
 */
export function bilingual(code: MessageCode, params: (lang: Lang) => MessageParams): Message {
  return msgLang(code, params("vi"), params("en"));
}

/** The text of a message in the given language. */
export function text(message: Pick<Message, "vi" | "en">, lang: Lang = "vi"): string {
  return message[lang];
}

/** Messages told one after the other, as one (the first one's code): "Đã kiểm tra … Còn 3 lỗi …". */
export function joined(first: Message, ...rest: readonly Pick<Message, "vi" | "en">[]): Message {
  return { code: first.code, vi: [first.vi, ...rest.map((m) => m.vi)].join(" "), en: [first.en, ...rest.map((m) => m.en)].join(" ") };
}
