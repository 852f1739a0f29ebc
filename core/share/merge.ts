import { bilingual, msg, type Lang, type Message } from "../i18n";
import { SHEETS, type SheetKind } from "../layout";
import type { Finding } from "../model";
import { consecutiveRuns, columnLetter, type PatchOp, type PatchValue } from "../patch";
import { checkRows, vietnamStamp, type TrackingWorkbook } from "../workbook";
import { recomputePatch, masterAfter, withCells, type CellWrite } from "./after-merge";
import { checkPackage, type AcceptedPackage, type CheckContext } from "./check-package";
import { combine, type Combined } from "./combine";
import { checkContext, masterCells } from "./merge-context";
import { conflictRowsPatch, conflictRowValues, CONFLICT_SHEET, readConflicts, type ConflictData } from "./conflicts-sheet";
import { errorTally } from "./errors";
import { Labels } from "./labels";
import { logKeyOf, logNote, logPatch, readLog, type LogEntry, type LogState } from "./log";
import { CONFLICT_FILL, conflictLine, noteWithConflicts } from "./marks";
import type { ShareMaster } from "./master";
import type { NoteLookup, PackageInput } from "./open-package";
import { packageStep, type CellPlace, type PackageStep, type Proposal } from "./package-step";
import { cellId, recordPatch, withTaken } from "./record";
import { returnPatch } from "./returns";
import { displayValue, hash64, valueKey } from "./row-structure";
import { KINDS, layoutOf } from "./sheets";
import { packageAgencies } from "./split";
import type { HeldReason, HeldValue, MergeConflict, MergedValue, MergeResult, PackageOutcome, RejectedPackage, ReturnNote } from "./types";

export interface MergeOptions {
  /**
   * The host's clock, `Date.now()`: the log's time in Viet Nam ("2025-11-28 09:15"), and today for
   * validation of dates and the recomputed statuses (core/period).
   */
  now: number;
  lang?: Lang;
  /** Notes of the master's cells as the host read them: a conflict mark keeps a person's note. */
  notes?: NoteLookup;
}

/**
 * Canonical order of packages: earlier-stamped first, then by id, content and file name (code-unit
 * order, the same in every host's JavaScript). Argument order never matters.
 */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byStamp = (a: AcceptedPackage, b: AcceptedPackage): number =>
  cmp(a.record.createdAt, b.record.createdAt) || cmp(a.record.packageId, b.record.packageId) || cmp(a.contentKey, b.contentKey) || cmp(a.input.source, b.input.source);

/**
 * Validation of the values packages propose, each judged in its master row with the core's row
 * check (`checkRows`) as of the package's reporting year. Values of one cell from several packages
 * are judged in separate passes ("layers"), so each is judged on its own. Returns the error
 * findings anchored on each proposal's cell, and every finding on it for the package's outcome.
 */
function validate(wb: TrackingWorkbook, steps: readonly PackageStep[], now: number): Map<Proposal, Finding[]> {
  const out = new Map<Proposal, Finding[]>();
  const byYear = new Map<number, { cells: Set<string>; items: Proposal[] }[]>();
  for (const step of steps) {
    const layers = byYear.get(step.pkg.record.year) ?? [];
    byYear.set(step.pkg.record.year, layers);
    for (const p of step.proposals) {
      if (p.masterRow < 0 || p.masterCol < 0) continue;
      let layer = layers.find((l) => !l.cells.has(p.cell));
      if (!layer) layers.push((layer = { cells: new Set(), items: [] }));
      layer.cells.add(p.cell);
      layer.items.push(p);
    }
  }
  for (const [year, layers] of byYear) {
    for (const { items: layer } of layers) {
      const changed = new Map<SheetKind, Map<number, Map<string, PatchValue>>>();
      for (const p of layer) {
        const rows = changed.get(p.kind) ?? new Map<number, Map<string, PatchValue>>();
        changed.set(p.kind, rows);
        const cells = rows.get(p.masterRow) ?? new Map<string, PatchValue>();
        rows.set(p.masterRow, cells);
        cells.set(p.column, p.sent);
      }
      const candidate = withCells(wb, changed);
      const found = new Map<string, Finding[]>();
      for (const kind of KINDS) {
        const rows = changed.get(kind);
        if (!rows) continue;
        for (const f of checkRows(candidate, kind, [...rows.keys()], { asOf: year, now })) {
          const key = `${f.sheet}|${f.row}|${f.column}`;
          const list = found.get(key);
          if (list) list.push(f);
          else found.set(key, [f]);
        }
      }
      for (const p of layer) out.set(p, found.get(`${p.masterSheet}|${p.masterRow}|${p.column}`) ?? []);
    }
  }
  return out;
}

