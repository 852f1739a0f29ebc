/// <reference types="office-js" />
import type { Lang } from "../../core/i18n";
import type { PackageInput } from "../../core/share";
import { consolidatePackages } from "../actions/share-merge";
import { protectByAgency } from "../actions/share-protect";
import { splitForDownload } from "../actions/share-split";
import type { Session } from "../excel/session";
import { vietnamStamp } from "../../core/workbook";
import { allowEditRangesSupported, randomPassword, readPackageFile, renderMerge, renderPackages, renderPasswords } from "../share";
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

const failed = (session: Session, error: { vi: string; en: string }): ShareReport => ({ ok: false, text: error[session.lang as Lang] });

export async function shareSplit(session: Session, out: HTMLElement, withCoordinated: boolean): Promise<ShareReport> {
  const res = await Excel.run((ctx) => splitForDownload(ctx, session, { now: vietnamStamp(session.now()), withCoordinated }));
  if (res.kind === "error") return failed(session, res.error);
  await renderPackages(out, res.files, res.planId, session.lang);
  return { ok: true, text: t(session.lang, "excel.done.split", { count: res.files.length }) };
}

export async function shareMerge(session: Session, files: readonly File[], out: HTMLElement): Promise<ShareReport> {
  if (files.length === 0) return { ok: false, text: t(session.lang, "excel.share.noFiles") };
  const inputs: PackageInput[] = [];
  for (const f of files) inputs.push(await readPackageFile(f.name, new Uint8Array(await f.arrayBuffer())));
  const res = await Excel.run((ctx) => consolidatePackages(ctx, session, inputs, { now: vietnamStamp(session.now()) }));
  if (res.kind === "error") return failed(session, res.error);
  const r = res.result;
  renderMerge(out, r, session.lang);
  const accepted = r.packages.filter((p) => p.duplicateOf === null).length;
  return {
    ok: r.rejected.length === 0,
    text: t(session.lang, "excel.done.merged", { written: r.merged.length, accepted, conflicts: r.conflicts.length, rejected: r.rejected.length }),
  };
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
