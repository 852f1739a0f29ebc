// Builds the Excel task pane into dist/office-addin/: the bundle (minified, Office.js from
// Microsoft's CDN), the HTML pages, icons and the production manifest with CHITIEU_ADDIN_URL.
// Imported by scripts/build.mjs; `buildOffice({ dev: true })` is used by the dev server.
import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = path.join(root, "office-addin");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const DEV_URL = "https://localhost:3000";
/** Goal from issue 6: the task pane's initial script stays under 200 KB minified, before gzip. */
export const BUNDLE_GOAL = 200 * 1024;

/** The production manifest: every dev URL replaced by the hosting URL (https only). */
export function productionManifest(xml, url) {
  const base = url.replace(/\/+$/, "");
  if (!/^https:\/\/[^\s"'<>]+$/.test(base)) throw new Error(`CHITIEU_ADDIN_URL must be an https URL, got "${url}"`);
  return xml.split(DEV_URL).join(base);
}

function page(name, officeJs, extra = "", preload = "") {
  const html = fs.readFileSync(path.join(src, "taskpane", name), "utf8");
  return html.replace("<!--OFFICE_JS-->", `${preload}<script src="${officeJs}"></script>${extra}`);
}

/**
 * Sizes of the task pane's scripts from esbuild's metafile: `initial` is what the page runs
 * before the first action can start (taskpane.js and the chunks it imports statically), `total`
 * adds every chunk it imports dynamically. `preloadFiles`: the initial scripts and the core
 * chunk's (fetched at once); `sharingBytes`: what the sharing chunk needs beyond those (ExcelJS,
 * JSZip), fetched when a sharing button is first used; `wordBytes`: the same for the Word chunk
 * (JSZip, the document reader), fetched when a .docx is picked; `onDemandBytes`: every script
 * not preloaded. `files`: every script, relative to `out`.
 */
export function scriptSizes(metafile, out) {
  const js = Object.entries(metafile.outputs).filter(([f]) => f.endsWith(".js"));
  const byPath = new Map(js);
  const entry = js.find(([, o]) => o.entryPoint !== undefined);
  if (!entry) throw new Error("build-office: no entry script in the metafile");
  const closure = (start, into = new Set()) => {
    const visit = (file) => {
      if (into.has(file)) return;
      into.add(file);
      for (const i of byPath.get(file)?.imports ?? []) if (i.kind === "import-statement") visit(i.path);
    };
    visit(start);
    return into;
  };
  const initial = closure(entry[0]);
  const dynamic = (byPath.get(entry[0])?.imports ?? []).filter((i) => i.kind === "dynamic-import").map((i) => i.path);
  const onDemand = (name) => (f) => new RegExp(`(^|/)${name}-[^/]*\\.js$`).test(f);
  const isLazy = (f) => onDemand("sharing")(f) || onDemand("word")(f);
  const preload = new Set(initial);
  for (const d of dynamic.filter((f) => !isLazy(f))) closure(d, preload);
  const sharing = new Set();
  for (const d of dynamic.filter(onDemand("sharing"))) closure(d, sharing);
  const word = new Set();
  for (const d of dynamic.filter(onDemand("word"))) closure(d, word);
  const sum = (files) => files.reduce((n, f) => n + byPath.get(f).bytes, 0);
  const rel = (f) => path.relative(out, path.resolve(f)).split(path.sep).join("/");
  return {
    initial: sum([...initial]),
    total: sum(js.map(([f]) => f)),
    sharingBytes: sum([...sharing].filter((f) => !preload.has(f))),
    wordBytes: sum([...word].filter((f) => !preload.has(f))),
    onDemandBytes: sum(js.map(([f]) => f).filter((f) => !preload.has(f))),
    files: js.map(([f]) => rel(f)),
    initialFiles: [...initial].map(rel),
    preloadFiles: [...preload].map(rel),
  };
}

/**
 * zod's namespace export carries every locale (about 200 KB minified) though only English is
 * ever used; keep that one. Messages users see come from our catalogue, not from zod.
 */
const zodLocales = {
  name: "zod-locales",
  setup(build) {
    build.onLoad({ filter: /zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: path.dirname(args.path),
      loader: "js",
    }));
  },
};

/**
 * zod's `z` namespace also carries the ahead-of-time compiler (`z.compile` and friends), the
 * JSON Schema reader (`z.fromJSONSchema`) and `z.core` (whose runtime the schemas import
 * directly): about 50 KB minified that the add-in never calls. They are cut from the namespace;
 * a zod whose namespace file no longer reads as expected stops the build rather than shipping
 * something else, and so does code of ours that uses one of them at run time.
 */
const ZOD_CUT = [
  ['export * as core from "../core/index.js";\n', ""],
  ["INVALID, toZod, compile, withParser, ZodCompileAsyncError, ZodCompileUnsupportedError, ", ""],
  ['export { fromJSONSchema } from "./from-json-schema.js";\n', ""],
];
const ZOD_CUT_USE = /\bz\.(core|compile|withParser|toZod|INVALID|fromJSONSchema|ZodCompile\w*)\b/;
export const zodTrim = {
  name: "zod-trim",
  setup(build) {
    const { transformSync } = require("esbuild");
    build.onLoad({ filter: /zod[\\/]v4[\\/]classic[\\/]external\.js$/ }, (args) => {
      let contents = fs.readFileSync(args.path, "utf8");
      for (const [from, to] of ZOD_CUT) {
        if (!contents.includes(from)) throw new Error(`zod-trim: "${from.trim()}" not found in ${args.path}: check what this zod version exports`);
        contents = contents.replace(from, to);
      }
      return { contents, resolveDir: path.dirname(args.path), loader: "js" };
    });
    // Our sources, with types stripped (type positions like `z.core.$ZodIssue` are fine).
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes("node_modules")) return undefined;
      const source = fs.readFileSync(args.path, "utf8");
      const js = transformSync(source, { loader: "ts" }).code;
      const use = ZOD_CUT_USE.exec(js);
      if (use) throw new Error(`zod-trim: ${path.relative(root, args.path)} uses ${use[0]}, which the task pane build cuts from zod`);
      return { contents: source, loader: "ts" };
    });
  },
};