const shown = (v: PatchValue, lang: Lang) => (v === null ? msg("share.change.empty")[lang] : displayValue(v));

/** Why a value was held back, in words an agency understands. */
function heldMessage(reason: HeldReason, place: CellPlace, value: PatchValue, agencyName: string, findings: readonly Finding[], labels: Labels): Message {
  return bilingual(`share.held.${reason}`, (lang) => ({
    row: place.rowId,
    column: labels.column(place.kind, place.column, lang),
    value: shown(value, lang),
    agency: agencyName,
    reason: findings.map((f) => f.message[lang]).join(" "),
  }));
}


/** Every package checked; the accepted in canonical order, the same package twice counted once. */
function checkAll(ctx: CheckContext, inputs: readonly PackageInput[]) {
  const rejected: RejectedPackage[] = [];
  const accepted: AcceptedPackage[] = [];
  for (const input of inputs) {
    const outcome = checkPackage(ctx, input);
    if (outcome.rejected) rejected.push(outcome.rejected);
    else accepted.push(outcome.accepted);
  }
  rejected.sort((a, b) => cmp(a.source, b.source) || cmp(a.code, b.code));
  accepted.sort(byStamp);

  // The same package twice (same id, same content): the first in canonical order counts.
  const firstOf = new Map<string, AcceptedPackage>();
  const unique: AcceptedPackage[] = [];
  const duplicateOf = new Map<AcceptedPackage, string>();
  for (const p of accepted) {
    const key = `${p.record.packageId}|${p.contentKey}`;
    const first = firstOf.get(key);
    if (first) duplicateOf.set(p, first.input.source);
    else {
      firstOf.set(key, p);
      unique.push(p);
    }
  }

  return { rejected, accepted, unique, duplicateOf };
}

/** What each package's step held back, plus its proposals that fail validation with an error; the rest stay proposals. */
function holdBack(steps: readonly PackageStep[], findings: ReadonlyMap<Proposal, Finding[]>, labels: Labels) {
  const held = new Map<PackageStep, HeldValue[]>();
  const valid = new Map<PackageStep, Proposal[]>();
  for (const step of steps) {
    const rec = step.pkg.record;
    const list: HeldValue[] = [];
    const heldValue = (reason: HeldReason, place: CellPlace, value: PatchValue, fs: Finding[]): HeldValue => ({
      reason,
      sheet: place.kind,
      rowId: place.rowId,
      column: place.column,
      packageRow: place.packageRow,
      packageCol: place.packageCol,
      value,
      masterValue: place.master,
      agencyId: rec.agencyId,
      agencyName: rec.agencyName,
      source: step.pkg.input.source,
      packageId: rec.packageId,
      findings: fs,
      message: heldMessage(reason, place, value, rec.agencyName, fs, labels),
    });
    for (const h of step.held) list.push(heldValue(h.reason, h, h.shown, []));
    const ok: Proposal[] = [];
    for (const p of step.proposals) {
      const errors = (findings.get(p) ?? []).filter((f) => f.severity === "error");
      if (errors.length > 0) list.push(heldValue("invalid", p, p.sent, errors));
      else ok.push(p);
    }
    held.set(step, list);
    valid.set(step, ok);
  }

  return { held, valid };
}

