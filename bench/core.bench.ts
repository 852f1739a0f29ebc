/**
 * npm run bench: parse + validate + status + summary over generated plans of 1k, 10k and 100k
 * indicator rows × 7 reported years. Prints rows/s per size and the 100k/10k time ratio.
 * Goal on a 2-core machine: 100k rows under 1 s in total, ratio ≤ 12 (roughly linear).
 */
import { createAgencyIndex, defaultRegistry, matchAgencies, toAgencyRef } from "../core/agency";
import type { Cell } from "../core/grid";
import { actualKey, targetKey, type IndicatorRecord } from "../core/layout";
import type { Indicator, IndicatorStatus, Observation, Plan } from "../core/model";
import { parseNumber, parseTarget } from "../core/parse";
import { currentMilestone, indicatorStatuses } from "../core/status";
import { buildSummary } from "../core/summary";
import { validateIndicatorSheet } from "../core/validate";

const YEARS = [2024, 2025, 2026, 2027, 2028, 2029, 2030];
/**
 * Judged as of the plan's last year, so all seven years are reported years (as of an earlier
 * year, values typed for later years would each be an "after the reporting year" note).
 */
const AS_OF = 2030;
const TODAY = "2030-11-25";
const TARGETS = ["<3", ">0,7", "28-30", "100", "95,01", "-", ">=95", "Tiểu học", "85-90", "6.100"];
const LEADS = ["Sở Lao động - Thương binh và Xã hội", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Bảo hiểm xã hội Tỉnh", "Sở Xây dựng"];

/** Deterministic PRNG so every run measures the same work. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Generated {
  plan: Plan;
  records: IndicatorRecord[];
}

function generate(rows: number): Generated {
  const rnd = prng(rows);
  const index = createAgencyIndex(defaultRegistry);
  const leadRefs = LEADS.map((l) => toAgencyRef(matchAgencies(l, index)));
  const partners = toAgencyRef(matchAgencies("Các sở, ban, ngành liên quan; UBND các huyện, thành phố", index));
  const indicators: Indicator[] = [];
  const records: IndicatorRecord[] = [];
  const areas = Array.from({ length: 10 }, (_, i) => ({ code: `${i + 1}.`, name: `Lĩnh vực ${i + 1}`, lead: null, partners: null }));
  for (let i = 0; i < rows; i++) {
    const area = String((i % 10) + 1);
    const code = `${area}.${Math.floor(i / 10) + 1}`;
    const t2025 = TARGETS[i % TARGETS.length];
    const t2030 = TARGETS[(i * 7) % TARGETS.length];
    const cells: IndicatorRecord["cells"] = {
      code,
      name: `Chỉ tiêu thử nghiệm số ${i + 1}`,
      unit: "%",
      [targetKey(2025)]: t2025,
      [targetKey(2030)]: t2030,
      lead: LEADS[i % LEADS.length],
      partners: "Các sở, ban, ngành liên quan; UBND các huyện, thành phố",
      baselineYear: 2023,
      baselineValue: 50 + Math.round(rnd() * 400) / 10,
    };
    for (const y of YEARS) {
      const r = rnd();
      const v: Cell = r < 0.15 ? null : r < 0.2 ? `${(40 + r * 50).toFixed(2).replace(".", ",")}` : r < 0.21 ? "abc" : 40 + Math.round(r * 600) / 10;
      cells[actualKey(y)] = v;
    }
    records.push({ row: i + 3, rowId: code, cells });
    indicators.push({
      id: code,
      code,
      parent: null,
      area,
      name: cells.name as string,
      unit: "%",
      direction: t2025.startsWith("<") ? "decrease" : "increase",
      directionSource: "template",
      targets: {},
      lead: leadRefs[i % leadRefs.length],
      partners,
      scale: null,
      projection: null,
    });
  }
  const plan: Plan = {
    id: "bench-plan",
    number: "1/KH-UBND",
    province: "Thử nghiệm",
    issuedOn: "2024-01-01",
    title: "Kế hoạch thử nghiệm hiệu năng",
    templateVersion: "1.0.0",
    milestoneYears: [2025, 2030],
    period: { from: 2024, to: 2030 },
    reporting: { agencyDeadline: "15/11", consolidationDeadline: "30/11" },
    projection: "linear",
    coordinator: "so-ldtbxh",
    areas,
    sections: [],
    indicators,
    tasks: [],
  };
  return { plan, records };
}

interface Timing {
  parse: number;
  validate: number;
  status: number;
  summary: number;
}

function runOnce({ plan, records }: Generated): Timing {
  const agencies = createAgencyIndex(defaultRegistry);
  const t0 = performance.now();
  // Parse: every target cell and every reported value.
  const observations: Observation[] = [];
  // Each row's observations as they are made (harness bookkeeping: the row is known here, so no
  // grouping by id afterwards).
  const byRow: Observation[][] = [];
  // Column keys built once per run (harness work, not the core's).
  const targetCols = plan.milestoneYears.map((y) => ({ year: String(y), key: targetKey(y) }));
  const actualCols = YEARS.map((y) => ({ year: y, key: actualKey(y) }));
  records.forEach((rec, i) => {
    const ind = plan.indicators[i];
    for (const { year, key } of targetCols) {
      const raw = rec.cells[key];
      ind.targets[year] = { raw: String(raw ?? ""), parsed: parseTarget(raw) };
    }
    const own: Observation[] = [];
    byRow.push(own);
    for (const { year: y, key } of actualCols) {
      const n = parseNumber(rec.cells[key]);
      if (n.value !== null) {
        const o: Observation = {
          indicatorId: ind.id,
          year: y,
          value: n.value,
          assessment: null,
          raw: null,
          source: null,
          note: null,
          agencyId: null,
          recordedAt: null,
        };
        observations.push(o);
        own.push(o);
      }
    }
  });
  const t1 = performance.now();
  const findings = validateIndicatorSheet(records, { plan, agencies, asOf: AS_OF });
  const t2 = performance.now();
  const current: IndicatorStatus[] = [];
  for (let i = 0; i < plan.indicators.length; i++) {
    const ind = plan.indicators[i];
    const all = indicatorStatuses({ indicator: ind, observations: byRow[i], baseline: null, asOf: AS_OF });
    const m = currentMilestone(plan.milestoneYears, AS_OF);
    const s = all.find((x) => x.milestone === m) ?? all[0];
    if (s) current.push(s);
  }
  const t3 = performance.now();
  const summary = buildSummary({
    plan,
    asOf: AS_OF,
    today: TODAY,
    indicatorStatuses: current,
    taskStatuses: [],
    observations,
    progress: [],
    agencyName: (id) => defaultRegistry.agencies.find((a) => a.id === id)?.name ?? id,
  });
  const t4 = performance.now();
  if (findings.length === 0 || summary.byArea.length === 0) throw new Error("benchmark produced no work");
  return { parse: t1 - t0, validate: t2 - t1, status: t3 - t2, summary: t4 - t3 };
}

const sizes = (process.env.BENCH_SIZES ?? "1000,10000,100000").split(",").map(Number);
const totals = new Map<number, number>();
const fmt = (ms: number) => ms.toFixed(0).padStart(7);
console.log("Chỉ Tiêu core benchmark: parse + validate + status + summary, 7 reported years per row (2024–2030, as of 2030)");
console.log(`node ${process.version}, ${require("node:os").cpus().length} cores`);
console.log("   rows |  parse ms | validate ms | status ms | summary ms |  total ms |    rows/s");
for (const n of sizes) {
  const data = generate(n);
  runOnce(generate(Math.min(n, 1000))); // warm-up (JIT)
  const runs = n >= 100_000 ? 3 : 5;
  let best: Timing | null = null;
  for (let r = 0; r < runs; r++) {
    const t = runOnce(data);
    const total = t.parse + t.validate + t.status + t.summary;
    if (!best || total < best.parse + best.validate + best.status + best.summary) best = t;
  }
  const b = best as Timing;
  const total = b.parse + b.validate + b.status + b.summary;
  totals.set(n, total);
  console.log(
    `${String(n).padStart(7)} | ${fmt(b.parse)}   | ${fmt(b.validate)}     | ${fmt(b.status)}   | ${fmt(b.summary)}    | ${fmt(total)}   | ${String(Math.round((n / total) * 1000)).padStart(9)}`,
  );
}
const ratio = (totals.get(100_000) as number) / (totals.get(10_000) as number);
const total100k = totals.get(100_000) as number;
console.log(`100k/10k time ratio: ${ratio.toFixed(2)} (goal ≤ 12)`);
console.log(`100k rows total: ${(total100k / 1000).toFixed(2)} s (goal < 1 s) ${total100k < 1000 ? "✓" : "✗"}`);
