/// <reference types="office-js" />
import type { Lang } from "../../core/i18n";
import { Labels, tallyText, type ConflictData, type PackageInput } from "../../core/share";
import { consolidatePackages } from "../actions/share-merge";
import { protectByAgency } from "../actions/share-protect";
import { listConflicts, resolveInWorkbook } from "../actions/share-resolve";
import { splitForDownload } from "../actions/share-split";
import type { Session } from "../excel/session";
import {
  allowEditRangesSupported,
  randomPassword,
  readPackageFile,
  renderConflicts,
  renderMerge,
  renderPackages,
  renderPasswords,
  returnFile,
  type PackageFile,
} from "../share";
import { t } from "./view";

/**
 * The sharing chunk, loaded with a dynamic `import()` only when a sharing button is clicked: it
 * carries ExcelJS's browser build and JSZip (about 1 MB), which nothing else in the pane needs.
 * Each function runs one action and returns the line for the pane's status message.
 */
export interface ShareReport {
  ok: boolean;
  text: string;
}

/** What the pane does when a conflict's button is clicked (run the resolution, or ask for who and why). */
export interface ConflictActions {
  resolve: (id: number, take: "package" | "master", by: string, reason: string) => void;
  missing: () => void;
}

const failed = (session: Session, error: { vi: string; en: string }): ShareReport => ({ ok: false, text: error[session.lang as Lang] });

export async function shareSplit(session: Session, out: HTMLElement, withCoordinated: boolean): Promise<ShareReport> {
  const res = await Excel.run((ctx) => splitForDownload(ctx, session, { withCoordinated }));
  if (res.kind === "error") return failed(session, res.error);
  await renderPackages(out, res.files, res.planId, session.lang);
  const errors = session.wb ? tallyText(res.errors, new Labels(session.wb.plan))[session.lang] : String(res.errors.count);
  return { ok: true, text: t(session.lang, "excel.done.split", { count: res.files.length, errors }) };
}

function showConflicts(session: Session, out: HTMLElement, conflicts: readonly ConflictData[], actions: ConflictActions): void {
  if (!session.wb) return;
  renderConflicts(out, conflicts, session.wb.plan, session.lang, actions.resolve, actions.missing);
}

export async function shareMerge(session: Session, files: readonly File[], out: HTMLElement, actions: ConflictActions): Promise<ShareReport> {
  if (files.length === 0) return { ok: false, text: t(session.lang, "excel.share.noFiles") };
  const inputs: PackageInput[] = [];
  const bytes = new Map<string, Uint8Array>();
  for (const f of files) {
    const b = new Uint8Array(await f.arrayBuffer());
    bytes.set(f.name, b);
    inputs.push(await readPackageFile(f.name, b));
  }
  const res = await Excel.run((ctx) => consolidatePackages(ctx, session, inputs));
  if (res.kind === "error") return failed(session, res.error);
  const r = res.result;
  const returns: PackageFile[] = [];
  for (const note of r.returns) {
    const b = bytes.get(note.source);
    if (b) returns.push(await returnFile(note, b));
  }
  if (session.wb) renderMerge(out, r, session.wb.plan, session.lang, returns);
  const open = await Excel.run((ctx) => listConflicts(ctx, session));
  if (open.kind === "conflicts") showConflicts(session, out, open.conflicts, actions);
  const accepted = r.packages.filter((p) => p.duplicateOf === null).length;
  return {
    ok: r.rejected.length === 0,
    text: t(session.lang, "excel.done.merged", { written: r.merged.length, accepted, conflicts: r.conflicts.length, held: r.held.length, rejected: r.rejected.length }),
  };
}

export async function shareConflicts(session: Session, out: HTMLElement, actions: ConflictActions): Promise<ShareReport> {
  const res = await Excel.run((ctx) => listConflicts(ctx, session));
  if (res.kind === "error") return failed(session, res.error);
  out.replaceChildren();
  showConflicts(session, out, res.conflicts, actions);
  return { ok: true, text: res.conflicts.length === 0 ? t(session.lang, "excel.share.noConflicts") : t(session.lang, "excel.share.openConflicts") };
}

export async function shareResolve(
  session: Session,
  out: HTMLElement,
  request: { id: number; take: "package" | "master"; by: string; reason: string },
  actions: ConflictActions,
): Promise<ShareReport> {
  const res = await Excel.run((ctx) => resolveInWorkbook(ctx, session, request));
  if (res.kind === "error") return failed(session, res.error);
  out.replaceChildren();
  showConflicts(session, out, res.conflicts, actions);
  return { ok: true, text: res.message[session.lang] };
}

export async function shareProtect(session: Session, out: HTMLElement): Promise<ShareReport> {
  const supported = allowEditRangesSupported();
  const res = await Excel.run((ctx) => protectByAgency(ctx, session, { supported, password: () => randomPassword() }));
  if (res.kind === "error") return failed(session, res.error);
  if (res.kind === "fallback") {
    out.replaceChildren();
    return { ok: true, text: res.message[session.lang] };
  }
  renderPasswords(out, res.agencies, session.lang);
  return { ok: true, text: t(session.lang, "excel.done.protectedByAgency", { count: res.agencies.length }) };
}