/** What a merge tells: the log entries (never one already logged), per-package outcomes, and the lists hosts show. */
function report(args: {
  rejected: readonly RejectedPackage[];
  accepted: readonly AcceptedPackage[];
  steps: readonly PackageStep[];
  duplicateOf: ReadonlyMap<AcceptedPackage, string>;
  held: ReadonlyMap<PackageStep, HeldValue[]>;
  findings: ReadonlyMap<Proposal, Finding[]>;
  combined: Pick<Combined, "writes" | "newConflicts" | "listedConflicts" | "takenBy">;
  log: LogState;
  /** The log's time, "2025-11-28 09:15". */
  now: string;
  lang: Lang;
  labels: Labels;
  wb: TrackingWorkbook;
}) {
  const { rejected, accepted, steps, duplicateOf, held, findings, log, lang, labels, wb } = args;
  const { writes, newConflicts, listedConflicts, takenBy } = args.combined;
  const options = { now: args.now };
  // The log, in canonical order: refusals, then each package's writes, conflicts, holds and receipt.
  const entries: LogEntry[] = [];
  const add = (e: LogEntry): boolean => {
    const key = logKeyOf(e);
    if (log.keys.has(key)) return false;
    log.keys.add(key);
    entries.push(e);
    return true;
  };
  for (const r of rejected) {
    add({
      kind: "rejected",
      time: options.now,
      agencyName: r.agencyName ?? "?",
      sheet: "",
      rowId: "",
      column: "",
      old: null,
      value: r.reason[lang],
      source: r.source,
      note: logNote.rejected(lang),
      agencyId: r.agencyId ?? "",
      packageId: hash64(`${r.source}|${r.code}|${r.packageId ?? ""}`),
    });
  }
  const merged: MergedValue[] = [];
  const conflicts: MergeConflict[] = [];
  const allHeld: HeldValue[] = [];
  const outcomes: PackageOutcome[] = [];
  const returns: ReturnNote[] = [];
  const conflictMessage = (d: ConflictData, lang2: Lang, other: string) =>
    msg(`share.conflict.${d.kind}`, {
      id: d.id,
      row: d.rowId,
      column: labels.column(d.sheetKind, d.column, lang2),
      master: shown(d.master, lang2),
      base: shown(d.base, lang2),
      value: shown(d.value, lang2),
      agency: d.agencyName,
      source: d.source,
      others: other,
    })[lang2];
  const othersOf = (d: ConflictData, l: Lang) => {
    const here = [...newConflicts, ...listedConflicts]
      .filter((c) => c.data !== d && c.data.sheetKind === d.sheetKind && c.data.rowId === d.rowId && c.data.column === d.column)
      .map((c) => `${c.data.agencyName} «${shown(c.data.value, l)}»`);
    const earlier = (takenBy.get(cellId(d.sheetKind, d.rowId, d.column)) ?? [])
      .filter((t) => t.packageId !== d.packageId && valueKey(t.value) === valueKey(d.master))
      .map((t) => `${t.agencyName} «${shown(t.value, l)}»`);
    return [...new Set([...here, ...earlier])].join("; ");
  };
  const writesBy = new Map<PackageStep, typeof writes>();
  for (const w of writes) {
    const list = writesBy.get(w.by);
    if (list) list.push(w);
    else writesBy.set(w.by, [w]);
  }
  const entity = (step: PackageStep) => ({ agencyId: step.pkg.record.agencyId, packageId: step.pkg.record.packageId, source: step.pkg.input.source, agencyName: step.pkg.record.agencyName });
  for (const p of accepted) {
    const rec = p.record;
    const step = steps.find((s) => s.pkg === p);
    const outcome: PackageOutcome = {
      source: p.input.source,
      agencyId: rec.agencyId,
      agencyName: rec.agencyName,
      packageId: rec.packageId,
      createdAt: rec.createdAt,
      written: 0,
      conflicts: 0,
      held: 0,
      unchanged: false,
      alreadyMerged: false,
      duplicateOf: duplicateOf.get(p) ?? null,
      findings: [],
    };
    outcomes.push(outcome);
    if (!step) continue;
    let fresh = 0;
    const who = entity(step);
    for (const w of writesBy.get(step) ?? []) {
      const column = labels.column(w.place.kind, w.place.column, lang);
      merged.push({ sheet: w.place.kind, rowId: w.place.rowId, row: w.place.masterRow, column: w.place.column, old: w.place.master, value: w.value, agencyId: who.agencyId, source: who.source, packageId: who.packageId });
      outcome.written++;
      if (add({ kind: "value", time: options.now, ...who, sheet: w.place.masterSheet, rowId: w.place.rowId, column, old: w.place.master, value: w.value, note: "" })) fresh++;
    }
    for (const c of [...newConflicts, ...listedConflicts].filter((x) => x.step === step)) {
      const isNew = newConflicts.includes(c);
      const message: Message = {
        code: c.data.kind === "master" ? "share.conflict.master" : "share.conflict.packages",
        vi: conflictMessage(c.data, "vi", othersOf(c.data, "vi")),
        en: conflictMessage(c.data, "en", othersOf(c.data, "en")),
      };
      conflicts.push({
        id: c.data.id,
        kind: c.data.kind,
        sheet: c.data.sheetKind,
        rowId: c.data.rowId,
        column: c.data.column,
        masterValue: c.data.master,
        packageValue: c.data.value,
        baseValue: c.data.base,
        agencyId: who.agencyId,
        agencyName: who.agencyName,
        source: who.source,
        packageId: who.packageId,
        logged: !isNew,
        message,
      });
      outcome.conflicts++;
      const column = labels.column(c.place.kind, c.place.column, lang);
      if (add({ kind: "conflict", time: options.now, ...who, sheet: c.place.masterSheet, rowId: c.place.rowId, column, old: c.data.master, value: c.data.value, note: logNote.conflict(c.data.id, lang) })) fresh++;
    }
    const list = held.get(step) ?? [];
    for (const h of list) {
      allHeld.push(h);
      outcome.held++;
      const column = labels.column(h.sheet, h.column, lang);
      const sheet = layoutOf(wb, h.sheet).sheet;
      if (add({ kind: "held", time: options.now, ...who, sheet, rowId: h.rowId, column, old: h.masterValue, value: h.value, note: logNote.held(h.message[lang], lang) })) fresh++;
    }
    outcome.findings = step.proposals.flatMap((q) => findings.get(q) ?? []);
    outcome.unchanged = step.unchanged && step.proposals.length === 0 && step.held.length === 0 && step.agreed.length === 0;
    if (fresh > 0 || !log.received.has(rec.packageId)) {
      log.received.add(rec.packageId);
      const value = outcome.unchanged
        ? msg("share.log.unchanged")[lang]
        : msg("share.log.received", { written: outcome.written, conflicts: outcome.conflicts, held: outcome.held })[lang];
      entries.push({ kind: outcome.unchanged ? "unchanged" : "receipt", time: options.now, ...who, sheet: "", rowId: "", column: "", old: null, value, note: "" });
    } else outcome.alreadyMerged = true;
    if (list.length > 0) {
      returns.push({
        source: who.source,
        agencyId: who.agencyId,
        agencyName: who.agencyName,
        packageId: who.packageId,
        items: list,
        patch: returnPatch(list, { lang, labels, sheetOf: (h) => rec.layouts[h.sheet].sheet, notes: p.input.notes }),
      });
    }
  }

  return { entries, merged, conflicts, allHeld, outcomes, returns };
}

