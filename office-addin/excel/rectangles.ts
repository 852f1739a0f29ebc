/**
 * Office.js sets one format value per range call (a fill colour, a font style), not a grid.
 * So a grid of per-cell formats becomes rectangles of equal values: runs along each row, then
 * runs that repeat on the rows below joined. A uniform header row or column is one call.
 */
export interface Rect<T> {
  row: number;
  col: number;
  rows: number;
  cols: number;
  value: T;
}

export function rectangles<T>(grid: readonly (readonly T[])[], keyOf: (v: T) => string = (v) => JSON.stringify(v)): Rect<T>[] {
  const done: Rect<T>[] = [];
  /** Open rectangles by "col,cols,key" from the previous row. */
  let open = new Map<string, Rect<T>>();
  grid.forEach((line, i) => {
    const next = new Map<string, Rect<T>>();
    let j = 0;
    while (j < line.length) {
      const k = keyOf(line[j]);
      let end = j + 1;
      while (end < line.length && keyOf(line[end]) === k) end++;
      const id = `${j},${end - j},${k}`;
      const prev = open.get(id);
      if (prev) {
        prev.rows++;
        next.set(id, prev);
        open.delete(id);
      } else next.set(id, { row: i, col: j, rows: 1, cols: end - j, value: line[j] });
      j = end;
    }
    for (const r of open.values()) done.push(r);
    open = next;
  });
  for (const r of open.values()) done.push(r);
  return done.sort((a, b) => a.row - b.row || a.col - b.col);
}
