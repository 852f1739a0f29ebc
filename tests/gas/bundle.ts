import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

export const DIST = path.resolve(__dirname, "../../dist/gas");

let built = false;

/** Runs scripts/build-gas.mjs once per test process. */
export function buildBundle(): void {
  if (built) return;
  execFileSync(process.execPath, [path.resolve(__dirname, "../../scripts/build-gas.mjs")], { stdio: "pipe" });
  built = true;
}

export function readDist(file: string): string {
  return fs.readFileSync(path.join(DIST, file), "utf8");
}

/** Code.js evaluated as Apps Script does: one global scope holding the given host globals. */
export function loadCode(globals: Record<string, unknown>): vm.Context {
  const context = vm.createContext({ ...globals });
  vm.runInContext(readDist("Code.js"), context, { filename: "Code.js" });
  return context;
}

/** Copies a value into the context's realm, as google.script.run copies arguments and results. */
export function intoRealm(context: vm.Context, value: unknown): unknown {
  return vm.runInContext(`JSON.parse(${JSON.stringify(JSON.stringify(value ?? null))})`, context);
}