/**
 * Merges returned packages into the master, three ways per reporting cell (base: the value when
 * the package was made, from the master's record; see `classifyCell`): a value only the agency
 * changed is taken; one both changed, differently, is a conflict (the master's value stays, the
 * cell is marked, the conflict listed in "Xung đột" for someone to resolve); a value that fails
 * validation with an error, lands on a row the agency does not lead, or is a formula without a
 * result or an error is held back, logged and returned to the agency. Packages are checked first
 * (`checkPackage`): a refused one changes nothing but its log row. Packages are taken in a fixed
 * order (earlier-stamped first), so the result never depends on the order they were given in;
 * merging the same packages again adds nothing. Every change, conflict, hold and refusal is
 * logged in "Nhật ký" before the values it describes are written. When values were written,
 * statuses and the summary are recomputed with the core's jobs.
 */
export function mergePackages(master: ShareMaster, inputs: readonly PackageInput[], options: MergeOptions): MergeResult {
  const wb = master.workbook;
  const lang = options.lang ?? wb.meta.settings.lang;
  const ctx = checkContext(master, lang);
  const labels = ctx.labels;
  const logGrid = master.read(SHEETS.log);
  const log = readLog(logGrid);
  const conflictState = readConflicts(master.read(CONFLICT_SHEET));
  const time = vietnamStamp(options.now);
  const before = errorTally(wb, { now: options.now });

  const { rejected, accepted, unique, duplicateOf } = checkAll(ctx, inputs);

  const cells = masterCells(wb);
  const steps = unique.map((p) => packageStep(ctx, cells, p));
  const findings = validate(wb, steps, options.now);

  const { held, valid } = holdBack(steps, findings, labels);

  const { writes, newConflicts, listedConflicts, taken, takenBy } = combine(steps, valid, conflictState, master.record);

  const { entries, merged, conflicts, allHeld, outcomes, returns } = report({
    rejected,
    accepted,
    steps,
    duplicateOf,
    held,
    findings,
    combined: { writes, newConflicts, listedConflicts, takenBy },
    log,
    now: time,
    lang,
    labels,
    wb,
  });

  // The patch: log rows first (a run cut short after them rewrites the values on resume and logs nothing twice).
  const patch: PatchOp[] = [...logPatch(entries, logGrid === null, log.nextRow, lang)];
  const cellWrites: CellWrite[] = writes.map((w) => ({ sheet: w.place.masterSheet, row: w.place.masterRow, col: w.place.masterCol, value: w.value }));
  patch.push(...valuesPatch(cellWrites));
  patch.push(...marksPatch(newConflicts.map((c) => ({ data: c.data, place: c.place })), options.notes, lang));
  patch.push(
    ...conflictRowsPatch(
      newConflicts.map((c) =>
        conflictRowValues(
          c.data,
          {
            time,
            sheet: c.place.masterSheet,
            cell: `${columnLetter(c.place.masterCol)}${c.place.masterRow + 1}`,
            column: labels.column(c.place.kind, c.place.column, lang),
            by: "",
            reason: "",
            resolvedAt: "",
          },
          lang,
        ),
      ),
      conflictState,
      lang,
    ),
  );
  if (master.record && taken.size > 0) patch.push(...recordPatch(withTaken(master.record, taken), lang));
  const after = masterAfter(master, cellWrites, { now: options.now });
  if (cellWrites.length > 0) patch.push(...recomputePatch(after, { now: options.now, lang }));
  const returned = new Set(accepted.map((p) => p.record.agencyId));
  return {
    patch,
    packages: outcomes,
    rejected,
    merged,
    conflicts,
    held: allHeld,
    returns,
    missingAgencies: packageAgencies(wb).filter((a) => !returned.has(a.id) && !log.returned.has(a.id)),
    accepted: accepted.length,
    errors: { before, after: cellWrites.length > 0 ? errorTally(after, { now: options.now }) : before },
  };
}

