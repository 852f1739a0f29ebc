import JSZip from "jszip";
import { reportText, type ReportDocument } from "../../../core/report";
import { reportToDocx } from "../../../hosts/report";
import { reportParts } from "../../../hosts/wordml";
import { sampleReport } from "../../core/report/sample";
import { docxParts, paragraphTexts } from "./docx-xml";

/** The same document with one agency's text made hostile: markup, a field code, a formula. */
function hostile(doc: ReportDocument): ReportDocument {
  const copy = JSON.parse(JSON.stringify(doc)) as ReportDocument;
  const table = copy.sections[2].blocks.find((b) => b.kind === "table")!;
  if (table.kind !== "table") throw new Error("no table");
  table.rows[2].cells[1].paragraphs[0].runs = [{ text: '<w:fldSimple w:instr="PAGE"/> { PAGE } =HYPERLINK("http://x") & "quoted"' }];
  return copy;
}

async function packageOf(writer: "docx" | "wordml", doc: ReportDocument): Promise<Map<string, string>> {
  if (writer === "docx") return docxParts(await reportToDocx(doc));
  const zip = new JSZip();
  for (const p of reportParts(doc)) zip.file(p.path, p.xml);
  return docxParts(await zip.generateAsync({ type: "uint8array" }));
}

describe.each(["docx", "wordml"] as const)("the %s writer", (writer) => {
  const { report } = sampleReport();
  let parts: Map<string, string>;
  let body: string;
  beforeAll(async () => {
    parts = await packageOf(writer, hostile(report));
    body = parts.get("word/document.xml")!;
  });

  test("A4 sections: the body portrait, both appendices landscape, margins as the model says", () => {
    const sizes = [...body.matchAll(/<w:pgSz\b[^>]*>/g)].map((m) => m[0]);
    expect(sizes).toHaveLength(3);
    expect(sizes[0]).toMatch(/w:w="11906"/);
    expect(sizes[0]).toMatch(/w:h="16838"/);
    for (const s of sizes.slice(1)) {
      expect(s).toMatch(/w:w="16838"/);
      expect(s).toMatch(/w:h="11906"/);
      expect(s).toMatch(/w:orient="landscape"/);
    }
    // Left margin 30 mm (1701 twips), right 15 mm (850), top/bottom 20 mm (1134).
    for (const m of body.matchAll(/<w:pgMar\b[^>]*>/g)) {
      expect(m[0]).toMatch(/w:left="170[01]"/);
      expect(m[0]).toMatch(/w:right="85[01]"/);
      expect(m[0]).toMatch(/w:top="1134"/);
    }
  });

  test("every run in Times New Roman; the to-fill parts highlighted; header rows repeat; rows stay whole", () => {
    const fonts = new Set([...body.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(["Times New Roman"]);
    expect(body).toMatch(/<w:highlight w:val="yellow"\/>/);
    expect((body.match(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(body).toMatch(/<w:cantSplit\/>|<w:cantSplit w:val="(true|1|on)"\/>/);
  });

  test("text an agency typed stays text: no field, no markup (the one field is the page number in the header)", () => {
    expect(body).not.toMatch(/<w:fldSimple|<w:instrText|<w:fldChar|<w:hyperlink/);
    expect(paragraphTexts(body)).toContain('<w:fldSimple w:instr="PAGE"/> { PAGE } =HYPERLINK("http://x") & "quoted"');
    const headers = [...parts.keys()].filter((k) => /^word\/header\d+\.xml$/.test(k)).map((k) => parts.get(k)!);
    expect(headers.some((h) => /PAGE/.test(h))).toBe(true);
  });

  test("well-formed XML holding every paragraph of the model, in order", () => {
    const texts = paragraphTexts(body).filter((t) => t !== "");
    const model = reportText(hostile(report))
      .flatMap((l) => l.split(" | "))
      .flatMap((l) => l.split("\n"))
      .filter((t) => t !== "");
    expect(texts.join("\n").split("\n").filter((t) => t !== "")).toEqual(model);
  });
});
