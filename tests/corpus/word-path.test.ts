import * as fs from "node:fs";
import * as path from "node:path";
import type { Finding } from "../../core/model";
import { recognizeDocument, recognizeSheet, type RecognizedTable } from "../../core/recognize";
import { pastedSheet } from "./grid";
import { CORPUS_SETS, planFiles, readDocument, readPlan } from "./word";

/**
 * The Word path and the paste path read the same plan: for every plan of the corpus, the tables
 * recognised from its .docx are exactly those recognised from each table pasted into a sheet
 * (pastedSheet) — kinds, rows, ids, every field, and the findings — apart from where they sit
 * (a table's rows are numbered from its header, and so are the rows its messages name).
 */
const ROW_WORDS = /\b(dòng|Dòng|row|Row|rows|Rows)(\s+)(\d+)/g;

/** `offset`: the table's first header row; `start`: the first row of the grid it was recognised in (messages count from there). */
function relativeFinding(f: Finding, offset: number, start: number) {
  const shift = (s: string) => s.replace(ROW_WORDS, (_m, word: string, space: string, n: string) => `${word}${space}${Number(n) - (offset - start)}`);
  return {
    row: f.row - offset,
    column: f.column,
    severity: f.severity,
    code: f.code,
    message: { vi: shift(f.message.vi), en: shift(f.message.en) },
    suggestion: f.suggestion ? { vi: shift(f.suggestion.vi), en: shift(f.suggestion.en) } : null,
  };
}

/** A recognised table with its positions made relative to its first header row. */
function relative(t: RecognizedTable, start = 0) {
  const offset = t.headerRows[0];
  return {
    kind: t.kind,
    headerRows: t.headerRows.map((r) => r - offset),
    firstRow: t.firstRow - offset,
    lastRow: t.lastRow - offset,
    columns: t.columns,
    milestoneYears: t.milestoneYears,
    areas: t.areas,
    sections: t.sections,
    indicators: t.indicators,
    tasks: t.tasks,
    rows: t.rows.map((r) => ({
      ...r,
      row: r.row - offset,
      ...(r.inherited
        ? { inherited: Object.fromEntries(Object.entries(r.inherited).map(([k, v]) => [k, v ? { ...v, fromRow: v.fromRow - offset } : v])) }
        : {}),
    })),
    findings: t.findings.map((f) => relativeFinding(f, offset, start)),
  };
}

describe.each(CORPUS_SETS)("the Word path gives the pasted-grid path's tables ($label)", (set) => {
  const files = planFiles(set).filter((f) => fs.existsSync(path.join(set.docs, `${readPlan(f).id}.docx`)));

  (files.length > 0 ? it.each(files.map((f) => [path.basename(f), f])) : it.skip.each([["(none)", ""]]))("%s", async (_name, file) => {
    const plan = readPlan(file);
    const doc = await readDocument(path.join(set.docs, `${plan.id}.docx`));
    const fromWord = recognizeDocument(doc, { sheet: plan.id });
    const pasted = plan.tables.map((t) => {
      const p = pastedSheet(t);
      return recognizeSheet(p.grid, p.merges, { sheet: plan.id });
    });
    const fromPaste = pasted.flatMap((s) => s.tables);
    expect(fromPaste.length).toBeGreaterThan(0);
    expect(fromWord.tables.map((t, i) => relative(t, fromWord.tableSegments[i]))).toEqual(fromPaste.map((t) => relative(t)));
    // Header-like rows that start no table: the same ones, by code.
    expect(fromWord.findings.map((f) => f.code)).toEqual(pasted.flatMap((s) => s.findings.map((f) => f.code)));
  });
});
