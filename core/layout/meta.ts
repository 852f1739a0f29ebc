import { z } from "zod";
import { cellText, type Grid } from "../grid";
import { msg, type Lang, type Message, type MessageCode, type MessageParams } from "../i18n";
import { DirectionSchema, DirectionSourceSchema, ProjectionSchema, type Plan } from "../model";
import type { PatchOp, PatchValue } from "../patch";
import { SHEETS } from "./columns";
import { structureFingerprint } from "./fingerprint";
import { SheetLayoutSchema, type IndicatorLayout, type TaskLayout } from "./sheet-layout";

/** Version of this layout scheme; a workbook from a newer one is refused, not misread. */
export const LAYOUT_VERSION = 1;

/** What the sheet cannot show about an indicator row: kept so the plan can be rebuilt exactly. */
export const IndicatorExtrasSchema = z.object({
  area: z.string(),
  parent: z.string().nullable(),
  /** The direction the plan/recognition gave; a different one in the sheet means "confirmed". */
  direction: DirectionSchema,
  directionSource: DirectionSourceSchema,
  scale: z.array(z.string()).nullable(),
  projection: ProjectionSchema.nullable(),
  /**
   * Agencies the row takes from a merged or blank "same as above" cell of a pasted table: the
   * sheet's own cell is empty there, so the recognised text is kept here.
   */
  inherited: z.object({ lead: z.string().optional(), partners: z.string().optional() }).optional(),
});

export const TaskExtrasSchema = z.object({
  section: z.string(),
  subArea: z.string().nullable(),
  evidenceRequired: z.boolean(),
  /** As for indicators, plus a timeframe merged down from the row above. */
  inherited: z
    .object({ lead: z.string().optional(), partners: z.string().optional(), timeframe: z.string().optional() })
    .optional(),
});

const year = z.number().int().min(1900).max(2200);

export const WorkbookMetaSchema = z.object({
  planId: z.string().regex(/^[a-z0-9-]+$/),
  planNumber: z.string(),
  /** The issuing body as printed in the plan's head. */
  issuer: z.string().optional(),
  province: z.string(),
  title: z.string(),
  issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  templateVersion: z.string(),
  milestoneYears: z.array(year).min(1),
  period: z.object({ from: year, to: year }),
  projection: ProjectionSchema,
  coordinator: z.string(),
  reporting: z.object({ agencyDeadline: z.string(), consolidationDeadline: z.string().nullable() }),
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  layoutVersion: z.literal(LAYOUT_VERSION),
  indicatorLayout: SheetLayoutSchema,
  taskLayout: SheetLayoutSchema,
  /**
   * `asOf`: the reporting year. `yearMode` "fixed" when a person chose it; "auto" (or absent, in
   * workbooks made before it existed) when it follows today's date and the plan's deadlines: the
   * core then works out the year each time the workbook is opened with the host's clock.
   */
  settings: z.object({
    asOf: year,
    lang: z.enum(["vi", "en"]),
    projection: ProjectionSchema,
    yearMode: z.enum(["auto", "fixed"]).optional(),
  }),
  rows: z.object({
    indicators: z.record(z.string(), IndicatorExtrasSchema),
    tasks: z.record(z.string(), TaskExtrasSchema),
  }),
});

export type IndicatorExtras = z.infer<typeof IndicatorExtrasSchema>;
export type TaskExtras = z.infer<typeof TaskExtrasSchema>;
export type WorkbookSettings = z.infer<typeof WorkbookMetaSchema>["settings"];
/** The layouts are typed by their keys (the schema checks them against the sheet kind). */
export type WorkbookMeta = Omit<z.infer<typeof WorkbookMetaSchema>, "indicatorLayout" | "taskLayout"> & {
  indicatorLayout: IndicatorLayout;
  taskLayout: TaskLayout;
};

/** Per-row extras of a plan, by row id. */
export function planExtras(plan: Plan): WorkbookMeta["rows"] {
  const indicators: Record<string, IndicatorExtras> = {};
  for (const i of plan.indicators) {
    indicators[i.id] = {
      area: i.area,
      parent: i.parent,
      direction: i.direction,
      directionSource: i.directionSource,
      scale: i.scale,
      projection: i.projection,
    };
  }
  const tasks: Record<string, TaskExtras> = {};
  for (const t of plan.tasks) tasks[t.id] = { section: t.section, subArea: t.subArea, evidenceRequired: t.evidenceRequired };
  return { indicators, tasks };
}

/** The metadata of a workbook that tracks `plan` with these layouts. */
export function buildMeta(
  plan: Plan,
  layouts: { indicators: IndicatorLayout; tasks: TaskLayout },
  settings: Partial<WorkbookSettings> = {},
): WorkbookMeta {
  return {
    planId: plan.id,
    planNumber: plan.number,
    ...(plan.issuer ? { issuer: plan.issuer } : {}),
    province: plan.province,
    title: plan.title,
    issuedOn: plan.issuedOn,
    templateVersion: plan.templateVersion,
    milestoneYears: [...plan.milestoneYears],
    period: { ...plan.period },
    projection: plan.projection,
    coordinator: plan.coordinator,
    reporting: { ...plan.reporting },
    fingerprint: structureFingerprint(plan),
    layoutVersion: LAYOUT_VERSION,
    indicatorLayout: layouts.indicators,
    taskLayout: layouts.tasks,
    settings: {
      asOf: settings.asOf ?? Math.min(Math.max(plan.period.from, plan.milestoneYears[0] ?? plan.period.from), plan.period.to),
      lang: settings.lang ?? "vi",
      projection: settings.projection ?? plan.projection,
      // A year given when the workbook is made is a choice; without one the year follows the date.
      yearMode: settings.yearMode ?? (settings.asOf === undefined ? "auto" : "fixed"),
    },
    rows: planExtras(plan),
  };
}

