import { bilingual, msg, type Lang, type Message } from "../i18n";
import { readMeta, readRecords, recordMark, SHEETS, type SheetKind, type SheetLayout, type SheetRecord } from "../layout";
import type { PatchValue } from "../patch";
import type { ShareAgency } from "./agencies";
import { listText, type Labels } from "./labels";
import type { ShareMaster } from "./master";
import type { PackageInput } from "./open-package";
import { sealHolds, type PackageRecord, type SplitRecord } from "./record";
import { editableKeys, hash64, rowFingerprint, structureKeys, structureText, valueKey } from "./row-structure";
import { byKind, byRowId, KINDS, type ByKind } from "./sheets";
import { readStamp, sameStamp, signatureHolds, stampOf, STAMP_SHEET, type PackageStamp } from "./stamp";
import type { RejectedPackage, RejectionCode, StructureChange } from "./types";

/** What the checks need of the master, computed once per merge. */
export interface CheckContext {
  master: ShareMaster;
  record: SplitRecord | null;
  secret: Uint8Array;
  packages: ReadonlyMap<string, PackageRecord>;
  /** The master's current lead agencies. */
  agencies: ReadonlyMap<string, ShareAgency>;
  /** Plan cells of the master's rows as the split writes them, by kind and row id. */
  planRows: ByKind<ReadonlyMap<string, Readonly<Record<string, PatchValue | undefined>>>>;
  /** Lead agencies of every master row, by kind and row id. */
  leads: ByKind<ReadonlyMap<string, readonly string[]>>;
  labels: Labels;
  lang: Lang;
}

/** A package that passed every check, read through the master's record of it. */
export interface AcceptedPackage {
  input: PackageInput;
  record: PackageRecord;
  stamp: PackageStamp;
  /** The package's rows read with the recorded layout, by kind and row id. */
  rows: ByKind<ReadonlyMap<string, SheetRecord<string>>>;
  /** Equal for two files holding the same values in the same package. */
  contentKey: string;
}

export type CheckOutcome = { accepted: AcceptedPackage; rejected?: undefined } | { rejected: RejectedPackage; accepted?: undefined };

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
const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** Top-level fields where the package's stamp differs from the one the master made. */
function stampDifferences(raw: unknown, expected: PackageStamp): string[] {
  const got: Record<string, unknown> = isObject(raw) ? raw : {};
  const want: Record<string, unknown> = { ...expected };
  const keys = new Set([...Object.keys(got), ...Object.keys(want)]);
  const out: string[] = [];
  for (const k of keys) {
    if (k === "signature") continue;
    if (JSON.stringify(got[k]) !== JSON.stringify(want[k])) out.push(k);
  }
  return out.length > 0 ? out : ["signature"];
}

/** How the package's own `_chitieu` layout differs from the one the master recorded, as messages. */
function layoutDifferences(kind: SheetKind, recorded: SheetLayout, own: SheetLayout, labels: Labels): Message[] {
  const out: Message[] = [];
  const sheet = sheetName(kind);
  const column = (key: string) => (l: Lang) => labels.column(kind, key, l);
  for (const field of ["sheet", "headerRow", "firstDataRow", "lastDataRow"] as const) {
    if (recorded[field] !== own[field]) {
      out.push(msg("share.layout.field", { sheet, field, old: String(recorded[field] ?? "—"), new: String(own[field] ?? "—") }));
    }
  }
  const mine = new Map(own.columns.map((c) => [c.key as string, c]));
  for (const c of recorded.columns) {
    const o = mine.get(c.key);
    if (!o) out.push(bilingual("share.layout.missing", (l) => ({ sheet, column: column(c.key)(l) })));
    else if (o.structural !== c.structural) {
      out.push(bilingual(c.structural ? "share.layout.unlocked" : "share.layout.locked", (l) => ({ sheet, column: column(c.key)(l) })));
    } else if (o.col !== c.col) out.push(bilingual("share.layout.moved", (l) => ({ sheet, column: column(c.key)(l), old: c.col + 1, new: o.col + 1 })));
  }
  const recordedKeys = new Set(recorded.columns.map((c) => c.key as string));
  for (const c of own.columns) if (!recordedKeys.has(c.key)) out.push(bilingual("share.layout.added", (l) => ({ sheet, column: column(c.key)(l) })));
  return out;
}

