import { msg } from "../../core/i18n";
import type { Shown as Message } from "./store";
import { SHEETS } from "../../core/layout";
import { vietnamStamp } from "../../core/workbook";
import { packageAgencies, readFocalEmails, splitWorkbook, type ShareAgency, type ShareMaster } from "../../core/share";
import type { Env } from "../env";
import { langOf } from "../env";
import { applyPatch } from "../host/apply-patch";
import type { DriveApi, SpreadsheetApi } from "../host/surface";
import { withDocumentLock } from "../lock";
import { now } from "../clock";
import { Budget } from "./clock";
import { restrictAll } from "./protect";
import { openMaster } from "./reader";
import { newSecret } from "./secret";
import { driveService, DRIVE_FILE, requireScopes, SPREADSHEETS } from "./scopes";
import {
  CopiesJobSchema,
  CopiesSchema,
  deleteJson,
  KEYS,
  readJson,
  writeJson,
  type Copies,
  type CopiesJob,
  type CopyRecord,
} from "./store";

const SPREADSHEET_MIME = "application/vnd.google-apps.spreadsheet";
const FOLDER_MIME = "application/vnd.google-apps.folder";

export const fileUrl = (id: string): string => `https://docs.google.com/spreadsheets/d/${id}/edit`;

export interface CopiesInput {
  /** Send Drive's notification e-mail to the agencies (off unless asked). */
  notify: boolean;
  /** Also hand each agency the rows it coordinates, read only. */
  withCoordinated: boolean;
}

export interface CopyView {
  agency: string;
  fileId: string;
  url: string;
  sharedWith: string[];
}

export interface CopiesOutcome {
  done: boolean;
  processed: number;
  total: number;
  folder: string;
  copies: CopyView[];
  withoutEmail: string[];
  problems: Message[];
  message: Message;
}

const detail = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function loadCopies(env: Env): Copies | null {
  return env.props ? readJson(env.props, KEYS.copies, CopiesSchema) : null;
}

/** Writes the package into the new spreadsheet: its own sheets only, hard protections for the owner alone. */
function build(env: Env, ss: SpreadsheetApi, patch: Parameters<typeof applyPatch>[1]): void {
  const lang = langOf(env);
  applyPatch({ app: env.svc.spreadsheetApp, spreadsheet: ss, properties: null, lang }, patch);
  const ours = new Set(patch.flatMap((op) => (op.op === "addSheet" ? [op.sheet] : [])));
  for (const sheet of ss.getSheets()) if (!ours.has(sheet.getName())) ss.deleteSheet(sheet);
  // The patch protects plan columns, headers, read-only rows and the stamp; make sure nobody
  // but the owner is an editor of those protections before the file is shared.
  restrictAll(env.svc.spreadsheetApp, ss);
}

/** Shares a copy as writer with each e-mail it is not yet shared with; failures become messages. */
function share(drive: DriveApi, rec: CopyRecord, emails: readonly string[], notify: boolean, problems: Message[]): number {
  let n = 0;
  for (const email of emails) {
    if (rec.sharedWith.includes(email)) continue;
    try {
      drive.Permissions.create({ type: "user", role: "writer", emailAddress: email }, rec.fileId, {
        sendNotificationEmail: notify,
        supportsAllDrives: true,
      });
      rec.sharedWith.push(email);
      n++;
    } catch (e) {
      problems.push(msg("gas.share.shareFailed", { agency: rec.agencyName, email, detail: detail(e) }));
    }
  }
  return n;
}

/**
 * One agency's copy. The master's record of the package is written into the master (under the
 * document lock the caller holds) before the copy is built: a copy the master has no record of
 * would be refused at consolidation. Returns the master with its record updated.
 */
