import { FakeExcel } from "../fake-excel";

/**
 * Loaded after office.js in the UI test page: the fake replaces Excel and Office.
 *
 * office.js outside an Office client finishes loading asynchronously (a few ms after its script
 * ran): it then defines a `context` getter on its namespace object and points `window.Office` at
 * that object again. Whether that happens before or after this script and the task pane's
 * module scripts run is a race, so: before it, the fake's members are pinned on the namespace
 * object (office.js's later redefinition fails there, and `window.Office` ends up on an object
 * with the fake's members either way); after it, office.js is done and a plain assignment holds.
 */
const fake = new FakeExcel({ api: 18 });
fake.workbook.addSheet("Sheet1");
const globals: Record<string, unknown> = {};
fake.install(globals);
const office = globals.Office as Record<string, unknown>;
const w = window as unknown as Record<string, unknown> & { Microsoft?: { Office?: { WebExtension?: Record<string, unknown> } } };
const namespace = w.Microsoft?.Office?.WebExtension;
const context = namespace && Object.getOwnPropertyDescriptor(namespace, "context");
if (namespace && (context === undefined || context.configurable)) {
  for (const key of Object.keys(office)) {
    Object.defineProperty(namespace, key, { configurable: false, enumerable: true, get: () => office[key], set: () => undefined });
  }
  w.Office = namespace;
} else {
  w.Office = office;
}
w.Excel = globals.Excel;
(window as unknown as { __fake: FakeExcel }).__fake = fake;
