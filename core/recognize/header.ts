import { cleanText } from "../text";
import { codeShape } from "./codes";
import { headerKey, isColumnNumber, isStrongHeaderWord, matchHeaderWord, type HeaderWord } from "./header-words";
import type { SheetView } from "./sheet-view";
import type { ColumnMapping, ColumnRole } from "./types";

/** A table's header as found: its rows, the columns it spans and what each column holds. */
export interface TableHeader {
  /** The 1 or 2 rows holding the header words. */
  headerRows: number[];
  /** A column-numbering row ("(1)", "(2)", ...) right under the header, if any. */
  numberingRows: number[];
  left: number;
  right: number;
  columns: ColumnMapping[];
  kind: "indicators" | "tasks";
}

/** A row is a header candidate when at least two of its cells are header words, one of them strong. */
export function isHeaderCandidate(view: SheetView, row: number): boolean {
  let matched = 0;
  let strong = false;
  for (let c = 0; c < view.colCount; c++) {
    const t = view.text(row, c);
    if (t === "") continue;
    const w = matchHeaderWord(t);
    if (!w) continue;
    matched++;
    if (isStrongHeaderWord(w)) strong = true;
  }
  return matched >= 2 && strong;
}

/** Extent of a header row: first and last columns with text, stretched over horizontal merges. */
function rowExtent(view: SheetView, row: number, from = 0): [number, number] | null {
  let left = -1;
  let right = -1;
  for (let c = from; c < view.colCount; c++) {
    if (view.text(row, c) === "") continue;
    if (left < 0) left = c;
    right = Math.max(right, c);
    const m = view.coveredBy(row, c + 1);
    if (m && m.top === row && m.left === c) right = Math.max(right, Math.min(m.right, view.colCount - 1));
  }
  return left < 0 ? null : [left, right];
}

/** The row under a header row is a second header row when most of its cells are header words and none is a code. */
function isSecondHeaderRow(view: SheetView, row: number, left: number): boolean {
  if (row >= view.rowCount) return false;
  let nonEmpty = 0;
  let matched = 0;
  for (let c = left; c < view.colCount; c++) {
    const t = view.text(row, c);
    if (t === "") continue;
    nonEmpty++;
    const shape = codeShape(t);
    if (shape.kind === "integer" || shape.kind === "dotted" || shape.kind === "roman") return false;
    if (matchHeaderWord(t)) matched++;
  }
  return matched >= 1 && matched * 2 >= nonEmpty;
}

function isNumberingRow(view: SheetView, row: number, left: number, right: number): boolean {
  if (row >= view.rowCount) return false;
  let n = 0;
  for (let c = left; c <= right; c++) {
    const t = view.text(row, c);
    if (t === "") continue;
    if (!isColumnNumber(t)) return false;
    n++;
  }
  return n >= 3;
}

function isGroup(word: HeaderWord | null): boolean {
  return word?.kind === "targetGroup" || word?.kind === "assignmentGroup";
}

function roleOf(word: HeaderWord): { role: ColumnRole; year: number | null } {
  switch (word.kind) {
    case "target":
      return { role: "target", year: word.year };
    case "targetGroup":
      return { role: "target", year: null };
    case "assignmentGroup":
      // A lone "Đơn vị thực hiện" column (no Chủ trì / Phối hợp under it) names the lead.
      return { role: "lead", year: null };
    case "note":
      return { role: "ignored", year: null };
    default:
      return { role: word.kind, year: null };
  }
}

/**
 * Reads the header starting at `row`. Returns null when it has no name column (then there is no
 * table to read). Two-row headers: the lower cell names the column ("Đến năm 2025", "Chủ trì"),
 * the upper one is a group ("Mục tiêu", "Phân công đơn vị thực hiện") or a cell merged down.
 */
