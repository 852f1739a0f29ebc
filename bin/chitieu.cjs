#!/usr/bin/env node
// Entry of the `chitieu` command. Runs the bundled CLI from dist/, (re)building it with esbuild
// first when it is missing or older than the sources, so `npx chitieu` works right after `npm ci`.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const out = path.join(root, "dist", "cli", "chitieu.cjs");
const sourceDirs = ["core", "cli", "hosts", "templates"].map((d) => path.join(root, d));

function newestMtime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (/\.(ts|json)$/.test(e.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function isStale() {
  let built;
  try {
    built = fs.statSync(out).mtimeMs;
  } catch {
    return true;
  }
  return sourceDirs.some((d) => newestMtime(d) > built);
}

if (isStale()) {
  require(path.join(root, "scripts", "build-cli.cjs")).buildCli();
}
require(out).runFromNode();
