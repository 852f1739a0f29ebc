import type { DocBlock, DocParagraph } from "../grid";
import { hexAttr, intAttr } from "./attrs";
import type { NoteSink } from "./notes";
import type { Numbering } from "./numbering";
import type { Styles } from "./styles";
import { symbolChar } from "./symbols";
import { readTable, tableRows, rowCells } from "./table";
import { child, elements, onOff, textOf, valOf, type XmlElement } from "./xml";

type Align = DocParagraph["align"];

/** A paragraph as read: its pieces between page breaks, and the text boxes it anchors. */
interface ReadParagraph {
  segments: { text: string; pageBreakBefore: boolean }[];
  align: Align;
  pageBreakBefore: boolean;
  boxes: DocBlock[];
  /** A section break (other than "continuous") ends with this paragraph. */
  sectionBreakAfter: boolean;
}

function alignOf(jc: string | null): Align | null {
  switch (jc) {
    case null:
      return null;
    case "center":
      return "center";
    case "right":
    case "end":
      return "right";
    case "both":
    case "distribute":
    case "mediumKashida":
    case "highKashida":
    case "lowKashida":
    case "thaiDistribute":
      return "justify";
    default:
      return "left";
  }
}

/** Wrappers whose children are read as if they stood in their place. */
const TRANSPARENT = new Set(["hyperlink", "smartTag", "customXml", "ins", "moveTo", "dir", "bdo", "fldSimple"]);
/** Tracked deletions and moves away: not in the document as it reads with changes accepted. */
const DELETED = new Set(["del", "moveFrom"]);

/**
 * Reads WordprocessingML block content (the body, a table cell, a text box) into blocks and
 * text. One reader per document: list counters and fields run across paragraphs and cells in
 * reading order, as Word numbers and evaluates them.
 */
