import * as fs from "node:fs";
import * as path from "node:path";
import { buildSync } from "esbuild";

/**
 * core/ must run unchanged in Apps Script, Office.js and Node: no host globals, no Node APIs.
 * Two checks: a scan of the sources for forbidden names, and a bundle for a neutral platform
 * that fails on any Node built-in import.
 */
const coreDir = path.resolve(__dirname, "../../core");

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.name.endsWith(".ts") ? [p] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/\b(SpreadsheetApp|HtmlService|PropertiesService|LockService|ScriptApp|DriveApp|Utilities)\./, "Apps Script global"],
  [/\bExcel\.run\b|\bOffice\.(context|onReady|initialize)\b/, "Office.js global"],
  [/\bgoogle\.script\b/, "Apps Script client global"],
  [/\b(window|document|localStorage|navigator)\./, "browser global"],
  [/\bprocess\.(env|argv|exit|stdout|stderr|cwd)\b/, "Node process"],
  [/\bBuffer\.|\b__dirname\b|\brequire\(/, "Node API"],
  [/from\s+["'](node:|fs|path|os|child_process|crypto|util|stream|url|zlib)["']/, "Node module import"],
  [/from\s+["']exceljs["']/, "xlsx host library (belongs to the CLI host)"],
];

describe("core purity", () => {
  const files = tsFiles(coreDir);

  it("has sources to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [path.relative(coreDir, f), f]))("%s uses no host or Node API", (_name, file) => {
    const lines = fs.readFileSync(file, "utf8").split("\n");
    const hits: string[] = [];
    lines.forEach((line, i) => {
      if (/^\s*(\/\/|\*|\/\*)/.test(line)) return; // comments may name them
      // String literals are text (messages name "a Word document.", parts "word/document.xml"), not code.
      const code = line.replace(/(["'`])(?:\\.|(?!\1).)*\1/g, '""');
      for (const [re, what] of FORBIDDEN) if (re.test(code)) hits.push(`${i + 1}: ${what}: ${line.trim()}`);
    });
    expect(hits).toEqual([]);
  });

  it("bundles for a neutral platform without any Node built-in", () => {
    const entries = files.filter((f) => f.endsWith(`${path.sep}index.ts`));
    const result = buildSync({
      stdin: {
        contents: entries.map((f, i) => `export * as m${i} from ${JSON.stringify(f)};`).join("\n"),
        resolveDir: coreDir,
        loader: "ts",
      },
      bundle: true,
      platform: "neutral",
      mainFields: ["module", "main"],
      write: false,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
  });
});
