import JSZip from "jszip";
import { columnLetter, quoteSheetName, type ChartSpec } from "../../core/patch";

/**
 * ExcelJS cannot write charts, so after it writes the workbook we add native DrawingML charts to
 * the package: one drawing per sheet, one chart part per ChartSpec, with cached values so every
 * reader (Excel, LibreOffice, viewers that do not recalculate) shows them.
 */
export type CellLookup = (sheet: string, row: number, col: number) => string | number | null;

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

const xml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function ref(sheet: string, row: number, col: number, rows = 1): string {
  const cell = (r: number) => `$${columnLetter(col)}$${r + 1}`;
  return `${quoteSheetName(sheet)}!${cell(row)}${rows > 1 ? `:${cell(row + rows - 1)}` : ""}`;
}

function strCache(values: (string | number | null)[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${xml(v === null ? "" : String(v))}</c:v></c:pt>`).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: (string | number | null)[]): string {
  const pts = values
    .map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

/** The chart part's XML for one spec, reading series and categories from the sheet. */
export function chartXml(sheet: string, spec: ChartSpec, cell: CellLookup): string {
  const { row, col, rows, cols } = spec.dataRange;
  const catRows = rows - 1;
  const categories = Array.from({ length: catRows }, (_, i) => cell(sheet, row + 1 + i, col));
  const series = Array.from({ length: cols - 1 }, (_, j) => {
    const c = col + 1 + j;
    const name = cell(sheet, row, c);
    const values = Array.from({ length: catRows }, (_, i) => cell(sheet, row + 1 + i, c));
    const colour = spec.seriesColors?.[j] ?? null;
    const fill = colour ? `<c:spPr><a:solidFill><a:srgbClr val="${colour.slice(1).toUpperCase()}"/></a:solidFill></c:spPr>` : "";
    return (
      `<c:ser><c:idx val="${j}"/><c:order val="${j}"/>` +
      `<c:tx><c:strRef><c:f>${xml(ref(sheet, row, c))}</c:f>${strCache([name])}</c:strRef></c:tx>` +
      (spec.kind === "pie" ? "" : fill) +
      (spec.kind === "pie" ? "" : `<c:invertIfNegative val="0"/>`) +
      `<c:cat><c:strRef><c:f>${xml(ref(sheet, row + 1, col, catRows))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
      `<c:val><c:numRef><c:f>${xml(ref(sheet, row + 1, c, catRows))}</c:f>${numCache(values)}</c:numRef></c:val>` +
      `</c:ser>`
    );
  }).join("");
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:t>${xml(spec.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  let plot: string;
  if (spec.kind === "pie") {
    plot = `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
  } else {
    const horizontal = spec.kind !== "column";
    const stacked = spec.kind === "stackedBar";
    plot =
      `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/>` +
      `<c:varyColors val="0"/>${series}<c:gapWidth val="60"/>${stacked ? `<c:overlap val="100"/>` : ""}` +
      `<c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>` +
      `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
      `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
      `<c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
      `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
      `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
      `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>` +
      `<c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  }
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

/** EMU per screen pixel (96 dpi). */
const EMU_PER_PX = 9525;

function anchorXml(spec: ChartSpec, index: number): string {
  // One cell anchors the top-left corner and the frame has its own size: the chart keeps its
  // width and height whatever the widths of the columns under it (a two-cell anchor would
  // stretch it over them).
  const from = `<xdr:col>${spec.anchor.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${spec.anchor.row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:oneCellAnchor><xdr:from>${from}</xdr:from>` +
    `<xdr:ext cx="${spec.width * EMU_PER_PX}" cy="${spec.height * EMU_PER_PX}"/>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${xml(spec.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="rId${index + 1}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`
  );
}

/** Paths of each sheet's XML part, by sheet name, from the workbook part and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const wbXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const relsXml = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const m of wbXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const rid = /r:id="([^"]+)"/.exec(m[0])?.[1];
    if (name !== undefined && rid && targets.has(rid)) parts.set(unxml(name), targets.get(rid) as string);
  }
  return parts;
}

const unxml = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

function nextFree(zip: JSZip, pattern: (n: number) => string, from = 1): number {
  let n = from;
  while (zip.file(pattern(n))) n++;
  return n;
}

/** Adds the charts to an .xlsx package written by ExcelJS. Sheets with charts must exist. */
export async function injectCharts(xlsx: Uint8Array, charts: Map<string, ChartSpec[]>, cell: CellLookup): Promise<Uint8Array> {
  if ([...charts.values()].every((list) => list.length === 0)) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  let contentTypes = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  let chartNo = nextFree(zip, (n) => `xl/charts/chart${n}.xml`);
  for (const [sheet, specs] of charts) {
    if (specs.length === 0) continue;
    const part = parts.get(sheet);
    if (!part) throw new Error(`charts: sheet "${sheet}" is not in the workbook`);
    let sheetXml = (await zip.file(part)?.async("string")) ?? "";
    if (/<drawing\b/.test(sheetXml)) throw new Error(`charts: sheet "${sheet}" already has a drawing`);
    const drawingNo = nextFree(zip, (n) => `xl/drawings/drawing${n}.xml`);
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const drawingRels: string[] = [];
    const anchors: string[] = [];
    specs.forEach((spec, i) => {
      const chartPath = `xl/charts/chart${chartNo}.xml`;
      zip.file(chartPath, chartXml(sheet, spec, cell));
      contentTypes = contentTypes.replace("</Types>", `<Override PartName="/${chartPath}" ContentType="${CT_CHART}"/></Types>`);
      drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="../charts/chart${chartNo}.xml"/>`);
      anchors.push(anchorXml(spec, i));
      chartNo++;
    });
    zip.file(
      drawingPath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors.join("")}</xdr:wsDr>`,
    );
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${drawingRels.join("")}</Relationships>`,
    );
    contentTypes = contentTypes.replace("</Types>", `<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/></Types>`);

    const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
    let rels =
      (await zip.file(relsPath)?.async("string")) ??
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const rid = `rIdChitieuDrawing${drawingNo}`;
    rels = rels.replace("</Relationships>", `<Relationship Id="${rid}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`);
    zip.file(relsPath, rels);
    // <drawing> goes before legacyDrawing / tableParts / extLst (schema order).
    const tag = `<drawing r:id="${rid}"/>`;
    if (!/xmlns:r=/.test(sheetXml.slice(0, 600))) {
      sheetXml = sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
    }
    const before = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(sheetXml);
    sheetXml = before
      ? `${sheetXml.slice(0, before.index)}${tag}${sheetXml.slice(before.index)}`
      : sheetXml.replace("</worksheet>", `${tag}</worksheet>`);
    zip.file(part, sheetXml);
  }
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Chart specs found in a package (for tests and for checking a round trip). */
export async function listChartTitles(xlsx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const titles: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort()) {
    const body = (await zip.file(name)?.async("string")) ?? "";
    const t = /<a:t>([^<]*)<\/a:t>/.exec(body);
    titles.push(t ? unxml(t[1]) : "");
  }
  return titles;
}
