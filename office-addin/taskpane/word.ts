import type { DocumentModel } from "../../core/grid";
import type { Lang, Message } from "../../core/i18n";
import type { Plan } from "../../core/model";
import type { IdentityField, PlanIdentity } from "../../core/recognize";
import { documentReview, planFromDocument } from "../../core/workbook";
import { readDocxBytes } from "../../hosts/docx";
import { identityForm } from "./identity-form";
import { el, t } from "./view";

/**
 * The Word chunk, loaded with a dynamic `import()` only when "Nhập kế hoạch từ tệp Word" is
 * used: it carries JSZip and the document reader. The file never leaves the computer: it is read
 * here, recognised by the core exactly as `chitieu import PLAN.docx` does, and the plan goes to
 * the same job that creates the tracking sheets from a template.
 */

/** A text in both languages (a catalogue message, or a finding's). */
type Shown = Pick<Message, "vi" | "en">;

/** A document read once; its plan may be made again with the details the person adds. */
export interface WordRead {
  file: string;
  document: DocumentModel | null;
  error: Message | null;
  /** What the reader noted (hidden text left out, numbering it could not compute…). */
  notes: Message[];
}

export interface WordPlan {
  plan: Plan | null;
  error: Shown | null;
  notes: Message[];
  /** What the document's head says of the plan, with what the person gave. */
  identity: PlanIdentity;
  /** What neither says: the pane asks for it before anything is created. */
  missing: IdentityField[];
  /** Recognition warnings and errors, each with where it is in the document. */
  review: { where: Shown | null; message: Shown; suggestion: Shown | null }[];
}

export async function readWordFile(file: File): Promise<WordRead> {
  const read = await readDocxBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  return { file: file.name, document: read.document, error: read.error, notes: read.notes.map((n) => n.message) };
}

export function wordPlan(read: WordRead, identity: Partial<PlanIdentity>): WordPlan {
  if (!read.document) throw new Error("wordPlan: no document");
  const result = planFromDocument(read.document, { file: read.file, identity });
  return { plan: result.plan, error: result.error, notes: read.notes, identity: result.identity, missing: result.missing, review: documentReview(result) };
}

/** The reader's notes, the plan's details when some are missing, and the rows to review: text only. */
export function renderWordReport(root: HTMLElement, report: WordPlan, lang: Lang, onIdentity: (identity: Partial<PlanIdentity>) => void): void {
  root.replaceChildren();
  if (report.plan === null && report.missing.length > 0) {
    root.append(identityForm("word-identity", report.identity, report.missing, { title: t(lang, "excel.word.identity"), submit: t(lang, "excel.word.create"), lang, submitId: "word-create" }, onIdentity));
  }
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
