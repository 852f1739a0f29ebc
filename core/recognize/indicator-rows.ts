import { msg } from "../i18n";
import type { Area, Indicator, ParsedTarget, TargetCell } from "../model";
import { DEFAULT_SCALES, parseTarget } from "../parse";
import { printedText } from "../text";
import type { CodeShape } from "./codes";
import { inferDirection, type DirectionBasis } from "./direction";
import { msgLang } from "../i18n";
import { IdRegistry } from "./ids";
import { Carry, noteInherited, rawText, type FieldValue, type ReadContext } from "./read-context";
import type { RecognizedRow } from "./types";

/**
 * Reads the rows of an indicator table (Phụ lục I) one by one: group rows ("2."), coded
 * indicators ("2.1"), the un-coded indicator right under a group (Đồng Tháp area 1) and the
 * un-numbered sub-rows of the last coded indicator (4.1 "bắt buộc" / "tự nguyện").
 */
export class IndicatorReader {
  readonly areas: Area[] = [];
  readonly indicators: Indicator[] = [];
  private area = "";
  private areaOpen = false;
  /** The last indicator that is not a sub-row: sub-rows attach to it when it is coded. */
  private lastParent: Indicator | null = null;
  private previousKey: string | null = null;
  private readonly counts = new Map<string, number>();
  private readonly ids: IdRegistry;
  private readonly lead: Carry;
  private readonly partners: Carry;

  constructor(private readonly ctx: ReadContext) {
    this.ids = new IdRegistry(ctx.sink);
    this.lead = new Carry(ctx, "lead");
    this.partners = new Carry(ctx, "partners");
  }

  readRow(row: number): RecognizedRow {
    const ctx = this.ctx;
    const { code, shape } = ctx.code(row, this.previousKey);
    const name = printedText(ctx.own(row, "name"));
    const unit = ctx.field(row, "unit");
    const targets = ctx.targets.map((t) => ({ ...t, value: ctx.value(row, t.col) }));
    const hasData = unit.text !== "" || targets.some((t) => t.value.text !== "");
    const hasAgency = ctx.own(row, "lead") !== "" || ctx.own(row, "partners") !== "";

    switch (shape.kind) {
      case "roman":
      case "integer":
        if (name === "") return ctx.unreadable(row, msg("recognize.reason.missingName", { code }));
        if (!hasData) return this.areaRow(row, shape.key, code, name);
        return this.indicatorRow(row, { id: shape.key, code, parent: null, name, unit, targets, key: shape });
      case "dotted":
        if (name === "") return ctx.unreadable(row, msg("recognize.reason.missingName", { code }));
        return this.indicatorRow(row, { id: shape.key, code, parent: null, name, unit, targets, key: shape });
      case "marker":
        if (name === "" && !hasData) return ctx.unreadable(row, msg("recognize.reason.missingName", { code }));
        if (!this.lastParent) return ctx.unreadable(row, msg("recognize.reason.noHeading"));
        return this.subRow(row, code, name, unit, targets);
      case "other":
        return ctx.unreadable(row, msg("recognize.reason.codeNotUnderstood", { code }));
      case "none":
        break;
    }
    if (name === "") {
      if (hasData) return ctx.unreadable(row, msg("recognize.reason.noCodeNoName"));
      if (hasAgency) return ctx.unreadable(row, msg("recognize.reason.onlyAgencies"));
      return ctx.unreadable(row, msg("recognize.reason.noCodeNoName"));
    }
    // After a coded indicator: a sub-row of it. Right under a group row (or after its un-coded
    // indicator): an un-coded indicator of the group, when it says something beyond a name.
    if (this.lastParent && this.lastParent.code !== "") return this.subRow(row, "", name, unit, targets);
    if ((this.areaOpen || this.lastParent || this.area === "") && (hasData || hasAgency)) {
      const n = this.next(`area:${this.area}`);
      return this.indicatorRow(row, { id: `${this.area || "0"}/${n}`, code: "", parent: null, name, unit, targets, key: null });
    }
    return ctx.unreadable(row, msg(this.area === "" && !this.lastParent ? "recognize.reason.noHeading" : "recognize.reason.nameOnly"));
  }

  private next(counter: string): number {
    const n = (this.counts.get(counter) ?? 0) + 1;
    this.counts.set(counter, n);
    return n;
  }

