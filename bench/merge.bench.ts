/**
 * node scripts/run-ts.cjs bench/merge.bench.ts: `chitieu merge` end to end (read the master and
 * 60 package .xlsx files, check them against the master's record, merge three ways, validate the
 * values taken, recompute statuses and the summary, write) on a generated plan of 60 agencies ×
 * 200 indicator rows; every package reports two years on each of its rows. Prints seconds and
 * rows/s. Goal on a 2-core machine: under 10 s.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { actualKey, trackingWorkbookPatch } from "../core/layout";
import type { Indicator, Plan } from "../core/model";
import { parseTarget } from "../core/parse";
import { splitWorkbook } from "../core/share";
import { newSecret, openShareFile } from "../cli/commands/share-file";
import { loadTemplate } from "../core/template";
import type { CliIO } from "../cli/io";
import { main } from "../cli/main";
import { writePatched } from "../cli/tracking-file";

const AGENCIES = 60;
const ROWS = 200;

function generate(): Plan {
  const base = loadTemplate("dong-thap-328-2024").plan!;
  const indicators: Indicator[] = [];
  const areas: Plan["areas"] = [];
  for (let a = 1; a <= AGENCIES; a++) {
    // Names the registry does not know: each still gets its own package, keyed by its slug.
    const name = `Đơn vị thử nghiệm số ${String(a).padStart(2, "0")}`;
    areas.push({ code: `${a}.`, name: `Lĩnh vực ${a}`, lead: null, partners: null });
    for (let i = 1; i <= ROWS; i++) {
      const target = String(50 + ((a * 7 + i) % 50));
      indicators.push({
        id: `${a}.${i}`,
        code: `${a}.${i}`,
        parent: null,
        area: `${a}.`,
        name: `Chỉ tiêu thử nghiệm ${a}.${i}`,
        unit: "%",
        direction: "increase",
        directionSource: "template",
        targets: { "2025": { raw: target, parsed: parseTarget(target) }, "2030": { raw: "100", parsed: parseTarget("100") } },
        lead: { raw: name, ids: [], unknown: [name] },
        partners: { raw: "", ids: [], unknown: [] },
        scale: null,
        projection: null,
      });
    }
  }
  return { ...base, id: "bench-merge", areas, sections: [], indicators, tasks: [] };
}

function io(): CliIO & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (t) => out.push(t), stderr: () => undefined, readStdin: async () => "", isTTY: false, cwd: process.cwd() };
}

async function prepare(dir: string): Promise<{ master: string; packages: string[] }> {
  const master = path.join(dir, "master.xlsx");
  await writePatched({ workbook: new ExcelJS.Workbook() }, trackingWorkbookPatch(generate(), { asOf: 2026 }), master);
  const file = await openShareFile(master);
  const layout = file.master.workbook.meta.indicatorLayout;
  const col = (y: number) => layout.columns.find((c) => c.key === actualKey(y))!.col;
  const packages: string[] = [];
  // As `chitieu split` does: the record of what was sent goes into the master first.
  const split = splitWorkbook(file.master, { now: Date.UTC(2026, 10, 1, 1), newSecret }) // 01/11/2026 08:00 in Viet Nam;
  await writePatched(file, split.masterPatch, master);
  for (const p of split.packages) {
    // Area row first, then the agency's 200 rows: each reports 2025 and 2026.
    const values = Array.from({ length: ROWS }, (_, i) => [`${60 + (i % 40)},${i % 10}`, 61 + (i % 39)]);
    const out = path.join(dir, p.fileName);
    await writePatched(
      { workbook: new ExcelJS.Workbook() },
      [...p.patch, { op: "setValues", sheet: layout.sheet, row: layout.firstDataRow + 1, col: col(2025), values }],
      out,
    );
    packages.push(out);
  }
  if (col(2026) !== col(2025) + 1) throw new Error("actual columns are not adjacent");
  return { master, packages };
}

async function bench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-merge-bench-"));
  try {
    const t0 = performance.now();
    const { master, packages } = await prepare(dir);
    console.log(`prepared master (${AGENCIES * ROWS} rows) and ${packages.length} packages in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const cli = io();
    const start = performance.now();
    const code = await main(["merge", master, ...packages, "-o", path.join(dir, "merged.xlsx"), "--json"], cli);
    const seconds = (performance.now() - start) / 1000;
    const result = JSON.parse(cli.out.join("")) as { merged: unknown[]; conflicts: unknown[]; rejected: unknown[] };
    const rows = AGENCIES * ROWS;
    console.log(
      `chitieu merge: ${packages.length} packages × ${ROWS} rows = ${rows} rows, ${result.merged.length} values written, ` +
        `${result.conflicts.length} conflicts, ${result.rejected.length} rejected, exit ${code}`,
    );
    console.log(`${seconds.toFixed(2)} s, ${Math.round(rows / seconds)} rows/s (goal: under 10 s)`);
    console.log(`peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
    if (result.merged.length !== rows * 2 || code !== 0) throw new Error("the benchmark merge did not write every value");
  } finally {
    // BENCH_KEEP=1 keeps the files (for a profile of `chitieu merge` on them).
    if (process.env.BENCH_KEEP) console.log(`files kept in ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

void bench();
