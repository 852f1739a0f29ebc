/**
 * Sync counts of the Excel add-in per operation over 100, 1,000 and 10,000 indicator rows, on
 * the office-addin-mock fake (no Excel needed): run `node scripts/run-ts.cjs bench/excel.bench.ts`.
 * Budgets (issue 6): ≤ 2 context.sync per edit, ≤ 3 for "check everything". Times are the whole
 * action in Node (core + fake), for comparison between sizes only.
 */
import { columnOf } from "../core/layout";
import type { Plan } from "../core/model";
import { a1 } from "../core/patch";
import { loadTemplate } from "../core/template/catalog";
import { checkEverything } from "../office-addin/actions/check-all";
import { createFromTemplate } from "../office-addin/actions/create";
import { watchEdits } from "../office-addin/actions/live-validation";
import { runStatuses } from "../office-addin/actions/statuses";
import { detectCapabilities } from "../office-addin/excel/capabilities";
import { createSession } from "../office-addin/excel/session";
import { SelfWrites } from "../office-addin/excel/self-writes";
import { FakeExcel } from "../tests/office-addin/fake-excel";

/** The Đồng Tháp plan with its indicators repeated to `n` rows (unique ids and codes). */
function planOf(n: number): Plan {
  const base = loadTemplate("dong-thap-328-2024").plan!;
  const top = base.indicators.filter((i) => i.parent === null);
  const indicators = Array.from({ length: n }, (_, i) => {
    const src = top[i % top.length];
    return { ...src, id: `${src.area}.${i + 1}`, code: `${src.area}.${i + 1}`, parent: null };
  });
  return { ...base, indicators, tasks: base.tasks.slice(0, 20) };
}

async function measure(n: number): Promise<string[]> {
  const fake = new FakeExcel({ api: 18 }).install();
  fake.workbook.addSheet("Sheet1");
  const office = fake.office as { context: { requirements: { isSetSupported: (n: string, v: string) => boolean } } };
  const session = createSession(detectCapabilities((v) => office.context.requirements.isSetSupported("ExcelApi", v)), { now: () => Date.UTC(2025, 10, 20, 2) });
  session.journal = new SelfWrites();
  const run = <T>(f: (ctx: Excel.RequestContext) => Promise<T>) => fake.excel.run(f as (ctx: unknown) => Promise<T>) as Promise<T>;
  const rows: string[] = [];
  const step = async (name: string, f: () => Promise<unknown>) => {
    fake.resetCounts();
    const t0 = performance.now();
    await f();
    await fake.settle();
    const ms = performance.now() - t0;
    const maxKb = Math.max(0, ...fake.requests) / 1024;
    rows.push(`${String(n).padStart(6)}  ${name.padEnd(22)} ${String(fake.syncs).padStart(5)}  ${maxKb.toFixed(0).padStart(8)} KB  ${ms.toFixed(0).padStart(7)} ms`);
  };
  await step("create from template", () => run((ctx) => createFromTemplate(ctx, session, { plan: planOf(n), error: null })));
  const wb = session.wb!;
  const layout = wb.meta.indicatorLayout;
  const col = columnOf(layout, "actual:2024")!;
  const sheet = fake.workbook.sheet(layout.sheet);
  // Agencies' values, typed straight into the fake (not measured): good and bad ones.
  wb.indicatorRecords.forEach((r, i) => sheet.enter(r.row, col, i % 10 === 0 ? "abc" : 50 + (i % 40)));
  await run((ctx) => watchEdits(ctx, session, () => undefined, (e) => { throw e; }));
  const first = wb.indicatorRecords[0].row;
  await step("edit one cell", () => fake.type(layout.sheet, a1({ row: first, col, rows: 1, cols: 1 }), "1.234,5"));
  const paste = Array.from({ length: Math.min(100, wb.indicatorRecords.length) }, (_, i) => [i % 3 === 0 ? "x" : 60 + i]);
  await step(`paste ${paste.length} rows`, () => fake.type(layout.sheet, a1({ row: first, col, rows: 1, cols: 1 }), paste));
  await step("check everything", () => run((ctx) => checkEverything(ctx, session)));
  await step("compute statuses", () => run((ctx) => runStatuses(ctx, session)));
  await step("summary (with re-check)", () => run((ctx) => runStatuses(ctx, session, { summary: true })));
  if (fake.violations.length > 0) throw new Error(fake.violations.join("\n"));
  return rows;
}

async function main(): Promise<void> {
  console.log("Excel add-in: context.sync() per operation (office-addin-mock fake, ExcelApi 1.18)");
  console.log("  rows  operation              syncs  largest request   time");
  for (const n of [100, 1000, 10000]) for (const line of await measure(n)) console.log(line);
}

void main();
