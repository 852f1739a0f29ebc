#!/usr/bin/env node
// Runs a TypeScript entry (bench, scripts) by bundling it in memory with esbuild.
const path = require("node:path");
const Module = require("node:module");
const { buildSync } = require("esbuild");

const entry = path.resolve(process.argv[2]);
const out = buildSync({
  entryPoints: [entry],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  write: false,
  packages: "external",
  sourcemap: "inline",
});
const m = new Module(entry, module);
m.filename = entry;
m.paths = Module._nodeModulePaths(path.dirname(entry));
process.argv.splice(1, 2, entry);
m._compile(out.outputFiles[0].text, entry);
