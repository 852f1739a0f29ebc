import type { MergedRange } from "../grid";
import { intAttr } from "./attrs";
import type { NoteSink } from "./notes";
import { bordersVisible, type Styles } from "./styles";
import { child, elements, valOf, type XmlElement } from "./xml";

/** Widest grid a table may claim (Word allows 63 columns); larger values in a file are not trusted. */
export const MAX_COLUMNS = 256;

/** Wrappers around rows or cells (content controls, custom XML) that do not change the table. */
function unwrap(el: XmlElement, name: "tr" | "tc"): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of elements(el)) {
    if (c.ns !== "w") continue;
    if (c.name === name) out.push(c);
    else if (c.name === "sdt") {
      const content = child(c, "sdtContent");
      if (content) out.push(...unwrap(content, name));
    } else if (c.name === "customXml") out.push(...unwrap(c, name));
  }
  return out;
}

export function tableRows(tbl: XmlElement): XmlElement[] {
  return unwrap(tbl, "tr");
}

export function rowCells(tr: XmlElement): XmlElement[] {
  return unwrap(tr, "tc");
}

interface PlacedCell {
  col: number;
  span: number;
  text: string;
  /** w:vMerge: "restart" starts a vertical merge, "continue" carries on the one above. */
  vMerge: "restart" | "continue" | null;
}

/** A box of the grid: a cell with the rows it covers. */
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface CellSource {
  cellText(tc: XmlElement): string;
}

/**
 * A table as the grid a Word → spreadsheet paste gives: every grid column of the table a column
 * (w:gridSpan cells cover several), empty cells for w:gridBefore/w:gridAfter, the text of a
 * merged cell in its top-left cell and the merged ranges (horizontal spans, w:vMerge runs, the
 * legacy w:hMerge). Rows deleted as a tracked change are left out.
 */
export function readTable(
  tbl: XmlElement,
  source: CellSource,
  styles: Styles,
  notes: NoteSink,
): { grid: string[][]; merges: MergedRange[]; borderless: boolean } {
  const tblPr = child(tbl, "tblPr");
  const tblGrid = child(tbl, "tblGrid");
  const gridCols = tblGrid ? elements(tblGrid).filter((c) => c.ns === "w" && c.name === "gridCol").length : 0;
  let borders = bordersVisible(child(tblPr, "tblBorders")) ?? styles.tableBorders(valOf(tblPr, "tblStyle")) ?? false;

  const rows: PlacedCell[][] = [];
  let width = Math.min(gridCols, MAX_COLUMNS);
  for (const tr of tableRows(tbl)) {
    const trPr = child(tr, "trPr");
    if (child(trPr, "del")) {
      notes.add("trackedDeletion");
      continue;
    }
    const cells: PlacedCell[] = [];
    let col = intAttr(valOf(trPr, "gridBefore"), 0, MAX_COLUMNS) ?? 0;
    for (const tc of rowCells(tr)) {
      const tcPr = child(tc, "tcPr");
      if (!borders && bordersVisible(child(tcPr, "tcBorders"))) borders = true;
      const span = intAttr(valOf(tcPr, "gridSpan"), 1, MAX_COLUMNS) ?? 1;
      const text = source.cellText(tc);
      const hMerge = child(tcPr, "hMerge");
      const prev = cells[cells.length - 1];
      if (hMerge && (hMerge.attrs.val ?? "continue") !== "restart" && prev) {
        // Legacy horizontal merge: this cell belongs to the one on its left.
        prev.span += span;
        if (text !== "") prev.text = prev.text === "" ? text : `${prev.text}\n${text}`;
      } else {
        const v = child(tcPr, "vMerge");
        cells.push({ col, span, text, vMerge: v ? (v.attrs.val === "restart" ? "restart" : "continue") : null });
      }
      col += span;
    }
    col += intAttr(valOf(trPr, "gridAfter"), 0, MAX_COLUMNS) ?? 0;
    width = Math.max(width, col);
    rows.push(cells);
  }

  const grid: string[][] = rows.map(() => Array<string>(width).fill(""));
  const boxes: Box[] = [];
  // Boxes of the row above, by left column: what a "continue" cell may extend.
  let open = new Map<number, Box>();
  rows.forEach((cells, r) => {
    const next = new Map<number, Box>();
    for (const cell of cells) {
      const right = cell.col + cell.span - 1;
      const above = open.get(cell.col);
      if (cell.vMerge === "continue" && above && above.right === right) {
        above.bottom = r;
        next.set(cell.col, above);
        // Word shows only the first cell of a vertical merge; text typed in a covered cell is kept there.
        if (cell.text !== "") grid[above.top][above.left] = grid[above.top][above.left] === "" ? cell.text : `${grid[above.top][above.left]}\n${cell.text}`;
        continue;
      }
      const box: Box = { top: r, bottom: r, left: cell.col, right };
      boxes.push(box);
      next.set(cell.col, box);
      grid[r][cell.col] = cell.text;
    }
    open = next;
  });
  const merges = boxes.filter((b) => b.bottom > b.top || b.right > b.left).map((b) => ({ top: b.top, left: b.left, bottom: b.bottom, right: b.right }));
  return { grid, merges, borderless: !borders };
}
