import * as fs from "node:fs";
import * as path from "node:path";

/**
 * One door into the core (issue #12): the hosts (Sheets add-on, Excel add-in, CLI and the shared
 * .xlsx host) call the jobs of core/workbook and nothing below them. They may use the core's
 * plain data and helpers (model, grid, patch, i18n, layout, ...), but the rules, the status engine
 * and the summary stay behind the door, so every host gets the same answer from the same job.
 */
const ROOT = path.resolve(__dirname, "../..");
const HOSTS = ["gas", "office-addin", "cli", "hosts"];
const BEHIND_THE_DOOR = ["core/validate", "core/status", "core/summary"];

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sources(p);
    return /\.(ts|tsx|mts)$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

/** Every module a file's text imports or re-exports (static and dynamic), as a repository path. */
function importsIn(text: string, file: string): string[] {
  const specs = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm)].map(
    (m) => m[1] ?? m[2] ?? m[3],
  );
  return specs.filter((s) => s.startsWith(".")).map((s) => path.relative(ROOT, path.resolve(path.dirname(file), s)).split(path.sep).join("/"));
}

const importsOf = (file: string): string[] => importsIn(fs.readFileSync(file, "utf8"), file);

const behind = (target: string): string | undefined => BEHIND_THE_DOOR.find((d) => target === d || target.startsWith(`${d}/`));

describe("hosts call core/workbook's jobs and nothing below them", () => {
  const files = HOSTS.flatMap((h) => sources(path.join(ROOT, h)));

  it("finds the hosts' sources", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("no host imports core/validate, core/status or core/summary", () => {
    const past = files.flatMap((f) =>
      importsOf(f)
        .filter((t) => behind(t) !== undefined)
        .map((t) => `${path.relative(ROOT, f)} → ${t}`),
    );
    expect(past).toEqual([]);
  });

  it("the scan sees an import past the door when there is one", () => {
    const file = path.join(ROOT, "office-addin", "taskpane", "probe.ts");
    const text = [
      'import { planStatuses } from "../../core/status";',
      'import type { Summary } from "../../core/summary/schema";',
      'export { validateAll } from "../../core/validate";',
      'const lazy = () => import("../../core/status/task-status");',
      'import { liveEdit } from "../../core/workbook";',
    ].join("\n");
    expect(importsIn(text, file).map(behind)).toEqual(["core/status", "core/summary", "core/validate", "core/status", undefined]);
  });
});