function copyOne(env: Env, drive: DriveApi, master: ShareMaster, agency: ShareAgency, copies: Copies, job: CopiesJob, emails: readonly string[]): ShareMaster {
  const lang = langOf(env);
  let rec = copies.copies.find((c) => c.agencyId === agency.id);
  if (rec?.complete) {
    job.existing++;
    job.shared += share(drive, rec, emails, job.notify, job.problems);
    return master;
  }
  const split = splitWorkbook(master, { now: job.now, withCoordinated: job.withCoordinated, agencies: [agency.id], lang, newSecret });
  const [pkg] = split.packages;
  if (!pkg) return master;
  applyPatch({ app: env.svc.spreadsheetApp, spreadsheet: env.ss, properties: env.props, lang }, split.masterPatch);
  const next: ShareMaster = { ...master, record: split.record };
  if (!rec) {
    const name = msg("gas.share.fileName", { number: master.workbook.plan.number, agency: agency.name })[lang];
    const file = drive.Files.create({ name, mimeType: SPREADSHEET_MIME, parents: copies.folderId ? [copies.folderId] : [] });
    if (!file.id) throw new Error("Drive returned no file id");
    rec = { agencyId: agency.id, agencyName: agency.name, fileId: file.id, fileName: name, packageId: pkg.stamp.packageId, created: vietnamStamp(job.now), sharedWith: [], complete: false };
    copies.copies.push(rec);
    // Saved before the (long) build: a run cut short finishes this same file next time.
    if (env.props) writeJson(env.props, KEYS.copies, copies);
  }
  rec.packageId = pkg.stamp.packageId;
  build(env, env.svc.spreadsheetApp.openById(rec.fileId), pkg.patch);
  job.shared += share(drive, rec, emails, job.notify, job.problems);
  rec.complete = true;
  job.created++;
  return next;
}

/**
 * (b) One spreadsheet per lead agency in a Drive folder, built from the core's package (only the
 * agency's rows: nothing of other agencies leaks), protections re-applied, shared with the focal
 * e-mails without notification unless asked, tracked in document properties. Agencies are done
 * one by one within the time budget; what is left is saved and done by the next run.
 */
export function makeCopies(env: Env, input: CopiesInput): CopiesOutcome {
  requireScopes(env, [DRIVE_FILE, SPREADSHEETS]);
  const drive = driveService();
  return withDocumentLock(env, () => {
    const lang = langOf(env);
    let { master } = openMaster(env.ss);
    const workbook = master.workbook;
    const contacts = readFocalEmails(master.read(SHEETS.agencies));
    const agencies = packageAgencies(workbook);
    const copies: Copies = loadCopies(env) ?? { folderId: null, folderName: "", copies: [] };
    let job = env.props ? readJson(env.props, KEYS.copiesJob, CopiesJobSchema) : null;
    if (!job) {
      job = {
        now: now(),
        notify: input.notify,
        withCoordinated: input.withCoordinated,
        total: agencies.length,
        pending: agencies.map((a) => a.id),
        created: 0,
        existing: 0,
        shared: 0,
        problems: contacts.invalid.map((i) => msg("gas.share.invalidEmail", { row: i.row, text: i.text })),
      };
    }
    if (copies.folderId === null) {
      const name = msg("gas.share.folder", { number: workbook.plan.number })[lang];
      const folder = drive.Files.create({ name, mimeType: FOLDER_MIME });
      if (!folder.id) throw new Error("Drive returned no folder id");
      copies.folderId = folder.id;
      copies.folderName = name;
    }
    const byId = new Map(agencies.map((a) => [a.id, a]));
    const budget = new Budget();
    while (job.pending.length > 0 && budget.canStart()) {
      const id = job.pending[0];
      const agency = byId.get(id);
      if (agency) {
        try {
          master = copyOne(env, drive, master, agency, copies, job, contacts.emails.get(id) ?? []);
        } catch (e) {
          job.problems.push(msg("gas.share.copyFailed", { agency: agency.name, detail: detail(e) }));
        }
      }
      job.pending.shift();
      if (env.props) {
        writeJson(env.props, KEYS.copies, copies);
        writeJson(env.props, KEYS.copiesJob, job);
      }
    }
    const done = job.pending.length === 0;
    if (done && env.props) deleteJson(env.props, KEYS.copiesJob);
    const withoutEmail = agencies.filter((a) => (contacts.emails.get(a.id) ?? []).length === 0).map((a) => a.name);
    const processed = job.total - job.pending.length;
    return {
      done,
      processed,
      total: job.total,
      folder: copies.folderName,
      copies: copies.copies.filter((c) => c.complete).map((c) => ({ agency: c.agencyName, fileId: c.fileId, url: fileUrl(c.fileId), sharedWith: [...c.sharedWith] })),
      withoutEmail,
      problems: job.problems,
      message: done
        ? msg("gas.share.copiesDone", {
            created: job.created,
            existing: job.existing,
            folder: copies.folderName,
            shared: job.shared,
            notify: msg(job.notify ? "gas.share.notified" : "gas.share.silent")[lang],
            without: withoutEmail.length,
          })
        : msg("gas.share.partial", { done: processed, total: job.total }),
    };
  });
}
