import { cleanText, foldKey } from "../text";

/**
 * Cell texts repeat across a sheet (agency names, units, the dropdown words, plan targets):
 * normalising each distinct string once keeps a 100k-row validation fast. Bounded so a long
 * session cannot grow it without limit.
 */
const LIMIT = 20_000;

function cached(f: (s: string) => string): (s: string) => string {
  let map = new Map<string, string>();
  return (s) => {
    let v = map.get(s);
    if (v === undefined) {
      if (map.size >= LIMIT) map = new Map();
      v = f(s);
      map.set(s, v);
    }
    return v;
  };
}

// Printable ASCII words with single spaces: already clean (codes, numbers, "<3", "28-30").
const PLAIN = /^[!-~]+(?: [!-~]+)*$/;
const cleanCached = cached(cleanText);

export function clean(s: string): string {
  return PLAIN.test(s) ? s : cleanCached(s);
}

export const fold = cached(foldKey);

/**
 * Text as compared with the plan: NFC, dashes, spaces and case folded (accents kept). Only
 * target and timeframe cells are compared, and those repeat: every text goes through the cache.
 */
export const compare = cached((s) => (PLAIN.test(s) ? s.toLowerCase() : cleanText(s).toLowerCase()));
