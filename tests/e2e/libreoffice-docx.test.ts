import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { recognizeDocument, recognizeSheet } from "../../core/recognize";
import { pastedSheet } from "../corpus/grid";
import { CORPUS_SETS, expectedWord, extracted, readDocument, readPlan } from "../corpus/word";
import { run } from "../cli/helpers";

/**
 * The reader reads another producer's WordprocessingML: a corpus document saved again by
 * LibreOffice Writer (headless, .docx to .docx) still gives the head lines, the tables with their
 * merged ranges, and the same plan as the pasted grid. CI installs libreoffice-writer; without it
 * this suite is skipped on a developer machine and fails in CI.
 */
const soffice = ["soffice", "libreoffice"].find((bin) => spawnSync("which", [bin]).status === 0);
const describeIf = soffice || process.env.CI ? describe : describe.skip;

describeIf("a corpus document saved by LibreOffice Writer", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chitieu-lo-docx-"));
  const fixture = CORPUS_SETS.find((s) => s.label === "fixture")!;
  const plan = readPlan(path.join(fixture.plans, "dong-thap-328-2024-excerpt.json"));
  const original = path.join(fixture.docs, `${plan.id}.docx`);
  const converted = path.join(dir, "out", `${plan.id}.docx`);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    if (!soffice) throw new Error("LibreOffice (soffice) is not installed: apt-get install -y libreoffice-writer");
    execFileSync(
      soffice,
      [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", path.join(dir, "out"), original],
      { stdio: "pipe", timeout: 120_000 },
    );
  }, 180_000);

  it("is another producer's XML, and reads to the same head, tables and merges", async () => {
    expect(fs.existsSync(converted)).toBe(true);
    expect(fs.readFileSync(converted).equals(fs.readFileSync(original))).toBe(false);
    expect(extracted(await readDocument(converted))).toEqual(expectedWord(plan));
  });

  it("gives the same recognised tables as the pasted grid and as the original document", async () => {
    const strip = (t: { findings: unknown[]; rows: unknown[]; indicators: unknown[]; tasks: unknown[]; areas: unknown[]; sections: unknown[]; kind: string }) => ({
      kind: t.kind,
      areas: t.areas,
      sections: t.sections,
      indicators: t.indicators,
      tasks: t.tasks,
      findings: t.findings.length,
    });
    const lo = recognizeDocument(await readDocument(converted), { sheet: plan.id }).tables.map(strip);
    const word = recognizeDocument(await readDocument(original), { sheet: plan.id }).tables.map(strip);
    const pasted = plan.tables.flatMap((t) => {
      const p = pastedSheet(t);
      return recognizeSheet(p.grid, p.merges, { sheet: plan.id }).tables;
    });
    expect(lo).toEqual(word);
    expect(lo).toEqual(pasted.map(strip));
  });

  it("imports with chitieu import, and -o writes the tracking workbook", async () => {
    const out = path.join(dir, "theo-doi.xlsx");
    const r = await run(["import", converted, "--json", "-o", out]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { indicators: unknown[]; tasks: unknown[]; headLines: string[] };
    expect(json.indicators.length).toBeGreaterThan(0);
    expect(json.tasks.length).toBeGreaterThan(0);
    expect(json.headLines).toContain("Số: 328/KH-UBND");
    expect(fs.existsSync(out)).toBe(true);
  });
});
