import { describeUnknownAgencies, matchAgencies, toAgencyRef, type AgencyBody, type AgencyIndex, type AgencyMatch } from "../agency";
import { cellText, isEmptyCell, type Cell } from "../grid";
import { msg, type Message } from "../i18n";
import { targetKey } from "../layout";
import type { AgencyRef } from "../model";
import { cleanText, nfc, printedText } from "../text";
import { codeShape, leadingCode, restoreNumericCode, type CodeShape } from "./codes";
import type { FindingSink } from "./findings";
import { msgLang } from "../i18n";
import type { TableHeader } from "./header";
import type { ReferenceKind } from "./header-words";
import type { SheetView } from "./sheet-view";
import type { ColumnRole, Inheritance, InheritedField, RecognizedRow } from "./types";

/** A row's own description: its code, name and whether it spans the table as a group title. */
export interface RowHead {
  code: string;
  shape: CodeShape;
  name: string;
  spanning: boolean;
}

/** A cell's value as read, with where it came from. */
export interface FieldValue {
  text: string;
  /** The cell that holds the text (own, merge origin or the row above), null when empty. */
  cell: Cell;
  sourceRow: number | null;
  inherited: Inheritance | null;
}

const EMPTY: FieldValue = { text: "", cell: null, sourceRow: null, inherited: null };

/** Everything the row readers share for one table. */
export class ReadContext {
  readonly col: Partial<Record<Exclude<ColumnRole, "target" | "reference" | "ignored">, number>> = {};
  /** Target columns; `year` null until the title or a group row names it (see target-years). */
  readonly targets: { col: number; year: number }[] = [];
  readonly references: { col: number; year: number | null; ref: ReferenceKind }[] = [];
  private readonly matches = new Map<string, AgencyMatch>();

  constructor(
    readonly view: SheetView,
    readonly header: TableHeader,
    readonly firstRow: number,
    readonly lastRow: number,
    readonly sink: FindingSink,
    private readonly index: AgencyIndex,
  ) {
    for (const m of header.columns) {
      if (m.role === "target") {
        if (m.year !== null) this.targets.push({ col: m.col, year: m.year });
      } else if (m.role === "reference") {
        this.references.push({ col: m.col, year: m.year, ref: m.ref ?? "actual" });
      } else if (m.role !== "ignored" && this.col[m.role] === undefined) this.col[m.role] = m.col;
    }
    this.targets.sort((a, b) => a.year - b.year);
  }

  /** Column key of the layout for findings ("name" is "text" in task sheets). */
  key(role: ColumnRole, year?: number): string {
    if (role === "target" && year !== undefined) return targetKey(year);
    if (role === "name" && this.header.kind === "tasks") return "text";
    return role;
  }

  /** The cell's own text; merge continuations are empty. */
  own(row: number, role: Exclude<ColumnRole, "target" | "reference" | "ignored">): string {
    const c = this.col[role];
    return c === undefined ? "" : this.view.text(row, c);
  }

  /** Own text, or the text of a vertical merge above that starts inside the table. */
  /**
   * The row's code as printed, with its shape. A dotted code that a spreadsheet turned into a
   * number ("10.10" → 10.1) is restored from the code before it, with an info finding.
   */
  code(row: number, previousKey: string | null): { code: string; shape: CodeShape } {
    let code = cleanText(this.own(row, "code"));
    let shape = codeShape(code);
    if (shape.kind === "dotted") {
      const restored = restoreNumericCode(this.col.code === undefined ? null : this.view.cell(row, this.col.code), previousKey);
      if (restored) {
        this.sink.add(
          row,
          "code",
          "info",
          "recognize.codeReadAsNumber",
          msg("recognize.codeReadAsNumber", { row: row + 1, value: code, code: restored }),
          msg("recognize.codeReadAsNumberFix", { code: restored }),
        );
        code = restored;
        shape = codeShape(code);
      }
    }
    return { code, shape };
  }

  value(row: number, col: number | undefined): FieldValue {
    if (col === undefined) return EMPTY;
    const text = this.view.text(row, col);
    if (text !== "") return { text, cell: this.view.cell(row, col), sourceRow: row, inherited: null };
    const origin = this.view.mergeOriginAbove(row, col);
    if (origin !== null && origin >= this.firstRow) {
      const t = this.view.text(origin, col);
      if (t !== "") return { text: t, cell: this.view.cell(origin, col), sourceRow: origin, inherited: { fromRow: origin, via: "merge" } };
    }
    return EMPTY;
  }

  field(row: number, role: Exclude<ColumnRole, "target" | "reference" | "ignored">): FieldValue {
    return this.value(row, this.col[role]);
  }

  private match(text: string): AgencyMatch {
    let match = this.matches.get(text);
    if (!match) {
      match = matchAgencies(text, this.index);
      this.matches.set(text, match);
    }
    return match;
  }

  /** The agency reference for a cell's text; unknown names become findings on the row that writes them. */
  agency(v: FieldValue, row: number, role: "lead" | "partners"): AgencyRef {
    if (v.text === "") return { raw: "", ids: [], unknown: [] };
    const match = this.match(v.text);
    if (v.sourceRow === row) this.reportUnknown(match, row, role);
    return toAgencyRef(match);
  }

