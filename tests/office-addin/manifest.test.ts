import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
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
  }, 60_000);

  it("refuses a non-https production URL", () => {
    const script = `import("${path.join(root, "scripts/build-office.mjs").replace(/\\/g, "/")}").then((m) => m.productionManifest("<x/>", "http://insecure.example"))`;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8" });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("https");
  });
});
