/**
 * Every corpus table tracked in place (the tracking columns added beside it) and opened again
 * gives back every row the reader read: nothing a plan prints is lost on the way to the sheet.
 */
import * as fs from "fs";
import * as path from "path";
import { MemoryWorkbook, type PatchOp } from "../../core/patch";
import { openTrackingWorkbook, trackInPlace } from "../../core/workbook";
import { pastedSheet } from "./grid";
import { CorpusPlanSchema, type CorpusPlan } from "./schema";

const DIR = path.join(__dirname, "plans");
const plans: CorpusPlan[] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => CorpusPlanSchema.parse(JSON.parse(fs.readFileSync(path.join(DIR, f), "utf8"))));

const cases = plans.flatMap((p) => p.tables.map((t) => [`${p.id} / ${t.name}`, p, t] as const));

describe.each(cases)("%s", (_label, plan, table) => {
  it("tracked in place and opened again keeps every indicator and task", () => {
    const { grid, merges } = pastedSheet(table);
    const d = plan.document;
    const result = trackInPlace("PL", grid, merges, { identity: { number: d.number, issuedOn: d.issuedOn, issuer: d.issuer, title: d.title } });
    expect(result.error).toBeNull();
    const book = new MemoryWorkbook();
    const width = Math.max(...grid.map((r) => r.length));
    const ops: PatchOp[] = [
      { op: "addSheet", sheet: "PL", replace: true, hidden: false },
      { op: "setValues", sheet: "PL", row: 0, col: 0, values: grid.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? null)) },
    ];
    book.applyPatch([...ops, ...result.patch]);
    const { workbook, error } = openTrackingWorkbook((n) => (book.sheetNames().includes(n) ? book.contents(n) : null));
    expect(error).toBeNull();
    const plan2 = workbook!.plan;
    expect(plan2.indicators.map((i) => i.id)).toEqual(result.plan!.indicators.map((i) => i.id));
    expect(plan2.tasks.map((t) => t.id)).toEqual(result.plan!.tasks.map((t) => t.id));
    expect(plan2.number).toBe(d.number);
  });
});