  private reportUnknown(match: AgencyMatch, row: number, role: "lead" | "partners"): void {
    for (const d of describeUnknownAgencies(match)) {
      this.sink.add(row, role, "warning", "recognize.unknownAgency", d.error, d.suggestion);
    }
  }

  /**
   * Lead and partners of a row. With one "Đơn vị thực hiện" column, its bodies are split: those
   * marked "chủ trì" lead (else the first body), the others are partners.
   */
  agencies(lead: FieldValue, partners: FieldValue, assignment: FieldValue, row: number): { lead: AgencyRef; partners: AgencyRef } {
    if (this.col.lead !== undefined || this.col.assignment === undefined) {
      const l = this.agency(lead, row, "lead");
      const p = this.agency(partners, row, "partners");
      // A lead cell naming a body "phối hợp" ("Ban Công tác đại biểu (Viện Nghiên cứu lập pháp phối hợp)").
      const moved = lead.text === "" ? [] : this.match(lead.text).bodies.filter((b) => b.role === "partner");
      if (moved.length === 0) return { lead: l, partners: p };
      const keep = this.match(lead.text).bodies.filter((b) => b.role !== "partner");
      return { lead: refOf(keep), partners: joinRefs(refOf(moved), p) };
    }
    const v = lead.text !== "" ? lead : assignment;
    if (v.text === "") return { lead: { raw: "", ids: [], unknown: [] }, partners: this.agency(partners, row, "partners") };
    const match = this.match(v.text);
    if (v.sourceRow === row) this.reportUnknown(match, row, "lead");
    const marked = match.bodies.some((b) => b.role === "lead");
    const isLead = (b: AgencyBody, i: number) => (marked ? b.role === "lead" : i === 0 && b.role !== "partner");
    const own = refOf(match.bodies.filter((b, i) => !isLead(b, i)));
    return {
      lead: refOf(match.bodies.filter(isLead)),
      partners: partners.text !== "" ? joinRefs(own, this.agency(partners, row, "partners")) : own,
    };
  }

  /**
   * What a row says about itself before its values are read: its code (from the code cell, or a
   * marker/number written at the start of the name when the code cell is empty), its name, and
   * whether it is a group title spanning the table (a cell merged across the name and value
   * columns, as Word's paste gives group rows, or the only text of the row in the code column).
   */
  rowHead(row: number, previousKey: string | null): RowHead {
    // A task's text may start with a bullet ("- Xây dựng ..."); an indicator's "- Thành thị" is a sub-row mark.
    const splitMarkers = this.header.kind === "indicators";
    const span = this.spanningText(row);
    if (span !== null) {
      const lead = leadingCode(span.text);
      if (span.fromCode && lead) return { code: lead.code, shape: lead.shape, name: printedText(lead.rest), spanning: true };
      const own = span.fromCode ? { code: "", shape: { kind: "none" } as CodeShape } : this.code(row, previousKey);
      return { ...own, name: printedText(span.text), spanning: true };
    }
    let { code, shape } = this.code(row, previousKey);
    let name = printedText(this.own(row, "name"));
    // Under a task number merged down, a leading "-" is a bullet of the text, not a code.
    const underMerge = this.col.code !== undefined && this.view.mergeOriginAbove(row, this.col.code) !== null;
    if (shape.kind === "none" && name !== "" && !underMerge && splitMarkers) {
      const marker = /^([-+*•–·○▪◦])\s*(\S.*)$/u.exec(name);
      const lead = marker ? null : leadingCode(name);
      if (marker) {
        code = marker[1] === "–" ? "-" : marker[1];
        shape = codeShape(code);
        name = marker[2].trim();
      } else if (lead) {
        code = lead.code;
        shape = lead.shape;
        name = printedText(lead.rest);
      } else {
        const letter = /^([a-zđ])\)\s*(\S.*)$/u.exec(name);
        if (letter) {
          code = `${letter[1]})`;
          shape = codeShape(code);
          name = letter[2].trim();
        }
      }
    }
    return { code, shape, name, spanning: false };
  }

  /** The text of a group row that spans the table, or null. */
  private spanningText(row: number): { text: string; fromCode: boolean } | null {
    const h = this.header;
    const nameCol = this.col.name;
    if (nameCol === undefined) return null;
    const cells: { col: number; text: string }[] = [];
    for (let c = h.left; c <= h.right; c++) {
      const t = this.view.text(row, c);
      if (t !== "") cells.push({ col: c, text: t });
    }
    const codeCol = this.col.code;
    // A cell merged across the name column and at least one other column.
    for (const cell of cells) {
      const m = this.view.mergeAt(row, cell.col);
      if (!m || m.top !== row || m.bottom !== row) continue;
      if (m.left > nameCol || m.right < nameCol || m.right === m.left) continue;
      const outside = cells.filter((o) => o.col < m.left || o.col > m.right);
      // The code may stand in its own cell before the merged name; agencies may follow it (a group carrying its lead).
      const others = outside.filter((o) => o.col !== codeCol && !this.isAgencyCol(o.col));
      if (others.length > 0) continue;
      return { text: cell.text, fromCode: cell.col === codeCol };
    }
    // Pasted without merges: the group's whole title in the code column and nothing else.
    if (codeCol !== undefined && cells.length === 1 && cells[0].col === codeCol) {
      const t = cells[0].text;
      // A group title starts with its code or is written in capitals; a note ("Ghi chú: ...") is neither.
      const titled = leadingCode(t) !== null || (t === t.toUpperCase() && /\p{L}/u.test(t));
      if (titled && t.split(/\s+/).length >= 2 && codeShape(t).kind === "other") return { text: t, fromCode: true };
    }
    return null;
  }

  /** True when the row has its own text in a lead, partners, assignment or timeframe cell. */
  writesAssignment(row: number): boolean {
    return (["lead", "partners", "assignment", "timeframe"] as const).some((r) => this.own(row, r) !== "");
  }

  isAgencyCol(col: number): boolean {
    return col === this.col.lead || col === this.col.partners || col === this.col.assignment;
  }

  /** "Found: TT: “x”; Chỉ tiêu: “y”" for an unreadable row. */
  describeRow(row: number): string {
    const parts: string[] = [];
    for (const m of this.header.columns) {
      const t = this.view.text(row, m.col);
      if (t === "") continue;
      const shown = cleanText(t);
      parts.push(`${m.header || "?"}: “${shown.length > 60 ? shown.slice(0, 57) + "..." : shown}”`);
    }
    return parts.join("; ");
  }

  unreadable(row: number, reason: Message): RecognizedRow {
    const found = this.describeRow(row);
    this.sink.add(
      row,
      this.key("name"),
      "warning",
      "recognize.unreadableRow",
      msgLang("recognize.unreadableRow", { row: row + 1, found, reason: reason.vi }, { row: row + 1, found, reason: reason.en }),
      msg("recognize.unreadableRowFix"),
    );
    return { row, kind: "unreadable", id: null };
  }

  /** True when no cell of the table's columns holds text on this row (merge continuations count as empty). */
  isBlank(row: number): boolean {
    for (let c = this.header.left; c <= this.header.right; c++) if (this.view.text(row, c) !== "") return false;
    return true;
  }
}