/** Rows deleted, added, repeated or moved against the recorded order: why the package cannot be read row by row. */
function rowDifferences(ctx: CheckContext, kind: SheetKind, rec: PackageRecord, records: readonly SheetRecord<string>[]): StructureChange[] {
  const out: StructureChange[] = [];
  const sheet = sheetName(kind);
  const expected = rec.rows[kind].map((r) => r.id);
  const wanted = new Set(expected);
  const seen = new Set<string>();
  const order: string[] = [];
  const change = (rowId: string, code: Parameters<typeof msg>[0], params: Record<string, string | number>): StructureChange => ({
    sheet: kind,
    rowId,
    column: null,
    old: "",
    new: rowId,
    by: "package",
    message: msg(code, params),
  });
  for (const r of records) {
    if (r.rowId === null) {
      if (recordMark(r) === null) out.push(change("", "share.change.noId", { line: r.row + 1, sheet }));
      continue;
    }
    if (!wanted.has(r.rowId)) {
      const owners = ctx.leads[kind].get(r.rowId);
      const other = owners && owners.length > 0 && !owners.includes(rec.agencyId) ? owners.map((id) => ctx.agencies.get(id)?.name ?? id).join("; ") : null;
      out.push(other ? change(r.rowId, "share.change.otherAgency", { row: r.rowId, sheet, agency: other }) : change(r.rowId, "share.change.added", { row: r.rowId, sheet }));
      continue;
    }
    if (seen.has(r.rowId)) {
      out.push(change(r.rowId, "share.change.twice", { row: r.rowId, sheet }));
      continue;
    }
    seen.add(r.rowId);
    order.push(r.rowId);
  }
  for (const id of expected) if (!seen.has(id)) out.push({ ...change(id, "share.change.missing", { row: id, sheet }), old: id, new: "" });
  if (out.length === 0) {
    const present = expected.filter((id) => seen.has(id));
    const at = present.findIndex((id, i) => order[i] !== id);
    if (at >= 0) out.push(change(order[at], "share.change.moved", { row: order[at], sheet, before: present[at] }));
  }
  return out;
}

function cellChange(kind: SheetKind, rowId: string, column: string, old: string, now: string, by: StructureChange["by"], labels: Labels): StructureChange {
  const shown = (s: string, lang: Lang) => (s === "" ? msg("share.change.empty")[lang] : s);
  const message = bilingual("share.change.cell", (lang) => ({ row: rowId, column: labels.column(kind, column, lang), old: shown(old, lang), new: shown(now, lang) }));
  return { sheet: kind, rowId, column, old, new: now, by, message };
}

/**
 * Plan cells that changed since the split, by whom: a row whose cells no longer give the recorded
 * fingerprint was changed in the package; one whose master row no longer does was changed in the
 * master (the package was made from a plan that is not the master's any more).
 */
function structureChanges(ctx: CheckContext, kind: SheetKind, rec: PackageRecord, rows: ReadonlyMap<string, SheetRecord<string>>): StructureChange[] {
  const out: StructureChange[] = [];
  const keys = structureKeys(rec.layouts[kind]);
  for (const r of rec.rows[kind]) {
    const p = rows.get(r.id);
    const m = ctx.planRows[kind].get(r.id);
    // Rows were checked before: every recorded row is in the package.
    if (!p) continue;
    if (!m) {
      out.push({ sheet: kind, rowId: r.id, column: null, old: r.id, new: "", by: "master", message: msg("share.change.gone", { row: r.id, sheet: sheetName(kind) }) });
      continue;
    }
    const byPackage = rowFingerprint(keys, (k) => p.cells[k]) !== r.fp;
    const byMaster = rowFingerprint(keys, (k) => m[k]) !== r.fp;
    if (!byPackage && !byMaster) continue;
    let found = false;
    for (const k of keys) {
      const pt = structureText(p.cells[k]);
      const mt = structureText(m[k]);
      if (pt === mt) continue;
      found = true;
      out.push(byPackage ? cellChange(kind, r.id, k, mt, pt, "package", ctx.labels) : cellChange(kind, r.id, k, pt, mt, "master", ctx.labels));
    }
    // Both changed the same way, or a cell changed back and forth: still not the row that was sent.
    if (!found) out.push({ sheet: kind, rowId: r.id, column: null, old: "", new: "", by: byPackage ? "package" : "master", message: msg("share.change.row", { row: r.id, sheet: sheetName(kind) }) });
  }
  return out;
}

/** A fingerprint of what the package holds in its reporting cells. */
function contentKey(rec: PackageRecord, rows: ByKind<ReadonlyMap<string, SheetRecord<string>>>): string {
  const parts: string[] = [];
  for (const kind of KINDS) {
    const keys = editableKeys(rec.layouts[kind]);
    for (const r of rec.rows[kind]) {
      const cells = rows[kind].get(r.id)?.cells ?? {};
      parts.push(r.id, ...keys.map((k) => valueKey(cells[k]) ?? ""));
    }
  }
  return hash64(parts.join("\u001f"));
}

/**
 * Every check a returned package must pass before any of its values is looked at, in the order
 * that gives the most useful message. The package is read only through the master's record of it:
 * its stamp must be exactly the one the master signed, its own layout must be the recorded one,
 * its rows exactly the rows sent (none deleted, added, repeated or moved), its plan columns as
 * sent, and its agency still a lead agency of the master.
 */
