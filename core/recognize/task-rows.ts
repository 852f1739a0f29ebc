import { msg } from "../i18n";
import type { Section, Task } from "../model";
import { parseTimeframe } from "../parse";
import { printedText } from "../text";
import { codeShape } from "./codes";
import { IdRegistry } from "./ids";
import { Carry, noteInherited, type ReadContext } from "./read-context";
import type { RecognizedRow } from "./types";

/**
 * Reads the rows of a task table (Phụ lục II): sections with roman codes, sub-areas with a plain
 * number when the tasks under them are numbered "1.1", "1.2" (Đồng Tháp VI), and tasks.
 */
export class TaskReader {
  readonly sections: Section[] = [];
  readonly tasks: Task[] = [];
  private section = "";
  private subArea: string | null = null;
  private previousKey: string | null = null;
  private readonly counts = new Map<string, number>();
  private readonly ids: IdRegistry;
  private readonly lead: Carry;
  private readonly partners: Carry;
  private readonly timeframe: Carry;

  /** `nextCode(row)`: the code of the next row below that has one (for sub-area detection). */
  constructor(
    private readonly ctx: ReadContext,
    private readonly nextCode: (row: number) => string,
  ) {
    this.ids = new IdRegistry(ctx.sink);
    this.lead = new Carry(ctx, "lead");
    this.partners = new Carry(ctx, "partners");
    this.timeframe = new Carry(ctx, "timeframe");
  }

  readRow(row: number): RecognizedRow {
    const ctx = this.ctx;
    const { code, shape } = ctx.code(row, this.previousKey);
    const text = printedText(ctx.own(row, "name"));
    const hasOther = (["lead", "partners", "timeframe", "approvalLevel", "expectedOutput"] as const).some(
      (r) => ctx.field(row, r).text !== "",
    );

    switch (shape.kind) {
      case "roman":
        if (text === "") return ctx.unreadable(row, msg("recognize.reason.missingName", { code }));
        return this.sectionRow(row, shape.key, text, null, "section");
      case "integer": {
        if (text === "") return ctx.unreadable(row, msg("recognize.reason.missingName", { code }));
        const below = codeShape(this.nextCode(row));
        if (below.kind === "dotted" && below.major === shape.key) {
          return this.sectionRow(row, shape.key, text, this.section === "" ? null : this.section, this.section === "" ? "section" : "subarea");
        }
        return this.taskRow(row, code, shape.key, text, false);
      }
      case "dotted":
        if (text === "") return ctx.unreadable(row, msg("recognize.reason.missingName", { code }));
        return this.taskRow(row, code, shape.key, text, shape.major === this.subArea);
      case "other":
        return ctx.unreadable(row, msg("recognize.reason.codeNotUnderstood", { code }));
      case "marker":
      case "none":
        break;
    }
    if (text === "") return ctx.unreadable(row, msg(hasOther ? "recognize.reason.onlyAgencies" : "recognize.reason.noCodeNoName"));
    if (!hasOther) return ctx.unreadable(row, msg("recognize.reason.textOnly"));
    const n = (this.counts.get(this.section) ?? 0) + 1;
    this.counts.set(this.section, n);
    return this.taskRow(row, shape.kind === "marker" ? code : "", null, text, false, `${this.section || "0"}/${n}`);
  }

  private sectionRow(row: number, key: string, name: string, parent: string | null, kind: "section" | "subarea"): RecognizedRow {
    const scope = parent === null ? key : `${parent}.${key}`;
    const id = this.ids.claim(scope, key, row, "section");
    this.sections.push({ code: parent === null ? id : key, name, parent });
    if (kind === "section") {
      this.section = id;
      this.subArea = null;
    } else {
      this.subArea = key;
    }
    // Like a group row, a section row starts a new "same as above" scope with its own values.
    this.lead.reset(this.ctx.field(row, "lead"));
    this.partners.reset(this.ctx.field(row, "partners"));
    this.timeframe.reset(this.ctx.field(row, "timeframe"));
    this.previousKey = null;
    return { row, kind, id };
  }

  private taskRow(row: number, code: string, key: string | null, text: string, inSubArea: boolean, generatedId?: string): RecognizedRow {
    const ctx = this.ctx;
    const base = generatedId ?? (this.section === "" ? (key as string) : `${this.section}.${key}`);
    const id = this.ids.claim(base, code, row);
    const entry: RecognizedRow = { row, kind: "task", id };
    const leadV = this.lead.read(row);
    const partnersV = this.partners.read(row);
    const timeV = this.timeframe.read(row);
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
    this.tasks.push({
      id,
      section: this.section,
      subArea: inSubArea ? this.subArea : null,
      code,
      text,
      lead: ctx.agency(leadV, row, "lead"),
      partners: ctx.agency(partnersV, row, "partners"),
      timeframe,
      approvalLevel: approval === "" ? null : approval,
      expectedOutput: output === "" ? null : output,
      // An output document named by the plan must be evidenced when the task is reported done.
      evidenceRequired: output !== "",
    });
    if (key !== null && key.includes(".")) this.previousKey = key;
    return entry;
  }
}