/** The reference for some of a cell's bodies (a lead cell's partners, an assignment cell's lead). */
function refOf(bodies: readonly AgencyBody[]): AgencyRef {
  return {
    raw: bodies.map((b) => b.text).join("; "),
    ids: [...new Set(bodies.flatMap((b) => b.ids))],
    unknown: bodies.filter((b) => b.ids.length === 0).map((b) => b.text),
  };
}

function joinRefs(a: AgencyRef, b: AgencyRef): AgencyRef {
  return { raw: [a.raw, b.raw].filter((x) => x !== "").join("; "), ids: [...new Set([...a.ids, ...b.ids])], unknown: [...a.unknown, ...b.unknown] };
}

/** Text of a cell kept as printed (NFC, trimmed), for raw fields. */
export function rawText(cell: Cell): string {
  return isEmptyCell(cell) ? "" : nfc(cellText(cell)).trim();
}

/**
 * "Same as above" for one column: a blank cell takes the last value written above it in the same
 * area or section; a cell covered by a merged range takes the merge's value.
 */
export class Carry {
  private last: { text: string; cell: Cell; row: number } | null = null;

  constructor(
    private readonly ctx: ReadContext,
    private readonly role: InheritedField,
  ) {}

  /** Starts a new area/section; its own row's value (if any) is what its rows inherit. */
  reset(start: FieldValue | null): void {
    this.last = start && start.text !== "" && start.sourceRow !== null ? { text: start.text, cell: start.cell, row: start.sourceRow } : null;
  }

  read(row: number): FieldValue {
    // Without a "Chủ trì" column, the one "Đơn vị thực hiện" column carries the lead (and its partners).
    const role = this.role === "lead" && this.ctx.col.lead === undefined && this.ctx.col.assignment !== undefined ? "assignment" : this.role;
    const v = this.ctx.field(row, role);
    if (v.text !== "") {
      this.last = { text: v.text, cell: v.cell, row: v.sourceRow ?? row };
      return v;
    }
    if (this.ctx.col[role] === undefined || !this.last) return v;
    // A row that writes some of its own assignment (a lead, a timeframe) means what it leaves blank:
    // "same as above" is a row that leaves all of it blank (Đồng Tháp 3.4, 3.5).
    if (this.ctx.writesAssignment(row)) return v;
    return { text: this.last.text, cell: this.last.cell, sourceRow: this.last.row, inherited: { fromRow: this.last.row, via: "blank" } };
  }
}

/** Records inherited fields on a row entry. */
export function noteInherited(entry: RecognizedRow, field: InheritedField, v: FieldValue): void {
  if (!v.inherited) return;
  entry.inherited = { ...(entry.inherited ?? {}), [field]: v.inherited };
}
