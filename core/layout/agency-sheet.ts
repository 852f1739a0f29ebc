import { suggestAgencies, type AgencyIndex } from "../agency";
import { msg, type Lang, type MessageCode } from "../i18n";
import type { Agency, AgencyRef, Plan } from "../model";
import { SheetCanvas, type PatchOp } from "../patch";
import { formatDay } from "../summary";
import { SHEETS } from "./columns";
import { columnsLabel, LAYOUT_COLOURS } from "./style";

/** Columns of the "Đơn vị" sheet; the first four come from the registry, the contacts are typed. */
export const AGENCY_COLUMNS = ["id", "name", "shortForms", "successors", "contactName", "email", "phone", "note"] as const;
export type AgencyColumn = (typeof AGENCY_COLUMNS)[number];

const HEADER: Record<AgencyColumn, MessageCode> = {
  id: "layout.agency.id",
  name: "layout.agency.name",
  shortForms: "layout.agency.shortForms",
  successors: "layout.agency.successors",
  contactName: "layout.agency.contactName",
  email: "layout.agency.email",
  phone: "layout.agency.phone",
  note: "layout.agency.note",
};
const WIDTHS: Record<AgencyColumn, number> = {
  id: 130,
  name: 320,
  shortForms: 200,
  successors: 360,
  contactName: 180,
  email: 200,
  phone: 120,
  note: 260,
};
/** Registry columns (protected); contacts and note are for the department to fill. */
const REGISTRY_COLUMNS = 4;

function refsOf(plan: Plan): AgencyRef[] {
  const refs: AgencyRef[] = [];
  for (const a of plan.areas) for (const r of [a.lead, a.partners]) if (r) refs.push(r);
  for (const i of plan.indicators) refs.push(i.lead, i.partners);
  for (const t of plan.tasks) refs.push(t.lead, t.partners);
  return refs;
}

/**
 * Agencies the plan names (groups such as "Các sở, ban, ngành liên quan" are phrases, not bodies
 * one can contact, so they are left out), then their successors after the 2025 reorganisation
 * (the bodies that report today), then names the registry does not know.
 */
export function planAgencies(plan: Plan, index: AgencyIndex): { agencies: Agency[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const ref of refsOf(plan)) {
    for (const id of ref.ids) if (!ids.includes(id)) ids.push(id);
    for (const u of ref.unknown) if (!unknown.includes(u)) unknown.push(u);
  }
  for (let i = 0; i < ids.length; i++) {
    for (const s of index.byId.get(ids[i])?.successors ?? []) if (!ids.includes(s.id)) ids.push(s.id);
  }
  const agencies = ids.map((id) => index.byId.get(id)).filter((a): a is Agency => a !== undefined && a.kind !== "group");
  return { agencies, unknown };
}

function successorText(agency: Agency, index: AgencyIndex, lang: Lang): string {
  return agency.successors
    .map((s) => {
      const name = index.byId.get(s.id)?.name ?? s.id;
      const date = formatDay(s.effective, lang);
      return s.scope === null
        ? msg("layout.agency.successor", { name, date })[lang]
        : msg("layout.agency.successorScoped", { name, scope: s.scope, date })[lang];
    })
    .join("\n");
}

/** The "Đơn vị" sheet: one row per agency, contacts editable (needed to share rows later). */
export function agencySheetPatch(plan: Plan, index: AgencyIndex, lang: Lang, sheetIndex: number): PatchOp[] {
  const sheet = SHEETS.agencies;
  const canvas = new SheetCanvas(sheet);
  AGENCY_COLUMNS.forEach((c, j) => {
    canvas.value(0, j, msg(HEADER[c])[lang]).fill(0, j, LAYOUT_COLOURS.header).font(0, j, { bold: true });
  });
  canvas.note(0, REGISTRY_COLUMNS, msg("layout.agency.contactGuide")[lang]);
  const { agencies, unknown } = planAgencies(plan, index);
  let row = 1;
  for (const a of agencies) {
    const contact = a.contacts[0];
    const values: Record<AgencyColumn, string | null> = {
      id: a.id,
      name: a.name,
      shortForms: a.shortForms.join("; ") || null,
      successors: successorText(a, index, lang) || null,
      contactName: contact?.name ?? null,
      email: contact?.email ?? null,
      phone: contact?.phone ?? null,
      note: a.dissolved ? msg("layout.agency.dissolved", { date: formatDay(a.dissolved, lang) })[lang] : null,
    };
    AGENCY_COLUMNS.forEach((c, j) => {
      const v = values[c];
      if (v !== null) canvas.value(row, j, v);
      canvas.format(row, j, "@");
    });
    row++;
  }
  for (const name of unknown) {
    // Kept as the plan wrote it, not yet confirmed, with the closest name the registry knows.
    const near = suggestAgencies(name, index).map((id) => index.byId.get(id)?.name).filter((n): n is string => n !== undefined);
    const note = near.length > 0 ? msg("layout.agency.unknownNear", { names: near.map((n) => `“${n}”`).join(", ") }) : msg("layout.agency.unknown");
    canvas.value(row, 1, name).value(row, 7, note[lang]).fill(row, 1, LAYOUT_COLOURS.unconfirmed);
    AGENCY_COLUMNS.forEach((_c, j) => canvas.format(row, j, "@"));
    row++;
  }
  const ops: PatchOp[] = [
    { op: "addSheet", sheet, replace: true, hidden: false, index: sheetIndex },
    ...canvas.toOps(),
    { op: "setColumnWidths", sheet, col: 0, widths: AGENCY_COLUMNS.map((c) => WIDTHS[c]) },
    { op: "freeze", sheet, rows: 1, cols: 2 },
    { op: "setWrap", sheet, range: { row: 0, col: 0, rows: row, cols: AGENCY_COLUMNS.length }, wrap: true },
  ];
  ops.push({
    op: "protectRange",
    sheet,
    range: { row: 0, col: 0, rows: row, cols: REGISTRY_COLUMNS },
    description: `${msg("layout.protect.agencies")[lang]} ${columnsLabel(0, REGISTRY_COLUMNS)}`,
    warningOnly: false,
  });
  return ops;
}
