/** Hand-built model values for status tests (the real parsers are not imported on purpose). */
import type {
  Baseline,
  Indicator,
  Observation,
  ParsedTarget,
  ParsedTimeframe,
  Task,
  TaskProgress,
  Timeframe,
} from "../../../core/model";

const ref = { raw: "", ids: [], unknown: [] };

export function target(p: Partial<ParsedTarget> & Pick<ParsedTarget, "kind" | "text">): ParsedTarget {
  return {
    lo: null,
    hi: null,
    loInclusive: true,
    hiInclusive: true,
    unit: null,
    perYear: false,
    approx: false,
    change: null,
    directionHint: null,
    qualitative: null,
    warnings: [],
    error: null,
    suggestion: null,
    items: null,
    ...p,
  };
}

/** Shorthands for the target cells the plans write. */
export const T = {
  exact: (x: number, text = String(x).replace(".", ",")) => target({ kind: "exact", text, lo: x, hi: x }),
  /** `<3` (strict) or `≤ 3`. */
  max: (x: number, strict = true, text = `${strict ? "<" : "≤"}${String(x).replace(".", ",")}`) =>
    target({ kind: "max", text, hi: x, hiInclusive: !strict, directionHint: "decrease" }),
  /** `>0,7` (strict) or `≥ 95`. */
  min: (x: number, strict = true, text = `${strict ? ">" : "≥"}${String(x).replace(".", ",")}`) =>
    target({ kind: "min", text, lo: x, loInclusive: !strict, directionHint: "increase" }),
  range: (lo: number, hi: number, text = `${lo}-${hi}`.replace(/\./g, ",")) => target({ kind: "range", text, lo, hi }),
  none: () => target({ kind: "none", text: "-" }),
  qual: (text: string, scale: string | null = null, rank: number | null = null) =>
    target({ kind: "qualitative", text, qualitative: { text, scale, rank } }),
};

export function indicator(p: {
  targets: Record<string, ParsedTarget>;
  unit?: string;
  direction?: Indicator["direction"];
  scale?: string[] | null;
  projection?: Indicator["projection"];
  id?: string;
}): Indicator {
  const targets: Indicator["targets"] = {};
  for (const [year, parsed] of Object.entries(p.targets)) targets[year] = { raw: parsed.text, parsed };
  return {
    id: p.id ?? "2.1",
    code: p.id ?? "2.1",
    parent: null,
    area: "2",
    name: "Chỉ tiêu thử",
    unit: p.unit ?? "%",
    direction: p.direction ?? "increase",
    directionSource: "template",
    targets,
    lead: ref,
    partners: ref,
    scale: p.scale ?? null,
    projection: p.projection ?? null,
  };
}

export function obs(year: number, value: number | null, extra: Partial<Observation> = {}): Observation {
  return {
    indicatorId: "2.1",
    year,
    value,
    assessment: null,
    raw: null,
    source: null,
    note: null,
    agencyId: null,
    recordedAt: null,
    ...extra,
  };
}

export const assess = (year: number, assessment: string): Observation => obs(year, null, { assessment });

export const base = (year: number, value: number): Baseline => ({ indicatorId: "2.1", year, value });

export function task(timeframe: Timeframe, text = "thời gian"): Task {
  const parsed: ParsedTimeframe = { text, timeframe, warnings: [], error: null, suggestion: null };
  return {
    id: "II.1",
    section: "II",
    subArea: null,
    code: "1",
    text: "Nhiệm vụ thử",
    lead: ref,
    partners: ref,
    timeframe: parsed,
    approvalLevel: null,
    expectedOutput: null,
    evidenceRequired: false,
  };
}

export function prog(year: number, p: Partial<TaskProgress> = {}): TaskProgress {
  return {
    taskId: "II.1",
    year,
    state: null,
    percent: null,
    completedOn: null,
    evidence: null,
    triggeredOn: null,
    note: null,
    agencyId: null,
    ...p,
  };
}
