import { isGridOp, gridOf, toPatchValue, type GridOp, type HexColour, type PatchOp, type PatchValue } from "../../core/patch";
import type { Cell } from "../../core/grid";

/** What the cells of a box hold now, for the cells the patch does not write. */
export interface Known {
  /** Current values (sheet-indexed grid) of the rows read, or null. */
  value: (row: number, col: number) => Cell | undefined;
  /** Current note, or undefined when not known. */
  note: (row: number, col: number) => string | null | undefined;
  /** The fill a cell should have when it carries no mark. */
  fill: (row: number, col: number) => HexColour | null;
}

type Kind = "setValues" | "setNotes" | "setFills";
const KINDS: readonly Kind[] = ["setValues", "setNotes", "setFills"];

/**
 * Turns the grid writes of one sheet into at most one rectangle per kind (values, notes, fills),
 * filling the gaps between written cells with what they hold now, so an edit costs the same
 * number of calls for 1 row or 500, whatever columns the findings fall in. A kind whose gaps
 * cannot be filled (unknown value or note) is left as it was (several calls, still correct).
 */
export function composeRectangles(sheet: string, ops: readonly PatchOp[], known: Known): PatchOp[] {
  const other: PatchOp[] = [];
  const byKind = new Map<Kind, GridOp[]>();
  for (const op of ops) {
    if (isGridOp(op) && op.sheet === sheet && (KINDS as readonly string[]).includes(op.op)) {
      const list = byKind.get(op.op as Kind) ?? [];
      list.push(op);
      byKind.set(op.op as Kind, list);
    } else {
      other.push(op);
    }
  }
  const out: PatchOp[] = [];
  for (const kind of KINDS) {
    const list = byKind.get(kind);
    if (!list || list.length === 0) continue;
    if (list.length === 1) {
      out.push(list[0]);
      continue;
    }
    out.push(...compose(sheet, kind, list, known));
  }
  return [...out, ...other];
}

function compose(sheet: string, kind: Kind, ops: GridOp[], known: Known): PatchOp[] {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const cells = new Map<string, unknown>();
  for (const op of ops) {
    const grid = gridOf(op) as unknown[][];
    grid.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = op.row + i;
        const c = op.col + j;
        cells.set(`${r},${c}`, v);
        top = Math.min(top, r);
        left = Math.min(left, c);
        bottom = Math.max(bottom, r);
        right = Math.max(right, c);
      }),
    );
  }
  const grid: unknown[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: unknown[] = [];
    for (let c = left; c <= right; c++) {
      const k = `${r},${c}`;
      if (cells.has(k)) {
        line.push(cells.get(k));
        continue;
      }
      if (kind === "setValues") {
        const v = known.value(r, c);
        if (v === undefined) return ops;
        line.push(toPatchValue(v) satisfies PatchValue);
      } else if (kind === "setNotes") {
        const n = known.note(r, c);
        if (n === undefined) return ops;
        line.push(n);
      } else {
        line.push(known.fill(r, c));
      }
    }
    grid.push(line);
  }
  const at = { sheet, row: top, col: left };
  if (kind === "setValues") return [{ op: "setValues", ...at, values: grid as PatchValue[][] }];
  if (kind === "setNotes") return [{ op: "setNotes", ...at, notes: grid as (string | null)[][] }];
  return [{ op: "setFills", ...at, fills: grid as (HexColour | null)[][] }];
}
