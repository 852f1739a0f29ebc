import { catalogue } from "../../core/i18n";
import { contract } from "../../gas/rpc/contract";
import { SIDEBAR_CODES } from "../../gas/sidebar/strings";
import { MENU_ITEMS, MINIMAL_MENU_ITEMS } from "../../gas/menu";
import { buildBundle, loadCode, readDist } from "./bundle";

beforeAll(buildBundle, 120_000);

const ENTRY_POINTS = [
  "onOpen",
  "onInstall",
  "onEdit",
  ...MENU_ITEMS.flatMap((i) => (i ? [i.fn] : [])),
  ...MINIMAL_MENU_ITEMS.map((i) => i.fn),
  ...Object.keys(contract),
];

describe("dist/gas bundle", () => {
  test("every trigger, menu item and google.script.run target is a callable top-level function", () => {
    const context = loadCode({});
    for (const name of ENTRY_POINTS) expect([name, typeof context[name]]).toEqual([name, "function"]);
    const code = readDist("Code.js");
    // Declared as top-level function statements (what Apps Script lists and calls by name).
    for (const name of ENTRY_POINTS) expect(code).toMatch(new RegExp(`^function ${name}\\(`, "m"));
  });

  test("manifest: V8, Viet Nam time, least-privilege scopes only", () => {
    const manifest = JSON.parse(readDist("appsscript.json"));
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.timeZone).toBe("Asia/Ho_Chi_Minh");
    // The last two only for the sharing copies (asked at run time with ScriptApp.requireScopes).
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/drive.file",
      "https://www.googleapis.com/auth/spreadsheets",
    ]);
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: "Drive", version: "v3", serviceId: "drive" }]);
  });

  test("the sidebar is one HTML file: script and styles inlined, nothing fetched", () => {
    const html = readDist("Sidebar.html");
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).not.toContain("/* SCRIPT */");
    expect(html).not.toContain("/* STYLE */");
    expect(html.match(/<\/script>/gi)?.length).toBe(1);
  });

  test("the sidebar is light: its own strings and zod/mini, not the catalogue or classic zod", () => {
    const html = readDist("Sidebar.html");
    // Issue 6: was 513 KB with the whole catalogue and classic zod (with its locales) inlined.
    expect(Buffer.byteLength(html)).toBeLessThan(80 * 1024);
    for (const code of SIDEBAR_CODES) expect(html).toContain(catalogue[code].vi.slice(0, 20));
    // Texts the server writes (findings, status labels, menu-only entries) are not in the page.
    for (const code of ["validation.indicator.value.ambiguous", "summary.status.notAchieved", "gas.help", "excel.error.unexpected"] as const) {
      expect(html).not.toContain(catalogue[code].vi);
    }
    expect(html).not.toContain("summary.status.");
  });
});
