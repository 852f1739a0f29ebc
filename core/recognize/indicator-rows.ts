import { msg } from "../i18n";
import type { Area, Indicator, ParsedTarget, ReferenceValue, TargetCell } from "../model";
import { DEFAULT_SCALES, parseTarget, targetInText } from "../parse";
import { printedText } from "../text";
import type { CodeShape } from "./codes";
import { inferDirection, type DirectionBasis } from "./direction";
import { msgLang } from "../i18n";
import { IdRegistry } from "./ids";
import { Carry, noteInherited, rawText, type FieldValue, type ReadContext, type RowHead } from "./read-context";
import { CodePath, isConnector, rankOf, unitInName } from "./row-shapes";
import { headerKey } from "./header-words";
import type { TableContext } from "./table-context";
import type { RecognizedRow } from "./types";

/**
 * Reads the rows of an indicator table one by one: group rows (coded "2.", "I", "A" without
 * values, or a title merged across the table), coded indicators ("2.1", and "I", "1" rows that
 * carry values), the un-coded indicator right under a group (Đồng Tháp area 1), and the sub-rows
 * of an indicator: un-coded rows and markers ("-", "+", "a)") under it.
 */
export class IndicatorReader {
  readonly areas: Area[] = [];
  readonly indicators: Indicator[] = [];
  /** Coded rows above the current one, outermost first: they scope codes that restart (I.1, II.1). */
  private readonly path = new CodePath();
  /** A group row was just read and no indicator follows it yet. */
  private areaOpen = false;
  /** The last indicator that is not a sub-row, with the rank of its code. */
  private lastTop: { indicator: Indicator; rank: number } | null = null;
  private previousKey: string | null = null;
  private readonly counts = new Map<string, number>();
  private readonly ids: IdRegistry;
  private readonly lead: Carry;
  private readonly partners: Carry;
  /** The year a group row names ("I. Đến năm 2030"): the year of a target column that names none. */
  private groupYear: number | null = null;
  /** Years taken from group rows, for the table's milestones. */
  readonly groupYears = new Set<number>();
  /**
   * "Danh mục dự án / Cơ quan, đơn vị thực hiện": one column names the bodies (on the outermost
   * coded rows, "I SỞ Y TẾ") and their projects under them. Without an agency column, such a row's
   * name is the lead of the rows under it.
   */
  private readonly bodiesInNames: boolean;
  private bodyLead: { rank: number; text: string } | null = null;

  constructor(
    private readonly ctx: ReadContext,
    private readonly table: TableContext,
    /** The head of the next data row below, for groups recognised by what follows them. */
    private readonly nextHead: (row: number) => RowHead | null,
  ) {
    this.ids = new IdRegistry(ctx.sink);
    this.lead = new Carry(ctx, "lead");
    this.partners = new Carry(ctx, "partners");
    const nameHeader = ctx.header.columns.find((c) => c.role === "name")?.header ?? "";
    this.bodiesInNames =
      ctx.col.lead === undefined && ctx.col.assignment === undefined && /\b(co quan|don vi|dia phuong)\b.*\bthuc hien\b/.test(headerKey(nameHeader));
  }

  private get area(): string {
    return this.path.groupId();
  }

