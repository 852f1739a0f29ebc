/**
 * Matching the word table (words.ts) in text: table words are folded (lower case, no accents,
 * single spaces) and compiled once into sticky regular expressions, longest phrase first, so
 * "không dưới" is never read as "dưới" nor "trên dưới" as "trên". Text is matched on a folded copy
 * that keeps every character at its index (foldAligned), so slices of the original stay exact.
 */
import { foldKey, stripDiacritics } from "../text";
import type { WordEntry } from "./words";

const ASCII = /^[\x00-\x7f]*$/;

/** Folds each character on its own (lower case, no accents) keeping indices aligned. */
export function foldAligned(s: string): string {
  // Most cells are plain ASCII ("<3", "28-30", "95%"): lower case keeps every index there.
  if (ASCII.test(s)) return s.toLowerCase();
  let out = "";
  for (const ch of s) {
    let f = folded.get(ch);
    if (f === undefined) {
      const x = stripDiacritics(ch).toLowerCase();
      f = x.length === ch.length ? x : ch;
      if (folded.size < 4096) folded.set(ch, f);
    }
    out += f;
  }
  return out;
}

/** Each character folded once (Vietnamese text uses a few hundred distinct characters). */
const folded = new Map<string, string>();

/** A table word as it is matched: folded, one space between words. */
export const foldWord = (w: string): string => foldKey(w);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/**
 * One regex alternative per word, longest first. A word ending in a letter must not run into
 * another letter ("hơn" is not the start of "hơnn"); digits may follow ("trên90%"). That a word
 * starting with a letter does not start inside another word is checked by the callers, without
 * lookbehind (Safari before 16.4, which runs the Excel add-in on older Macs, has none).
 */
export function alternation(words: readonly string[]): string {
  const folded = [...new Set(words.map(foldWord))].sort((a, b) => b.length - a.length);
  return folded
    .map((w) => {
      const body = w.split(" ").map(escape).join("\\s+");
      return /\p{L}$/u.test(w) ? `${body}(?!\\p{L})` : body;
    })
    .join("|");
}

const LETTER = /\p{L}/u;
const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);

export interface WordHit<M> {
  /** Index in the text where the word starts and where it ends (exclusive). */
  start: number;
  end: number;
  means: M;
}

export interface WordMatcher<M> {
  /** The table word starting exactly at `at` in the folded text, if any. */
  at(key: string, at: number): WordHit<M> | null;
  /** The table word ending the folded text (spaces around it allowed), if any. */
  atEnd(key: string): WordHit<M> | null;
}

/** Compiles a word table into a matcher (done once per table, at module load). */
export function wordMatcher<M>(entries: readonly WordEntry<M>[]): WordMatcher<M> {
  const meaning = new Map<string, M>();
  for (const e of entries) for (const w of e.words) if (!meaning.has(foldWord(w))) meaning.set(foldWord(w), e.means);
  const alts = alternation(entries.flatMap((e) => e.words));
  const sticky = new RegExp(`(?:${alts})`, "uy");
  const toEnd = new RegExp(`(?:${alts})\\s*$`, "uy");
  const lookup = (text: string): M => meaning.get(text.trim().replace(/\s+/g, " ")) as M;
  /** A word starting with a letter does not start inside another word. */
  const boundary = (key: string, at: number): boolean => !(isLetter(key[at]) && isLetter(key[at - 1]));
  return {
    at(key, at) {
      if (!boundary(key, at)) return null;
      sticky.lastIndex = at;
      const m = sticky.exec(key);
      return m ? { start: at, end: at + m[0].length, means: lookup(m[0]) } : null;
    },
    atEnd(key) {
      // The leftmost start that reaches the end is the longest phrase.
      for (let p = 0; p < key.length; p++) {
        if (key[p] === " " || !boundary(key, p)) continue;
        toEnd.lastIndex = p;
        if (!toEnd.test(key)) continue;
        let start = p;
        while (start > 0 && /\s/.test(key[start - 1])) start--;
        return { start, end: key.length, means: lookup(key.slice(p)) };
      }
      return null;
    },
  };
}

/** A matcher for a plain word list (every word means `true`). */
export function listMatcher(words: readonly string[]): WordMatcher<true> {
  return wordMatcher([{ words, means: true as const }]);
}

/** Whether the folded text holds one of the words, anywhere (on word boundaries). */
export function containsWord(words: readonly string[]): (key: string) => boolean {
  const re = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(words)})`, "u");
  return (key) => re.test(key);
}
