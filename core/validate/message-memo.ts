import type { Message } from "../i18n";

/**
 * Messages that a rule raises on row after row with the same values ("a value for 2028, after
 * 2026" at every row of a 100k-row sheet): built once per value and shared, so a finding costs
 * no parameter objects and no template fill. Messages are plain data nobody mutates. Bounded.
 */
const LIMIT = 1000;

/** A message per number, for one context value at a time (the reporting year, the plan period). */
export function memoByNumber<C>(build: (n: number, context: C) => Message): (n: number, context: C) => Message {
  let current: C | undefined;
  let byNumber = new Map<number, Message>();
  return (n, context) => {
    if (context !== current) {
      current = context;
      byNumber = new Map();
    }
    let m = byNumber.get(n);
    if (m === undefined) {
      m = build(n, context);
      if (byNumber.size < LIMIT) byNumber.set(n, m);
    }
    return m;
  };
}

/**
 * A message per pair of objects (two parsed targets, shared by the parsers' memos) and a number
 * packing the rest of what the message says. Keyed by identity: an equal but distinct object just misses.
 */
export function memoByPair<A extends object, B extends object>(
  build: (a: A, b: B, extra: number) => Message,
): (a: A, b: B, extra: number) => Message {
  let byA = new Map<A, Map<B, { extra: number; message: Message }[]>>();
  return (a, b, extra) => {
    let byB = byA.get(a);
    if (byB === undefined) {
      if (byA.size >= LIMIT) byA = new Map();
      byA.set(a, (byB = new Map()));
    }
    let list = byB.get(b);
    if (list === undefined) byB.set(b, (list = []));
    for (const e of list) if (e.extra === extra) return e.message;
    const message = build(a, b, extra);
    if (list.length < 16) list.push({ extra, message });
    return message;
  };
}
