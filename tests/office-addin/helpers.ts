import { detectCapabilities } from "../../office-addin/excel/capabilities";
import { createSession, type Session } from "../../office-addin/excel/session";
import { SelfWrites } from "../../office-addin/excel/self-writes";
import { FakeExcel } from "./fake-excel";

/** 20/11/2025, 09:00 in Viet Nam: the session's clock unless a test gives its own. */
export const SESSION_NOW = Date.UTC(2025, 10, 20, 2);

/** A fake Excel installed as the globals, with a session on it (its clock fixed). */
export function setup(api = 18, options: { budget?: number; now?: number; online?: boolean } = {}): { fake: FakeExcel; session: Session } {
  const fake = new FakeExcel({ api, online: options.online }).install();
  fake.workbook.addSheet("Sheet1");
  const office = fake.office as { context: { requirements: { isSetSupported: (n: string, v: string) => boolean } } };
  const caps = detectCapabilities((v) => office.context.requirements.isSetSupported("ExcelApi", v));
  const session = createSession(caps, { now: () => options.now ?? SESSION_NOW, budget: options.budget });
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