export class BodyReader {
  /** Open complex fields (w:fldChar begin … separate … end): "code" until the separator, then "result". */
  private readonly fields: ("code" | "result")[] = [];

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly notes: NoteSink,
  ) {}

  /** Block-level content in reading order. */
  blocks(container: XmlElement): DocBlock[] {
    const out: DocBlock[] = [];
    let pendingBreak = false;
    const visit = (el: XmlElement): void => {
      for (const c of elements(el)) {
        if (c.ns === "mc" && c.name === "AlternateContent") {
          const branch = alternative(c);
          if (branch) visit(branch);
          continue;
        }
        if (c.ns !== "w") continue;
        if (c.name === "p") {
          const p = this.paragraph(c, false);
          p.segments.forEach((s, i) => {
            out.push({
              kind: "paragraph",
              text: s.text,
              align: p.align,
              pageBreakBefore: (i === 0 && (pendingBreak || p.pageBreakBefore)) || s.pageBreakBefore,
            });
          });
          pendingBreak = p.sectionBreakAfter;
          for (const b of p.boxes) out.push(b);
        } else if (c.name === "tbl") {
          if (this.isFrame(c)) {
            this.notes.add("frameTable");
            for (const row of tableRows(c)) for (const cell of rowCells(row)) visit(cell);
            continue;
          }
          const t = readTable(c, this, this.styles, this.notes);
          out.push({ kind: "table", ...t, pageBreakBefore: pendingBreak });
          pendingBreak = false;
        } else if (c.name === "sdt") {
          if (isPlaceholder(c)) this.notes.add("placeholder");
          else {
            const content = child(c, "sdtContent");
            if (content) visit(content);
          }
        } else if (TRANSPARENT.has(c.name)) visit(c);
        else if (DELETED.has(c.name)) this.notes.add("trackedDeletion");
      }
    };
    visit(container);
    return out;
  }

  /** A table cell's text: its paragraphs (and any nested table, row by row) joined with "\n". */
  cellText(tc: XmlElement): string {
    return this.lines(tc).join("\n");
  }

  private lines(container: XmlElement): string[] {
    const out: string[] = [];
    const visit = (el: XmlElement): void => {
      for (const c of elements(el)) {
        if (c.ns === "mc" && c.name === "AlternateContent") {
          const branch = alternative(c);
          if (branch) visit(branch);
          continue;
        }
        if (c.ns !== "w") continue;
        if (c.name === "p") {
          const p = this.paragraph(c, true);
          out.push(p.segments.map((s) => s.text).join("\n"));
          for (const b of p.boxes) out.push(...blockLines(b));
        } else if (c.name === "tbl") {
          // A table inside a cell: one line per row, its cells separated by tabs (what Word's
          // "Convert table to text" gives), so the cell keeps every word of it.
          this.notes.add("nestedTable");
          const t = readTable(c, this, this.styles, this.notes);
          out.push(...blockLines({ kind: "table", ...t, pageBreakBefore: false }));
        } else if (c.name === "sdt") {
          if (isPlaceholder(c)) this.notes.add("placeholder");
          else {
            const content = child(c, "sdtContent");
            if (content) visit(content);
          }
        } else if (TRANSPARENT.has(c.name)) visit(c);
        else if (DELETED.has(c.name)) this.notes.add("trackedDeletion");
      }
    };
    visit(container);
    return out;
  }

  /**
   * A one-column table that holds other tables is a frame drawn around content (some documents
   * put a whole appendix in one): its content is read as blocks, not squeezed into one cell.
   */
  private isFrame(tbl: XmlElement): boolean {
    let nested = false;
    for (const row of tableRows(tbl)) {
      const cells = rowCells(row);
      const trPr = child(row, "trPr");
      if (cells.length > 1 || (intAttr(valOf(trPr, "gridBefore"), 0, 1000) ?? 0) > 0 || (intAttr(valOf(trPr, "gridAfter"), 0, 1000) ?? 0) > 0) return false;
      if (cells.some(hasTable)) nested = true;
    }
    return nested;
  }

  private paragraph(p: XmlElement, inCell: boolean): ReadParagraph {
    const pPr = child(p, "pPr");
    const styleId = valOf(pPr, "pStyle");
    const align = alignOf(valOf(pPr, "jc")) ?? alignOf(this.styles.align(styleId)) ?? "left";
    const sectPr = child(pPr, "sectPr");
    const sectType = valOf(sectPr, "type");
    const out: ReadParagraph = {
      segments: [],
      align,
      pageBreakBefore: onOff(pPr, "pageBreakBefore") ?? false,
      boxes: [],
      sectionBreakAfter: sectPr !== null && sectType !== "continuous",
    };
    let text = "";
    let breakBefore = false;
    const paragraphHidden = this.styles.vanish(styleId, "paragraph");
    const emit = (s: string) => {
      if (this.fields.every((f) => f === "result")) text += s;
    };
    const pageBreak = () => {
      if (inCell) return emit("\n");
      out.segments.push({ text, pageBreakBefore: breakBefore });
      text = "";
      breakBefore = true;
    };

    const run = (r: XmlElement): void => {
      const rPr = child(r, "rPr");
      const hidden = onOff(rPr, "vanish") ?? this.styles.vanish(valOf(rPr, "rStyle"), "character") ?? paragraphHidden ?? false;
      for (const c of elements(r)) {
        if (c.ns === "mc" && c.name === "AlternateContent") {
          const branch = alternative(c);
          if (branch) run(branch);
          continue;
        }
        if (c.ns !== "w") continue;
        switch (c.name) {
          case "t":
            if (hidden) {
              if (textOf(c) !== "") this.notes.add("hiddenText");
            } else emit(textOf(c));
            break;
          case "fldChar": {
            const type = c.attrs.fldCharType;
            if (type === "begin") this.fields.push("code");
            else if (type === "separate" && this.fields.length > 0) this.fields[this.fields.length - 1] = "result";
            else if (type === "end") this.fields.pop();
            break;
          }
          case "tab":
          case "ptab":
            if (!hidden) emit("\t");
            break;
          case "br":
            if (hidden) break;
            if (c.attrs.type === "page") pageBreak();
            else emit("\n");
            break;
          case "cr":
            if (!hidden) emit("\n");
            break;
          case "noBreakHyphen":
            if (!hidden) emit("-");
            break;
          case "sym": {
            if (hidden) break;
            const code = hexAttr(c.attrs.char);
            if (code === null) break;
            const mapped = symbolChar(c.attrs.font ?? "", code);
            if (mapped === null) this.notes.add("unknownSymbol");
            emit(mapped ?? String.fromCodePoint(code));
            break;
          }
          case "drawing":
          case "pict":
          case "object":
            for (const box of textBoxes(c)) {
              this.notes.add("textBox");
              out.boxes.push(...this.blocks(box));
            }
            break;
          case "footnoteReference":
          case "endnoteReference":
            this.notes.add("footnote");
            break;
          default:
            break;
        }
      }
    };

    const inline = (el: XmlElement): void => {
      for (const c of elements(el)) {
        if (c.ns === "m" && (c.name === "oMath" || c.name === "oMathPara")) {
          emit(textOf(c));
          continue;
        }
        if (c.ns === "mc" && c.name === "AlternateContent") {
          const branch = alternative(c);
          if (branch) inline(branch);
          continue;
        }
        if (c.ns !== "w") continue;
        if (c.name === "r") run(c);
        else if (c.name === "sdt") {
          if (isPlaceholder(c)) this.notes.add("placeholder");
          else {
            const content = child(c, "sdtContent");
            if (content) inline(content);
          }
        } else if (TRANSPARENT.has(c.name)) inline(c);
        else if (DELETED.has(c.name)) {
          if (textOf(c) !== "" || elements(c).length > 0) this.notes.add("trackedDeletion");
        }
      }
    };
    inline(p);
    out.segments.push({ text, pageBreakBefore: breakBefore });

    const label = this.listLabel(pPr, styleId);
    if (label) {
      const first = out.segments[0];
      first.text = first.text === "" ? label.label : `${label.label}${label.suffix}${first.text}`;
    }
    return out;
  }

  /** The list number of a paragraph (direct w:numPr, or its style's), or null. */
  private listLabel(pPr: XmlElement | null, styleId: string | null): { label: string; suffix: string } | null {
    const numPr = child(pPr, "numPr");
    const fromStyle = this.styles.paragraphNumbering(styleId);
    const numId = valOf(numPr, "numId") ?? fromStyle?.numId ?? null;
    if (numId === null || numId === "0") return null;
    const ilvl = intAttr(valOf(numPr, "ilvl"), 0, 8) ?? fromStyle?.ilvl ?? 0;
    const label = this.numbering.next(numId, Math.max(0, Math.min(8, ilvl)));
    if (label === null) {
      this.notes.add("numberingLost");
      return null;
    }
    return label.label === "" ? null : label;
  }
}

