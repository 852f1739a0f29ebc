import { msg } from "../i18n";
import type { Section, Task } from "../model";
import { parseTimeframe } from "../parse";
import { printedText } from "../text";
import type { CodeShape } from "./codes";
import { IdRegistry } from "./ids";
import { Carry, noteInherited, type ReadContext, type RowHead } from "./read-context";
import { CodePath, isConnector, rankOf } from "./row-shapes";
import type { RecognizedRow } from "./types";

/**
 * Reads the rows of a task table: sections (I, II, A, B, or a title merged across the table),
 * sub-sections (a plain number when the rows under it are numbered "1.1", "1.2", or a numbered
 * row with nothing but a title over numbered tasks), and tasks. Numbering that restarts in each
 * section is normal; a task number merged over several rows with their own texts gives one task
 * per row, each with that number.
 */
export class TaskReader {
  readonly sections: Section[] = [];
  readonly tasks: Task[] = [];
  private readonly path = new CodePath();
  private previousKey: string | null = null;
  /** The last task with a code, for rows under a merged task number. */
  private lastCoded: { id: string; row: number; code: string } | null = null;
  private readonly counts = new Map<string, number>();
  private readonly ids: IdRegistry;
  private readonly lead: Carry;
  private readonly partners: Carry;
  private readonly timeframe: Carry;

  constructor(
    private readonly ctx: ReadContext,
    /** The head of the next data row below (for sub-section detection). */
    private readonly nextHead: (row: number) => RowHead | null,
  ) {
    this.ids = new IdRegistry(ctx.sink);
    this.lead = new Carry(ctx, "lead");
    this.partners = new Carry(ctx, "partners");
    this.timeframe = new Carry(ctx, "timeframe");
  }

  readRow(row: number): RecognizedRow {
    const ctx = this.ctx;
    const head = ctx.rowHead(row, this.previousKey);
    const { code, shape, name: text } = head;
    const hasOther = (["lead", "partners", "assignment", "timeframe", "approvalLevel", "expectedOutput"] as const).some(
      (r) => ctx.field(row, r).text !== "",
    );
    if (head.spanning) return this.sectionRow(row, head);
    // Number and text merged down over rows with their own agencies: one task per row, same text.
    const shared = text === "" ? this.mergedTask(row) : null;
    if (shared && hasOther) {
      const n = this.next(`same:${shared.id}`) + 1;
      return this.taskRow(row, shared.code, null, shared.text, `${shared.id}/${n}`);
    }
    if (text === "") {
      if (shape.kind === "other") return ctx.unreadable(row, msg("recognize.reason.codeNotUnderstood", { code }));
      if (code !== "") return ctx.unreadable(row, msg("recognize.reason.missingName", { code }));
      return ctx.unreadable(row, msg(hasOther ? "recognize.reason.onlyAgencies" : "recognize.reason.noCodeNoName"));
    }
    if (!hasOther && isConnector(text)) return { row, kind: "note", id: null };

    // A task number merged down over rows with their own texts: one task per row, same number.
    const merged = this.mergedCode(row);
    if (merged) {
      const n = this.next(`same:${merged.id}`) + 1;
      return this.taskRow(row, merged.code, null, text, `${merged.id}/${n}`);
    }

    switch (shape.kind) {
      case "letter":
      case "roman":
        if (!hasOther) return this.sectionRow(row, head);
        return this.coded(row, code, shape, text);
      case "integer":
      case "dotted":
        // A numbered title over deeper numbered rows ("1 Về giáo dục" over "1.1", "1.2"), with nothing else on it.
        if (!hasOther && this.headsDeeperRows(row, shape)) return this.sectionRow(row, head);
        return this.coded(row, code, shape, text);
      case "other":
        return ctx.unreadable(row, msg("recognize.reason.codeNotUnderstood", { code }));
      case "marker":
      case "none":
        break;
    }
    // A title with nothing else on its row, over numbered tasks: an un-numbered section.
    if (!hasOther && shape.kind === "none" && this.headsCodedRows(row)) return this.sectionRow(row, head);
    if (!hasOther && ctx.col.lead === undefined && ctx.col.timeframe === undefined && ctx.col.assignment === undefined) {
      // A table with only code and text: every row with a text is a task.
    } else if (!hasOther) return ctx.unreadable(row, msg("recognize.reason.textOnly"));
    const scope = this.path.groupId() || "0";
    const n = this.next(scope);
    return this.taskRow(row, shape.kind === "marker" ? code : "", null, text, `${scope}/${n}`);
  }

  private next(counter: string): number {
    const n = (this.counts.get(counter) ?? 0) + 1;
    this.counts.set(counter, n);
    return n;
  }

