import * as path from "node:path";
import * as vm from "node:vm";
import { buildSync } from "esbuild";
import JSZip from "jszip";
import { reportParts } from "../../../hosts/wordml";
import { sampleReport } from "../../core/report/sample";

const root = path.resolve(__dirname, "../../..");

/** A module bundled for Apps Script's V8 (no Node, no DOM), as scripts/build-gas.mjs does. */
function bundleFor(source: string): string {
  return buildSync({
    stdin: { contents: source, resolveDir: root, loader: "ts" },
    bundle: true,
    format: "iife",
    globalName: "Probe",
    platform: "neutral",
    mainFields: ["module", "main"],
    target: "es2019",
    write: false,
    logLevel: "silent",
  }).outputFiles[0].text;
}

/** A context with nothing but the language's own objects: no TextEncoder, btoa, Buffer, setTimeout, crypto, DOM. */
function bareContext(): vm.Context {
  const context = vm.createContext({});
  for (const name of ["TextEncoder", "btoa", "Buffer", "setTimeout", "crypto", "document", "process", "require"]) {
    expect(vm.runInContext(`typeof ${name}`, context)).toBe("undefined");
  }
  return context;
}

describe("the report writers in a bare V8 context (what Apps Script offers)", () => {
  const { report } = sampleReport();
  const json = JSON.stringify(report);

  test("the WordprocessingML writer runs there and gives the same parts as in Node", async () => {
    const code = bundleFor(`import { reportParts } from "./hosts/wordml"; export const parts = (doc) => reportParts(JSON.parse(doc));`);
    const context = bareContext();
    vm.runInContext(code, context);
    const parts = JSON.parse(vm.runInContext(`JSON.stringify(Probe.parts(${JSON.stringify(json)}))`, context));
    expect(parts).toEqual(JSON.parse(JSON.stringify(reportParts(report))));
    // And those parts make a package Word tools open.
    const zip = new JSZip();
    for (const p of parts as { path: string; xml: string }[]) zip.file(p.path, p.xml);
    const back = await JSZip.loadAsync(await zip.generateAsync({ type: "uint8array" }));
    expect(await back.file("word/document.xml")!.async("string")).toContain("Phụ lục II");
  });

  test("the docx library does not: it needs TextEncoder and btoa (why Apps Script uses hosts/wordml)", async () => {
    const code = bundleFor(`import { reportToDocx } from "./hosts/report"; export const write = (doc) => reportToDocx(JSON.parse(doc));`);
    const context = bareContext();
    vm.runInContext(code, context);
    await expect(vm.runInContext(`Probe.write(${JSON.stringify(json)})`, context)).rejects.toThrow(/TextEncoder|btoa/);
  });
});
