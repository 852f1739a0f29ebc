import { detectCapabilities } from "../../office-addin/excel/capabilities";
import { createSession, type Session } from "../../office-addin/excel/session";
import { SelfWrites } from "../../office-addin/excel/self-writes";
import { FakeExcel } from "./fake-excel";

/** A fake Excel installed as the globals, with a session on it (today fixed). */
export function setup(api = 18, options: { budget?: number; today?: string; online?: boolean } = {}): { fake: FakeExcel; session: Session } {
  const fake = new FakeExcel({ api, online: options.online }).install();
  fake.workbook.addSheet("Sheet1");
  const office = fake.office as { context: { requirements: { isSetSupported: (n: string, v: string) => boolean } } };
  const caps = detectCapabilities((v) => office.context.requirements.isSetSupported("ExcelApi", v));
  const session = createSession(caps, { today: () => options.today ?? "2025-11-20", budget: options.budget });
  session.journal = new SelfWrites();
  return { fake, session };
}

/** The fake's `Office.context.requirements.isSetSupported`, as the add-in calls it. */
export function isSetSupported(fake: FakeExcel): (name: string, version: string) => boolean {
  const office = fake.office as { context: { requirements: { isSetSupported: (n: string, v: string) => boolean } } };
  return (name, version) => office.context.requirements.isSetSupported(name, version);
}

/** Runs a batch like the task pane does and returns its result. */
export function run<T>(fake: FakeExcel, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return fake.excel.run(batch as (ctx: unknown) => Promise<T>) as Promise<T>;
}
