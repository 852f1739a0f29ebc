/**
 * Google Sheets add-on: Apps Script calls and adapter + core time per operation, measured on the
 * recording fake over 100, 1,000 and 10,000 indicator rows.
 * Run: node scripts/run-ts.cjs bench/gas.bench.ts
 */
import { performance } from "node:perf_hooks";
import { createFromPlan } from "../gas/actions/create";
import { handleEdit } from "../gas/actions/edit";
import { openEnv } from "../gas/env";
import * as main from "../gas/main";
import type { FakeGas } from "../tests/gas/fake";
import { columnOfKey, installFake, metaOf, typeInto, uninstallFake } from "../tests/gas/helpers";
import { scaledPlan } from "../tests/gas/plans";

interface Row {
  rows: number;
  op: string;
  reads: number;
  writes: number;
  calls: number;
  ms: number;
}

function measure(fake: FakeGas, rows: number, op: string, run: () => void): Row {
  fake.log.reset();
  const t0 = performance.now();
  run();
  const ms = performance.now() - t0;
  return { rows, op, reads: fake.log.reads.length, writes: fake.log.writes.length, calls: fake.log.calls.length, ms };
}

function expectOk(r: { ok: boolean; error?: { en: string } }): void {
  if (!r.ok) throw new Error(r.error?.en ?? "failed");
}

function scenario(n: number): Row[] {
  const fake = installFake();
  const out: Row[] = [];
  const plan = scaledPlan(n);
  n = plan.indicators.length;
  out.push(measure(fake, n, "create workbook", () => createFromPlan(openEnv(), plan, false)));
  const layout = metaOf(fake).indicatorLayout;
  const sheet = fake.spreadsheet.sheet(layout.sheet);
  const col = columnOfKey(layout, "actual:2025");
  const first = layout.firstDataRow + 2;
  const env = openEnv();

  const one = typeInto(fake, sheet, first, col, [["abc"]]);
  out.push(measure(fake, n, "edit 1 row", () => handleEdit(one, env)));

  const pasteRows = Math.min(500, n);
  const values = Array.from({ length: pasteRows }, (_, i) => [i % 9 === 0 ? "không rõ" : 40 + (i % 50), i % 4 === 0 ? "1,234" : 41 + (i % 50)]);
  const paste = typeInto(fake, sheet, first, col, values);
  out.push(measure(fake, n, `paste ${pasteRows} rows`, () => handleEdit(paste, env)));

  out.push(measure(fake, n, "check everything", () => expectOk(main.rpcCheckAll({}))));
  out.push(measure(fake, n, "compute statuses", () => expectOk(main.rpcComputeStatuses({}))));
  out.push(measure(fake, n, "summary (sheet + charts)", () => expectOk(main.rpcGenerateSummary({ full: false }))));
  out.push(measure(fake, n, "summary, one click (all)", () => expectOk(main.rpcGenerateSummary({ full: true }))));
  uninstallFake();
  return out;
}

function table(rows: Row[]): string {
  const head = ["indicator rows", "operation", "cell reads", "cell writes", "all calls", "time (ms)"];
  const body = rows.map((r) => [r.rows.toLocaleString("en-US"), r.op, String(r.reads), String(r.writes), String(r.calls), r.ms.toFixed(0)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
const all: Row[] = [];
for (const n of sizes.length > 0 ? sizes : [100, 1000, 10000]) all.push(...scenario(n));
console.log("Chỉ Tiêu — Google Sheets add-on on the recording fake (cell reads: getValues/getNotes/...; cell writes: setValues/setBackgrounds/setNotes/...)");
console.log("Budgets: an edit ≤ 2 reads and ≤ 3 writes whatever the rows; check everything ≤ 6 per tracking sheet.\n");
console.log(table(all));
