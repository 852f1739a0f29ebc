import { msg, type Lang } from "../i18n";
import type { Finding, Severity } from "../model";
import { mergePatchOps, type HexColour, type PatchOp } from "../patch";
import { recordMark } from "./records";
import type { SheetRecord } from "./columns";
import { layoutSpan, type SheetLayout } from "./sheet-layout";
import { LAYOUT_COLOURS } from "./style";

/**
 * Our lines in a cell note start with this mark; everything else in the note is the person's and
 * is kept. The same in both languages, so a language switch still finds the old marks.
 */
export const FINDING_MARK = "⚠ Chỉ Tiêu:";

export const FINDING_FILLS: Readonly<Record<Severity, HexColour>> = {
  error: "#F4CCCC",
  warning: "#FFF2CC",
  info: "#DDEBF7",
};

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A cell's fill when it has no finding (group rows are grey): null for the host default. */
export type BaseFill = (row: number, key: string) => HexColour | null;

/** Base fills of a sheet made by `trackingWorkbookPatch`: group rows and computed columns. */
export function templateBaseFill(layout: SheetLayout, records: readonly SheetRecord<string>[]): BaseFill {
  const marks = new Map(records.map((r) => [r.row, recordMark(r)]));
  const computed = (key: string) => key.startsWith("status:") || key === "progress" || (layout.kind === "tasks" && key === "assessment");
  return (row, key) => {
    const mark = marks.get(row) ?? null;
    if (mark === "subArea") return LAYOUT_COLOURS.subgroup;
    if (mark !== null) return LAYOUT_COLOURS.group;
    return computed(key) ? LAYOUT_COLOURS.computed : null;
  };
}

const oneLine = (s: string): string => s.replace(/\s*\n\s*/g, " ").trim();

function findingLine(f: Finding, lang: Lang): string {
  const suggestion = f.suggestion ? " " + msg("layout.finding.suggestion", { text: oneLine(f.suggestion[lang]) })[lang] : "";
  return `${FINDING_MARK} ${oneLine(f.message[lang])}${suggestion}`;
}

/** The note without our lines (a person's own text), or "" when nothing of theirs is left. */
export function personalNote(note: string | null): string {
  if (note === null) return "";
  return note
    .split("\n")
    .filter((line) => !line.startsWith(FINDING_MARK))
    .join("\n")
    .replace(/\s+$/, "");
}

/**
 * Marks validation findings on the cells of the validated rows: a fill by severity and one note
 * line per finding. Cells of those rows that carry our mark but are now fine get their base fill
 * back and our lines removed. A person's own note text is kept in both cases. Only cells that
 * change are written (merged into rectangles where adjacent).
 *
 * `currentNotes[i][j]`: the note of row `rows[i]`, column `layoutSpan(layout).col + j`, as the
 * host read it.
 */
export function findingsPatch(
  layout: SheetLayout,
  rows: readonly number[],
  findings: readonly Finding[],
  currentNotes: readonly (readonly (string | null)[])[],
  lang: Lang = "vi",
  baseFill: BaseFill = () => null,
): PatchOp[] {
  const span = layoutSpan(layout);
  const colOf = new Map(layout.columns.map((c) => [c.key, c.col]));
  const validated = new Set(rows);
  const at = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.sheet !== layout.sheet || !validated.has(f.row)) continue;
    const col = colOf.get(f.column);
    if (col === undefined) continue;
    const k = `${f.row},${col}`;
    const list = at.get(k) ?? [];
    list.push(f);
    at.set(k, list);
  }
  const sheet = layout.sheet;
  const ops: PatchOp[] = [];
  const columns = [...layout.columns].sort((a, b) => a.col - b.col);
  const order = rows.map((row, i) => ({ row, i })).sort((a, b) => a.row - b.row);
  for (const { row, i } of order) {
    for (const { key, col } of columns) {
      const here = at.get(`${row},${col}`) ?? [];
      const note = currentNotes[i]?.[col - span.col] ?? null;
      const marked = note !== null && note.split("\n").some((line) => line.startsWith(FINDING_MARK));
      if (here.length === 0 && !marked) continue;
      here.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
      const mine = personalNote(note);
      const lines = here.map((f) => findingLine(f, lang));
      const text = [...(mine === "" ? [] : [mine]), ...lines].join("\n");
      const fill = here.length > 0 ? FINDING_FILLS[here[0].severity] : baseFill(row, key);
      ops.push({ op: "setNotes", sheet, row, col, notes: [[text === "" ? null : text]] });
      ops.push({ op: "setFills", sheet, row, col, fills: [[fill]] });
    }
  }
  return mergePatchOps(ops);
}
