import type { Cell, Grid } from "../grid";
import { msg, type Lang, type Message } from "../i18n";
import { LOG_COLUMNS, SHEETS, logSheetPatch, type SheetKind, type SheetRecord } from "../layout";
import { consecutiveRuns, type PatchOp, type PatchValue } from "../patch";
import { checkWorkbook, type TrackingWorkbook } from "../workbook";
import { byRowId, KINDS, layoutOf, recordsOf, rejection } from "./check-package";
import { Labels } from "./labels";
import { conflictKey, logRow, readLog, type LogEntry } from "./log";
import type { PackageInput } from "./open-package";
import { displayValue, editableKeys, hash64, patchValueOf, valueKey } from "./row-structure";
import { packageAgencies } from "./split";
import type { PackageStamp } from "./stamp";
import type { ConflictKind, MergeConflict, MergedValue, MergeResult, PackageOutcome, RejectedPackage } from "./types";

export interface MergeOptions {
  /** Host clock, written in the log ("2025-11-28 09:15"). */
  now: string;
  /**
   * The master's "Nhật ký" sheet as it is (null when it has none): new rows go below it, and
   * receipts and conflicts already logged are not logged again.
   */
  log: Grid | null;
  lang?: Lang;
}

/** The value a master cell holds during the merge: as read, or as written by an earlier package. */
interface Current {
  value: Cell | PatchValue;
  /** Package of this merge that wrote it. */
  by: { agencyName: string; source: string } | null;
}

const sheetOf = (wb: TrackingWorkbook, kind: SheetKind) => layoutOf(wb, kind).sheet;

/** What the package holds in its reporting cells: equal hashes, same package content. */
function contentHash(pkg: TrackingWorkbook, stamp: PackageStamp): string {
  const parts: string[] = [];
  for (const kind of KINDS) {
    const rows = byRowId(recordsOf(pkg, kind));
    const keys = editableKeys(layoutOf(pkg, kind));
    for (const rowId of Object.keys(stamp.rows[kind])) {
      const r = rows.get(rowId);
      parts.push(rowId, ...keys.map((k) => valueKey(r?.cells[k]) ?? ""));
    }
  }
  return hash64(parts.join("\u001f"));
}

/**
 * Merges returned packages into the master. Each package is re-validated and checked (plan,
 * template version, agency, plan columns: a changed one rejects the whole package, so a corrupt or
 * foreign file changes nothing). A reporting cell the agency changed is written where the master
 * is empty; a different non-empty master value is kept and the difference recorded as a
 * conflict (also between two packages of the same merge). Cells the agency left as they were
 * sent are skipped, so a stale copy never counts as a report. Every write and conflict becomes a
 * "Nhật ký" row, plus one receipt per package; merging the same package again writes nothing.
 */
