import type { ReportDocument } from "../../core/report";
import { documentXml, escapeXml, HEADER_EMPTY_ID, HEADER_PAGE_ID, headerXml } from "./document-xml";

/**
 * The annual report as the parts of a .docx package (path and XML text), for a host that zips
 * them itself: Apps Script with `Utilities.zip`. Plain TypeScript, no Node, DOM or library:
 * the `docx` library needs TextEncoder and btoa, which Apps Script lacks (tests/hosts/wordml show
 * it), and would add its weight to every trigger the add-on runs.
 */
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface PackagePart {
  /** Path inside the package ("word/document.xml"). */
  path: string;
  contentType: string;
  xml: string;
}

const XML_DECL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function stylesXml(doc: ReportDocument): string {
  const f = escapeXml(doc.font);
  const size = Math.round(doc.size * 2);
  return (
    `${XML_DECL}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:cs="${f}" w:eastAsia="${f}"/>` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="${doc.lang === "vi" ? "vi-VN" : "en-GB"}"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
    `<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `</w:styles>`
  );
}

function coreXml(doc: ReportDocument): string {
  return (
    `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(doc.title)}</dc:title><dc:creator>Chỉ Tiêu</dc:creator><dc:language>${doc.lang === "vi" ? "vi-VN" : "en-GB"}</dc:language>` +
    `</cp:coreProperties>`
  );
}

/** Every part of the package, [Content_Types].xml first. */
export function reportParts(doc: ReportDocument): PackagePart[] {
  const parts: PackagePart[] = [
    {
      path: "_rels/.rels",
      contentType: "application/vnd.openxmlformats-package.relationships+xml",
      xml:
        `${XML_DECL}<Relationships xmlns="${PKG_RELS}">` +
        `<Relationship Id="rId1" Type="${OFFICE_RELS}/officeDocument" Target="word/document.xml"/>` +
        `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
        `</Relationships>`,
    },
    { path: "docProps/core.xml", contentType: "application/vnd.openxmlformats-package.core-properties+xml", xml: coreXml(doc) },
    { path: "word/document.xml", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", xml: documentXml(doc) },
    { path: "word/styles.xml", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml", xml: stylesXml(doc) },
    { path: "word/header1.xml", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml", xml: headerXml(doc, true) },
    { path: "word/header2.xml", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml", xml: headerXml(doc, false) },
    {
      path: "word/_rels/document.xml.rels",
      contentType: "application/vnd.openxmlformats-package.relationships+xml",
      xml:
        `${XML_DECL}<Relationships xmlns="${PKG_RELS}">` +
        `<Relationship Id="rIdStyles" Type="${OFFICE_RELS}/styles" Target="styles.xml"/>` +
        `<Relationship Id="${HEADER_PAGE_ID}" Type="${OFFICE_RELS}/header" Target="header1.xml"/>` +
        `<Relationship Id="${HEADER_EMPTY_ID}" Type="${OFFICE_RELS}/header" Target="header2.xml"/>` +
        `</Relationships>`,
    },
  ];
  const overrides = parts
    .filter((p) => !p.path.endsWith(".rels"))
    .map((p) => `<Override PartName="/${p.path}" ContentType="${p.contentType}"/>`)
    .join("");
  const types: PackagePart = {
    path: "[Content_Types].xml",
    contentType: "application/xml",
    xml:
      `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
  };
  return [types, ...parts];
}
