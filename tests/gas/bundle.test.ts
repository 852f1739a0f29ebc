import { contract } from "../../gas/rpc/contract";
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
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
    ]);
  });

  test("the sidebar is one HTML file: script and styles inlined, nothing fetched", () => {
    const html = readDist("Sidebar.html");
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
    expect(html).not.toContain("/* SCRIPT */");
    expect(html).not.toContain("/* STYLE */");
    expect(html.match(/<\/script>/gi)?.length).toBe(1);
  });
});
