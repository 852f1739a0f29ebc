import { msg, type Lang } from "../../core/i18n";
import type { Shown as Message } from "./store";
import { sha256, toHex, utf8 } from "../../core/crypto";
import { SHEETS } from "../../core/layout";
import { columnLetter } from "../../core/patch";
import { masterProtections, readFocalEmails, type ProtectionSpec, type ShareAgency } from "../../core/share";
import type { Env } from "../env";
import { langOf } from "../env";
import type { ProtectionApi, SheetApi, SpreadsheetApi, SpreadsheetAppApi } from "../host/surface";
import { withDocumentLock } from "../lock";
import { Budget } from "./clock";
import { openMaster } from "./reader";
import { deleteJson, KEYS, ProtectJobSchema, readJson, writeJson } from "./store";

/** Every protection the sharing actions make starts with this (in both languages), so a re-run replaces them. */
export const SHARE_MARK = "Chỉ Tiêu · ";

/**
 * Leaves only the owner and the person running this (neither can be removed) plus `editors`.
 * A new protection starts with every editor of the file, agencies included: hence the removal.
 */
export function restrictEditors(p: ProtectionApi, editors: readonly string[]): void {
  p.removeEditors(p.getEditors());
  if (p.canDomainEdit()) p.setDomainEdit(false);
  if (editors.length > 0) p.addEditors([...editors]);
}

/** Every hard protection of a spreadsheet restricted to the owner (a copy, before it is shared). */
export function restrictAll(app: SpreadsheetAppApi, ss: SpreadsheetApi): number {
  let n = 0;
  for (const sheet of ss.getSheets()) {
    for (const type of [app.ProtectionType.RANGE, app.ProtectionType.SHEET]) {
      for (const p of sheet.getProtections(type)) {
        if (p.isWarningOnly()) continue;
        restrictEditors(p, []);
        n++;
      }
    }
  }
  return n;
}

const rowsLabel = (s: ProtectionSpec) => (s.range.rows === 1 ? `${s.range.row + 1}` : `${s.range.row + 1}-${s.range.row + s.range.rows}`);
const colsLabel = (s: ProtectionSpec) =>
  s.range.cols === 1 ? columnLetter(s.range.col) : `${columnLetter(s.range.col)}:${columnLetter(s.range.col + s.range.cols - 1)}`;

export function describe(spec: ProtectionSpec, names: ReadonlyMap<string, string>, lang: Lang): string {
  const params = { rows: rowsLabel(spec), columns: colsLabel(spec) };
  switch (spec.kind) {
    case "agency":
      return msg("gas.share.protect.agency", { ...params, agencies: spec.agencyIds.map((id) => names.get(id) ?? id).join("; ") })[lang];
    case "unassigned":
      return msg("gas.share.protect.unassigned", params)[lang];
    case "structure":
      return msg("gas.share.protect.structure", params)[lang];
    case "header":
      return msg("gas.share.protect.header")[lang];
  }
}

/** One protection to make: a range of a tracking sheet, or a whole sheet (log, agencies). */
interface Planned {
  sheet: string;
  range: ProtectionSpec["range"] | null;
  description: string;
  editors: string[];
}

function removeOurs(app: SpreadsheetAppApi, ss: SpreadsheetApi): void {
  for (const sheet of ss.getSheets()) {
    for (const type of [app.ProtectionType.RANGE, app.ProtectionType.SHEET]) {
      for (const p of sheet.getProtections(type)) if (p.getDescription().startsWith(SHARE_MARK)) p.remove();
    }
  }
}

function make(sheet: SheetApi, planned: Planned): void {
  const r = planned.range;
  const p = r ? sheet.getRange(r.row + 1, r.col + 1, r.rows, r.cols).protect() : sheet.protect();
  p.setDescription(planned.description).setWarningOnly(false);
  restrictEditors(p, planned.editors);
}

export interface ProtectOutcome {
  done: boolean;
  processed: number;
  total: number;
  ranges: number;
  agencies: { name: string; emails: string[] }[];
  withoutEmail: string[];
  problems: Message[];
  message: Message;
}

/**
 * (a) One shared master: protections per agency on its reporting cells, editors from the focal
 * e-mails of the "Đơn vị" sheet, the owner always kept; plan columns, headers, the log and the
 * agency list for the owner only. Runs within the time budget and resumes where it stopped; a
 * run that starts afresh first removes the protections an earlier run made.
 */
export function protectMaster(env: Env): ProtectOutcome {
  return withDocumentLock(env, () => {
    const lang = langOf(env);
    const { master, read } = openMaster(env.ss);
    const workbook = master.workbook;
    const contacts = readFocalEmails(read(SHEETS.agencies));
    const plan = masterProtections(workbook, contacts.emails);
    const names = new Map(plan.agencies.map((a) => [a.id, a.name]));
    const planned: Planned[] = plan.protections.map((s) => ({ sheet: s.sheet, range: s.range, description: describe(s, names, lang), editors: s.editors }));
    for (const [sheet, code] of [
      [SHEETS.log, "gas.share.protect.log"],
      [SHEETS.agencies, "gas.share.protect.contacts"],
    ] as const) {
      if (env.ss.getSheetByName(sheet)) planned.push({ sheet, range: null, description: msg(code)[lang], editors: [] });
    }
    const fingerprint = toHex(sha256(utf8(JSON.stringify(planned)))).slice(0, 16);
    const props = env.props;
    let job = props ? readJson(props, KEYS.protectJob, ProtectJobSchema) : null;
    if (!job || job.fingerprint !== fingerprint) {
      removeOurs(env.svc.spreadsheetApp, env.ss);
      job = { fingerprint, next: 0, total: planned.length };
    }
    const budget = new Budget();
    const sheets = new Map<string, SheetApi>();
    while (job.next < planned.length && budget.canStart()) {
      const p = planned[job.next];
      let sheet = sheets.get(p.sheet);
      if (!sheet) {
        sheet = env.ss.getSheetByName(p.sheet) ?? undefined;
        if (sheet) sheets.set(p.sheet, sheet);
      }
      if (sheet) make(sheet, p);
      job.next++;
    }
    const done = job.next >= planned.length;
    if (props) {
      if (done) deleteJson(props, KEYS.protectJob);
      else writeJson(props, KEYS.protectJob, job);
    }
    const withEmail = plan.agencies.filter((a: ShareAgency) => (contacts.emails.get(a.id) ?? []).length > 0);
    const problems = contacts.invalid.map((i) => msg("gas.share.invalidEmail", { row: i.row, text: i.text }));
    return {
      done,
      processed: job.next,
      total: planned.length,
      ranges: planned.length,
      agencies: withEmail.map((a) => ({ name: a.name, emails: contacts.emails.get(a.id) ?? [] })),
      withoutEmail: plan.withoutEmail.map((a) => a.name),
      problems,
      message: done
        ? msg("gas.share.protected", { ranges: planned.length, agencies: withEmail.length, without: plan.withoutEmail.length })
        : msg("gas.share.partial", { done: job.next, total: planned.length }),
    };
  });
}
