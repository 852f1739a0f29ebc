import type { Lang, Message } from "../../core/i18n";
import type { Plan } from "../../core/model";
import { documentReview, planFromDocument, planIdFromFileName } from "../../core/workbook";
import { readDocxBytes } from "../../hosts/docx";
import { el, t } from "./view";

/**
 * The Word chunk, loaded with a dynamic `import()` only when "Nhập kế hoạch từ tệp Word" is
 * used: it carries JSZip and the document reader. The file never leaves the computer: it is read
 * here, recognised by the core exactly as `chitieu import PLAN.docx` does, and the plan goes to
 * the same job that creates the tracking sheets from a template.
 */
/** A text in both languages (a catalogue message, or a finding's). */
type Shown = Pick<Message, "vi" | "en">;

export interface WordPlan {
  plan: Plan | null;
  error: Message | null;
  /** What the reader noted (hidden text left out, numbering it could not compute…). */
  notes: Message[];
  /** Recognition warnings and errors, each with where it is in the document. */
  review: { where: Shown | null; message: Shown; suggestion: Shown | null }[];
}

export async function readWordPlan(file: File): Promise<WordPlan> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await readDocxBytes(bytes, file.name);
  if (!read.document) return { plan: null, error: read.error, notes: [], review: [] };
  const result = planFromDocument(read.document, { file: file.name, plan: { id: planIdFromFileName(file.name) } });
  return { plan: result.plan, error: result.error, notes: read.notes.map((n) => n.message), review: documentReview(result) };
}

/** The reader's notes and the rows to review, as text only (document text is data, never HTML). */
export function renderWordReport(root: HTMLElement, report: WordPlan, lang: Lang): void {
  root.replaceChildren();
  if (report.notes.length > 0) {
    root.append(el("h3", "hint", t(lang, "excel.word.notes")));
    const ul = el("ul", "notes");
    for (const n of report.notes) ul.append(el("li", undefined, n[lang]));
    root.append(ul);
  }
  if (report.review.length > 0) {
    root.append(el("h3", "hint", t(lang, "excel.word.review", { count: report.review.length })));
    const ul = el("ul", "review");
    for (const r of report.review.slice(0, 100)) {
      const li = el("li", undefined, `${r.where ? `${r.where[lang]} ` : ""}${r.message[lang]}`);
      if (r.suggestion) li.append(el("div", "fix", t(lang, "excel.findings.suggestion", { text: r.suggestion[lang] })));
      ul.append(li);
    }
    root.append(ul);
    if (report.review.length > 100) root.append(el("p", "hint", t(lang, "excel.word.more", { count: report.review.length - 100 })));
  }
}
