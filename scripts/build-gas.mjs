// Builds the Google Sheets add-on into dist/gas: Code.js (one file: an IIFE under a global name
// plus a top-level delegating function per export of gas/main.ts, since Apps Script has no
// modules and calls triggers, menu items and google.script.run targets by global name),
// appsscript.json, and Sidebar.html with its script and styles inlined.
import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { build, buildSync } = require("esbuild");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = path.join(root, "dist/gas");
const GLOBAL = "ChiTieu";
// Apps Script's V8 runtime: keep to syntax it has run for years.
const TARGET = "es2019";

/** Export names of gas/main.ts: the metafile lists `exports` only for ESM output. */
function exportNames(entry) {
  const r = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    metafile: true,
    outfile: "main.mjs",
    logLevel: "error",
  });
  const output = Object.values(r.metafile.outputs).find((o) => o.entryPoint !== undefined);
  if (!output) throw new Error("build-gas: no entry output in the metafile");
  return [...output.exports].sort();
}

function bundle(entry, options) {
  const r = buildSync({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    target: TARGET,
    write: false,
    minify: true,
    legalComments: "none",
    charset: "utf8",
    logLevel: "error",
    ...options,
  });
  return r.outputFiles[0].text;
}

const STRINGS_TABLE = path.join(root, "gas/sidebar/strings-table.ts");

/** The sidebar's few catalogue entries, evaluated from gas/sidebar/strings-table.ts itself. */
function sidebarStrings() {
  const r = buildSync({
    entryPoints: [STRINGS_TABLE],
    bundle: true,
    format: "cjs",
    platform: "node",
    write: false,
    logLevel: "error",
  });
  const mod = { exports: {} };
  new Function("module", "exports", r.outputFiles[0].text)(mod, mod.exports);
  return mod.exports.STRINGS;
}

/**
 * Swaps strings-table.ts for its value as a literal: the page gets the sidebar's entries only,
 * never the catalogue module (about 120 KB with both languages).
 */
function stringsLiteral(strings) {
  return {
    name: "sidebar-strings",
    setup(build) {
      build.onLoad({ filter: /[\\/]gas[\\/]sidebar[\\/]strings-table\.ts$/ }, () => ({
        contents: `export const STRINGS = ${JSON.stringify(strings)};`,
        loader: "js",
      }));
    },
  };
}

/** Builds the sidebar's script; `metafile` is returned for the size report. */
export async function sidebarScript(options = {}) {
  return pageScript(path.join(root, "gas/sidebar/app.ts"), options);
}

/** The Word import dialog's script (the Google Picker and the import's result). */
export async function pickerScript(options = {}) {
  return pageScript(path.join(root, "gas/picker/app.ts"), options);
}

/** A page script: one IIFE with the sidebar's few catalogue entries as a literal. */
async function pageScript(entry, options = {}) {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    target: TARGET,
    platform: "browser",
    write: false,
    minify: true,
    legalComments: "none",
    charset: "utf8",
    logLevel: "error",
    metafile: options.metafile === true,
    plugins: [stringsLiteral(sidebarStrings())],
  });
  return { js: r.outputFiles[0].text, metafile: r.metafile };
}

export async function buildGas() {
  fs.mkdirSync(out, { recursive: true });
  const entry = path.join(root, "gas/main.ts");
  const names = exportNames(entry);
  const iife = bundle(entry, { globalName: GLOBAL, platform: "neutral", mainFields: ["module", "main"] });
  const wrappers = names
    .map((n) => `function ${n}() {\n  return ${GLOBAL}.${n}.apply(this, arguments);\n}`)
    .join("\n");
  const code = `${iife}\n// Top-level entry points for Apps Script (triggers, menu items, google.script.run).\n${wrappers}\n`;
  fs.writeFileSync(path.join(out, "Code.js"), code);

  const manifest = JSON.parse(fs.readFileSync(path.join(root, "gas/appsscript.json"), "utf8"));
  fs.writeFileSync(path.join(out, "appsscript.json"), `${JSON.stringify(manifest, null, 2)}\n`);

  // The sidebar and the Word import dialog: Apps Script serves no separate JS/CSS, so both go
  // inside each HTML file (the dialog shares the sidebar's styles).
  const css = fs.readFileSync(path.join(root, "gas/sidebar/style.css"), "utf8");
  const page = async (script, dir, file) => {
    const js = script.js.replace(/<\/(script)/gi, "<\\/$1");
    const template = fs.readFileSync(path.join(root, dir, "index.html"), "utf8");
    fs.writeFileSync(path.join(out, file), template.replace("/* STYLE */", () => css).replace("/* SCRIPT */", () => js));
  };
  await page(await sidebarScript(), "gas/sidebar", "Sidebar.html");
  await page(await pickerScript(), "gas/picker", "Picker.html");

  // clasp pushes only these files (rootDir points here).
  fs.writeFileSync(path.join(out, ".claspignore"), "**/**\n!Code.js\n!appsscript.json\n!Sidebar.html\n!Picker.html\n");

  const sizes = ["Code.js", "appsscript.json", "Sidebar.html", "Picker.html"].map((f) => {
    const bytes = fs.statSync(path.join(out, f)).size;
    return `${f} ${(bytes / 1024).toFixed(1)} KB`;
  });
  console.log(`Apps Script: dist/gas (${sizes.join(", ")}; ${names.length} entry points)`);
  return { dir: out, names };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildGas();
else if (!process.env.BUILD_GAS_NO_AUTORUN) await buildGas();
