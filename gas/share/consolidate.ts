import { msg } from "../../core/i18n";
import type { Shown as Message } from "./store";
import { errorTally, isUntouched, Labels, mergePackages, openPackage, tallyText, type PackageInput } from "../../core/share";
import { now } from "../clock";
import type { Env } from "../env";
import { langOf } from "../env";
import { UserError } from "../errors";
import { applyPatch } from "../host/apply-patch";
import type { SpreadsheetApi } from "../host/surface";
import { withDocumentLock } from "../lock";
import { Budget } from "./clock";
import { loadCopies } from "./copies";
import { notesReader, openMaster, sheetReader } from "./reader";
import { requireScopes, SPREADSHEETS } from "./scopes";
import { ConsolidateListsSchema, ConsolidateJobSchema, deleteJson, KEYS, readJson, writeJson, type ConsolidateJob, type ConsolidateLists } from "./store";

/** Messages kept across runs for the sidebar (all of them are in the log and the sheets anyway). */
const KEPT = 200;

export interface ConsolidateInput {
  /** Start again from the first copy, forgetting a run that was cut short. */
  restart: boolean;
}

export interface ConsolidateOutcome {
  done: boolean;
  processed: number;
  total: number;
  merged: number;
  conflictCount: number;
  conflicts: Message[];
  heldCount: number;
  held: Message[];
  rejected: { agency: string; source: string; reason: Message }[];
  missing: string[];
  untouched: string[];
  problems: Message[];
  /** Errors in the master, and where, before the first run and after this one. */
  errors: { before: Message; after: Message };
  message: Message;
}

const detail = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * "Tổng hợp từ các bản sao": opens each tracked copy in turn (within the time budget), reads it
 * as a package, and merges what was read with the core merge (checked against the master's record
 * of the copy, three ways per cell, conflicts marked and listed in "Xung đột", invalid values held
 * back and marked in the agency's own copy with a "Cần sửa" sheet, statuses and the summary
 * recomputed), all under the document lock. Copies nobody has typed into are skipped (not
 * returned). Progress is saved, so the next run goes on with the copies not yet read. The patch
 * writes the log rows before the values they describe, and the merge never logs an event twice:
 * a run stopped by the 6-minute limit in the middle of its writes is resumed by the next run,
 * which writes the values still missing without a second log row, and logs none it did not write.
 */
export function consolidate(env: Env, input: ConsolidateInput): ConsolidateOutcome {
  requireScopes(env, [SPREADSHEETS]);
  return withDocumentLock(env, () => {
    const lang = langOf(env);
    const copies = loadCopies(env);
    const ready = (copies?.copies ?? []).filter((c) => c.complete);
    if (ready.length === 0) throw new UserError(msg("gas.share.noCopies"));
    const { master } = openMaster(env.ss);
    const labels = new Labels(master.workbook.plan);
    const props = env.props;
    let job = !input.restart && props ? readJson(props, KEYS.consolidateJob, ConsolidateJobSchema) : null;
    let lists: ConsolidateLists = (job && props ? readJson(props, KEYS.conflicts, ConsolidateListsSchema) : null) ?? { conflicts: [], held: [] };
    if (!job) {
      job = {
        total: ready.length,
        pending: ready.map((c) => c.agencyId),
        copies: 0,
        merged: 0,
        conflicts: 0,
        held: 0,
        rejected: [],
        untouched: [],
        missing: [],
        problems: [],
        errorsBefore: tallyText(errorTally(master.workbook, { now: now() }), labels),
      };
      lists = { conflicts: [], held: [] };
    }
    const budget = new Budget();
    const inputs: PackageInput[] = [];
    const names = new Map<string, string>();
    const opened = new Map<string, SpreadsheetApi>();
    const read: string[] = [];
    while (job.pending.length > 0 && budget.canStart()) {
      const id = job.pending[0];
      const rec = ready.find((c) => c.agencyId === id);
      job.pending.shift();
      if (!rec) continue;
      read.push(id);
      try {
        const copy = env.svc.spreadsheetApp.openById(rec.fileId);
        const pkg = openPackage(rec.fileName, sheetReader(copy), { notes: notesReader(copy) });
        names.set(pkg.source, rec.agencyName);
        opened.set(pkg.source, copy);
        if (isUntouched(master, pkg)) job.untouched.push(rec.agencyName);
        else inputs.push(pkg);
      } catch (e) {
        job.problems.push(msg("gas.share.openFailed", { agency: rec.agencyName, file: rec.fileName, detail: detail(e) }));
      }
    }
    job.copies += read.length;
    // Always merged, even with nothing read: the merge also says who has not reported yet.
    const result = mergePackages(master, inputs, { now: now(), lang, notes: notesReader(env.ss) });
    applyPatch({ app: env.svc.spreadsheetApp, spreadsheet: env.ss, properties: env.props, lang }, result.patch);
    // What could not be taken goes back into the agency's own copy, marked, with a "Cần sửa" sheet.
    for (const note of result.returns) {
      const copy = opened.get(note.source);
      if (!copy) continue;
      try {
        applyPatch({ app: env.svc.spreadsheetApp, spreadsheet: copy, properties: null, lang }, note.patch);
      } catch (e) {
        job.problems.push(msg("gas.share.returnFailed", { agency: note.agencyName, detail: detail(e) }));
      }
    }
    job.merged += result.merged.length;
    job.conflicts += result.conflicts.filter((c) => !c.logged).length;
    job.held += result.held.length;
    for (const c of result.conflicts) if (!c.logged && lists.conflicts.length < KEPT) lists.conflicts.push(c.message);
    for (const h of result.held) {
      if (lists.held.length >= KEPT) break;
      const line = (l: "vi" | "en") => `${h.agencyName}: ${h.message[l]}`;
      lists.held.push({ code: h.message.code, vi: line("vi"), en: line("en") });
    }
    for (const r of result.rejected) job.rejected.push({ agency: r.agencyName ?? names.get(r.source) ?? r.source, source: r.source, reason: r.reason });
    job.missing = result.missingAgencies.map((a) => a.name);
    const after = tallyText(result.errors.after, labels);
    const done = job.pending.length === 0;
    if (props) {
      if (done) {
        deleteJson(props, KEYS.consolidateJob);
        deleteJson(props, KEYS.conflicts);
      } else {
        writeJson(props, KEYS.consolidateJob, job);
        writeJson(props, KEYS.conflicts, lists);
      }
    }
    return outcome(job, lists, after, done);
  });
}

function outcome(job: ConsolidateJob, lists: ConsolidateLists, after: Message, done: boolean): ConsolidateOutcome {
  const processed = job.total - job.pending.length;
  return {
    done,
    processed,
    total: job.total,
    merged: job.merged,
    conflictCount: job.conflicts,
    conflicts: lists.conflicts,
    heldCount: job.held,
    held: lists.held,
    rejected: job.rejected,
    missing: job.missing,
    untouched: job.untouched,
    problems: job.problems,
    errors: { before: job.errorsBefore, after },
    message: done
      ? msg("gas.share.consolidated", {
          copies: job.copies,
          merged: job.merged,
          conflicts: job.conflicts,
          held: job.held,
          rejected: job.rejected.length,
          untouched: job.untouched.length,
          missing: job.missing.length,
        })
      : msg("gas.share.partial", { done: processed, total: job.total }),
  };
}
