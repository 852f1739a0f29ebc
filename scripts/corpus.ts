/**
 * `npm run corpus`: reads every table of the corpus of real appendices (tests/corpus/plans) as a
 * user's paste gives it and prints, per table and over the whole corpus, the rows and fields read
 * correctly, then which fields fail and why. `--verbose` lists every failing field.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { readPlanTables, type TableResult } from "../tests/corpus/compare";
import { CorpusPlanSchema } from "../tests/corpus/schema";

const DIR = path.resolve(__dirname, "../tests/corpus/plans");
const verbose = process.argv.includes("--verbose");
const only = process.argv.find((a) => a.startsWith("--plan="))?.slice(7);
const pct = (a: number, b: number) => (b === 0 ? "—" : `${((100 * a) / b).toFixed(1)}%`);

const all: TableResult[] = [];
for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith(".json")).sort()) {
  const plan = CorpusPlanSchema.parse(JSON.parse(fs.readFileSync(path.join(DIR, file), "utf8")));
  if (only && plan.id !== only) continue;
  all.push(...readPlanTables(plan));
}

console.log("table                                              rows            fields");
for (const r of all) {
  const name = `${r.plan} / ${r.table}`.padEnd(50).slice(0, 50);
  console.log(`${name} ${`${r.rowsOk}/${r.rows}`.padStart(8)} ${pct(r.rowsOk, r.rows).padStart(6)}  ${`${r.fieldsOk}/${r.fields}`.padStart(9)} ${pct(r.fieldsOk, r.fields).padStart(6)}`);
}
const sum = (f: (r: TableResult) => number) => all.reduce((s, r) => s + f(r), 0);
const plans = new Set(all.map((r) => r.plan)).size;
console.log(`\nall: ${plans} plans, ${all.length} tables; rows ${sum((r) => r.rowsOk)}/${sum((r) => r.rows)} (${pct(sum((r) => r.rowsOk), sum((r) => r.rows))}), fields ${sum((r) => r.fieldsOk)}/${sum((r) => r.fields)} (${pct(sum((r) => r.fieldsOk), sum((r) => r.fields))})`);

const failing = new Map<string, number>();
for (const r of all) for (const f of r.results) if (!f.ok) failing.set(f.field.replace(/:\d{4}$/, ":year"), (failing.get(f.field.replace(/:\d{4}$/, ":year")) ?? 0) + 1);
if (failing.size > 0) {
  console.log("\nfailing fields: " + [...failing.entries()].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(", "));
}
if (verbose) {
  for (const r of all) {
    for (const f of r.results.filter((x) => !x.ok)) {
      console.log(`${r.plan} / ${r.table} row ${f.at} ${f.field}: expected ${JSON.stringify(f.expected)}, read ${JSON.stringify(f.actual)}`);
    }
  }
}
