/**
 * The corpus seen through the Word path: what the reader extracts from a plan's document (its
 * head lines, and each appendix table with the title lines above it), and what the plan's JSON
 * says that should be.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { DocumentModel, MergedRange } from "../../core/grid";
import { documentHead } from "../../core/recognize";
import { readDocxBytes } from "../../hosts/docx";
import { tableGrid } from "./grid";
import { CorpusPlanSchema, type CorpusPlan } from "./schema";

export const MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];

export interface WordTable {
  titleLines: string[];
  cells: string[][];
  merges: MergedRange[];
}

export interface WordPlan {
  headLines: string[];
  tables: WordTable[];
}

const byPlace = (a: MergedRange, b: MergedRange) => a.top - b.top || a.left - b.left;
const lines = (texts: readonly string[]) => texts.flatMap((t) => t.split("\n")).map((l) => l.trim()).filter((l) => l !== "");

/** Head lines and the framed tables of a document, each with the paragraphs since the page break before it. */
export function extracted(doc: DocumentModel): WordPlan {
  const tables: WordTable[] = [];
  let titles: string[] = [];
  for (const b of doc.blocks) {
    if (b.pageBreakBefore) titles = [];
    if (b.kind === "paragraph") titles.push(b.text);
    else if (!b.borderless) {
      tables.push({ titleLines: lines(titles), cells: b.grid, merges: [...b.merges].sort(byPlace) });
      titles = [];
    }
  }
  return { headLines: documentHead(doc), tables };
}

/** What the JSON says the document holds. */
export function expectedWord(plan: CorpusPlan): WordPlan {
  const h = plan.document.head;
  return {
    headLines: lines([...h.issuerLines, ...MOTTO, h.numberLine, h.placeDateLine, ...h.titleLines]),
    tables: plan.tables.map((t) => {
      const { cells, merges } = tableGrid(t.rows);
      return { titleLines: lines(t.titleLines), cells, merges: [...merges].sort(byPlace) };
    }),
  };
}

export interface CorpusSet {
  label: string;
  plans: string;
  docs: string;
}

/** The corpus, and the fixture plan the Word path is tested on while the corpus is being written. */
export const CORPUS_SETS: CorpusSet[] = [
  { label: "corpus", plans: path.join(__dirname, "plans"), docs: path.join(__dirname, "docs") },
  { label: "fixture", plans: path.join(__dirname, "../fixtures/corpus"), docs: path.join(__dirname, "../fixtures/corpus/docs") },
];

export function planFiles(set: CorpusSet): string[] {
  return fs.existsSync(set.plans) ? fs.readdirSync(set.plans).filter((f) => f.endsWith(".json")).sort().map((f) => path.join(set.plans, f)) : [];
}

export function readPlan(file: string): CorpusPlan {
  return CorpusPlanSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}

export async function readDocument(file: string): Promise<DocumentModel> {
  const r = await readDocxBytes(new Uint8Array(fs.readFileSync(file)), path.basename(file));
  if (!r.document) throw new Error(`${file}: ${r.error.en}`);
  return r.document;
}