/** The branch of an mc:AlternateContent to read: the first choice (Word writes the modern form there). */
function alternative(ac: XmlElement): XmlElement | null {
  const kids = elements(ac).filter((e) => e.ns === "mc");
  return kids.find((e) => e.name === "Choice") ?? kids.find((e) => e.name === "Fallback") ?? null;
}

/** A content control still showing its placeholder ("Click here to enter text"): no content. */
function isPlaceholder(sdt: XmlElement): boolean {
  return onOff(child(sdt, "sdtPr"), "showingPlcHdr") === true;
}

/** The outermost w:txbxContent elements under a drawing (nested ones are read by their box). */
function textBoxes(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement) => {
    for (const c of elements(e)) {
      if (c.ns === "w" && c.name === "txbxContent") out.push(c);
      else if (c.ns === "mc" && c.name === "AlternateContent") {
        const branch = alternative(c);
        if (branch) visit(branch);
      } else visit(c);
    }
  };
  visit(el);
  return out;
}

function hasTable(el: XmlElement): boolean {
  for (const c of elements(el)) {
    if (c.ns === "w" && c.name === "tbl") return true;
    if (c.ns === "w" && (c.name === "sdt" || c.name === "sdtContent" || c.name === "customXml") && hasTable(c)) return true;
  }
  return false;
}

/** A block as lines of text: a paragraph's lines; a table's rows, cells separated by tabs. */
function blockLines(b: DocBlock): string[] {
  if (b.kind === "paragraph") return [b.text];
  return b.grid.map((row) => row.map((cell) => cell.replace(/\s*\n\s*/g, " ")).join("\t").replace(/\t+$/, ""));
}
