import { cellText, type Grid } from "../grid";
import { AGENCY_COLUMNS, layoutSpan, type SheetKind, type SheetLayout } from "../layout";
import { consecutiveRuns, type Range } from "../patch";
import { nfc } from "../text";
import type { TrackingWorkbook } from "../workbook";
import { agencyKeys, slugOf, type ShareAgency } from "./agencies";
import { KINDS, layoutOf, recordsOf } from "./sheets";
import { structureKeys } from "./row-structure";
import { packageAgencies } from "./split";

/**
 * Who may edit what in one shared master: each agency's reporting cells (the non-plan columns of
 * the rows it leads; a row led by two agencies is one range both may edit), the plan columns and
 * headers for nobody but the owner. Hosts turn these into protections; the texts are theirs.
 */
export type ProtectionKind = "agency" | "unassigned" | "structure" | "header";

export interface ProtectionSpec {
  kind: ProtectionKind;
  sheet: string;
  sheetKind: SheetKind;
  /** 0-based. */
  range: Range;
  /** Lead agencies of the rows ("agency"); empty otherwise. */
  agencyIds: string[];
  /** Focal e-mails of those agencies (lower case); empty: the owner only. */
  editors: string[];
}

/** Focal e-mails read from the "Đơn vị" sheet, by share agency id. */
export interface FocalContacts {
  emails: Map<string, string[]>;
  /** Cells of the e-mail column that hold something that is not an address (1-based sheet row). */
  invalid: { row: number; text: string }[];
}

export interface SharingPlan {
  protections: ProtectionSpec[];
  agencies: ShareAgency[];
  /** Lead agencies with no focal e-mail: nobody but the owner can edit their rows yet. */
  withoutEmail: ShareAgency[];
}

const EMAIL = /^[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+\.[^\s@<>()[\]"',;:]+$/;

/** Addresses of one cell: several may be separated by ";", "," or spaces. */
export function emailsIn(text: string): { emails: string[]; rest: string[] } {
  const emails: string[] = [];
  const rest: string[] = [];
  for (const part of nfc(text).split(/[;,\s]+/)) {
    if (part === "") continue;
    const low = part.toLowerCase();
    if (EMAIL.test(low)) {
      if (!emails.includes(low)) emails.push(low);
    } else rest.push(part);
  }
  return { emails, rest };
}

/**
 * The focal e-mails of the "Đơn vị" sheet (null: no such sheet). A row is the agency of its id
 * column, or, for a name the registry does not know (no id), the agency keyed by the name's slug,
 * as the sharing keys it.
 */
export function readFocalEmails(grid: Grid | null): FocalContacts {
  const emails = new Map<string, string[]>();
  const invalid: FocalContacts["invalid"] = [];
  if (grid === null) return { emails, invalid };
  const col = (name: (typeof AGENCY_COLUMNS)[number]) => AGENCY_COLUMNS.indexOf(name);
  grid.forEach((line, r) => {
    if (r === 0 || !line) return;
    const id = cellText(line[col("id")]).trim();
    const name = cellText(line[col("name")]).trim();
    const key = id !== "" ? id : name !== "" ? slugOf(name) : "";
    const text = cellText(line[col("email")]);
    if (key === "" || text.trim() === "") return;
    const found = emailsIn(text);
    for (const t of found.rest) invalid.push({ row: r + 1, text: t });
    if (found.emails.length === 0) return;
    const list = emails.get(key) ?? [];
    for (const e of found.emails) if (!list.includes(e)) list.push(e);
    emails.set(key, list);
  });
  return { emails, invalid };
}

function leadsOf(wb: TrackingWorkbook, kind: SheetKind): Map<string, string[]> {
  const items = kind === "indicators" ? wb.plan.indicators : wb.plan.tasks;
  return new Map(items.map((i) => [i.id, agencyKeys(i.lead).slice().sort()]));
}

function sheetProtections(wb: TrackingWorkbook, kind: SheetKind, emails: ReadonlyMap<string, readonly string[]>): ProtectionSpec[] {
  const layout: SheetLayout = layoutOf(wb, kind);
  if (layout.columns.length === 0) return [];
  const records = recordsOf(wb, kind);
  const sheet = layout.sheet;
  const span = layoutSpan(layout);
  const out: ProtectionSpec[] = [];
  const base = { sheet, sheetKind: kind };
  if (layout.firstDataRow > 0) {
    out.push({ ...base, kind: "header", range: { row: 0, col: span.col, rows: layout.firstDataRow, cols: span.cols }, agencyIds: [], editors: [] });
  }
  const last = records.reduce((m, r) => Math.max(m, r.row), layout.firstDataRow - 1);
  if (last < layout.firstDataRow) return out;
  const count = last - layout.firstDataRow + 1;
  const plan = new Set([...structureKeys(layout), "rowId"]);
  const planCols = layout.columns.filter((c) => plan.has(c.key)).map((c) => c.col).sort((a, b) => a - b);
  const openCols = layout.columns.filter((c) => !plan.has(c.key)).map((c) => c.col).sort((a, b) => a - b);
  for (const r of consecutiveRuns(planCols)) {
    out.push({ ...base, kind: "structure", range: { row: layout.firstDataRow, col: r.start, rows: count, cols: r.length }, agencyIds: [], editors: [] });
  }
  // Rows grouped by their set of lead agencies, in runs of adjacent rows with the same set.
  const leads = leadsOf(wb, kind);
  const keyAt = new Map<number, string[]>();
  for (const r of records) if (r.rowId !== null) keyAt.set(r.row, leads.get(r.rowId) ?? []);
  const rowRuns: { start: number; length: number; ids: string[] }[] = [];
  for (let row = layout.firstDataRow; row <= last; row++) {
    const ids = keyAt.get(row) ?? [];
    const prev = rowRuns[rowRuns.length - 1];
    if (prev && prev.ids.join("|") === ids.join("|")) prev.length++;
    else rowRuns.push({ start: row, length: 1, ids });
  }
  for (const rr of rowRuns) {
    const editors: string[] = [];
    for (const id of rr.ids) for (const e of emails.get(id) ?? []) if (!editors.includes(e)) editors.push(e);
    for (const c of consecutiveRuns(openCols)) {
      out.push({
        ...base,
        kind: rr.ids.length > 0 ? "agency" : "unassigned",
        range: { row: rr.start, col: c.start, rows: rr.length, cols: c.length },
        agencyIds: rr.ids,
        editors,
      });
    }
  }
  return out;
}

/**
 * The protections of a shared master: per tracking sheet, the header rows and the plan columns
 * (codes, names, units, targets, agencies, row ids) for the owner only, and the other columns
 * (reports, notes, computed statuses, which the edit trigger rewrites as the person editing) row
 * run by row run, editable by the focal e-mails of the row's lead agencies.
 */
export function masterProtections(master: TrackingWorkbook, emails: ReadonlyMap<string, readonly string[]>): SharingPlan {
  const agencies = packageAgencies(master);
  const protections = KINDS.flatMap((k) => sheetProtections(master, k, emails));
  const withoutEmail = agencies.filter((a) => (emails.get(a.id) ?? []).length === 0);
  return { protections, agencies, withoutEmail };
}
