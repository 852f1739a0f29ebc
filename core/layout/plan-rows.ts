import type { Lang } from "../i18n";
import type { AgencyRef, Indicator, Plan, Task } from "../model";
import type { PatchValue } from "../patch";
import { cleanText } from "../text";
import { DIRECTION_WORDS } from "../validate/vocabulary";
import { ROW_MARKS, targetKey, type IndicatorColumnKey, type TaskColumnKey } from "./columns";

/** One row of a tracking sheet as written from the plan, before it has a sheet row number. */
export interface PlanRow<K extends string> {
  /** group: area/section row; subgroup: task sub-area; item: indicator/task; subitem: indicator sub-row. */
  kind: "group" | "subgroup" | "item" | "subitem";
  /** Plan row id (items) or null (group rows carry a marker in the row-id cell instead). */
  id: string | null;
  values: Partial<Record<K, PatchValue>>;
}

/** Codes as compared: "2." and "2" are the same area, roman numerals in any case. */
export function codeKey(code: string): string {
  return cleanText(code).replace(/\.+$/, "").toUpperCase();
}

const agencyText = (ref: AgencyRef | null): string | null => (ref === null || ref.raw === "" ? null : ref.raw);

export function directionWord(direction: Indicator["direction"], lang: Lang): string {
  return DIRECTION_WORDS.find((w) => w.value === direction)?.[lang] ?? "";
}

function indicatorRow(ind: Indicator, lang: Lang): PlanRow<IndicatorColumnKey> {
  const values: Partial<Record<IndicatorColumnKey, PatchValue>> = {
    code: ind.code === "" ? null : ind.code,
    name: ind.name,
    unit: ind.unit === "" ? null : ind.unit,
    lead: agencyText(ind.lead),
    partners: agencyText(ind.partners),
    direction: directionWord(ind.direction, lang),
    rowId: ind.id,
  };
  for (const [year, cell] of Object.entries(ind.targets)) values[targetKey(Number(year))] = cell.raw === "" ? null : cell.raw;
  return { kind: ind.parent === null ? "item" : "subitem", id: ind.id, values };
}

/** Indicator sheet rows in plan order: each area row, then its indicators and sub-rows. */
export function indicatorPlanRows(plan: Plan, lang: Lang): PlanRow<IndicatorColumnKey>[] {
  const out: PlanRow<IndicatorColumnKey>[] = [];
  const placed = new Set<Indicator>();
  for (const area of plan.areas) {
    out.push({
      kind: "group",
      id: null,
      values: { code: area.code, name: area.name, lead: agencyText(area.lead), partners: agencyText(area.partners), rowId: ROW_MARKS.area },
    });
    const key = codeKey(area.code);
    for (const ind of plan.indicators) {
      if (placed.has(ind) || codeKey(ind.area) !== key) continue;
      placed.add(ind);
      out.push(indicatorRow(ind, lang));
    }
  }
  // Indicators naming no known area still get their rows, after the areas.
  for (const ind of plan.indicators) if (!placed.has(ind)) out.push(indicatorRow(ind, lang));
  return out;
}

function taskRow(task: Task): PlanRow<TaskColumnKey> {
  return {
    kind: "item",
    id: task.id,
    values: {
      code: task.code === "" ? null : task.code,
      text: task.text,
      lead: agencyText(task.lead),
      partners: agencyText(task.partners),
      timeframe: task.timeframe.text === "" ? null : task.timeframe.text,
      approvalLevel: task.approvalLevel,
      expectedOutput: task.expectedOutput,
      rowId: task.id,
    },
  };
}

/** Task sheet rows: each section, its own tasks, then each sub-area and its tasks. */
export function taskPlanRows(plan: Plan): PlanRow<TaskColumnKey>[] {
  const out: PlanRow<TaskColumnKey>[] = [];
  const placed = new Set<Task>();
  const take = (pick: (t: Task) => boolean) => {
    for (const t of plan.tasks) {
      if (placed.has(t) || !pick(t)) continue;
      placed.add(t);
      out.push(taskRow(t));
    }
  };
  for (const section of plan.sections) {
    if (section.parent !== null) continue;
    const sk = codeKey(section.code);
    out.push({ kind: "group", id: null, values: { code: section.code, text: section.name, rowId: ROW_MARKS.section } });
    take((t) => codeKey(t.section) === sk && t.subArea === null);
    for (const sub of plan.sections) {
      if (sub.parent === null || codeKey(sub.parent) !== sk) continue;
      const subKey = codeKey(sub.code);
      out.push({ kind: "subgroup", id: null, values: { code: sub.code, text: sub.name, rowId: ROW_MARKS.subArea } });
      take((t) => codeKey(t.section) === sk && t.subArea !== null && codeKey(t.subArea) === subKey);
    }
  }
  take(() => true);
  return out;
}