  /** The task whose number and text cells are both merged down over this row, if any. */
  private mergedTask(row: number): { id: string; code: string; text: string } | null {
    const code = this.mergedCode(row);
    const nameCol = this.ctx.col.name;
    if (!code || nameCol === undefined || this.ctx.view.mergeOriginAbove(row, nameCol) !== this.lastCoded?.row) return null;
    return { ...code, text: printedText(this.ctx.view.text(this.lastCoded.row, nameCol)) };
  }

  /** The code of a task number cell merged down from a row above in this table, if this row is under one. */
  private mergedCode(row: number): { id: string; code: string } | null {
    const c = this.ctx.col.code;
    if (c === undefined || this.ctx.view.text(row, c) !== "") return null;
    const origin = this.ctx.view.mergeOriginAbove(row, c);
    if (origin === null || !this.lastCoded || this.lastCoded.row !== origin) return null;
    return { id: this.lastCoded.id, code: this.lastCoded.code };
  }

  private headsCodedRows(row: number): boolean {
    const next = this.nextHead(row);
    if (!next || next.spanning) return false;
    return next.shape.kind === "integer" || next.shape.kind === "dotted";
  }

  private headsDeeperRows(row: number, shape: CodeShape): boolean {
    const next = this.nextHead(row);
    if (!next || next.spanning) return false;
    if (next.shape.kind === "dotted" && shape.kind === "integer") return next.shape.major === shape.key;
    if (next.shape.kind === "dotted" && shape.kind === "dotted") return next.shape.key.startsWith(`${shape.key}.`);
    return false;
  }

  private sectionRow(row: number, head: RowHead): RecognizedRow {
    const group = this.path.openGroup(head.shape, head.code);
    const key = (head.shape as { key?: string }).key ?? "";
    const nested = group.parent !== null;
    const id = this.ids.claim(group.id, head.code || group.id, row, "section");
    const code = nested && key !== "" ? key : id;
    this.sections.push({ code, ...(head.code !== code && head.code.replace(/[.):]$/, "") !== code ? { printedCode: head.code } : {}), name: head.name, parent: group.parent });
    // Like a group row, a section row starts a new "same as above" scope with its own values.
    this.lead.reset(this.ctx.field(row, this.ctx.col.lead === undefined && this.ctx.col.assignment !== undefined ? "assignment" : "lead"));
    this.partners.reset(this.ctx.field(row, "partners"));
    this.timeframe.reset(this.ctx.field(row, "timeframe"));
    this.previousKey = null;
    this.lastCoded = null;
    return { row, kind: nested ? "subarea" : "section", id };
  }

  private coded(row: number, code: string, shape: CodeShape, text: string): RecognizedRow {
    const id = this.path.idFor(shape, this.previousKey);
    const entry = this.taskRow(row, code, shape, text, id);
    if (entry.id !== null) {
      this.path.enterRow(shape, entry.id);
      this.lastCoded = { id: entry.id, row, code };
    }
    if (shape.kind === "dotted") this.previousKey = shape.key;
    return entry;
  }

  private taskRow(row: number, code: string, shape: CodeShape | null, text: string, base: string): RecognizedRow {
    const ctx = this.ctx;
    const id = this.ids.claim(base, code, row);
    const entry: RecognizedRow = { row, kind: "task", id };
    const leadV = this.lead.read(row);
    const partnersV = this.partners.read(row);
    const timeV = this.timeframe.read(row);
    const assignV = ctx.field(row, "assignment");
    noteInherited(entry, "lead", leadV);
    noteInherited(entry, "partners", partnersV);
    noteInherited(entry, "timeframe", timeV);

    const timeframe = parseTimeframe(timeV.text === "" ? "" : timeV.cell);
    if (ctx.col.timeframe !== undefined) {
      if (timeV.text === "") {
        ctx.sink.add(row, "timeframe", "warning", "recognize.missingTimeframe", msg("recognize.missingTimeframe", { id }), msg("recognize.missingTimeframeFix"));
      } else if (timeV.sourceRow === row) {
        if (timeframe.error) ctx.sink.add(row, "timeframe", "warning", "recognize.timeframeError", timeframe.error, timeframe.suggestion);
        for (const w of timeframe.warnings) ctx.sink.add(row, "timeframe", "warning", "recognize.timeframeWarning", w, timeframe.suggestion);
      }
    }
    const approval = printedText(ctx.field(row, "approvalLevel").text);
    const output = printedText(ctx.field(row, "expectedOutput").text);
    const groups = this.path.groups();
    const agencies = ctx.agencies(leadV, partnersV, assignV, row);
    this.tasks.push({
      id,
      section: groups[0]?.id ?? "",
      subArea: groups.length > 1 ? groups[groups.length - 1].key : null,
      code,
      text,
      lead: agencies.lead,
      partners: agencies.partners,
      timeframe,
      approvalLevel: approval === "" ? null : approval,
      expectedOutput: output === "" ? null : output,
      // An output document named by the plan must be evidenced when the task is reported done.
      evidenceRequired: output !== "",
    });
    void rankOf;
    void shape;
    return entry;
  }
}
