/**
 * The same corpus table as other users would have it: columns in another order, an extra empty
 * column, the header in capitals or retyped over two lines, a longer title block. Each variant
 * keeps what a person reads in the table, so the reader must read it the same.
 */
import type { CorpusTable } from "./schema";
import { LEFT, UP } from "./grid";

type Rows = string[][];

/** Rows of the header: those above the first row a person reads as data. */
export function headerRowCount(t: CorpusTable): number {
  return Math.min(...t.expected.rows.map((e) => e.at));
}

/** Columns tied together by a merge across some of them (a header group, a partial merge). */
function columnBlocks(rows: Rows): number[][] {
  const width = rows[0].length;
  const parent = Array.from({ length: width }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const row of rows) {
    let start = -1;
    for (let c = 0; c <= width; c++) {
      if (c < width && row[c] === LEFT) continue;
      // Run [start, c-1] is one merged cell; a run over every column but the first, or over all, is a group row.
      const end = c - 1;
      if (start >= 0 && end > start) {
        const whole = (start === 0 || start === 1) && end === width - 1;
        if (!whole) for (let k = start + 1; k <= end; k++) parent[find(k)] = find(start);
      }
      start = c;
    }
  }
  const blocks = new Map<number, number[]>();
  for (let c = 0; c < width; c++) {
    const r = find(c);
    blocks.set(r, [...(blocks.get(r) ?? []), c]);
  }
  return [...blocks.values()].sort((a, b) => a[0] - b[0]);
}

/** The table with its column blocks (after the first column) in the given order. */
export function reorderColumns(t: CorpusTable, order: number[]): CorpusTable {
  const blocks = columnBlocks(t.rows);
  const [first, ...rest] = blocks;
  if (first.length !== 1 || first[0] !== 0) return t;
  const permuted = order.filter((i) => i < rest.length).map((i) => rest[i]);
  for (let i = 0; i < rest.length; i++) if (!order.includes(i)) permuted.push(rest[i]);
  const cols = [0, ...permuted.flat()];
  const rows = t.rows.map((row) => {
    const out = cols.map((c) => row[c]);
    // A merge over every column but the first keeps its text in the first of them.
    const groupText = row.slice(1).find((v) => v !== LEFT && v !== UP && v !== "");
    if (row.slice(2).every((v) => v === LEFT) && groupText !== undefined) return [out[0], groupText, ...out.slice(2).map(() => LEFT)];
    return out;
  });
  return { ...t, rows, expected: t.expected };
}

/** An empty column inserted before column `at` (between column blocks). */
export function insertEmptyColumn(t: CorpusTable, at: number): CorpusTable {
  const blocks = columnBlocks(t.rows);
  const starts = blocks.map((b) => b[0]).filter((c) => c > 0);
  const col = starts.length === 0 ? t.rows[0].length : starts[at % starts.length];
  const rows = t.rows.map((row) => {
    // Inside a merge running across the whole row, the new cell is covered too.
    const covered = row[col] === LEFT;
    return [...row.slice(0, col), covered ? LEFT : "", ...row.slice(col)];
  });
  return { ...t, rows };
}

/** Header cells in capitals, as many plans print them. */
export function upperCaseHeader(t: CorpusTable): CorpusTable {
  const n = headerRowCount(t);
  const rows = t.rows.map((row, r) => (r < n ? row.map((v) => (v === LEFT || v === UP ? v : v.toUpperCase())) : row));
  return { ...t, rows };
}

/**
 * A one-row header retyped over two lines: a cell of several words becomes its first words over
 * the rest (the second line starting in lower case, as a wrapped line does); a one-word cell is
 * merged down over both lines.
 */
export function splitHeader(t: CorpusTable): CorpusTable | null {
  if (headerRowCount(t) !== 1) return null;
  const top: string[] = [];
  const bottom: string[] = [];
  for (const v of t.rows[0]) {
    if (v === LEFT) {
      top.push(LEFT);
      bottom.push(LEFT);
      continue;
    }
    const words = v.split(/\s+/);
    if (words.length < 2) {
      top.push(v);
      bottom.push(UP);
      continue;
    }
    const cut = Math.ceil(words.length / 2);
    top.push(words.slice(0, cut).join(" "));
    const rest = words.slice(cut).join(" ");
    bottom.push(rest.charAt(0).toLowerCase() + rest.slice(1));
  }
  const rows = [top, bottom, ...t.rows.slice(1)];
  const expected = { ...t.expected, rows: t.expected.rows.map((e) => ({ ...e, at: e.at + 1 })) } as CorpusTable["expected"];
  return { ...t, rows, expected };
}

/** More lines above the table: the issuing body, a blank line, a note. */
export function longerTitle(t: CorpusTable, extra: string[]): CorpusTable {
  return { ...t, titleLines: [...extra, ...t.titleLines] };
}
