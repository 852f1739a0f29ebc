import { describeUnknownAgencies, matchAgencies, toAgencyRef, type AgencyIndex, type AgencyMatch } from "../agency";
import { cellText, isEmptyCell, type Cell } from "../grid";
import { msg, type Message } from "../i18n";
import { targetKey } from "../layout";
import type { AgencyRef } from "../model";
import { cleanText, nfc } from "../text";
import { codeShape, restoreNumericCode, type CodeShape } from "./codes";
import type { FindingSink } from "./findings";
import { msgLang } from "../i18n";
import type { TableHeader } from "./header";
import type { ReferenceKind } from "./header-words";
import type { SheetView } from "./sheet-view";
import type { ColumnRole, Inheritance, InheritedField, RecognizedRow } from "./types";

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

  /** The agency reference for a cell's text; unknown names become findings on the row that writes them. */
  agency(v: FieldValue, row: number, role: "lead" | "partners"): AgencyRef {
    if (v.text === "") return { raw: "", ids: [], unknown: [] };
    let match = this.matches.get(v.text);
    if (!match) {
      match = matchAgencies(v.text, this.index);
      this.matches.set(v.text, match);
    }
    if (v.sourceRow === row) {
      for (const d of describeUnknownAgencies(match)) {
        this.sink.add(row, role, "warning", "recognize.unknownAgency", d.error, d.suggestion);
      }
    }
    return toAgencyRef(match);
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
    const v = this.ctx.field(row, this.role);
    if (v.text !== "") {
      this.last = { text: v.text, cell: v.cell, row: v.sourceRow ?? row };
      return v;
    }
    if (this.ctx.col[this.role] === undefined || !this.last) return v;
    return { text: this.last.text, cell: this.last.cell, sourceRow: this.last.row, inherited: { fromRow: this.last.row, via: "blank" } };
  }
}

/** Records inherited fields on a row entry. */
export function noteInherited(entry: RecognizedRow, field: InheritedField, v: FieldValue): void {
  if (!v.inherited) return;
  entry.inherited = { ...(entry.inherited ?? {}), [field]: v.inherited };
}
