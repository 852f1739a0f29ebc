/**
 * The plan's identity read from each corpus plan's head (as its Word document prints it) and from
 * its appendices' title lines (what a pasted sheet holds), against the document as transcribed.
 */
import * as fs from "fs";
import * as path from "path";
import { readIdentity } from "../../core/recognize";
import { foldKey } from "../../core/text";
import { CorpusPlanSchema, type CorpusPlan } from "./schema";

const DIR = path.join(__dirname, "plans");
const plans: CorpusPlan[] = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => CorpusPlanSchema.parse(JSON.parse(fs.readFileSync(path.join(DIR, f), "utf8"))));

const same = (a: string | null, b: string | null) => (a === null ? null : foldKey(a)) === (b === null ? null : foldKey(b));

describe.each(plans.map((p) => [p.id, p] as const))("%s", (_id, plan) => {
  const d = plan.document;
  it("from the document's head: number, date, issuer, province, type and title", () => {
    const h = d.head;
    const id = readIdentity([...h.issuerLines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", h.numberLine, h.placeDateLine, ...h.titleLines]);
    expect([id.number, id.issuedOn, id.province, id.type]).toEqual([d.number, d.issuedOn, d.province, d.type]);
    expect(same(id.issuer, d.issuer)).toBe(true);
    expect(same(id.title, d.title)).toBe(true);
  });

  it("from an appendix's title lines: what they say, and nothing they do not", () => {
    const lines = plan.tables[0].titleLines;
    const id = readIdentity(lines);
    const annex = lines.find((l) => /kèm theo/iu.test(l)) ?? "";
    const printsNumber = /số[:\s]*\d+\//iu.test(annex);
    expect(id.number).toBe(printsNumber ? d.number : null);
    expect(id.issuedOn).toBe(printsNumber ? d.issuedOn : null);
    // A title block never invents a title or passes an appendix heading off as the issuer.
    if (id.issuer !== null) expect(foldKey(d.issuer).startsWith(foldKey(id.issuer)) || same(id.issuer, d.issuer)).toBe(true);
  });
});
