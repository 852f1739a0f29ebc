/**
 * Bounded memo for pure parsers keyed by cell text. Plans repeat the same target and number texts
 * on thousands of rows ("<3", "95%", "Tiểu học"), so each distinct text is parsed once.
 * Results are SHARED between callers: treat them as immutable (no caller mutates a parse result;
 * copy before changing one). When full the map is dropped and refilled, so memory stays bounded.
 */
export interface TextMemo<T> {
  get(text: string, parse: (text: string) => T): T;
}

export function textMemo<T>(limit: number): TextMemo<T> {
  let map = new Map<string, T>();
  return {
    get(text, parse) {
      let hit = map.get(text);
      if (hit === undefined) {
        hit = parse(text);
        if (map.size >= limit) map = new Map();
        map.set(text, hit);
      }
      return hit;
    },
  };
}
