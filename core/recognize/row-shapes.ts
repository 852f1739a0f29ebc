import { foldKey } from "../text";
import type { CodeShape } from "./codes";

/**
 * How deep a code sits in a table's outline: "A" above "I" above "1" above "1.1" above "a)"
 * above "-" above "+". Un-coded rows sit below every code.
 */
export function rankOf(shape: CodeShape): number {
  switch (shape.kind) {
    case "letter":
      return 0;
    case "roman":
      return 1;
    case "integer":
      return 2;
    case "dotted":
      return 2 + shape.key.split(".").length - 1;
    case "marker":
      if (/^[a-zđ]/.test(shape.key) || /^\([a-zđ]\)$/.test(shape.key)) return 6;
      if (shape.key === "-" || shape.key === "–") return 7;
      if (shape.key === "+") return 8;
      return 9;
    case "none":
      return 10;
    default:
      return 11;
  }
}

interface PathEntry {
  rank: number;
  id: string;
  key: string;
  group: boolean;
}

/**
 * The coded rows above the current one. Numbering that restarts under each group is normal
 * ("I" 1, 2, 3 then "II" 1, 2): a code is scoped by the coded row above it ("I.1", "II.1"), except
 * a dotted code that already names its group ("2.1" under "2").
 */
export class CodePath {
  private stack: PathEntry[] = [];
  private uncoded = 0;

  /** The groups the current row sits in, outermost first. */
  groups(): { id: string; key: string }[] {
    return this.stack.filter((e) => e.group).map((e) => ({ id: e.id, key: e.key }));
  }

  /** Id of the innermost group, "" outside any group. */
  groupId(): string {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i].group) return this.stack[i].id;
    return "";
  }

  private scopeFor(rank: number): PathEntry | null {
    for (let i = this.stack.length - 1; i >= 0; i--) if (this.stack[i].rank < rank) return this.stack[i];
    return null;
  }

  private scoped(shape: CodeShape, key: string, rank: number): string {
    const scope = this.scopeFor(rank);
    if (!scope) return key;
    // "2.1" under "2", "1.1" under sub-area "VI.1": the code already names its group.
    if (shape.kind === "dotted" && key.startsWith(`${scope.key}.`)) return scope.id.slice(0, scope.id.length - scope.key.length) + key;
    return `${scope.id}.${key}`;
  }

  /**
   * "I" after "H", "V" after "U": a letter of the alphabet, not a roman numeral, when the groups
   * above run A, B, C...
   */
  letterOrRoman(shape: CodeShape): CodeShape {
    if (shape.kind !== "roman" || !/^[IVXL]$/.test(shape.key)) return shape;
    const before = String.fromCharCode(shape.key.charCodeAt(0) - 1);
    return this.stack.some((e) => e.rank === 0 && e.key === before) ? { kind: "letter", key: shape.key } : shape;
  }

  /** Opens a group row; un-coded group titles stand above every code. */
  openGroup(shape0: CodeShape, printed: string): { id: string; parent: string | null } {
    const shape = this.letterOrRoman(shape0);
    const coded = shape.kind !== "none" && shape.kind !== "other";
    const rank = coded ? rankOf(shape) : -1;
    // An un-coded group gets a key of its own ("n1", "n2"): never a code a plan prints, and never
    // the "§" that marks group rows in a tracking sheet's row-id column.
    const key = coded ? (shape as { key: string }).key : `n${++this.uncoded}`;
    while (this.stack.length > 0 && this.stack[this.stack.length - 1].rank >= rank) this.stack.pop();
    const parent = this.groupId() || null;
    const id = coded ? this.scoped(shape, key, rank) : key;
    this.stack.push({ rank, id, key: printed === "" ? key : key, group: true });
    return { id, parent };
  }

  /** The id of a coded indicator or task row. */
  idFor(shape: CodeShape, _previousKey: string | null): string {
    const key = (shape as { key: string }).key;
    return this.scoped(shape, key, rankOf(shape));
  }

  /** A coded row is now the innermost one at its rank. */
  enterRow(shape: CodeShape, id: string): void {
    const rank = rankOf(shape);
    while (this.stack.length > 0 && this.stack[this.stack.length - 1].rank >= rank) this.stack.pop();
    this.stack.push({ rank, id, key: (shape as { key: string }).key, group: false });
  }
}

/** "Trong đó:", "Bao gồm:", "Chia ra:": a row that only introduces the rows under it. */
export function isConnector(name: string): boolean {
  return /^(trong do|bao gom|chia ra|gom|cu the|chia theo|trong so do)\s*:?$/.test(foldKey(name).replace(/[:.]+$/, "").trim());
}

const UNIT_IN_NAME = /\((%|‰|lần|tỷ đồng|triệu đồng|nghìn đồng|đồng|USD|triệu USD|tỷ USD|người|ha|km)\)\s*$/iu;

/** A unit written in brackets at the end of an indicator's name ("Tỷ lệ ... (%)"), or null. */
export function unitInName(name: string): { unit: string } | null {
  const m = UNIT_IN_NAME.exec(name);
  return m ? { unit: m[1] } : null;
}
