import { child, elements, onOff, path, valOf, type XmlElement } from "./xml";

/** What the reader needs from one style of styles.xml. */
interface StyleDef {
  type: string;
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
  vanish: boolean | null;
  align: string | null;
  /** Table styles: does the style draw any border. */
  borders: boolean | null;
}

/** An edge is visible unless it says none/nil (or has no value at all). */
export function bordersVisible(borders: XmlElement | null): boolean | null {
  if (!borders) return null;
  const edges = elements(borders).filter((e) => e.ns === "w");
  if (edges.length === 0) return null;
  return edges.some((e) => {
    const v = (e.attrs.val ?? "").toLowerCase();
    return v !== "" && v !== "none" && v !== "nil";
  });
}

/**
 * Paragraph, character and table styles with their inheritance (w:basedOn), for the properties
 * that change what a paragraph says: list numbering, hidden text, alignment (to find the
 * centred title of a plan) and table borders (to tell the borderless head from a data table).
 */
export class Styles {
  private readonly byId = new Map<string, StyleDef>();
  private defaultParagraph: string | null = null;
  private defaultTable: string | null = null;

  constructor(root: XmlElement | null) {
    if (!root) return;
    for (const s of elements(root)) {
      if (s.ns !== "w" || s.name !== "style") continue;
      const id = s.attrs.styleId;
      if (!id) continue;
      const type = s.attrs.type ?? "paragraph";
      const numPr = path(s, "pPr", "numPr");
      const ilvl = valOf(numPr, "ilvl");
      this.byId.set(id, {
        type,
        basedOn: valOf(s, "basedOn"),
        numId: valOf(numPr, "numId"),
        ilvl: ilvl === null ? null : toInt(ilvl),
        vanish: onOff(child(s, "rPr"), "vanish"),
        align: valOf(child(s, "pPr"), "jc"),
        borders: bordersVisible(path(s, "tblPr", "tblBorders")),
      });
      if (isDefault(s)) {
        if (type === "paragraph") this.defaultParagraph = id;
        if (type === "table") this.defaultTable = id;
      }
    }
  }

  /** The first value found up the basedOn chain (cycles and long chains are cut). */
  private lookup<K extends keyof StyleDef>(id: string | null, key: K, fallbackDefault: "paragraph" | "table" | null): StyleDef[K] | null {
    let cur = id ?? (fallbackDefault === "paragraph" ? this.defaultParagraph : fallbackDefault === "table" ? this.defaultTable : null);
    for (let i = 0; cur !== null && i < 32; i++) {
      const s = this.byId.get(cur);
      if (!s) return null;
      if (s[key] !== null) return s[key];
      cur = s.basedOn;
    }
    return null;
  }

  paragraphNumbering(styleId: string | null): { numId: string; ilvl: number | null } | null {
    const numId = this.lookup(styleId, "numId", "paragraph");
    if (numId === null) return null;
    return { numId, ilvl: this.lookup(styleId, "ilvl", "paragraph") };
  }

  /** Hidden text set by a paragraph or character style. */
  vanish(styleId: string | null, kind: "paragraph" | "character"): boolean | null {
    return this.lookup(styleId, "vanish", kind === "paragraph" ? "paragraph" : null);
  }

  align(styleId: string | null): string | null {
    return this.lookup(styleId, "align", "paragraph");
  }

  tableBorders(styleId: string | null): boolean | null {
    return this.lookup(styleId, "borders", "table");
  }

  /** The numbering a w:numStyleLink points to: the numId of that numbering style. */
  numberingStyle(styleId: string): string | null {
    return this.lookup(styleId, "numId", null);
  }
}

function isDefault(s: XmlElement): boolean {
  const v = (s.attrs.default ?? "").toLowerCase();
  return v === "1" || v === "true" || v === "on";
}

function toInt(s: string): number | null {
  const n = Number.parseInt(s, 10);
  return Number.isFinite(n) ? n : null;
}
