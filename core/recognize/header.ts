import { cleanText } from "../text";
import { codeShape } from "./codes";
import { headerKey, headerStrength, isColumnNumber, isStrongHeaderWord, matchHeaderWord, type HeaderWord } from "./header-words";
import type { SheetView } from "./sheet-view";
import type { ColumnMapping, ColumnRole } from "./types";

/** A table's header as found: its rows, the columns it spans and what each column holds. */
export interface TableHeader {
  /** The 1 to 3 rows holding the header words. */
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
  const texts = Array.from({ length: view.colCount }, (_, c) => view.text(row, c));
  if (labelRow(texts)) return true;
  // A header retyped over two lines: judge each column's two lines together ("Chỉ" + "tiêu").
  const below = Array.from({ length: view.colCount }, (_, c) => view.text(row + 1, c));
  const wrapped = below.filter((t) => /^\p{Ll}/u.test(t)).length;
  if (wrapped < 2 || wrapped * 2 <= below.filter((t) => t !== "").length) return false;
  return labelRow(texts.map((t, c) => (/^\p{Ll}/u.test(below[c]) ? `${t} ${below[c]}` : t)));
}

function labelRow(texts: readonly string[]): boolean {
  let matched = 0;
  let nonEmpty = 0;
  let strong = false;
  let code = false;
  for (const t of texts) {
    if (t === "") continue;
    nonEmpty++;
    // Header cells are labels, not sentences.
    if (/[.;]$/.test(t) && t.split(/\s+/).length > 3) return false;
    // A header labels columns; a row with a code ("3", "2.1", "II") is a data row that happens
    // to hold words such as "Dự án" or "Kế hoạch".
    const shape = codeShape(t).kind;
    if (shape === "integer" || shape === "dotted" || shape === "roman" || shape === "letter") return false;
    const w = matchHeaderWord(t);
    if (!w) continue;
    matched++;
    if (w.kind === "code") code = true;
    if (isStrongHeaderWord(w)) strong = true;
  }
  // Without a "TT" column, two label-like cells could be data: ask for a third.
  return strong && matched * 2 >= nonEmpty && (matched >= 3 || (matched >= 2 && code));
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

/**
 * The row under a header row continues the header when its cells are header words or years
 * (under a group such as "Mục tiêu"), none is a code, and no cell is a long sentence.
 */
function isHeaderContinuation(view: SheetView, row: number, left: number, right: number): boolean {
  if (row >= view.rowCount) return false;
  let nonEmpty = 0;
  let matched = 0;
  let wrapped = 0;
  for (let c = left; c <= right; c++) {
    const t = view.text(row, c);
    if (t === "") continue;
    nonEmpty++;
    const shape = codeShape(t);
    if (shape.kind === "integer" || shape.kind === "dotted" || shape.kind === "roman" || shape.kind === "letter") return false;
    if (/^\p{Ll}/u.test(t)) wrapped++;
    if (matchHeaderWord(t)) matched++;
    else if (t.length > 40) return false;
  }
  if (matched >= 1 && matched * 2 >= nonEmpty) return true;
  // Header cells retyped over two lines: the second line continues them in lower case ("Chỉ" / "tiêu").
  if (nonEmpty > 0 && wrapped * 2 > nonEmpty && wrapped >= 2) return true;
  // Under a group merged across columns ("Phân công thực hiện", "Tiến độ thực hiện") the labels
  // may be words we do not know ("Tình trạng", "% hoàn thành"): the merge above says they are labels.
  return matched >= 1 && hasGroupAbove(view, row - 1, left, right);
}

function hasGroupAbove(view: SheetView, row: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    const m = view.mergeAt(row, c);
    if (m && m.top === row && m.bottom === row && m.right > m.left) return true;
  }
  return false;
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

const isGroup = (word: HeaderWord | null) =>
  word?.kind === "targetGroup" || word?.kind === "assignmentGroup" || (word?.kind === "reference" && word.year === null);

interface Stack {
  col: number;
  /** Header texts over this column, top to bottom, each once. */
  texts: string[];
}

/** The texts stacked over one column in the header rows, merges followed upward. */
function columnStack(view: SheetView, rows: number[], col: number, prevTops: string[]): Stack {
  const texts: string[] = [];
  rows.forEach((r, i) => {
    let t = view.text(r, col);
    if (t === "") {
      const m = view.coveredBy(r, col);
      if (m && m.top >= rows[0] && m.top <= r) t = view.text(m.top, m.left);
      // Pasted without merges: a group header stands over the blank cells to its right.
      else if (!m && i < rows.length - 1 && isGroup(matchHeaderWord(prevTops[i]))) {
        const below = rows.slice(i + 1).some((rr) => view.text(rr, col) !== "");
        if (below) t = prevTops[i];
      }
    }
    if (t !== "" && texts[texts.length - 1] !== t) texts.push(t);
  });
  return { col, texts };
}

function mappingOf(stack0: Stack): ColumnMapping {
  // A header cell retyped over two lines ("Cơ quan" over "chủ trì"): the lower line starts in
  // lower case and continues the upper one; it is one label, not a group over a column.
  const texts = [...stack0.texts];
  while (texts.length >= 2 && /^\p{Ll}/u.test(texts[texts.length - 1])) {
    const lower = texts.pop() as string;
    texts[texts.length - 1] = `${texts[texts.length - 1]} ${lower}`;
  }
  const stack = { ...stack0, texts };
  const words = stack.texts.map((t) => ({ text: t, word: matchHeaderWord(t) }));
  const lowest = words[words.length - 1];
  const header = lowest ? cleanText(lowest.text) : "";
  if (!lowest) return { col: stack.col, role: "ignored", year: null, header };
  const groups = words.slice(0, -1).map((w) => w.word);
  const year = /\b((?:19|20)\d\d)\b/.exec(headerKey(lowest.text));
  const word = lowest.word;
  const refGroup = groups.find((g) => g?.kind === "reference");
  if (refGroup?.kind === "reference" && (year || word?.kind === "target")) {
    return { col: stack.col, role: "reference", ref: refGroup.ref, year: year ? Number(year[1]) : null, header };
  }
  if (word) {
    const m: ColumnMapping = { col: stack.col, ...roleOf(word), header };
    // "Kế hoạch" / "Ước thực hiện" under "Năm hiện hành 2025": the group names the year.
    if ((m.role === "target" || m.role === "reference") && m.year === null) {
      const groupYear = words.slice(0, -1).map((w) => /\b((?:19|20)\d\d)\b/.exec(headerKey(w.text))).find((y) => y !== null);
      if (groupYear) m.year = Number(groupYear[1]);
    }
    return m;
  }
  // "2025" under "Mục tiêu", or a bare year under a group naming no role at all ("Mốc 2025" under "Trạng thái" is no target).
  const bare = /^(?:nam )?\d{4}$/.test(headerKey(lowest.text));
  if (year && (groups.some((g) => g?.kind === "targetGroup") || (bare && groups.some((g) => g === null)))) {
    return { col: stack.col, role: "target", year: Number(year[1]), header };
  }
  return { col: stack.col, role: "ignored", year: null, header };
}

function roleOf(word: HeaderWord): Pick<ColumnMapping, "role" | "year" | "ref"> {
  switch (word.kind) {
    case "target":
      return { role: "target", year: word.year };
    case "targetGroup":
      return { role: "target", year: null };
    case "reference":
      return { role: "reference", year: word.year, ref: word.ref };
    case "assignmentGroup":
      // A lone "Đơn vị thực hiện" column (no Chủ trì / Phối hợp under it) names every body, lead first.
      return { role: "assignment", year: null };
    case "note":
    case "other":
      return { role: "ignored", year: null };
    default:
      return { role: word.kind, year: null };
  }
}

/**
 * Reads the header starting at `row`. Returns null when it has no name column (then there is no
 * table to read). Headers of two or three rows: the lowest cell names the column ("Đến năm 2025",
 * "Chủ trì"), the cells above are groups ("Mục tiêu", "Phân công đơn vị thực hiện") or merged down.
 */
export function readHeader(view: SheetView, row: number): TableHeader | null {
  const top = rowExtent(view, row);
  if (!top) return null;
  const rows = [row];
  let right = top[1];
  while (rows.length < 3 && isHeaderContinuation(view, row + rows.length, top[0], Math.max(right, view.colCount - 1))) {
    const sub = rowExtent(view, row + rows.length, top[0]);
    if (sub) right = Math.max(right, sub[1]);
    rows.push(row + rows.length);
  }
  // When the rows below spoil the name column, they were not header rows after all.
  for (let n = rows.length; n >= 1; n--) {
    const h = buildHeader(view, rows.slice(0, n), top[0], n === 1 ? top[1] : right);
    if (h) return h;
  }
  return null;
}

function buildHeader(view: SheetView, rows: number[], left: number, right: number): TableHeader | null {
  const columns: ColumnMapping[] = [];
  const prevTops = rows.map(() => "");
  for (let c = left; c <= right; c++) {
    const stack = columnStack(view, rows, c, prevTops);
    rows.forEach((r, i) => {
      const t = view.text(r, c);
      if (t !== "" || view.coveredBy(r, c)) prevTops[i] = t !== "" ? t : prevTops[i];
    });
    columns.push(mappingOf(stack));
  }

  // One column per role (targets and references: one per year); later duplicates are kept as ignored,
  // except targets: of two target columns for one year ("Dự toán TTg giao", "Dự toán HĐND tỉnh quyết
  // định") the later one is the final decision.
  // Of two columns for another role, the one whose header names it more surely wins (else the first).
  const seen = new Map<string, ColumnMapping>();
  for (const m of columns) {
    if (m.role === "ignored") continue;
    const k = m.role === "target" || m.role === "reference" ? `${m.role}:${m.year ?? "?" + m.col}` : m.role;
    const first = seen.get(k);
    if (!first) seen.set(k, m);
    else if (m.role === "target" || headerStrength(m.header) > headerStrength(first.header)) {
      first.role = "ignored";
      seen.set(k, m);
    } else m.role = "ignored";
  }
  if (!columns.some((m) => m.role === "name")) return null;
  const kind = tableKind(columns);
  settleRoles(columns, kind);

  const last = rows[rows.length - 1];
  const numberingRows = isNumberingRow(view, last + 1, left, right) ? [last + 1] : [];
  return { headerRows: rows, numberingRows, left, right, columns, kind };
}

function tableKind(columns: ColumnMapping[]): "indicators" | "tasks" {
  const has = (role: ColumnRole) => columns.some((m) => m.role === role);
  const name = columns.find((m) => m.role === "name");
  const word = name ? matchHeaderWord(name.header) : null;
  const flavour = word?.kind === "name" ? word.flavour : null;
  if (has("unit") || columns.some((m) => (m.role === "target" || m.role === "reference") && m.year !== null)) return "indicators";
  if (flavour === "indicators" && !has("timeframe")) return "indicators";
  if (has("timeframe") || has("approvalLevel") || has("expectedOutput")) return "tasks";
  return flavour === "indicators" || has("target") ? "indicators" : "tasks";
}

/** Roles whose meaning depends on the table: "Kết quả" is the target of an indicator table, the output of a task table. */
function settleRoles(columns: ColumnMapping[], kind: "indicators" | "tasks"): void {
  if (kind === "indicators") {
    if (!columns.some((m) => m.role === "target")) {
      const result = columns.find((m) => m.role === "expectedOutput");
      if (result) {
        result.role = "target";
        result.year = null;
      }
    }
    for (const m of columns) if (m.role === "timeframe" || m.role === "approvalLevel" || m.role === "expectedOutput") m.role = "ignored";
  } else {
    // A task table has no targets: a "Mục tiêu"/"Kết quả (thực hiện)" column there is the expected result.
    for (const m of columns) {
      if (m.role === "target" || m.role === "reference") {
        if (!columns.some((o) => o.role === "expectedOutput")) m.role = "expectedOutput";
        else m.role = "ignored";
        m.year = null;
      }
    }
    // "Chỉ tiêu đạt được" beside a task's text: what the task must achieve, its expected output.
    if (!columns.some((m) => m.role === "expectedOutput")) {
      const result = columns.find((m) => m.role === "ignored" && /\bchi tieu\b/.test(headerKey(m.header)) && matchHeaderWord(m.header)?.kind === "name");
      if (result) result.role = "expectedOutput";
    }
    // "Đơn vị" alone over a task table's agencies.
    const unit = columns.find((m) => m.role === "unit");
    if (unit) unit.role = columns.some((m) => m.role === "lead" || m.role === "assignment") ? "ignored" : "assignment";
  }
  // Beside a "Chủ trì" column, an "Đơn vị thực hiện" column names the partners (or nothing new).
  if (columns.some((m) => m.role === "lead")) {
    const hasPartners = columns.some((m) => m.role === "partners");
    for (const m of columns) if (m.role === "assignment") m.role = hasPartners ? "ignored" : "partners";
  }
  const seenPartners = columns.filter((m) => m.role === "partners");
  for (const m of seenPartners.slice(1)) m.role = "ignored";
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