/** The values, one setValues per run of adjacent cells in a row. */
function valuesPatch(writes: readonly CellWrite[]): PatchOp[] {
  const bySheet = new Map<string, Map<number, Map<number, PatchValue>>>();
  for (const w of writes) {
    const rows = bySheet.get(w.sheet) ?? new Map<number, Map<number, PatchValue>>();
    bySheet.set(w.sheet, rows);
    const cols = rows.get(w.row) ?? new Map<number, PatchValue>();
    rows.set(w.row, cols);
    cols.set(w.col, w.value);
  }
  const ops: PatchOp[] = [];
  for (const [sheet, rows] of bySheet) {
    for (const [row, cols] of [...rows].sort((a, b) => a[0] - b[0])) {
      const cells = [...cols].sort((a, b) => a[0] - b[0]);
      let i = 0;
      for (const r of consecutiveRuns(cells.map(([col]) => col))) {
        ops.push({ op: "setValues", sheet, row, col: r.start, values: [cells.slice(i, i + r.length).map(([, v]) => v)] });
        i += r.length;
      }
    }
  }
  return ops;
}

/** Each conflicted master cell filled and noted (the person's own note kept). */
function marksPatch(items: readonly { data: ConflictData; place: CellPlace }[], notes: NoteLookup | undefined, lang: Lang): PatchOp[] {
  const byCell = new Map<string, { place: CellPlace; lines: string[] }>();
  for (const { data, place } of items) {
    const key = `${place.masterSheet}|${place.masterRow}|${place.masterCol}`;
    const c = byCell.get(key) ?? { place, lines: [] };
    byCell.set(key, c);
    c.lines.push(conflictLine(data, lang));
  }
  const ops: PatchOp[] = [];
  for (const { place, lines } of byCell.values()) {
    const { masterSheet: sheet, masterRow: row, masterCol: col } = place;
    ops.push({ op: "setFills", sheet, row, col, fills: [[CONFLICT_FILL]] });
    ops.push({ op: "setNotes", sheet, row, col, notes: [[noteWithConflicts(notes?.(sheet, row, col) ?? null, lines)]] });
  }
  return ops;
}
