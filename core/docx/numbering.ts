import { intAttr } from "./attrs";
import type { Styles } from "./styles";
import { bulletText } from "./symbols";
import { child, elements, onOff, valOf, type XmlElement } from "./xml";

/** One level of a list definition (w:lvl). */
interface Level {
  start: number;
  format: string;
  text: string;
  /** Legal numbering: every number of the label in arabic digits. */
  legal: boolean;
  /** What follows the number: a tab (the default), a space, or nothing. */
  suffix: "tab" | "space" | "nothing";
  /** w:lvlRestart: restart after this 1-based level is used (0: never); null = after the level above. */
  restart: number | null;
  /** Font of the bullet character, to map symbol-font bullets. */
  font: string | null;
}

interface AbstractNum {
  levels: Map<number, Level>;
  /** w:numStyleLink: the definition lives in the numbering style of that name. */
  styleLink: string | null;
}

interface Num {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, Level>;
}

const LEVELS = 9;

function readLevel(lvl: XmlElement): Level {
  const suff = valOf(lvl, "suff");
  return {
    start: intAttr(valOf(lvl, "start"), 0, 32767) ?? 1,
    format: valOf(lvl, "numFmt") ?? "decimal",
    text: valOf(lvl, "lvlText") ?? "",
    legal: onOff(lvl, "isLgl") ?? false,
    suffix: suff === "space" || suff === "nothing" ? suff : "tab",
    restart: intAttr(valOf(lvl, "lvlRestart"), 0, LEVELS),
    font: child(child(lvl, "rPr"), "rFonts")?.attrs.ascii ?? child(child(lvl, "rPr"), "rFonts")?.attrs.hAnsi ?? null,
  };
}

function levelsOf(el: XmlElement): Map<number, Level> {
  const out = new Map<number, Level>();
  for (const lvl of elements(el)) {
    if (lvl.ns !== "w" || lvl.name !== "lvl") continue;
    const ilvl = intAttr(lvl.attrs.ilvl, 0, LEVELS - 1);
    if (ilvl !== null) out.set(ilvl, readLevel(lvl));
  }
  return out;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** Word's letters: a … z, then aa … zz, aaa … */
function letters(n: number): string {
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter value in a level's format, or null for a format we do not render. */
export function formatNumber(n: number, format: string): string | null {
  switch (format) {
    case "decimal":
      return String(n);
    case "decimalZero":
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case "upperRoman":
      return n >= 1 && n < 4000 ? roman(n) : String(n);
    case "lowerRoman":
      return n >= 1 && n < 4000 ? roman(n).toLowerCase() : String(n);
    case "upperLetter":
      return n >= 1 ? letters(n).toUpperCase() : String(n);
    case "lowerLetter":
      return n >= 1 ? letters(n) : String(n);
    case "decimalEnclosedParen":
      return `(${n})`;
    case "decimalEnclosedFullstop":
      return `${n}.`;
    case "decimalEnclosedCircle":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case "none":
      return "";
    default:
      // ordinal and text formats ("1st", "một"), Asian counting systems: not rendered.
      return null;
  }
}

/**
 * List numbers as Word renders them, computed in reading order from numbering.xml: counters per
 * abstract definition (list instances sharing one continue each other's numbering, as in Word),
 * a w:startOverride restarting its instance where it is first used, deeper levels restarting
 * when a level above is used (or as w:lvlRestart says).
 * Not rendered (the paragraph keeps its text without a number, and a note says so): ordinal
 * and spelled-out formats, numbering attached to a style through w:lvl/w:pStyle only, and
 * "list numbers" typed as fields (LISTNUM, SEQ: their last computed result is kept as text).
 */
export class Numbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, (number | null)[]>();
  private readonly used = new Set<string>();

  constructor(
    root: XmlElement | null,
    private readonly styles: Styles,
  ) {
    if (!root) return;
    for (const el of elements(root)) {
      if (el.ns !== "w") continue;
      if (el.name === "abstractNum" && el.attrs.abstractNumId !== undefined) {
        this.abstracts.set(el.attrs.abstractNumId, { levels: levelsOf(el), styleLink: valOf(el, "numStyleLink") });
      } else if (el.name === "num" && el.attrs.numId !== undefined) {
        const abstractId = valOf(el, "abstractNumId");
        if (abstractId === null) continue;
        const startOverrides = new Map<number, number>();
        const levelOverrides = new Map<number, Level>();
        for (const o of elements(el)) {
          if (o.ns !== "w" || o.name !== "lvlOverride") continue;
          const ilvl = intAttr(o.attrs.ilvl, 0, LEVELS - 1);
          if (ilvl === null) continue;
          const start = intAttr(valOf(o, "startOverride"), 0, 32767);
          if (start !== null) startOverrides.set(ilvl, start);
          const lvl = child(o, "lvl");
          if (lvl) levelOverrides.set(ilvl, readLevel(lvl));
        }
        this.nums.set(el.attrs.numId, { abstractId, startOverrides, levelOverrides });
      }
    }
  }

  /** The abstract definition of a list instance, following a numbering style link once or twice. */
  private resolve(numId: string): { num: Num; abstractId: string; abstract: AbstractNum } | null {
    const num = this.nums.get(numId);
    if (!num) return null;
    let abstractId = num.abstractId;
    let abstract = this.abstracts.get(abstractId);
    for (let hop = 0; abstract?.styleLink && hop < 3; hop++) {
      const linked = this.styles.numberingStyle(abstract.styleLink);
      const target = linked === null ? undefined : this.nums.get(linked);
      if (!target || target.abstractId === abstractId) break;
      abstractId = target.abstractId;
      abstract = this.abstracts.get(abstractId);
    }
    return abstract ? { num, abstractId, abstract } : null;
  }

  /**
   * The label of the next paragraph of list `numId` at level `ilvl` ("1.", "a)", "II", "-"),
   * with the text that separates it from the paragraph's own text; null when it cannot be
   * computed. "0" is Word's "no numbering".
   */
  next(numId: string, ilvl: number): { label: string; suffix: string } | null {
    if (numId === "0") return { label: "", suffix: "" };
    const found = this.resolve(numId);
    if (!found) return null;
    const { num, abstractId, abstract } = found;
    const levelOf = (l: number) => num.levelOverrides.get(l) ?? abstract.levels.get(l) ?? null;
    const level = levelOf(ilvl);
    if (!level) return null;
    let state = this.counters.get(abstractId);
    if (!state) {
      state = Array<number | null>(LEVELS).fill(null);
      this.counters.set(abstractId, state);
    }
    const startOf = (l: number) => num.startOverrides.get(l) ?? levelOf(l)?.start ?? 1;
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const l of num.startOverrides.keys()) state[l] = null;
    }
    state[ilvl] = state[ilvl] === null ? startOf(ilvl) : (state[ilvl] as number) + 1;
    for (let l = ilvl + 1; l < LEVELS; l++) {
      const r = levelOf(l)?.restart ?? l;
      if (r !== 0 && ilvl < r) state[l] = null;
    }
    const suffix = level.suffix === "nothing" ? "" : " ";
    if (level.format === "bullet") return { label: bulletText(level.text, level.font), suffix };
    let failed = false;
    const label = level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const l = Number(d) - 1;
      const value = state[l] ?? startOf(l);
      const format = level.legal && l !== ilvl ? "decimal" : (levelOf(l)?.format ?? "decimal");
      const text = formatNumber(value, format);
      if (text === null) failed = true;
      return text ?? "";
    });
    return failed ? null : { label, suffix };
  }
}
