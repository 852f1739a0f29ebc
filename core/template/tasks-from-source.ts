/**
 * The task table of a template source → sections and tasks of the Plan. Id: `<section>.<code>`
 * with the code's final dot dropped ("II.3"); under a sub-area the code already names it
 * ("VI.1.2" for task 1.2 of sub-area 1 of VI).
 */
import type { Section, Task } from "../model";
import { parseTimeframe } from "../parse";
import type { PlanSource } from "./source-schema";
import { agencyRef, noteParse, stripDot, type ConvertContext } from "./convert-context";

/**
 * Every output the plans name (Kế hoạch, Quyết định, Nghị quyết, Quy hoạch, Dự án, văn bản chỉ
 * đạo, and tin bài / tài liệu / ấn phẩm) is something a person can cite by number or link, so a
 * printed output means completion needs evidence; a blank one (and plans without the column) not.
 */
export function needsEvidence(expectedOutput: string | null): boolean {
  return expectedOutput !== null && expectedOutput.trim() !== "";
}

const blankToNull = (s: string | null): string | null => (s === null || s.trim() === "" ? null : s);

export function tasksFromSource(source: PlanSource, ctx: ConvertContext): { sections: Section[]; tasks: Task[] } {
  const sections: Section[] = [];
  const tasks: Task[] = [];
  let section = "";
  let subArea: string | null = null;

  source.taskRows.forEach((r, row) => {
    if (r.row === "section") {
      section = stripDot(r.code);
      subArea = null;
      sections.push({ code: section, name: r.name, parent: null });
      return;
    }
    if (r.row === "subarea") {
      subArea = stripDot(r.code);
      sections.push({ code: subArea, name: r.name, parent: section });
      return;
    }
    const timeframe = parseTimeframe(r.timeframe);
    noteParse(ctx, timeframe, "taskRows", row, "timeframe");
    const expectedOutput = blankToNull(r.expectedOutput);
    tasks.push({
      id: `${section}.${stripDot(r.code)}`,
      section,
      subArea,
      code: r.code,
      text: r.text,
      lead: agencyRef(ctx, r.lead, "taskRows", row, "lead"),
      partners: agencyRef(ctx, r.partners, "taskRows", row, "partners"),
      timeframe,
      approvalLevel: blankToNull(r.approvalLevel),
      expectedOutput,
      evidenceRequired: needsEvidence(expectedOutput),
    });
  });
  return { sections, tasks };
}
