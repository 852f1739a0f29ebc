import { msg } from "../../core/i18n";
import type { Shown as Message } from "./store";
import { SHEETS } from "../../core/layout";
import { isUntouched, mergePackages, openPackage, type PackageInput } from "../../core/share";
import type { Env } from "../env";
import { langOf } from "../env";
import { UserError } from "../errors";
import { applyPatch } from "../host/apply-patch";
import { withDocumentLock } from "../lock";
import { Budget, stampTime } from "./clock";
import { loadCopies } from "./copies";
import { openMaster, sheetReader } from "./reader";
import { requireScopes, SPREADSHEETS } from "./scopes";
import { ConflictListSchema, ConsolidateJobSchema, deleteJson, KEYS, readJson, writeJson, type ConsolidateJob } from "./store";

/** Conflict messages kept across runs for the sidebar (all of them are in the log anyway). */
const CONFLICTS_KEPT = 200;

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
  rejected: { agency: string; source: string; reason: Message }[];
  missing: string[];
  untouched: string[];
  problems: Message[];
  message: Message;
}

const detail = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * "Tổng hợp từ các bản sao": opens each tracked copy in turn (within the time budget), reads it
 * as a package, and merges what was read with the core merge (re-validation, structure checks,
 * conflicts kept, audit rows in "Nhật ký"), applying the patch to the master at the end of each
 * run. Progress is saved, so the next run goes on with the copies not yet read; the merge is
 * idempotent besides, so nothing is ever written or logged twice.
 */
export function consolidate(env: Env, input: ConsolidateInput): ConsolidateOutcome {
  requireScopes(env, [SPREADSHEETS]);
  return withDocumentLock(env, () => {
    const lang = langOf(env);
    const copies = loadCopies(env);
    const ready = (copies?.copies ?? []).filter((c) => c.complete);
    if (ready.length === 0) throw new UserError(msg("gas.share.noCopies"));
    const props = env.props;
    let job = !input.restart && props ? readJson(props, KEYS.consolidateJob, ConsolidateJobSchema) : null;
    let conflicts = (job && props ? readJson(props, KEYS.conflicts, ConflictListSchema) : null) ?? [];
    if (!job) {
      job = { total: ready.length, pending: ready.map((c) => c.agencyId), copies: 0, merged: 0, conflicts: 0, rejected: [], untouched: [], missing: [], problems: [] };
      conflicts = [];
    }
    const budget = new Budget();
    const inputs: PackageInput[] = [];
    const names = new Map<string, string>();
    while (job.pending.length > 0 && budget.canStart()) {
      const rec = ready.find((c) => c.agencyId === job.pending[0]);
      job.pending.shift();
      if (!rec) continue;
      job.copies++;
      try {
        const input = openPackage(rec.fileName, sheetReader(env.svc.spreadsheetApp.openById(rec.fileId)));
        names.set(input.source, rec.agencyName);
        if (isUntouched(input)) job.untouched.push(rec.agencyName);
        else inputs.push(input);
      } catch (e) {
        job.problems.push(msg("gas.share.openFailed", { agency: rec.agencyName, file: rec.fileName, detail: detail(e) }));
      }
    }
    // Always merged, even with nothing read: the merge also says who has not reported yet.
    const { workbook, read } = openMaster(env.ss);
    const result = mergePackages(workbook, inputs, { now: stampTime(), log: read(SHEETS.log), lang });
    applyPatch({ app: env.svc.spreadsheetApp, spreadsheet: env.ss, properties: env.props, lang }, result.patch);
    job.merged += result.merged.length;
    job.conflicts += result.conflicts.length;
    for (const c of result.conflicts) if (conflicts.length < CONFLICTS_KEPT) conflicts.push(c.message);
    for (const r of result.rejected) job.rejected.push({ agency: r.agencyName ?? names.get(r.source) ?? r.source, source: r.source, reason: r.reason });
    job.missing = result.missingAgencies.map((a) => a.name);
    const done = job.pending.length === 0;
    if (props) {
      if (done) {
        deleteJson(props, KEYS.consolidateJob);
        deleteJson(props, KEYS.conflicts);
      } else {
        writeJson(props, KEYS.consolidateJob, job);
        writeJson(props, KEYS.conflicts, conflicts);
      }
    }
    return outcome(job, conflicts, done);
  });
}

function outcome(job: ConsolidateJob, conflicts: Message[], done: boolean): ConsolidateOutcome {
  const processed = job.total - job.pending.length;
  return {
    done,
    processed,
    total: job.total,
    merged: job.merged,
    conflictCount: job.conflicts,
    conflicts,
    rejected: job.rejected,
    missing: job.missing,
    untouched: job.untouched,
    problems: job.problems,
    message: done
      ? msg("gas.share.consolidated", {
          copies: job.copies,
          merged: job.merged,
          conflicts: job.conflicts,
          rejected: job.rejected.length,
          untouched: job.untouched.length,
          missing: job.missing.length,
        })
      : msg("gas.share.partial", { done: processed, total: job.total }),
  };
}
