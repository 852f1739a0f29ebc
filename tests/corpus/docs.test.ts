import * as fs from "node:fs";
import * as path from "node:path";
import { CORPUS_SETS, expectedWord, extracted, planFiles, readDocument, readPlan } from "./word";

/**
 * The committed Word documents (npm run corpus:docx) are in step with the plans' JSON: what the
 * reader extracts from each — head lines, table titles, cells, merged ranges — is what the JSON
 * says. A plan changed without regenerating its document fails here.
 */
describe.each(CORPUS_SETS)("Word documents of the $label are in step with the JSON", (set) => {
  const files = planFiles(set);

  (files.length > 0 ? it.each(files.map((f) => [path.basename(f), f])) : it.skip.each([["(none)", ""]]))("%s", async (_name, file) => {
    const plan = readPlan(file);
    const docx = path.join(set.docs, `${plan.id}.docx`);
    expect(fs.existsSync(docx) ? docx : `missing ${docx}: run npm run corpus:docx`).toBe(docx);
    expect(extracted(await readDocument(docx))).toEqual(expectedWord(plan));
  });

  it("has no document without its plan", () => {
    const ids = new Set(files.map((f) => readPlan(f).id));
    const docs = fs.existsSync(set.docs) ? fs.readdirSync(set.docs).filter((f) => f.endsWith(".docx")) : [];
    expect(docs.filter((d) => !ids.has(d.replace(/\.docx$/, "")))).toEqual([]);
  });
});
