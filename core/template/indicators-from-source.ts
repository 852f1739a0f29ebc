/**
 * The indicator table of a template source → areas and indicators of the Plan. Ids: the code
 * without its final dot ("2.1"); an un-coded indicator `<area>/<n>` ("1/1"); a sub-row
 * `<parent id>/<n>` ("4.1/2"), n counting from 1 in table order.
 */
import type { AgencyRef, Area, Indicator, TargetCell } from "../model";
import { DEFAULT_SCALES, parseTarget } from "../parse";
import { targetKey } from "../layout";
import type { IndicatorRow, IndicatorSubRow, PlanSource } from "./source-schema";
import { agencyRef, noteParse, stripDot, type ConvertContext } from "./convert-context";

type Measured = IndicatorRow | IndicatorSubRow;

function targetsOf(ctx: ConvertContext, r: Measured, row: number): Record<string, TargetCell> {
  const out: Record<string, TargetCell> = {};
  const years = Object.keys(r.targets).sort();
  for (const year of years) {
    const raw = r.targets[year];
    const parsed = parseTarget(raw);
    noteParse(ctx, parsed, "indicatorRows", row, targetKey(Number(year)));
    out[year] = { raw, parsed };
  }
  return out;
}

/** Levels of the named scale the qualitative targets sit on ("Tiểu học" → education levels), else null. */
function scaleOf(targets: Record<string, TargetCell>): string[] | null {
  for (const cell of Object.values(targets)) {
    const id = cell.parsed.qualitative?.scale;
    const scale = id ? DEFAULT_SCALES.find((s) => s.id === id) : undefined;
    if (scale) return scale.levels.map((l) => l.name);
  }
  return null;
}

/**
 * A row with no agency cell of its own (10.1: its sub-rows carry them) gets its sub-rows':
 * the distinct raw texts joined with "; " and the union of their ids, so it still has an owner.
 */
function fromSubRows(refs: AgencyRef[]): AgencyRef {
  const raw = [...new Set(refs.map((r) => r.raw))].join("; ");
  const ids = [...new Set(refs.flatMap((r) => r.ids))];
  const unknown = [...new Set(refs.flatMap((r) => r.unknown))];
  return { raw, ids, unknown };
}

export function indicatorsFromSource(source: PlanSource, ctx: ConvertContext): { areas: Area[]; indicators: Indicator[] } {
  const areas: Area[] = [];
  const indicators: Indicator[] = [];
  /** Rows whose lead/partners must come from their sub-rows, by indicator position. */
  const pending: { at: number; lead: boolean; partners: boolean }[] = [];
  let area = "";
  let uncoded = 0;
  let parent: { id: string; subRows: number } | null = null;

  source.indicatorRows.forEach((r, row) => {
    if (r.row === "area") {
      area = stripDot(r.code);
      uncoded = 0;
      parent = null;
      areas.push({
        code: r.code,
        name: r.name,
        lead: r.lead === null ? null : agencyRef(ctx, r.lead, "indicatorRows", row, "lead"),
        partners: r.partners === null ? null : agencyRef(ctx, r.partners, "indicatorRows", row, "partners"),
      });
      return;
    }
    let id: string;
    let parentId: string | null = null;
    if (r.row === "subrow" && parent !== null) {
      const p: { id: string; subRows: number } = parent;
      p.subRows += 1;
      id = `${p.id}/${p.subRows}`;
      parentId = p.id;
    } else {
      id = r.code === "" ? `${area}/${++uncoded}` : stripDot(r.code);
      parent = { id, subRows: 0 };
    }
    const targets = targetsOf(ctx, r, row);
    const empty: AgencyRef = { raw: "", ids: [], unknown: [] };
    if (r.lead === null || r.partners === null) {
      pending.push({ at: indicators.length, lead: r.lead === null, partners: r.partners === null });
    }
    indicators.push({
      id,
      code: r.code,
      parent: parentId,
      area,
      name: r.name,
      unit: r.unit,
      direction: r.direction,
      directionSource: "template",
      targets,
      lead: r.lead === null ? empty : agencyRef(ctx, r.lead, "indicatorRows", row, "lead"),
      partners: r.partners === null ? empty : agencyRef(ctx, r.partners, "indicatorRows", row, "partners"),
      scale: scaleOf(targets),
      projection: null,
    });
  });

  for (const p of pending) {
    const self = indicators[p.at];
    const subs = indicators.filter((i) => i.parent === self.id);
    if (p.lead) self.lead = fromSubRows(subs.map((s) => s.lead));
    if (p.partners) self.partners = fromSubRows(subs.map((s) => s.partners));
  }
  return { areas, indicators };
}