/**
 * dev: Office.js from the local @microsoft/office-js package (served at /office-js/), bundle
 * not minified. out: output folder (default dist/office-addin).
 */
export async function buildOffice(options = {}) {
  const dev = options.dev === true;
  const out = options.out ?? path.join(root, "dist/office-addin");
  const { build } = require("esbuild");
  fs.mkdirSync(path.join(out, "assets"), { recursive: true });
  // The first script (the shell) and the core chunk it imports dynamically; shared modules
  // (the Excel texts) land in chunks the first script imports statically.
  fs.rmSync(path.join(out, "chunks"), { recursive: true, force: true });
  const result = await build({
    entryPoints: { taskpane: path.join(src, "taskpane/main.ts") },
    bundle: true,
    minify: !dev,
    splitting: true,
    format: "esm",
    target: "es2020",
    platform: "browser",
    outdir: out,
    chunkNames: "chunks/[name]-[hash]",
    write: false,
    metafile: true,
    logLevel: "error",
    legalComments: "none",
    charset: "utf8",
    plugins: [zodLocales, zodTrim],
  });
  for (const f of result.outputFiles) {
    fs.mkdirSync(path.dirname(f.path), { recursive: true });
    fs.writeFileSync(f.path, f.contents);
  }
  const sizes = scriptSizes(result.metafile, out);
  // Fetched at once, in parallel with Office.js, instead of when the first script asks; the
  // sharing chunk (ExcelJS) and the Word chunk are left to their first use.
  const preload = sizes.preloadFiles.map((f) => `<link rel="modulepreload" href="${f}" />`).join("");
  const officeJs = dev ? "/office-js/office.js" : OFFICE_CDN;
  fs.writeFileSync(path.join(out, "taskpane.html"), page("taskpane.html", officeJs, options.extraScript ?? "", preload));
  fs.writeFileSync(path.join(out, "commands.html"), page("commands.html", officeJs));
  fs.copyFileSync(path.join(src, "taskpane/taskpane.css"), path.join(out, "taskpane.css"));
  fs.copyFileSync(path.join(src, "taskpane/help.html"), path.join(out, "help.html"));
  fs.mkdirSync(path.join(out, "templates"), { recursive: true });
  for (const f of fs.readdirSync(path.join(root, "templates/plans"))) {
    if (f.endsWith(".json")) fs.copyFileSync(path.join(root, "templates/plans", f), path.join(out, "templates", f));
  }
  for (const f of fs.readdirSync(path.join(src, "assets"))) {
    if (f.endsWith(".png")) fs.copyFileSync(path.join(src, "assets", f), path.join(out, "assets", f));
  }
  const manifest = fs.readFileSync(path.join(src, "manifest.xml"), "utf8");
  const url = options.url ?? process.env.CHITIEU_ADDIN_URL ?? "https://chitieu.example.vn";
  fs.writeFileSync(path.join(out, "manifest.xml"), dev ? manifest : productionManifest(manifest, url));
  return {
    out,
    bytes: sizes.initial,
    initialBytes: sizes.initial,
    totalBytes: sizes.total,
    sharingBytes: sizes.sharingBytes,
    wordBytes: sizes.wordBytes,
    onDemandBytes: sizes.onDemandBytes,
    files: sizes.files,
    initialFiles: sizes.initialFiles,
    preloadFiles: sizes.preloadFiles,
    url: dev ? DEV_URL : url,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href || process.argv[1]?.endsWith("build.mjs")) {
  const { out, initialBytes, totalBytes, sharingBytes, wordBytes, url } = await buildOffice();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const verdict = initialBytes < BUNDLE_GOAL ? "under" : "OVER";
  console.log(`Excel add-in: ${path.relative(root, out)} (manifest for ${url})`);
  console.log(
    `Task pane: initial ${kb(initialBytes)}, with the core and sharing chunks ${kb(totalBytes)} (minified, before gzip; ${verdict} the 200 KB goal for the initial script)`,
  );
  console.log(`Sharing chunk (ExcelJS, JSZip; loaded on first use): ${kb(sharingBytes)}`);
  console.log(`Word chunk (JSZip, the .docx reader; loaded when a .docx is picked): ${kb(wordBytes)}`);
}