export function checkPackage(ctx: CheckContext, input: PackageInput): CheckOutcome {
  const { source } = input;
  let agencyId: string | null = null;
  let agencyName: string | null = null;
  let packageId: string | null = null;
  const reject = (code: RejectionCode, reason: Message, changes: StructureChange[] = []): CheckOutcome => ({
    rejected: { source, code, agencyId, agencyName, packageId, reason, changes },
  });
  const detail = (m: Message | null | undefined) => (l: Lang) => ({ source, detail: m ? m[l] : "" });
  if (!input.read) return reject("unreadable", bilingual("share.reject.unreadable", detail(input.error)));
  const read = input.read;
  const { stamp: parsed, raw, error } = readStamp(read(STAMP_SHEET));
  const claimed = isObject(raw) ? raw : null;
  agencyId = str(claimed?.agencyId);
  agencyName = str(claimed?.agencyName);
  packageId = str(claimed?.packageId);
  if (error?.code === "share.stamp.missing") return reject("notPackage", bilingual("share.reject.notPackage", detail(input.error ?? error)));
  if (error?.code === "share.stamp.unsigned") return reject("unsigned", msg("share.reject.unsigned", { source }));
  if (claimed === null || packageId === null) return reject("stampDamaged", bilingual("share.reject.stampDamaged", detail(error)));
  const masterPlanId = ctx.master.workbook.meta.planId;
  const planId = str(claimed.planId);
  if (planId !== null && planId !== masterPlanId) return reject("otherPlan", msg("share.reject.otherPlan", { source, planId, masterPlanId }));
  if (ctx.record === null) return reject("noRecord", msg("share.reject.noRecord", { source }));
  const rec = ctx.packages.get(packageId);
  if (!rec) return reject("unknownPackage", msg("share.reject.unknownPackage", { source, packageId }));
  // From here on the master's record names the agency: what the stamp claims is not repeated.
  agencyId = rec.agencyId;
  agencyName = rec.agencyName;
  if (!sealHolds(ctx.secret, rec)) return reject("recordAltered", msg("share.reject.recordAltered", { source, agency: rec.agencyName }));
  const expected = stampOf(ctx.secret, rec, masterPlanId);
  if (!parsed || !signatureHolds(ctx.secret, raw) || !sameStamp(raw, expected)) {
    return reject("altered", msg("share.reject.altered", { source, agency: rec.agencyName, fields: stampDifferences(raw, expected).join(", ") }));
  }
  const version = compareVersions(rec.templateVersion, ctx.master.workbook.meta.templateVersion);
  if (version !== 0) {
    const code = version < 0 ? "olderTemplate" : "newerTemplate";
    return reject(code, msg(`share.reject.${code}`, { source, version: rec.templateVersion, masterVersion: ctx.master.workbook.meta.templateVersion }));
  }
  if (!ctx.agencies.has(rec.agencyId)) return reject("agencyGone", msg("share.reject.agencyGone", { source, agency: rec.agencyName }));

  const metaGrid = read(SHEETS.meta);
  const meta = metaGrid === null ? { meta: null, error: msg("layout.meta.missing") } : readMeta(metaGrid);
  if (!meta.meta) return reject("metaDamaged", bilingual("share.reject.metaDamaged", (l) => ({ source, agency: rec.agencyName, detail: meta.error?.[l] ?? "" })));
  const layoutChanges: Message[] = [];
  if (meta.meta.planId !== masterPlanId) layoutChanges.push(msg("share.layout.field", { sheet: SHEETS.meta, field: "planId", old: masterPlanId, new: meta.meta.planId }));
  layoutChanges.push(...layoutDifferences("indicators", rec.layouts.indicators, meta.meta.indicatorLayout, ctx.labels));
  layoutChanges.push(...layoutDifferences("tasks", rec.layouts.tasks, meta.meta.taskLayout, ctx.labels));
  if (layoutChanges.length > 0) {
    return reject("layoutAltered", bilingual("share.reject.layoutAltered", (l) => ({ source, agency: rec.agencyName, changes: listText(layoutChanges, l) })));
  }

  const rowChanges: StructureChange[] = [];
  const rows = byKind((kind) => {
    const layout = rec.layouts[kind];
    const grid = layout.columns.length > 0 ? (read(layout.sheet) ?? []) : [];
    const records = readRecords(grid, layout);
    rowChanges.push(...rowDifferences(ctx, kind, rec, records));
    return byRowId(records);
  });
  if (rowChanges.length > 0) {
    return reject("rows", bilingual("share.reject.rows", (l) => ({ source, agency: rec.agencyName, changes: listText(rowChanges.map((c) => c.message), l) })), rowChanges);
  }
  const changes = KINDS.flatMap((kind) => structureChanges(ctx, kind, rec, rows[kind]));
  if (changes.length > 0) {
    const own = changes.filter((c) => c.by === "package");
    const shown = own.length > 0 ? own : changes;
    const code = own.length > 0 ? "structure" : "masterChanged";
    return reject(code, bilingual(`share.reject.${code}`, (l) => ({ source, agency: rec.agencyName, changes: listText(shown.map((c) => c.message), l) })), changes);
  }
  return { accepted: { input, record: rec, stamp: parsed, rows, contentKey: contentKey(rec, rows) } };
}