  readRow(row: number): RecognizedRow {
    const ctx = this.ctx;
    const head = ctx.rowHead(row, this.previousKey);
    const { code, shape, name } = head;
    const unit = this.unitOf(row, name);
    const targets = this.table.targets.map((t) => ({ ...t, value: ctx.value(row, t.col) }));
    if (this.groupYear !== null) {
      for (const col of this.table.yearless) targets.push({ col, year: this.groupYear, value: ctx.value(row, col) });
    }
    const references = ctx.references.map((r) => ({ ...r, value: ctx.value(row, r.col) }));
    const hasValues = targets.some((t) => t.value.text !== "") || references.some((r) => r.value.text !== "");
    const hasData = (ctx.col.unit !== undefined && unit.text !== "") || hasValues;
    const hasAgency = ctx.own(row, "lead") !== "" || ctx.own(row, "partners") !== "" || ctx.own(row, "assignment") !== "";
    const spec = (parent: string | null, id: string, key: CodeShape | null): IndicatorSpec => ({
      id,
      code,
      parent,
      name: unit.name,
      unit: unit.value,
      targets,
      references,
      key,
    });

    if (head.spanning) return this.areaRow(row, head);
    if (name === "") {
      if (shape.kind === "other") return ctx.unreadable(row, msg("recognize.reason.codeNotUnderstood", { code }));
      if (code !== "") return ctx.unreadable(row, msg("recognize.reason.missingName", { code }));
      if (hasData) return ctx.unreadable(row, msg("recognize.reason.noCodeNoName"));
      if (hasAgency) return ctx.unreadable(row, msg("recognize.reason.onlyAgencies"));
      return ctx.unreadable(row, msg(code === "" ? "recognize.reason.noCodeNoName" : "recognize.reason.missingName", { code }));
    }
    if (!hasValues && isConnector(name)) return { row, kind: "note", id: null };

    const rank = rankOf(shape);
    // "a", "b)" number their rows like digits do; "-", "+" only mark sub-rows.
    const lettered = shape.kind === "marker" && /^\(?[a-zđ]/.test(shape.key);
    switch (shape.kind) {
      case "letter":
      case "roman":
      case "integer":
      case "dotted":
        // A coded row without values is a group when rows of a deeper level follow it; otherwise
        // an indicator not yet given values ("II THU TỪ DẦU THÔ" between "I" and "III").
        // A group may carry the agencies of its rows (Đồng Tháp groups 6, 7, 9).
        if (!hasData && this.headsDeeperRows(row, rank)) return this.areaRow(row, head);
        return this.topRow(row, spec(null, this.path.idFor(shape, this.previousKey), shape), rank);
      case "other":
        return ctx.unreadable(row, msg("recognize.reason.codeNotUnderstood", { code }));
      case "marker":
      case "none":
        break;
    }
    // A row without values that heads deeper rows is a group ("- Số đối tượng mua BHYT" over "+" rows).
    if (!hasData && !hasAgency && this.headsDeeperRows(row, rank)) return this.areaRow(row, head);
    if (lettered) return this.topRow(row, spec(null, this.path.idFor(shape, this.previousKey), shape), rank);
    if (this.lastTop && !this.areaOpen && rank > this.lastTop.rank) {
      if (!hasData && !hasAgency && shape.kind === "none") return ctx.unreadable(row, msg("recognize.reason.nameOnly"));
      return this.subRow(row, spec(this.lastTop.indicator.id, "", null));
    }
    if (hasData || hasAgency || shape.kind === "marker") {
      const scope = this.area || "0";
      const n = this.next(`area:${scope}`);
      return this.topRow(row, spec(null, `${scope}/${n}`, null), rank);
    }
    return ctx.unreadable(row, msg(this.area === "" && !this.lastTop ? "recognize.reason.noHeading" : "recognize.reason.nameOnly"));
  }

  /** The unit: its column; else the unit printed above the table; else "(%)" ending the name. */
  private unitOf(row: number, name: string): { text: string; value: FieldValue; name: string } {
    const own = this.ctx.field(row, "unit");
    if (this.ctx.col.unit !== undefined) return { text: own.text, value: own, name };
    const inName = unitInName(name);
    if (inName) return { text: inName.unit, value: { ...own, text: inName.unit }, name };
    const title = this.table.unit ?? "";
    return { text: title, value: { ...own, text: title }, name };
  }

  private headsDeeperRows(row: number, rank: number): boolean {
    const next = this.nextHead(row);
    if (!next || next.spanning) return false;
    // An un-coded row under a coded group is its indicator (Đồng Tháp area 1); under a marker it is not.
    if (next.shape.kind === "none") return rank <= 2;
    return rankOf(next.shape) > rank;
  }

  private next(counter: string): number {
    const n = (this.counts.get(counter) ?? 0) + 1;
    this.counts.set(counter, n);
    return n;
  }

  private areaRow(row: number, head: RowHead): RecognizedRow {
    const ctx = this.ctx;
    const leadV = ctx.field(row, "lead");
    const partnersV = ctx.field(row, "partners");
    const assignV = ctx.field(row, "assignment");
    const group = this.path.openGroup(head.shape, head.code);
    const named = [...head.name.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1]));
    if (named.length > 0 && this.table.yearless.length > 0) {
      this.groupYear = Math.max(...named);
      this.groupYears.add(this.groupYear);
    } else if (group.parent === null) this.groupYear = null;
    const id = this.ids.claim(group.id, head.code || group.id, row, "area");
    const entry: RecognizedRow = { row, kind: "area", id };
    noteInherited(entry, "lead", leadV);
    noteInherited(entry, "partners", partnersV);
    const agencies = ctx.agencies(leadV, partnersV, assignV, row);
    // As printed ("2.") when it names the group alone; the id when the group sits inside another.
    const code = group.parent === null && head.code !== "" && group.id === (head.shape as { key?: string }).key ? head.code : id;
    this.areas.push({
      code,
      ...(head.code !== code ? { printedCode: head.code } : {}),
      name: head.name,
      lead: agencies.lead.raw === "" ? null : agencies.lead,
      partners: agencies.partners.raw === "" ? null : agencies.partners,
      ...(group.parent !== null ? { parent: group.parent } : {}),
    });
    // A group row's agencies are what its rows inherit; without them, nothing crosses the group row.
    this.lead.reset(assignV.text !== "" && leadV.text === "" ? assignV : leadV);
    this.partners.reset(partnersV);
    this.areaOpen = true;
    this.lastTop = null;
    this.previousKey = null;
    return entry;
  }

  private topRow(row: number, spec: IndicatorSpec, rank: number): RecognizedRow {
    if (this.bodiesInNames && spec.key !== null && (spec.key.kind === "roman" || spec.key.kind === "letter")) {
      if (!this.bodyLead || rank <= this.bodyLead.rank) this.bodyLead = { rank, text: spec.name };
    } else if (this.bodiesInNames && spec.key === null && (!this.bodyLead || rank <= this.bodyLead.rank)) this.bodyLead = null;
    const entry = this.indicatorRow(row, spec);
    const indicator = this.indicators[this.indicators.length - 1];
    this.lastTop = { indicator, rank };
    this.areaOpen = false;
    if (spec.key) this.path.enterRow(spec.key, indicator.id);
    if (spec.key?.kind === "dotted") this.previousKey = spec.key.key;
    return entry;
  }

  private subRow(row: number, spec: IndicatorSpec): RecognizedRow {
    const parent = spec.parent as string;
    const n = this.next(`sub:${parent}`);
    return this.indicatorRow(row, { ...spec, id: `${parent}/${n}` });
  }

  private indicatorRow(row: number, spec: IndicatorSpec): RecognizedRow {
    const ctx = this.ctx;
    const id = this.ids.claim(spec.id, spec.code, row);
    const kind = spec.parent === null ? "indicator" : "subrow";
    const entry: RecognizedRow = { row, kind, id };
    const leadV = this.lead.read(row);
    const partnersV = this.partners.read(row);
    const assignV = ctx.field(row, "assignment");
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
    const references: ReferenceValue[] = spec.references
      .filter((r) => r.value.text !== "")
      .map((r) => ({ kind: r.ref, year: r.year, raw: rawText(r.value.cell) }));
    // No target column at all: the target may be written in the indicator's own text ("… đạt 60%"),
    // for the plan's end year. Read it, and ask for it to be confirmed.
    let fromText = false;
    if (this.table.targets.length === 0 && this.table.yearless.length === 0 && spec.parent === null) {
      const found = targetInText(spec.name, { unit: spec.unit.text || null });
      const year = found?.year ?? this.table.endYear;
      if (found && year !== null && found.target.kind !== "qualitative") {
        parsed.push(found.target);
        targets[String(year)] = { raw: found.phrase, parsed: found.target };
        fromText = true;
        ctx.sink.add(
          row,
          ctx.key("target", year),
          "warning",
          "recognize.targetFromText",
          msg("recognize.targetFromText", { id: spec.code || spec.name.slice(0, 40), phrase: found.phrase, year }),
          msg("recognize.targetFromTextFix"),
        );
      }
    }
    const { direction, basis } = inferDirection(spec.name, parsed);
    this.directionFinding(row, id, direction, basis);
    const agencies = this.bodyLead
      ? { lead: ctx.agency({ text: this.bodyLead.text, cell: this.bodyLead.text, sourceRow: null, inherited: null }, row, "lead"), partners: ctx.agency(partnersV, row, "partners") }
      : ctx.agencies(leadV, partnersV, assignV, row);

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
      lead: agencies.lead,
      partners: agencies.partners,
      scale: scaleOf(parsed),
      projection: null,
      ...(references.length > 0 ? { references } : {}),
      ...(fromText ? { targetFromText: true } : {}),
    };
    this.indicators.push(indicator);
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
type ReferenceCell = { col: number; year: number | null; ref: ReferenceValue["kind"]; value: FieldValue };

interface IndicatorSpec {
  id: string;
  code: string;
  parent: string | null;
  name: string;
  unit: FieldValue;
  targets: TargetValue[];
  references: ReferenceCell[];
  key: CodeShape | null;
}

/** The ordered levels of the qualitative scale the targets are written on, if any. */
function scaleOf(parsed: ParsedTarget[]): string[] | null {
  const id = parsed.map((p) => p.qualitative?.scale ?? null).find((s) => s !== null);
  const scale = id ? DEFAULT_SCALES.find((s) => s.id === id) : undefined;
  return scale ? scale.levels.map((l) => l.name) : null;
}
