// npm run build: the CLI bundle, the JSON Schemas for template authors, and (when present) the
// Apps Script and Office add-in bundles.
import { createRequire } from "node:module";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const { buildCli } = require("./build-cli.cjs");
console.log(`CLI: ${path.relative(root, buildCli())}`);

// JSON Schemas: generated from the core's zod schemas.
const { buildSync } = require("esbuild");
const bundled = buildSync({
  entryPoints: [path.join(root, "core/model/json-schema.ts")],
  bundle: true,
  platform: "node",
  format: "cjs",
  write: false,
  logLevel: "error",
});
const mod = { exports: {} };
new Function("module", "exports", "require", bundled.outputFiles[0].text)(mod, mod.exports, require);
const schemas = mod.exports.templateJsonSchemas();
fs.mkdirSync(path.join(root, "templates/schema"), { recursive: true });
for (const [name, schema] of Object.entries(schemas)) {
  fs.writeFileSync(path.join(root, "templates/schema", name), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`Schema: templates/schema/${name}`);
}

for (const extra of ["build-gas.mjs", "build-office.mjs"]) {
  const p = path.join(root, "scripts", extra);
  if (fs.existsSync(p)) await import(p);
}
