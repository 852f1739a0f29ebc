import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { catalogue } from "../../core/i18n";
import { XMLValidator, XMLParser } from "./xml";

// Offline checks of the manifest (the online validator cannot run here).
const root = path.resolve(__dirname, "../..");
const source = fs.readFileSync(path.join(root, "office-addin/manifest.xml"), "utf8");

function urls(xml: string): string[] {
  return [...xml.matchAll(/DefaultValue="(https?:[^"]+)"|<AppDomain>([^<]+)<|Value="(https?:[^"]+)"/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

describe("manifest.xml", () => {
  it("is well-formed XML with the required elements", () => {
    expect(XMLValidator(source)).toBeNull();
    const doc = XMLParser(source);
    for (const tag of ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl", "SupportUrl", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides"]) {
      expect(doc.has(`OfficeApp/${tag}`)).toBe(true);
    }
    expect(source).toMatch(/<Id>b3396f08-27ed-4010-a128-e087fd317f91<\/Id>/);
    expect(source).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
    expect(source).toMatch(/<Host Name="Workbook"\/>/);
    expect(source).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    // A ribbon button that opens the task pane.
    expect(source).toMatch(/<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/);
  });

  it("uses https URLs only, on localhost:3000 in the source", () => {
    const all = urls(source);
    expect(all.length).toBeGreaterThan(8);
    for (const u of all) expect(u.startsWith("https://localhost:3000")).toBe(true);
  });

  it("has every resource id it refers to, and the icons on disk as PNG of the declared size", () => {
    const declared = new Set([...source.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of source.matchAll(/resid="([^"]+)"/g)) expect(declared.has(m[1])).toBe(true);
    for (const m of source.matchAll(/https:\/\/localhost:3000\/assets\/icon-(\d+)\.png/g)) {
      const file = path.join(root, "office-addin/assets", `icon-${m[1]}.png`);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(Number(m[1]));
      expect(png.readUInt32BE(20)).toBe(Number(m[1]));
    }
  });

  it("the build writes a production manifest with the configured URL and a small bundle report", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-office-"));
    const script = `import("${path.join(root, "scripts/build-office.mjs").replace(/\\/g, "/")}").then(async (m) => { const r = await m.buildOffice({ out: ${JSON.stringify(out)}, url: "https://kehoach.dongthap.gov.vn/chitieu/" }); console.log(JSON.stringify(r)); })`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    expect(run.stderr).toBe("");
    const prod = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(XMLValidator(prod)).toBeNull();
    expect(prod).not.toContain("localhost");
    expect(prod).toContain("https://kehoach.dongthap.gov.vn/chitieu/taskpane.html");
    for (const u of urls(prod)) expect(u.startsWith("https://kehoach.dongthap.gov.vn/chitieu")).toBe(true);
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    for (const f of ["taskpane.js", "taskpane.css", "commands.html", "assets/icon-80.png", "templates/hai-duong-1768-2022.json"]) {
      expect(fs.existsSync(path.join(out, f))).toBe(true);
    }

    // Issue 6: the first script is the shell; the core is a chunk loaded with import().
    const r = JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as {
      initialBytes: number;
      totalBytes: number;
      sharingBytes: number;
      wordBytes: number;
      onDemandBytes: number;
      files: string[];
      initialFiles: string[];
      preloadFiles: string[];
    };
    expect(html).toContain('<script type="module" src="taskpane.js"></script>');
    expect(r.initialFiles[0]).toBe("taskpane.js");
    const core = r.files.filter((f) => /^chunks\/core-[\w-]+\.js$/.test(f));
    expect(core).toHaveLength(1);
    expect(r.initialFiles).not.toContain(core[0]);
    // Issue 7.4: ExcelJS and JSZip come in their own chunk, fetched only for sharing.
    const sharing = r.files.filter((f) => /^chunks\/sharing-[\w-]+\.js$/.test(f));
    expect(sharing).toHaveLength(1);
    for (const f of r.files) expect(fs.existsSync(path.join(out, f))).toBe(true);
    // The shell and the core (with the chunks they import) are fetched at once, in parallel
    // with Office.js; the sharing chunk is not.
    expect(r.preloadFiles).toEqual(expect.arrayContaining([...r.initialFiles, core[0]]));
    for (const f of r.preloadFiles) expect(html).toContain(`<link rel="modulepreload" href="${f}" />`);
    expect(r.preloadFiles).not.toContain(sharing[0]);
    expect(html).not.toContain(sharing[0]);
    const size = (files: string[]) => files.reduce((n, f) => n + fs.statSync(path.join(out, f)).size, 0);
    expect(r.initialBytes).toBe(size(r.initialFiles));
    expect(r.totalBytes).toBe(size(r.files));
    expect(r.onDemandBytes).toBe(size(r.files.filter((f) => !r.preloadFiles.includes(f))));
    expect(r.sharingBytes).toBeGreaterThan(0);
    // Issue 10.4: the Word reader comes in its own chunk, fetched only when a .docx is picked.
    const word = r.files.filter((f) => /^chunks\/word-[\w-]+\.js$/.test(f));
    expect(word).toHaveLength(1);
    expect(r.preloadFiles).not.toContain(word[0]);
    expect(html).not.toContain(word[0]);
    expect(r.wordBytes).toBeGreaterThan(0);
    expect(r.initialBytes).toBeLessThan(200 * 1024);
    // The shell carries the Excel texts, not the catalogue, zod or the core's rules.
    const initial = r.initialFiles.map((f) => fs.readFileSync(path.join(out, f), "utf8")).join("\n");
    expect(initial).toContain(catalogue["excel.action.create"].vi);
    expect(initial).toContain(catalogue["excel.action.shareSplit"].vi);
    for (const code of ["validation.indicator.value.ambiguous", "summary.status.notAchieved", "gas.checked"] as const) expect(initial).not.toContain(catalogue[code].vi);
    expect(initial).not.toMatch(/ZodError|invalid_type/);
    const preloaded = r.preloadFiles.filter((f) => !r.initialFiles.includes(f)).map((f) => fs.readFileSync(path.join(out, f), "utf8")).join("\n");
    expect(preloaded).toContain(catalogue["validation.indicator.value.ambiguous"].vi);
    // zod's compiler and JSON Schema reader are cut (see zodTrim in scripts/build-office.mjs).
    expect(preloaded).not.toMatch(/ZodCompileUnsupportedError|fromJSONSchema/);
    // ExcelJS is in the sharing chunk only.
    const shared = fs.readFileSync(path.join(out, sharing[0]), "utf8");
    expect(shared).toContain("xl/workbook.xml");
    expect(`${initial}\n${preloaded}`).not.toContain("xl/workbook.xml");
    // The document reader is in the Word chunk only.
    expect(fs.readFileSync(path.join(out, word[0]), "utf8")).toContain("word/document.xml");
    expect(`${initial}\n${preloaded}`).not.toContain("word/document.xml");
  }, 60_000);

  it("the zod trim stops the build when our code uses a cut part of zod", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-zodtrim-"));
    const entry = path.join(dir, "uses.ts");
    fs.writeFileSync(entry, 'import { z } from "zod";\nexport const s = z.fromJSONSchema({ type: "string" });\n');
    const script = `import("${path.join(root, "scripts/build-office.mjs").replace(/\\/g, "/")}").then(async (m) => { const { build } = (await import("node:module")).createRequire(${JSON.stringify(path.join(root, "package.json"))})("esbuild"); await build({ entryPoints: [${JSON.stringify(entry)}], bundle: true, write: false, nodePaths: [${JSON.stringify(path.join(root, "node_modules"))}], logLevel: "silent", plugins: [m.zodTrim] }); })`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("uses z.fromJSONSchema");
  }, 60_000);

  it("refuses a non-https production URL", () => {
    const script = `import("${path.join(root, "scripts/build-office.mjs").replace(/\\/g, "/")}").then((m) => m.productionManifest("<x/>", "http://insecure.example"))`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("https");
  });
});
