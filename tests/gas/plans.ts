import { loadTemplate } from "../../core/template";
import type { Indicator, Plan } from "../../core/model";

export function dongThap(): Plan {
  const { plan, error } = loadTemplate("dong-thap-328-2024");
  if (!plan) throw new Error(error?.en ?? "no template");
  return plan;
}

/**
 * The Đồng Tháp plan with its indicators repeated until it has at least `rows` of them (ids and
 * codes suffixed per copy, parents kept within the copy), for call budgets at scale.
 */
export function scaledPlan(rows: number): Plan {
  const base = dongThap();
  const indicators: Indicator[] = [];
  for (let k = 0; indicators.length < rows; k++) {
    const suffix = k === 0 ? "" : `~${k}`;
    for (const ind of base.indicators) {
      indicators.push({ ...ind, id: ind.id + suffix, code: ind.code === "" ? "" : ind.code + suffix, parent: ind.parent === null ? null : ind.parent + suffix });
    }
  }
  return { ...base, indicators };
}
