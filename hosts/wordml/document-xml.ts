import type { ReportBlock, ReportDocument, ReportParagraph, ReportRun, ReportSection, ReportTable } from "../../core/report";

/**
 * word/document.xml of the annual report, written as text. Only runs of escaped text carry what
 * agencies typed (w:t, w:br, w:tab): no field, hyperlink or markup can come from their cells. The
 * one field is ours, the page number in the header part.
 */
export const HEADER_PAGE_ID = "rIdHeaderPage";
export const HEADER_EMPTY_ID = "rIdHeaderEmpty";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TWIP_PER_MM = 1440 / 25.4;
const twip = (mm: number): number => Math.round(mm * TWIP_PER_MM);
const JC = { left: "left", center: "center", right: "right", justify: "both" } as const;

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function runXml(r: ReportRun, font: string, size: number): string {
  const f = escapeXml(font);
  const props =
    `<w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:cs="${f}" w:eastAsia="${f}"/>` +
    (r.bold ? "<w:b/><w:bCs/>" : "") +
    (r.italic ? "<w:i/><w:iCs/>" : "") +
    (r.underline ? `<w:u w:val="single"/>` : "") +
    (r.highlight ? `<w:highlight w:val="yellow"/>` : "") +
    `<w:sz w:val="${Math.round(size * 2)}"/><w:szCs w:val="${Math.round(size * 2)}"/></w:rPr>`;
  const content = r.text
    .split("\n")
    .map((line, i) => (i > 0 ? "<w:br/>" : "") + line.split("\t").map((part) => `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`).join("<w:tab/>"))
    .join("");
  return `<w:r>${props}${content}</w:r>`;
}

function paragraphXml(p: ReportParagraph, font: string, sectPr = ""): string {
  const ind =
    p.firstLineMm !== undefined || p.leftMm !== undefined || p.rightMm !== undefined
      ? `<w:ind${p.leftMm !== undefined ? ` w:left="${twip(p.leftMm)}"` : ""}${p.rightMm !== undefined ? ` w:right="${twip(p.rightMm)}"` : ""}${p.firstLineMm !== undefined ? ` w:firstLine="${twip(p.firstLineMm)}"` : ""}/>`
      : "";
  const props =
    `<w:pPr>${p.keepNext ? "<w:keepNext/>" : ""}` +
    (p.borderBottom ? `<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>` : "") +
    `<w:spacing w:before="${Math.round((p.before ?? 0) * 20)}" w:after="${Math.round((p.after ?? 0) * 20)}"/>` +
    ind +
    `<w:jc w:val="${JC[p.align]}"/>` +
    // The paragraph mark takes the size of its text (an empty rule line stays thin).
    `<w:rPr><w:sz w:val="${Math.round(p.size * 2)}"/><w:szCs w:val="${Math.round(p.size * 2)}"/></w:rPr>` +
    `${sectPr}</w:pPr>`;
  return `<w:p>${props}${p.runs.map((r) => runXml(r, font, p.size)).join("")}</w:p>`;
}

function tableXml(t: ReportTable, font: string): string {
  const widths = t.widthsMm.map(twip);
  const line = `w:val="single" w:sz="6" w:space="0" w:color="000000"`;
  const none = `w:val="nil"`;
  const b = t.borders ? line : none;
  const borders = `<w:tblBorders><w:top ${b}/><w:left ${b}/><w:bottom ${b}/><w:right ${b}/><w:insideH ${b}/><w:insideV ${b}/></w:tblBorders>`;
  const props =
    `<w:tblPr><w:tblW w:w="${widths.reduce((a, c) => a + c, 0)}" w:type="dxa"/>${borders}<w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="${twip(1.5)}" w:type="dxa"/><w:right w:w="${twip(1.5)}" w:type="dxa"/></w:tblCellMar></w:tblPr>`;
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
  const rows = t.rows
    .map((row) => {
      let col = 0;
      const cells = row.cells
        .map((c) => {
          const span = c.span ?? 1;
          const width = widths.slice(col, col + span).reduce((a, w) => a + w, 0);
          col += span;
          const tcPr =
            `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}` +
            (c.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shade.slice(1).toUpperCase()}"/>` : "") +
            `</w:tcPr>`;
          // A cell must end with a paragraph.
          const body = c.paragraphs.length > 0 ? c.paragraphs.map((p) => paragraphXml(p, font)).join("") : "<w:p/>";
          return `<w:tc>${tcPr}${body}</w:tc>`;
        })
        .join("");
      const trPr = `<w:trPr><w:cantSplit/>${row.header ? "<w:tblHeader/>" : ""}</w:trPr>`;
      return `<w:tr>${trPr}${cells}</w:tr>`;
    })
    .join("");
  return `<w:tbl>${props}${grid}${rows}</w:tbl>`;
}

function blockXml(b: ReportBlock, font: string): string {
  return b.kind === "paragraph" ? paragraphXml(b, font) : tableXml(b, font);
}

function sectPrXml(doc: ReportDocument, s: ReportSection): string {
  const portrait = { w: twip(doc.paper.widthMm), h: twip(doc.paper.heightMm) };
  const size = s.orientation === "landscape" ? `<w:pgSz w:w="${portrait.h}" w:h="${portrait.w}" w:orient="landscape"/>` : `<w:pgSz w:w="${portrait.w}" w:h="${portrait.h}"/>`;
  const m = doc.marginsMm;
  const headers = s.pageNumbers ? `<w:headerReference w:type="default" r:id="${HEADER_PAGE_ID}"/><w:headerReference w:type="first" r:id="${HEADER_EMPTY_ID}"/>` : "";
  return (
    `<w:sectPr>${headers}${size}` +
    `<w:pgMar w:top="${twip(m.top)}" w:right="${twip(m.right)}" w:bottom="${twip(m.bottom)}" w:left="${twip(m.left)}" w:header="${twip(m.header)}" w:footer="${twip(m.footer)}" w:gutter="0"/>` +
    `<w:pgNumType w:start="1"/>${s.pageNumbers ? "<w:titlePg/>" : ""}</w:sectPr>`
  );
}

/** The main document part. Each section but the last ends with an empty paragraph carrying its properties. */
export function documentXml(doc: ReportDocument): string {
  const body = doc.sections
    .map((s, i) => {
      const content = s.blocks.map((b) => blockXml(b, doc.font)).join("");
      const last = i === doc.sections.length - 1;
      return last ? content + sectPrXml(doc, s) : content + `<w:p><w:pPr>${sectPrXml(doc, s)}</w:pPr></w:p>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}</w:body></w:document>`;
}

/** A header holding the page number, centred; or an empty one (the first page of a section). */
export function headerXml(doc: ReportDocument, withPageNumber: boolean): string {
  const f = escapeXml(doc.font);
  const size = Math.round(doc.size * 2);
  const field = withPageNumber
    ? `<w:fldSimple w:instr=" PAGE "><w:r><w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:cs="${f}"/><w:sz w:val="${size}"/></w:rPr><w:t>1</w:t></w:r></w:fldSimple>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${field}</w:p></w:hdr>`;
}