type MetaKey = keyof z.infer<typeof WorkbookMetaSchema>;
/** Key/value rows in this order; text values are written as they are, the rest as JSON. */
const META_KEYS: { key: MetaKey; json: boolean }[] = [
  { key: "planId", json: false },
  { key: "planNumber", json: false },
  { key: "province", json: false },
  { key: "title", json: false },
  { key: "issuedOn", json: false },
  { key: "templateVersion", json: false },
  { key: "fingerprint", json: false },
  { key: "layoutVersion", json: true },
  { key: "milestoneYears", json: true },
  { key: "period", json: true },
  { key: "projection", json: false },
  { key: "coordinator", json: false },
  { key: "reporting", json: true },
  { key: "settings", json: true },
  { key: "indicatorLayout", json: true },
  { key: "taskLayout", json: true },
  { key: "rows", json: true },
];

/** Excel keeps at most 32,767 characters in a cell: long values continue in the next cells. */
export const META_CHUNK = 30_000;

function chunks(text: string): string[] {
  if (text.length <= META_CHUNK) return [text];
  const out: string[] = [];
  for (let i = 0; i < text.length; i += META_CHUNK) out.push(text.slice(i, i + META_CHUNK));
  return out;
}

/**
 * The hidden `_chitieu` sheet: a note row, then one row per key (key in column A, value from
 * column B on, split over cells when long). Cells are formatted as text so hosts do not turn
 * "2024-10-07" into a date or "1" into a number. Protected: nobody edits it by hand.
 */
export function metaPatch(meta: WorkbookMeta, lang: Lang = meta.settings.lang): PatchOp[] {
  const sheet = SHEETS.meta;
  const rows: PatchValue[][] = [["#", msg("layout.metaTitle")[lang]]];
  for (const { key, json } of META_KEYS) {
    const value = meta[key];
    rows.push([key, ...chunks(json ? JSON.stringify(value) : String(value))]);
  }
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array<PatchValue>(width - r.length).fill(null)]);
  return [
    { op: "addSheet", sheet, replace: true, hidden: true },
    { op: "setNumberFormats", sheet, row: 0, col: 0, formats: values.map((r) => r.map(() => "@")) },
    { op: "setValues", sheet, row: 0, col: 0, values },
    { op: "protectSheet", sheet, description: msg("layout.protect.meta")[lang], warningOnly: false },
  ];
}

function bilingual(code: MessageCode, vi: MessageParams, en: MessageParams): Message {
  return { code, vi: msg(code, vi).vi, en: msg(code, en).en };
}

function problemOf(issue: z.core.$ZodIssue, value: unknown): { vi: string; en: string } {
  if (value === undefined) return { vi: "thiếu", en: "missing" };
  if (issue.code === "invalid_type") return { vi: "sai kiểu dữ liệu", en: "wrong type" };
  return { vi: "giá trị không hợp lệ", en: "invalid value" };
}

function valueAt(obj: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = obj;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

/**
 * Reads the `_chitieu` sheet back. Total: garbage, a missing sheet (empty grid), damaged JSON,
 * a wrong field or a newer layout version each give a Vietnamese message saying what to do.
 */
export function readMeta(grid: Grid): { meta: WorkbookMeta | null; error: Message | null } {
  try {
    const found = new Map<string, string>();
    for (const row of grid) {
      const key = cellText(row?.[0]).trim();
      if (key === "" || key.startsWith("#")) continue;
      found.set(key, row.slice(1).map((c) => cellText(c)).join(""));
    }
    if (!META_KEYS.some(({ key }) => found.has(key))) return { meta: null, error: msg("layout.meta.missing") };
    const obj: Record<string, unknown> = {};
    for (const { key, json } of META_KEYS) {
      const text = found.get(key);
      if (text === undefined) continue;
      if (!json) {
        obj[key] = text;
        continue;
      }
      try {
        obj[key] = JSON.parse(text) as unknown;
      } catch {
        return { meta: null, error: msg("layout.meta.unreadable", { key }) };
      }
    }
    if (typeof obj.layoutVersion === "number" && obj.layoutVersion > LAYOUT_VERSION) {
      return { meta: null, error: msg("layout.meta.newer", { version: obj.layoutVersion }) };
    }
    const parsed = WorkbookMetaSchema.safeParse(obj);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.path.map(String).join(".") || "?";
      const problem = problemOf(issue, valueAt(obj, issue.path));
      return { meta: null, error: bilingual("layout.meta.invalid", { field, problem: problem.vi }, { field, problem: problem.en }) };
    }
    return { meta: parsed.data as WorkbookMeta, error: null };
  } catch {
    return { meta: null, error: msg("layout.meta.missing") };
  }
}