  private areaRow(row: number, key: string, printed: string, name: string): RecognizedRow {
    const ctx = this.ctx;
    const leadV = ctx.field(row, "lead");
    const partnersV = ctx.field(row, "partners");
    const id = this.ids.claim(key, key, row, "area");
    const entry: RecognizedRow = { row, kind: "area", id };
    noteInherited(entry, "lead", leadV);
    noteInherited(entry, "partners", partnersV);
    this.areas.push({
      // As printed ("2."); indicators refer to the area by its key ("2"), as templates do.
      code: id === key ? printed : id,
      name,
      lead: leadV.text === "" ? null : ctx.agency(leadV, row, "lead"),
      partners: partnersV.text === "" ? null : ctx.agency(partnersV, row, "partners"),
    });
    // A group row's agencies are what its rows inherit; without them, nothing crosses the group row.
    this.lead.reset(leadV);
    this.partners.reset(partnersV);
    this.area = id;
    this.areaOpen = true;
    this.lastParent = null;
    this.previousKey = null;
    return entry;
  }

  private subRow(row: number, code: string, name: string, unit: FieldValue, targets: TargetValue[]): RecognizedRow {
    const parent = this.lastParent as Indicator;
    const n = this.next(`sub:${parent.id}`);
    return this.indicatorRow(row, { id: `${parent.id}/${n}`, code, parent: parent.id, name, unit, targets, key: null });
  }

  private indicatorRow(row: number, spec: IndicatorSpec): RecognizedRow {
    const ctx = this.ctx;
    const id = this.ids.claim(spec.id, spec.code, row);
    const kind = spec.parent === null ? "indicator" : "subrow";
    const entry: RecognizedRow = { row, kind, id };
    const leadV = this.lead.read(row);
    const partnersV = this.partners.read(row);
    noteInherited(entry, "lead", leadV);
    noteInherited(entry, "partners", partnersV);

    const targets: Record<string, TargetCell> = {};
    const parsed: ParsedTarget[] = [];
    for (const t of spec.targets) {
      if (t.value.text === "") continue;
      const p = parseTarget(t.value.cell);
      parsed.push(p);
      targets[String(t.year)] = { raw: rawText(t.value.cell), parsed: p };
      if (t.value.sourceRow === row) {
        const column = ctx.key("target", t.year);
        if (p.error) ctx.sink.add(row, column, "warning", "recognize.targetError", p.error, p.suggestion);
        for (const w of p.warnings) ctx.sink.add(row, column, "warning", "recognize.targetWarning", w, p.suggestion);
      }
    }
    const { direction, basis } = inferDirection(spec.name, parsed);
    this.directionFinding(row, id, direction, basis);

    const indicator: Indicator = {
      id,
      code: spec.code,
      parent: spec.parent,
      area: this.area,
      name: spec.name,
      unit: printedText(spec.unit.text),
      direction,
      directionSource: "inferred",
      targets,
      lead: ctx.agency(leadV, row, "lead"),
      partners: ctx.agency(partnersV, row, "partners"),
      scale: scaleOf(parsed),
      projection: null,
    };
    this.indicators.push(indicator);
    if (spec.parent === null) {
      this.lastParent = indicator;
      this.areaOpen = false;
    }
    if (spec.key?.kind === "dotted") this.previousKey = spec.key.key;
    return entry;
  }

  private directionFinding(row: number, id: string, direction: Indicator["direction"], basis: DirectionBasis): void {
    const d = msg(`recognize.direction.${direction}`);
    const b =
      basis.kind === "comparator"
        ? msg("recognize.basis.comparator", { text: basis.text })
        : basis.kind === "wording"
          ? msg("recognize.basis.wording", { word: basis.word })
          : msg(`recognize.basis.${basis.kind}`);
    this.ctx.sink.add(
      row,
      "direction",
      "info",
      "recognize.directionInferred",
      msgLang("recognize.directionInferred", { id, direction: d.vi, basis: b.vi }, { id, direction: d.en, basis: b.en }),
      msg("recognize.directionConfirm"),
    );
  }
}

type TargetValue = { col: number; year: number; value: FieldValue };

interface IndicatorSpec {
  id: string;
  code: string;
  parent: string | null;
  name: string;
  unit: FieldValue;
  targets: TargetValue[];
  key: CodeShape | null;
}

/** The ordered levels of the qualitative scale the targets are written on, if any. */
function scaleOf(parsed: ParsedTarget[]): string[] | null {
  const id = parsed.map((p) => p.qualitative?.scale ?? null).find((s) => s !== null);
  const scale = id ? DEFAULT_SCALES.find((s) => s.id === id) : undefined;
  return scale ? scale.levels.map((l) => l.name) : null;
}
