import { msg, type Lang, type Message } from "../i18n";
import { SHEETS, type SheetKind, type SheetRecord } from "../layout";
import type { TrackingWorkbook } from "../workbook";
import type { ShareAgency } from "./agencies";
import { bilingual } from "../i18n";
import { listText, type Labels } from "./labels";
import type { PackageInput } from "./open-package";
import { rowFingerprint, structureKeys, structureText } from "./row-structure";
import type { PackageStamp } from "./stamp";
import type { RejectedPackage, StructureChange } from "./types";

export const KINDS: readonly SheetKind[] = ["indicators", "tasks"];

export const layoutOf = (wb: TrackingWorkbook, kind: SheetKind) => (kind === "indicators" ? wb.meta.indicatorLayout : wb.meta.taskLayout);
export const recordsOf = (wb: TrackingWorkbook, kind: SheetKind): readonly SheetRecord<string>[] =>
  kind === "indicators" ? wb.indicatorRecords : wb.taskRecords;

/** Records by plan row id (the first of a duplicated id, as the plan reader does). */
export function byRowId(records: readonly SheetRecord<string>[]): Map<string, SheetRecord<string>> {
  const out = new Map<string, SheetRecord<string>>();
  for (const r of records) if (r.rowId !== null && !out.has(r.rowId)) out.set(r.rowId, r);
  return out;
}

/** "1.10.0" < "1.9.1" is false: versions compared part by part, as numbers where they are. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? "0";
    const y = pb[i] ?? "0";
    const nx = Number(x);
    const ny = Number(y);
    const c = Number.isFinite(nx) && Number.isFinite(ny) ? nx - ny : x.localeCompare(y);
    if (c !== 0) return Math.sign(c);
  }
  return 0;
}

const sheetName = (kind: SheetKind) => (kind === "indicators" ? SHEETS.indicators : SHEETS.tasks);

function cellChange(kind: SheetKind, rowId: string, column: string, old: string, now: string, by: StructureChange["by"], labels: Labels): StructureChange {
  const shown = (s: string, lang: Lang) => (s === "" ? msg("share.change.empty")[lang] : s);
  const message = bilingual("share.change.cell", (lang) => ({
    row: rowId,
    column: labels.column(kind, column, lang),
    old: shown(old, lang),
    new: shown(now, lang),
  }));
  return { sheet: kind, rowId, column, old, new: now, by, message };
}

/**
 * Plan cells of the package that differ from the master. A row whose fingerprint differs from
 * the stamp was changed by the agency (old: the master's text); a row that still matches its
 * stamp but not the master means the master changed after the package was made.
 */
export function structureChanges(
  master: TrackingWorkbook,
  pkg: TrackingWorkbook,
  stamp: PackageStamp,
  labels: Labels,
  masterRows: ReadonlyMap<SheetKind, ReadonlyMap<string, SheetRecord<string>>> = new Map(KINDS.map((k) => [k, byRowId(recordsOf(master, k))])),
): StructureChange[] {
  const out: StructureChange[] = [];
  for (const kind of KINDS) {
    const keys = structureKeys(layoutOf(pkg, kind));
    const inMaster = new Set<string>(layoutOf(master, kind).columns.map((c) => c.key));
    const pkgRows = byRowId(recordsOf(pkg, kind));
    const rowsOfMaster = masterRows.get(kind) as ReadonlyMap<string, SheetRecord<string>>;
    const stamped = stamp.rows[kind];
    const sheet = sheetName(kind);
    for (const [rowId, rs] of Object.entries(stamped)) {
      const p = pkgRows.get(rowId);
      const m = rowsOfMaster.get(rowId);
      if (!p) {
        out.push({ sheet: kind, rowId, column: null, old: rowId, new: "", by: "package", message: msg("share.change.missing", { row: rowId, sheet }) });
        continue;
      }
      if (!m) {
        out.push({ sheet: kind, rowId, column: null, old: rowId, new: "", by: "master", message: msg("share.change.gone", { row: rowId, sheet }) });
        continue;
      }
      const byPackage = rowFingerprint(keys, (k) => p.cells[k]) !== rs.fp;
      for (const k of keys) {
        if (!inMaster.has(k)) continue;
        const pt = structureText(p.cells[k]);
        const mt = structureText(m.cells[k]);
        if (pt === mt) continue;
        out.push(byPackage ? cellChange(kind, rowId, k, mt, pt, "package", labels) : cellChange(kind, rowId, k, pt, mt, "master", labels));
      }
    }
    for (const rowId of pkgRows.keys()) {
      if (!(rowId in stamped)) out.push({ sheet: kind, rowId, column: null, old: "", new: rowId, by: "package", message: msg("share.change.added", { row: rowId, sheet }) });
    }
  }
  for (const f of pkg.planFindings) {
    if (f.code !== "layout.row.noId" && f.code !== "layout.row.duplicateId") continue;
    const kind: SheetKind = f.sheet === pkg.meta.taskLayout.sheet ? "tasks" : "indicators";
    out.push({ sheet: kind, rowId: "", column: null, old: "", new: "", by: "package", message: msg("share.change.noId", { line: f.row + 1, sheet: f.sheet }) });
  }
  return out;
}

/**
 * Why a package cannot be merged, or null: unreadable, not a package, another plan, another
 * template version, an agency that leads nothing, or changed plan columns.
 */
export function rejection(
  master: TrackingWorkbook,
  input: PackageInput,
  agencies: ReadonlyMap<string, ShareAgency>,
  labels: Labels,
  masterRows?: ReadonlyMap<SheetKind, ReadonlyMap<string, SheetRecord<string>>>,
): RejectedPackage | null {
  const source = input.source;
  const reject = (reason: Message, changes: StructureChange[] = [], stamp: PackageStamp | null = null): RejectedPackage => ({
    source,
    agencyId: stamp?.agencyId ?? null,
    agencyName: stamp?.agencyName ?? null,
    reason,
    changes,
  });
  const detailOf = (e: Message | null | undefined) => (lang: Lang) => ({ source, detail: e ? e[lang] : "" });
  if (!input.workbook) return reject(bilingual("share.reject.unreadable", detailOf(input.error)));
  if (!input.stamp) return reject(bilingual("share.reject.notPackage", detailOf(input.error ?? msg("share.stamp.missing"))));
  const { workbook: pkg, stamp } = input;
  const masterPlanId = master.meta.planId;
  if (stamp.planId !== masterPlanId || pkg.meta.planId !== masterPlanId) {
    const planId = stamp.planId !== masterPlanId ? stamp.planId : pkg.meta.planId;
    return reject(msg("share.reject.otherPlan", { source, planId, masterPlanId }), [], stamp);
  }
  const version = compareVersions(stamp.templateVersion, master.meta.templateVersion);
  if (version !== 0) {
    const code = version < 0 ? "share.reject.olderTemplate" : "share.reject.newerTemplate";
    return reject(msg(code, { source, version: stamp.templateVersion, masterVersion: master.meta.templateVersion }), [], stamp);
  }
  if (!agencies.has(stamp.agencyId)) return reject(msg("share.reject.unknownAgency", { source, agency: stamp.agencyName }), [], stamp);
  const changes = structureChanges(master, pkg, stamp, labels, masterRows);
  if (changes.length === 0) return null;
  const own = changes.filter((c) => c.by === "package");
  const shown = own.length > 0 ? own : changes;
  const code = own.length > 0 ? "share.reject.structure" : "share.reject.masterChanged";
  const reason = bilingual(code, (lang) => ({ source, agency: stamp.agencyName, changes: listText(shown.map((c) => c.message), lang) }));
  return reject(reason, changes, stamp);
}
