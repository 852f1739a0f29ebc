/**
 * Generates templates/plans/<id>.json from templates/sources/<id>.json (the plan tables as
 * printed): targets and timeframes parsed, agencies matched against templates/agencies.json.
 * Run: node scripts/run-ts.cjs scripts/build-templates.ts [--check]
 * --check writes nothing and exits 1 when a committed template differs from a fresh build.
 * Problems (unreadable cells, unknown agency names) are printed; they never stop the build.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultRegistry } from "../core/agency";
// Direct imports, not core/template's index: its catalogue imports the files generated here.
import { planFromSource } from "../core/template/plan-from-source";
import { planJson } from "../core/template/plan-json";
import { PlanSourceSchema } from "../core/template/source-schema";
import { TEMPLATE_IDS } from "../core/template/template-ids";

const ROOT = path.resolve(__dirname, "..");
const check = process.argv.includes("--check");
let stale = 0;

for (const id of TEMPLATE_IDS) {
  const sourceFile = path.join(ROOT, "templates/sources", `${id}.json`);
  const source = PlanSourceSchema.parse(JSON.parse(fs.readFileSync(sourceFile, "utf8")));
  const { plan, problems } = planFromSource(source, defaultRegistry);
  for (const p of problems) {
    console.warn(`${id} ${p.sheet}[${p.row}] ${p.column}: ${p.severity} ${p.message.vi}${p.suggestion ? ` — ${p.suggestion.vi}` : ""}`);
  }
  const out = path.join(ROOT, "templates/plans", `${id}.json`);
  const text = planJson(plan);
  const current = fs.existsSync(out) ? fs.readFileSync(out, "utf8") : null;
  if (check) {
    if (current !== text) {
      console.error(`${id}: templates/plans/${id}.json is out of date (run scripts/build-templates.ts)`);
      stale++;
    }
    continue;
  }
  fs.mkdirSync(path.dirname(out), { recursive: true });
  if (current !== text) fs.writeFileSync(out, text);
  console.log(
    `${id}: ${plan.areas.length} areas, ${plan.indicators.length} indicator rows, ${plan.sections.length} sections, ${plan.tasks.length} tasks, ${problems.length} problems${current === text ? " (unchanged)" : " → written"}`,
  );
}
if (stale > 0) process.exit(1);