export function mergePackages(master: TrackingWorkbook, packages: readonly PackageInput[], options: MergeOptions): MergeResult {
  const lang = options.lang ?? master.meta.settings.lang;
  const log = readLog(options.log);
  const agencies = packageAgencies(master);
  const agencyById = new Map(agencies.map((a) => [a.id, a]));
  const masterRows = new Map(KINDS.map((k) => [k, byRowId(recordsOf(master, k))]));
  const masterCols = new Map(KINDS.map((k) => [k, new Map(layoutOf(master, k).columns.map((c) => [c.key as string, c.col]))]));
  const current = new Map<string, Current>();
  const writes = new Map<string, Map<number, Map<number, PatchValue>>>();
  const entries: LogEntry[] = [];
  const merged: MergedValue[] = [];
  const conflicts: MergeConflict[] = [];
  const rejected: RejectedPackage[] = [];
  const outcomes: PackageOutcome[] = [];
  const seen = new Map<string, string>();
  const returned = new Set<string>();

  const masterLabels = new Labels(master.plan);
  for (const input of packages) {
    const labels = input.workbook ? masterLabels.with(input.workbook.plan) : masterLabels;
    const rejectedBy = rejection(master, input, agencyById, labels, masterRows);
    if (rejectedBy) {
      rejected.push(rejectedBy);
      continue;
    }
    const pkg = input.workbook as TrackingWorkbook;
    const stamp = input.stamp as PackageStamp;
    const agencyName = agencyById.get(stamp.agencyId)?.name ?? stamp.agencyName;
    returned.add(stamp.agencyId);
    const findings = [...pkg.planFindings, ...checkWorkbook(pkg, { asOf: stamp.year, lang })];
    const outcome: PackageOutcome = {
      source: input.source,
      agencyId: stamp.agencyId,
      agencyName,
      packageId: stamp.packageId,
      written: 0,
      conflicts: 0,
      alreadyMerged: false,
      duplicateOf: null,
      findings,
    };
    outcomes.push(outcome);
    const same = `${stamp.packageId}|${contentHash(pkg, stamp)}`;
    const earlier = seen.get(same);
    if (earlier !== undefined) {
      outcome.duplicateOf = earlier;
      continue;
    }
    seen.set(same, input.source);
    let newEntries = 0;
    const entry = (e: Omit<LogEntry, "time" | "agencyName" | "source" | "agencyId" | "packageId">) => {
      entries.push({ ...e, time: options.now, agencyName, source: input.source, agencyId: stamp.agencyId, packageId: stamp.packageId });
      newEntries++;
    };

    for (const kind of KINDS) {
      const sheet = sheetOf(master, kind);
      const pkgRows = byRowId(recordsOf(pkg, kind));
      const keys = editableKeys(layoutOf(pkg, kind));
      const cols = masterCols.get(kind) as Map<string, number>;
      const rows = masterRows.get(kind) as Map<string, SheetRecord<string>>;
      for (const [rowId, rs] of Object.entries(stamp.rows[kind])) {
        const p = pkgRows.get(rowId) as SheetRecord<string>;
        const m = rows.get(rowId) as SheetRecord<string>;
        for (const key of keys) {
          const sent = p.cells[key];
          const sentKey = valueKey(sent);
          if (sentKey === valueKey(rs.base[key])) continue; // as it was sent out: not a report
          const id = `${kind}|${rowId}|${key}`;
          const col = cols.get(key);
          const now = current.get(id) ?? { value: col === undefined ? null : (m.cells[key] ?? null), by: null };
          const nowKey = valueKey(now.value);
          const value = patchValueOf(sent);
          const conflict = (kind2: ConflictKind) => {
            const masterValue = patchValueOf(now.value as Cell);
            const params = (l: Lang) => ({
              row: rowId,
              column: labels.column(kind, key, l),
              master: displayValue(masterValue),
              value: displayValue(value),
              agency: agencyName,
              source: input.source,
              otherAgency: now.by?.agencyName ?? "",
              otherSource: now.by?.source ?? "",
            });
            const message: Message = { code: `share.conflict.${kind2}`, vi: msg(`share.conflict.${kind2}`, params("vi")).vi, en: msg(`share.conflict.${kind2}`, params("en")).en };
            const columnText = labels.column(kind, key, lang);
            const logKey = conflictKey(stamp.packageId, sheet, rowId, columnText, value);
            const logged = log.conflicts.has(logKey);
            if (!logged) {
              log.conflicts.add(logKey);
              entry({ kind: "conflict", sheet, rowId, column: columnText, old: masterValue, value });
            }
            conflicts.push({
              kind: kind2,
              sheet: kind,
              rowId,
              column: key,
              masterValue,
              packageValue: value,
              agencyId: stamp.agencyId,
              agencyName,
              source: input.source,
              packageId: stamp.packageId,
              masterSource: now.by?.source ?? null,
              logged,
              message,
            });
            outcome.conflicts++;
          };
          if (col === undefined) {
            if (sentKey !== null) conflict("noColumn");
          } else if (!rs.editable) conflict("readOnly");
          else if (sentKey === null) {
            if (nowKey !== null) conflict("cleared");
          } else if (nowKey === null) {
            let byRow = writes.get(sheet);
            if (!byRow) writes.set(sheet, (byRow = new Map()));
            let cells = byRow.get(m.row);
            if (!cells) byRow.set(m.row, (cells = new Map()));
            cells.set(col, value);
            current.set(id, { value, by: { agencyName, source: input.source } });
            const old = patchValueOf(now.value as Cell);
            merged.push({ sheet: kind, rowId, row: m.row, column: key, old, value, agencyId: stamp.agencyId, source: input.source, packageId: stamp.packageId });
            entry({ kind: "value", sheet, rowId, column: labels.column(kind, key, lang), old, value });
            outcome.written++;
          } else if (nowKey !== sentKey) conflict(now.by ? "packages" : "master");
        }
      }
    }
    if (newEntries > 0 || !log.received.has(stamp.packageId)) {
      log.received.add(stamp.packageId);
      entries.push({
        kind: "receipt",
        time: options.now,
        agencyName,
        sheet: "",
        rowId: "",
        column: "",
        old: null,
        value: msg("share.log.received", { written: outcome.written, conflicts: outcome.conflicts })[lang],
        source: input.source,
        agencyId: stamp.agencyId,
        packageId: stamp.packageId,
      });
    } else outcome.alreadyMerged = true;
  }

  const patch: PatchOp[] = [];
  for (const [sheet, byRow] of writes) {
    for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
      const cells = byRow.get(row) as Map<number, PatchValue>;
      for (const r of consecutiveRuns([...cells.keys()].sort((a, b) => a - b))) {
        const values = Array.from({ length: r.length }, (_, j) => cells.get(r.start + j) as PatchValue);
        patch.push({ op: "setValues", sheet, row, col: r.start, values: [values] });
      }
    }
  }
  patch.push(...logPatch(entries, options.log === null, log.nextRow, lang));
  return {
    patch,
    merged,
    conflicts,
    rejected,
    packages: outcomes,
    missingAgencies: agencies.filter((a) => !returned.has(a.id) && !log.returned.has(a.id)),
  };
}

/** Log columns a host could read as a number or a date ("4.10", "2025-11-20 09:15", "1,58"). */
const TEXT_COLUMNS = new Set(["time", "row", "old", "new"]);

/** The log rows, text cells that look like numbers or dates formatted as text so no host converts them. */
function logPatch(entries: readonly LogEntry[], create: boolean, row: number, lang: Lang): PatchOp[] {
  if (entries.length === 0) return [];
  const values = entries.map((e) => logRow(e, lang));
  const formats = values.map((r) => r.map((v, j) => (typeof v === "string" && TEXT_COLUMNS.has(LOG_COLUMNS[j]) ? "@" : null)));
  const sheet = SHEETS.log;
  return [
    ...(create ? logSheetPatch(lang, 4) : []),
    { op: "setNumberFormats", sheet, row, col: 0, formats },
    { op: "setValues", sheet, row, col: 0, values },
  ];
}
