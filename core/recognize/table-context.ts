import { cleanText, foldKey } from "../text";
import type { ReadContext } from "./read-context";

/** What the lines above a table say about all its rows: the unit, the year of a target column that names none. */
export interface TableContext {
  titleLines: string[];
  /** "Đơn vị: Triệu đồng." printed above a table with no unit column. */
  unit: string | null;
  /** Target columns with their years, the title's year given to a column that names none. */
  targets: { col: number; year: number }[];
  /** Target columns whose year nothing names (reported). */
  yearless: number[];
  /** The last year the title names ("... đến năm 2030"): the plan's end, for a target written in the text. */
  endYear: number | null;
}

const UNIT_LINE = /^\(?\s*(?:đơn vị tính|đơn vị|đvt)\s*:\s*(.+?)\s*[.;]?\s*\)?$/iu;

/** The unit printed on a line above the table, or null. */
export function unitLine(line: string): string | null {
  const m = UNIT_LINE.exec(cleanText(line));
  return m ? m[1].trim() : null;
}

/** The year a title gives a table's single target column: the end of its period, or its one year. */
export function titleYear(lines: readonly string[]): number | null {
  let best: number | null = null;
  for (const line of lines) {
    const k = foldKey(line);
    if (/\b(kem theo|ban hanh kem)\b/.test(k)) continue; // "(Kèm theo ... ngày 12/5/2023 ...)" dates the document, not the targets
    for (const m of k.matchAll(/\b((?:19|20)\d\d)\b/g)) {
      const y = Number(m[1]);
      if (best === null || y > best) best = y;
    }
  }
  return best;
}

export function tableContext(ctx: ReadContext, titleLines: string[]): TableContext {
  const targets = [...ctx.targets];
  const yearless: number[] = [];
  const year = titleYear(titleLines);
  for (const m of ctx.header.columns) {
    if (m.role !== "target" || m.year !== null) continue;
    if (year !== null && !targets.some((t) => t.year === year)) targets.push({ col: m.col, year });
    else yearless.push(m.col);
  }
  targets.sort((a, b) => a.year - b.year);
  let unit: string | null = null;
  for (const line of titleLines) unit = unitLine(line) ?? unit;
  return { titleLines, unit, targets, yearless, endYear: year };
}
