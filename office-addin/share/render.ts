import JSZip from "jszip";
import { msg, type Lang } from "../../core/i18n";
import { displayValue, Labels, tallyText, type ConflictData, type MergeResult } from "../../core/share";
import type { Plan } from "../../core/model";
import { el, t } from "../taskpane/view";
import type { AgencyLock } from "../actions/share-protect";
import type { PackageFile } from "./xlsx-files";

/**
 * The sharing section's results. Everything that came from a workbook or a package (agency names,
 * file names, values quoted in messages) reaches the page through `textContent` only.
 */
const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
let objectUrls: string[] = [];

function link(fileName: string, bytes: Uint8Array, type: string, text: string): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  objectUrls.push(url);
  const a = el("a", "download", text);
  a.href = url;
  a.download = fileName;
  return a;
}

function reset(root: HTMLElement): void {
  for (const url of objectUrls) URL.revokeObjectURL(url);
  objectUrls = [];
  root.replaceChildren();
}

/** All packages in one .zip, each under its agency's file name. */
export async function zipPackages(files: readonly PackageFile[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.fileName, f.bytes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** One download link per agency (named by agency) and one .zip of them all. */
export async function renderPackages(root: HTMLElement, files: readonly PackageFile[], planId: string, lang: Lang): Promise<void> {
  reset(root);
  const zip = await zipPackages(files);
  root.append(link(`${planId}-goi-don-vi.zip`, zip, "application/zip", t(lang, "excel.share.downloadAll", { count: files.length })));
  const list = el("ul", "packages");
  for (const f of files) {
    const li = el("li");
    li.append(link(f.fileName, f.bytes, XLSX_TYPE, f.agencyName), el("span", "hint", ` · ${f.fileName} · ${t(lang, "excel.share.packageRows", { editable: f.editableRows, readOnly: f.readOnlyRows })}`));
    list.append(li);
  }
  root.append(list);
}

function section(root: HTMLElement, title: string, lines: readonly string[], className: string): void {
  if (lines.length === 0) return;
  root.append(el("h3", "hint", title));
  const ul = el("ul", className);
  for (const line of lines) ul.append(el("li", undefined, line));
  root.append(ul);
}

/**
 * Packages received, conflicts, values held back (and, when given, the return files to send each
 * agency), rejected packages with reasons, agencies still missing, the errors before and after.
 */
export function renderMerge(root: HTMLElement, result: MergeResult, plan: Plan, lang: Lang, returns: readonly PackageFile[] = []): void {
  reset(root);
  const name = (source: string) => source.split(/[\\/]/).pop() ?? source;
  section(
    root,
    t(lang, "excel.share.packagesTitle"),
    result.packages.map((p) => {
      const line = t(lang, "excel.share.packageLine", { file: name(p.source), agency: p.agencyName, written: p.written, conflicts: p.conflicts, held: p.held });
      const note = p.duplicateOf
        ? msg("share.cli.duplicate", { other: name(p.duplicateOf) })[lang]
        : p.unchanged
          ? msg("share.cli.unchanged")[lang]
          : p.alreadyMerged
            ? msg("share.cli.alreadyMerged")[lang]
            : "";
      return note ? `${line} (${note})` : line;
    }),
    "merged",
  );
  section(root, msg("share.cli.conflictsTitle")[lang], result.conflicts.map((c) => c.message[lang]), "conflicts");
  section(root, t(lang, "excel.share.heldTitle"), result.held.map((h) => `${h.agencyName}: ${h.message[lang]}`), "held");
  renderReturns(root, returns, lang);
  section(root, msg("share.cli.rejectedTitle")[lang], result.rejected.map((r) => r.reason[lang]), "rejected");
  const missing = result.missingAgencies;
  root.append(
    el(
      "p",
      "missing",
      missing.length === 0
        ? msg("share.cli.noneMissing")[lang]
        : msg("share.cli.missingTitle", { count: missing.length, agencies: missing.map((a) => a.name).join("; ") })[lang],
    ),
  );
  const labels = new Labels(plan);
  root.append(el("p", "errors", t(lang, "excel.share.errors", { before: tallyText(result.errors.before, labels)[lang], after: tallyText(result.errors.after, labels)[lang] })));
}

/** One download link per return file (the agency's own package, marked). */
export function renderReturns(root: HTMLElement, files: readonly PackageFile[], lang: Lang): void {
  if (files.length === 0) return;
  root.append(el("h3", "hint", t(lang, "excel.share.returnsTitle")));
  const ul = el("ul", "returns");
  for (const f of files) {
    const li = el("li");
    li.append(link(f.fileName, f.bytes, XLSX_TYPE, f.agencyName), el("span", "hint", ` · ${f.fileName}`));
    ul.append(li);
  }
  root.append(ul);
}

export type ResolveClick = (id: number, take: "package" | "master", by: string, reason: string) => void;

/** The open conflicts with their two one-click resolutions; who and why are asked once, above. */
export function renderConflicts(root: HTMLElement, conflicts: readonly ConflictData[], plan: Plan, lang: Lang, onResolve: ResolveClick, onMissing: () => void): void {
  const box = el("div", "open-conflicts");
  box.append(el("h3", "hint", t(lang, "excel.share.openConflicts")));
  if (conflicts.length === 0) {
    box.append(el("p", "muted", t(lang, "excel.share.noConflicts")));
    root.append(box);
    return;
  }
  const labels = new Labels(plan);
  const by = el("input", "resolve-by");
  by.type = "text";
  by.maxLength = 200;
  const reason = el("input", "resolve-reason");
  reason.type = "text";
  reason.maxLength = 1000;
  const labelled = (text: string, input: HTMLInputElement) => {
    const l = el("label", "field", text);
    l.append(input);
    return l;
  };
  box.append(labelled(t(lang, "excel.share.by"), by), labelled(t(lang, "excel.share.reason"), reason));
  const shown = (v: ConflictData["value"]) => (v === null ? msg("share.change.empty")[lang] : displayValue(v));
  const ul = el("ul", "conflicts");
  for (const c of conflicts) {
    const li = el("li");
    li.dataset.conflict = String(c.id);
    li.append(
      el(
        "span",
        "text",
        t(lang, "excel.share.conflictLine", {
          id: c.id,
          row: c.rowId,
          column: labels.column(c.sheetKind, c.column, lang),
          master: shown(c.master),
          value: shown(c.value),
          base: shown(c.base),
          agency: c.agencyName,
        }),
      ),
    );
    for (const [take, code, cls] of [
      ["package", "excel.share.takePackage", "take-package"],
      ["master", "excel.share.keepMaster", "keep-master"],
    ] as const) {
      const b = el("button", cls, t(lang, code));
      b.type = "button";
      b.addEventListener("click", () => {
        if (by.value.trim() === "" || reason.value.trim() === "") onMissing();
        else onResolve(c.id, take, by.value.trim(), reason.value.trim());
      });
      li.append(b);
    }
    ul.append(li);
  }
  box.append(ul);
  root.append(box);
}

/** The agencies' passwords, shown once: the coordinator hands each agency its own. */
export function renderPasswords(root: HTMLElement, agencies: readonly AgencyLock[], lang: Lang): void {
  reset(root);
  root.append(el("p", "hint", t(lang, "excel.share.passwordsTitle")));
  const table = el("table", "passwords");
  for (const a of agencies) {
    const tr = el("tr");
    const pw = el("td");
    pw.append(el("code", undefined, a.password));
    tr.append(el("td", undefined, a.agencyName), pw);
    table.append(tr);
  }
  root.append(table);
}
