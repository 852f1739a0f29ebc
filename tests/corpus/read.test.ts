/**
 * Every table of the corpus of real appendices (tests/corpus/plans), pasted as a user has it,
 * read row by row and field by field against the rows written by hand from the document.
 * `npm run corpus` prints the same figures with every failing field.
 */
import * as fs from "fs";
import * as path from "path";
import { readCorpusTable } from "./compare";
import { CorpusPlanSchema, type CorpusPlan } from "./schema";

const DIR = path.join(__dirname, "plans");
const plans: CorpusPlan[] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => CorpusPlanSchema.parse(JSON.parse(fs.readFileSync(path.join(DIR, f), "utf8"))));

describe("the corpus holds at least 20 tables from at least 12 plans", () => {
  it("counts", () => {
    expect(plans.length).toBeGreaterThanOrEqual(12);
    expect(plans.reduce((n, p) => n + p.tables.length, 0)).toBeGreaterThanOrEqual(20);
  });
});

describe.each(plans.map((p) => [p.id, p] as const))("%s", (id, plan) => {
  it.each(plan.tables.map((t) => [t.name, t] as const))("%s: every row and every field read as written", (_name, table) => {
    const r = readCorpusTable(id, table);
    const failing = r.results.filter((f) => !f.ok).map((f) => `row ${f.at} ${f.field}: expected ${JSON.stringify(f.expected)}, read ${JSON.stringify(f.actual)}`);
    expect(failing).toEqual([]);
    expect(r.rowsOk).toBe(r.rows);
  });
});