export function readHeader(view: SheetView, row: number): TableHeader | null {
  const top = rowExtent(view, row);
  if (!top) return null;
  // When the row below spoils the name column, it was not a second header row after all.
  if (isSecondHeaderRow(view, row + 1, top[0])) return buildHeader(view, row, top, true) ?? buildHeader(view, row, top, false);
  return buildHeader(view, row, top, false);
}

function buildHeader(view: SheetView, row: number, top: [number, number], second: boolean): TableHeader | null {
  const headerRows = second ? [row, row + 1] : [row];
  let left = top[0];
  let right = top[1];
  if (second) {
    const sub = rowExtent(view, row + 1, top[0]);
    if (sub) right = Math.max(right, sub[1]);
  }

  const columns: ColumnMapping[] = [];
  let prevTop = "";
  for (let c = left; c <= right; c++) {
    let upper = view.text(row, c);
    if (upper === "") {
      const m = view.coveredBy(row, c);
      if (m && m.top === row) upper = view.text(m.top, m.left);
      // Pasted without merges: a group header stands over the blank cells to its right.
      else if (!m && second && view.text(row + 1, c) !== "" && isGroup(matchHeaderWord(prevTop))) upper = prevTop;
    }
    prevTop = upper;
    const lower = second ? view.text(row + 1, c) : "";
    const upperWord = upper ? matchHeaderWord(upper) : null;
    let mapping: ColumnMapping;
    if (lower !== "") {
      const lowerWord = matchHeaderWord(lower);
      const year = /\b((?:19|20)\d\d)\b/.exec(headerKey(lower));
      if (lowerWord) mapping = { col: c, ...roleOf(lowerWord), header: cleanText(lower) };
      else if (upperWord?.kind === "targetGroup" && year) mapping = { col: c, role: "target", year: Number(year[1]), header: cleanText(lower) };
      else mapping = { col: c, role: "ignored", year: null, header: cleanText(lower) };
    } else if (upperWord) {
      mapping = { col: c, ...roleOf(upperWord), header: cleanText(upper) };
    } else {
      mapping = { col: c, role: "ignored", year: null, header: cleanText(upper) };
    }
    columns.push(mapping);
  }

  // One column per role (targets: one per year); later duplicates are kept as ignored.
  const seen = new Set<string>();
  for (const m of columns) {
    if (m.role === "ignored") continue;
    const k = m.role === "target" ? `target:${m.year ?? "?" + m.col}` : m.role;
    if (seen.has(k)) m.role = "ignored";
    else seen.add(k);
  }
  if (!columns.some((m) => m.role === "name")) return null;

  const last = headerRows[headerRows.length - 1];
  const numberingRows = isNumberingRow(view, last + 1, left, right) ? [last + 1] : [];
  return { headerRows, numberingRows, left, right, columns, kind: tableKind(columns) };
}

function tableKind(columns: ColumnMapping[]): "indicators" | "tasks" {
  if (columns.some((m) => m.role === "target" || m.role === "unit")) return "indicators";
  if (columns.some((m) => m.role === "timeframe" || m.role === "approvalLevel" || m.role === "expectedOutput")) return "tasks";
  const name = columns.find((m) => m.role === "name");
  const word = name ? matchHeaderWord(name.header) : null;
  return word?.kind === "name" && word.flavour === "indicators" ? "indicators" : "tasks";
}

/** The header (or its numbering row) again, as a page break leaves it in a pasted table. */
export function isRepeatedHeader(view: SheetView, row: number, header: TableHeader): boolean {
  for (const hr of [...header.headerRows, ...header.numberingRows]) {
    if (hr === row) continue;
    let nonEmpty = 0;
    let same = true;
    for (let c = header.left; c <= header.right && same; c++) {
      const a = headerKey(view.text(row, c));
      if (a !== headerKey(view.text(hr, c))) same = false;
      if (a !== "") nonEmpty++;
    }
    if (same && nonEmpty >= 2) return true;
  }
  return false;
}
