/**
 * Writes WordprocessingML by hand for the reader's tests: a document.xml around body content,
 * paragraphs, runs and tables with gridSpan / vMerge / gridBefore / gridAfter.
 */
import JSZip from "jszip";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Runs for a line of text: tabs become w:tab, the rest w:t with space preserved. */
export function runs(text: string, rPr = ""): string {
  return text
    .split("\t")
    .map((part, i) => `${i > 0 ? `<w:r>${rPr}<w:tab/></w:r>` : ""}${part === "" ? "" : `<w:r>${rPr}<w:t xml:space="preserve">${esc(part)}</w:t></w:r>`}`)
    .join("");
}

export function p(text: string, pPr = ""): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${runs(text)}</w:p>`;
}

/** A cell's paragraphs: one per "\n"-separated line. */
export function paragraphs(text: string): string {
  return text.split("\n").map((line) => p(line)).join("");
}

export function doc(body: string, extraNs = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W_NS}"${extraNs}><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
  text: string;
}

/**
 * A table whose cells are the given rectangles (a partition of rows × cols), written as Word
 * does: a w:tc per rectangle per row, w:gridSpan for its width, w:vMerge restart/continue for
 * its height. Rows may start/end with `before`/`after` grid columns that have no cell.
 */
export function table(rows: number, cols: number, rects: Rect[], opts: { before?: number[]; after?: number[]; borders?: boolean } = {}): string {
  const grid = `<w:tblGrid>${"<w:gridCol/>".repeat(cols)}</w:tblGrid>`;
  const borders = opts.borders === false ? "" : '<w:tblBorders><w:top w:val="single"/><w:insideH w:val="single"/></w:tblBorders>';
  let xml = `<w:tbl><w:tblPr>${borders}</w:tblPr>${grid}`;
  for (let r = 0; r < rows; r++) {
    const before = opts.before?.[r] ?? 0;
    const after = opts.after?.[r] ?? 0;
    const trPr = before || after ? `<w:trPr>${before ? `<w:gridBefore w:val="${before}"/>` : ""}${after ? `<w:gridAfter w:val="${after}"/>` : ""}</w:trPr>` : "";
    xml += `<w:tr>${trPr}`;
    const here = rects.filter((x) => x.top <= r && x.bottom >= r).sort((a, b) => a.left - b.left);
    for (const x of here) {
      const span = x.right - x.left + 1;
      const vm = x.bottom > x.top ? (x.top === r ? '<w:vMerge w:val="restart"/>' : "<w:vMerge/>") : "";
      const tcPr = span > 1 || vm ? `<w:tcPr>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ""}${vm}</w:tcPr>` : "";
      xml += `<w:tc>${tcPr}${x.top === r ? paragraphs(x.text) : "<w:p/>"}</w:tc>`;
    }
    xml += "</w:tr>";
  }
  return `${xml}</w:tbl>`;
}

/** A .docx package around the parts given (document.xml and friends), with the usual relationships. */
export async function pack(parts: { document: string; numbering?: string; styles?: string }, extra: Record<string, string | Uint8Array> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const rels = [
    parts.numbering ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' : "",
    parts.styles ? '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' : "",
  ].join("");
  zip.file("word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`);
  zip.file("word/document.xml", parts.document);
  if (parts.numbering) zip.file("word/numbering.xml", parts.numbering);
  if (parts.styles) zip.file("word/styles.xml", parts.styles);
  for (const [name, data] of Object.entries(extra)) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
