import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IBorderOptions,
} from "docx";
import type { Align, ReportBlock, ReportDocument, ReportParagraph, ReportRun, ReportSection, ReportTable } from "../../core/report";

/**
 * The annual report written with the `docx` library (the CLI and the Excel task pane; Apps Script
 * uses hosts/wordml, see there why). Every text goes into a plain run: nothing an agency typed can
 * become a field, a hyperlink or markup.
 */
const TWIP_PER_MM = 1440 / 25.4;
const twip = (mm: number): number => Math.round(mm * TWIP_PER_MM);
const half = (pt: number): number => Math.round(pt * 2);

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 };

function runs(r: ReportRun, font: string, size: number): TextRun[] {
  // "\n" inside a text is a line break within the paragraph.
  return r.text.split("\n").map(
    (part, i) =>
      new TextRun({
        text: part,
        break: i > 0 ? 1 : undefined,
        bold: r.bold,
        italics: r.italic,
        underline: r.underline ? {} : undefined,
        highlight: r.highlight ? "yellow" : undefined,
        font: { ascii: font, hAnsi: font, cs: font, eastAsia: font },
        size: half(size),
      }),
  );
}

function paragraph(p: ReportParagraph, font: string): Paragraph {
  return new Paragraph({
    alignment: ALIGN[p.align],
    keepNext: p.keepNext,
    indent: {
      ...(p.firstLineMm !== undefined ? { firstLine: twip(p.firstLineMm) } : {}),
      ...(p.leftMm !== undefined ? { left: twip(p.leftMm) } : {}),
      ...(p.rightMm !== undefined ? { right: twip(p.rightMm) } : {}),
    },
    spacing: { before: Math.round((p.before ?? 0) * 20), after: Math.round((p.after ?? 0) * 20) },
    border: p.borderBottom ? { bottom: LINE } : undefined,
    children: p.runs.flatMap((r) => runs(r, font, p.size)),
  });
}

function table(t: ReportTable, font: string): Table {
  const widths = t.widthsMm.map(twip);
  const borders = t.borders
    ? { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE }
    : TableBorders.NONE;
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    rows: t.rows.map((row) => {
      let col = 0;
      return new TableRow({
        tableHeader: row.header === true,
        // A row stays on one page (a cut row reads as two).
        cantSplit: true,
        children: row.cells.map((c) => {
          const span = c.span ?? 1;
          const width = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          return new TableCell({
            columnSpan: span > 1 ? span : undefined,
            width: { size: width, type: WidthType.DXA },
            shading: c.shade ? { fill: c.shade.slice(1), type: ShadingType.CLEAR, color: "auto" } : undefined,
            margins: { left: twip(1.5), right: twip(1.5) },
            children: c.paragraphs.length > 0 ? c.paragraphs.map((p) => paragraph(p, font)) : [new Paragraph({})],
          });
        }),
      });
    }),
  });
}

function blocks(list: readonly ReportBlock[], font: string): (Paragraph | Table)[] {
  return list.map((b) => (b.kind === "paragraph" ? paragraph(b, font) : table(b, font)));
}

function section(doc: ReportDocument, s: ReportSection) {
  const m = doc.marginsMm;
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font: doc.font, size: half(doc.size) })],
  });
  return {
    properties: {
      // docx swaps width and height itself for a landscape section.
      page: {
        size: { width: twip(doc.paper.widthMm), height: twip(doc.paper.heightMm), orientation: s.orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: twip(m.top), bottom: twip(m.bottom), left: twip(m.left), right: twip(m.right), header: twip(m.header), footer: twip(m.footer) },
        pageNumbers: { start: 1 },
      },
      titlePage: s.pageNumbers,
    },
    headers: s.pageNumbers ? { default: new Header({ children: [pageNumber] }), first: new Header({ children: [new Paragraph({})] }) } : undefined,
    children: blocks(s.blocks, doc.font),
  };
}

/** The report as .docx bytes. */
export async function reportToDocx(doc: ReportDocument): Promise<Uint8Array> {
  const file = new Document({
    creator: "Chỉ Tiêu",
    title: doc.title,
    styles: {
      default: {
        document: {
          run: { font: { ascii: doc.font, hAnsi: doc.font, cs: doc.font, eastAsia: doc.font }, size: half(doc.size) },
        },
      },
    },
    sections: doc.sections.map((s) => section(doc, s)),
  });
  return Packer.pack(file, "uint8array");
}
