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
/** Goal from issue 6: the task pane bundle stays under 200 KB minified, before gzip. */
export const BUNDLE_GOAL = 200 * 1024;

/** The production manifest: every dev URL replaced by the hosting URL (https only). */
export function productionManifest(xml, url) {
  const base = url.replace(/\/+$/, "");
  if (!/^https:\/\/[^\s"'<>]+$/.test(base)) throw new Error(`CHITIEU_ADDIN_URL must be an https URL, got "${url}"`);
  return xml.split(DEV_URL).join(base);
}

function page(name, officeJs, extra = "") {
  const html = fs.readFileSync(path.join(src, "taskpane", name), "utf8");
  return html.replace("<!--OFFICE_JS-->", `<script src="${officeJs}"></script>${extra}`);
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
 * dev: Office.js from the local @microsoft/office-js package (served at /office-js/), bundle
 * not minified. out: output folder (default dist/office-addin).
 */
export async function buildOffice(options = {}) {
  const dev = options.dev === true;
  const out = options.out ?? path.join(root, "dist/office-addin");
  const { build } = require("esbuild");
  fs.mkdirSync(path.join(out, "assets"), { recursive: true });
  const result = await build({
    entryPoints: [path.join(src, "taskpane/main.ts")],
    bundle: true,
    minify: !dev,
    format: "iife",
    target: "es2020",
    platform: "browser",
    outfile: path.join(out, "taskpane.js"),
    write: false,
    logLevel: "error",
    legalComments: "none",
    plugins: [zodLocales],
  });
  const js = result.outputFiles[0].text;
  fs.writeFileSync(path.join(out, "taskpane.js"), js);
  const officeJs = dev ? "/office-js/office.js" : OFFICE_CDN;
  fs.writeFileSync(path.join(out, "taskpane.html"), page("taskpane.html", officeJs, options.extraScript ?? ""));
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
  return { out, bytes: Buffer.byteLength(js), url: dev ? DEV_URL : url };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href || process.argv[1]?.endsWith("build.mjs")) {
  const { out, bytes, url } = await buildOffice();
  const kb = (bytes / 1024).toFixed(1);
  const verdict = bytes < BUNDLE_GOAL ? "under" : "OVER";
  console.log(`Excel add-in: ${path.relative(root, out)} (manifest for ${url})`);
  console.log(`Task pane bundle: ${kb} KB minified, before gzip (${verdict} the 200 KB goal)`);
}
