import { spawnSync } from "node:child_process";
import * as path from "node:path";

// The Office add-in lint rules (no sync in loops, load before read, sync before read) are part
// of `npm test`: this runs eslint.config.mjs over office-addin/. ESLint loads its config with a
// dynamic import, which Jest's VM refuses, so it runs in a child process.
const root = path.resolve(__dirname, "../..");
const bin = path.join(root, "node_modules/eslint/bin/eslint.js");

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string }[];
}

function eslint(args: string[], input?: string): LintResult[] {
  const out = spawnSync(process.execPath, [bin, "--format", "json", ...args], { cwd: root, input, encoding: "utf8" });
  if (!out.stdout) throw new Error(out.stderr);
  return JSON.parse(out.stdout) as LintResult[];
}

describe("office-addin lint", () => {
  it("passes the eslint-plugin-office-addins rules", () => {
    const results = eslint(["office-addin"]);
    const problems = results.flatMap((r) => r.messages.map((m) => `${path.relative(root, r.filePath)}:${m.line} ${m.ruleId} ${m.message}`));
    expect(results.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  }, 60_000);

  it("catches a sync inside a loop and a read before load", () => {
    const bad = [
      "export async function f(context: Excel.RequestContext, names: string[]) {",
      "  for (const n of names) {",
      "    const r = context.workbook.worksheets.getItem(n).getRange('A1');",
      "    r.load('values');",
      "    await context.sync();",
      "  }",
      "  const s = context.workbook.worksheets.getItem('x').getRange('A1');",
      "  return s.values;",
      "}",
    ].join("\n");
    const [result] = eslint(["--stdin", "--stdin-filename", "office-addin/excel/bad-example.ts"], bad);
    const rules = result.messages.map((m) => m.ruleId);
    expect(rules).toContain("office-addins/no-context-sync-in-loop");
    expect(rules).toContain("office-addins/load-object-before-read");
  }, 60_000);
});
