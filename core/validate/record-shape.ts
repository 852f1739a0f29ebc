import type { Cell } from "../grid";

/** A per-year column key and its year ("actual:2025" → 2025). */
export interface YearKey {
  key: string;
  year: number;
}

/**
 * What follows from which keys a record has: its per-year keys, and facts derived from them.
 * The records of one sheet share a handful of key sets (group rows, indicator rows), so this is
 * worked out once per key set instead of scanning every cell of every row.
 */
export interface RecordShape {
  /** The record's keys in enumeration order: how a record is matched to its shape. */
  keys: readonly string[];
  actual: readonly YearKey[];
  target: readonly YearKey[];
  /** Facts that depend only on the key set (see RowView.shapeFact). */
  facts: Map<string, unknown>;
}

type Cells = Partial<Record<string, Cell>>;

function yearKeysOf(keys: readonly string[], prefix: string): YearKey[] {
  const out: YearKey[] = [];
  for (const key of keys) {
    if (!key.startsWith(prefix)) continue;
    const year = Number(key.slice(prefix.length));
    if (Number.isInteger(year)) out.push({ key, year });
  }
  if (out.length > 1) out.sort((a, b) => a.year - b.year);
  return out;
}

function build(cells: Cells): RecordShape {
  const keys: string[] = [];
  for (const key in cells) keys.push(key);
  return { keys, actual: yearKeysOf(keys, "actual:"), target: yearKeysOf(keys, "target:"), facts: new Map() };
}

/** True when `cells` enumerates exactly `keys`, in that order (no allocation). */
function matches(cells: Cells, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in cells) {
    if (i >= keys.length || key !== keys[i]) return false;
    i++;
  }
  return i === keys.length;
}

// The most recently used shapes, most recent first: a sheet alternates between a few.
const RECENT = 8;
const recent: RecordShape[] = [];

export function shapeOf(cells: Cells): RecordShape {
  for (let i = 0; i < recent.length; i++) {
    const shape = recent[i];
    if (!matches(cells, shape.keys)) continue;
    if (i > 0) {
      recent.splice(i, 1);
      recent.unshift(shape);
    }
    return shape;
  }
  const shape = build(cells);
  recent.unshift(shape);
  if (recent.length > RECENT) recent.pop();
  return shape;
}
