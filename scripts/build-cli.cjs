// Bundles the command-line tool (cli/main.ts + core) into dist/cli/chitieu.cjs.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { buildSync } = require("esbuild");

const root = path.resolve(__dirname, "..");

function buildCli() {
  const outfile = path.join(root, "dist", "cli", "chitieu.cjs");
  const tmp = `${outfile}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(outfile), { recursive: true });
  buildSync({
    entryPoints: [path.join(root, "cli", "main.ts")],
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    outfile: tmp,
    packages: "external",
    sourcemap: "inline",
    logLevel: "error",
  });
  // Rename so a concurrent run never loads a half-written bundle.
  fs.renameSync(tmp, outfile);
  return outfile;
}

module.exports = { buildCli };
if (require.main === module) console.log(path.relative(root, buildCli()));
