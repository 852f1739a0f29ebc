import { gridOf, gridOpRange, isGridOp, type GridOp, type PatchOp } from "./ops";
import { rangesIntersect, type Range } from "./range";

/** Values and formulas write the same thing (cell content), so they must keep their relative order. */
function family(op: GridOp): string {
  return op.op === "setFormulas" ? "setValues" : op.op;
}

/** Ops after which earlier cell writes on that sheet must not move: they change the cells wholesale. */
const BARRIERS = new Set<PatchOp["op"]>(["addSheet", "clearSheet", "deleteSheet", "mergeCells"]);

function copyGridOp(op: GridOp): GridOp {
  const grid = (gridOf(op) as unknown[][]).map((row) => row.slice());
  return withGrid(op, grid);
}

function withGrid(op: GridOp, grid: unknown[][]): GridOp {
  switch (op.op) {
    case "setValues":
      return { ...op, values: grid as typeof op.values };
    case "setFormulas":
      return { ...op, formulas: grid as typeof op.formulas };
    case "setFills":
      return { ...op, fills: grid as typeof op.fills };
    case "setNotes":
      return { ...op, notes: grid as typeof op.notes };
    case "setNumberFormats":
      return { ...op, formats: grid as typeof op.formats };
    case "setFontStyles":
      return { ...op, styles: grid as typeof op.styles };
  }
}

/** Appends `next`'s cells to `prev` in place when together they form a rectangle. */
function tryExtend(prev: GridOp, next: GridOp): boolean {
  if (prev.op !== next.op || prev.sheet !== next.sheet) return false;
  const a = gridOpRange(prev);
  const b = gridOpRange(next);
  const grid = gridOf(prev) as unknown[][];
  const add = gridOf(next) as unknown[][];
  if (a.col === b.col && a.cols === b.cols && b.row === a.row + a.rows) {
    for (const row of add) grid.push(row.slice());
    return true;
  }
  if (a.row === b.row && a.rows === b.rows && b.col === a.col + a.cols) {
    grid.forEach((row, i) => row.push(...add[i]));
    return true;
  }
  return false;
}

function touchedSince(out: PatchOp[], from: number, sheet: string, range: Range): boolean {
  for (let j = from + 1; j < out.length; j++) {
    const op = out[j];
    if (isGridOp(op) && op.sheet === sheet && rangesIntersect(gridOpRange(op), range)) return true;
  }
  return false;
}

/**
 * Coalesces grid writes of the same kind on the same sheet that continue the previous write of
 * that kind downwards or rightwards into one rectangle, so hosts make one call per rectangle
 * (500 one-row fills down a column become one `setFills`). The result applies exactly like the
 * input: a write is only moved earlier when no op in between touches its cells, and sheet-wide
 * ops (add/clear/delete sheet, merges) are never crossed. Input ops are not mutated.
 */
export function mergePatchOps(ops: readonly PatchOp[]): PatchOp[] {
  const out: PatchOp[] = [];
  /** Index in `out` of the latest write per sheet and family, the only one that may grow. */
  const open = new Map<string, number>();
  for (const op of ops) {
    if (!isGridOp(op)) {
      if (BARRIERS.has(op.op)) {
        for (const key of [...open.keys()]) if (key.startsWith(`${op.sheet}\u0000`)) open.delete(key);
      }
      out.push(op);
      continue;
    }
    const range = gridOpRange(op);
    if (range.rows === 0 || range.cols === 0) {
      out.push(op);
      continue;
    }
    const key = `${op.sheet}\u0000${family(op)}`;
    const at = open.get(key);
    if (at !== undefined && !touchedSince(out, at, op.sheet, range)) {
      if (tryExtend(out[at] as GridOp, op)) continue;
    }
    out.push(copyGridOp(op));
    open.set(key, out.length - 1);
  }
  return out;
}
