/**
 * npm run corpus:docx — the Word version of every plan of the corpus (tests/corpus/plans/*.json)
 * as tests/corpus/docs/<id>.docx, written with the `docx` library the way real plans print:
 *
 *   - the head: a borderless two-column table (issuer lines | national motto; number line |
 *     place and date line), then the title lines, centred;
 *   - for each table: a page break, its title lines (centred), and the table with real merges:
 *     w:gridSpan for a cell merged to the right ("<"), w:vMerge restart/continue for a cell
 *     merged down ("^"), each "\n" of a cell a paragraph of its own.
 *
 * The output is byte-stable (fixed dates inside the package), so regenerating an unchanged plan
 * changes no file. Usage: npm run corpus:docx [-- --plans DIR --out DIR]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageBreak,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from "docx";
import JSZip from "jszip";
import { tableGrid } from "../tests/corpus/grid";
import { CorpusPlanSchema, type CorpusPlan, type CorpusTable } from "../tests/corpus/schema";

const MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"];
const FONT = "Times New Roman";
/** A4 landscape, less margins, in twips: the width appendix tables are laid out on. */
const TABLE_WIDTH = 14_000;

const run = (text: string, style: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text, font: FONT, size: 26, ...style });

function lines(text: string, style: { bold?: boolean; italics?: boolean; center?: boolean } = {}): Paragraph[] {
  return text.split("\n").map((line) => new Paragraph({ children: line === "" ? [] : [run(line, style)], alignment: style.center ? AlignmentType.CENTER : undefined }));
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

/** Issuer | motto, number | place and date: the head every administrative document prints. */
function head(plan: CorpusPlan): Table {
  const h = plan.document.head;
  const cell = (paragraphs: Paragraph[]) => new TableCell({ children: paragraphs, width: { size: 50, type: WidthType.PERCENTAGE } });
  return new Table({
    borders: NO_BORDERS,
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: [TABLE_WIDTH * 0.4, TABLE_WIDTH * 0.6],
    rows: [
      new TableRow({
        children: [
          cell(h.issuerLines.flatMap((l, i) => lines(l, { bold: i > 0 || h.issuerLines.length === 1, center: true }))),
          cell(MOTTO.flatMap((l) => lines(l, { bold: true, center: true }))),
        ],
      }),
      new TableRow({ children: [cell(lines(h.numberLine, { center: true })), cell(lines(h.placeDateLine, { italics: true, center: true }))] }),
    ],
  });
}

/**
 * A corpus table as Word writes it: one w:tc per merged box and row, the box's text in its
 * first row, w:vMerge continue cells (empty) below.
 */
export function wordTable(table: CorpusTable): Table {
  const { cells, merges } = tableGrid(table.rows);
  const width = cells[0]?.length ?? 1;
  const boxOf = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  for (const m of merges) for (let r = m.top; r <= m.bottom; r++) boxOf.set(`${r}:${m.left}`, m);
  const covered = (r: number, c: number) => merges.some((m) => r >= m.top && r <= m.bottom && c > m.left && c <= m.right);
  const rows = cells.map((row, r) => {
    const children: TableCell[] = [];
    for (let c = 0; c < width; c++) {
      if (covered(r, c)) continue;
      const box = boxOf.get(`${r}:${c}`);
      const span = box ? box.right - box.left + 1 : 1;
      const vertical = box && box.bottom > box.top ? (box.top === r ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE) : undefined;
      const text = box && box.top !== r ? "" : row[c];
      children.push(new TableCell({ children: lines(text), columnSpan: span > 1 ? span : undefined, verticalMerge: vertical }));
    }
    return new TableRow({ children, tableHeader: r === 0 });
  });
  return new Table({ rows, width: { size: TABLE_WIDTH, type: WidthType.DXA }, columnWidths: Array(width).fill(Math.floor(TABLE_WIDTH / width)) });
}

/** The plan's Word document, byte for byte the same each time for the same plan. */
export async function corpusDocument(plan: CorpusPlan): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [head(plan), new Paragraph({ children: [] })];
  for (const line of plan.document.head.titleLines) children.push(...lines(line, { bold: true, center: true }));
  for (const table of plan.tables) {
    children.push(new Paragraph({ children: [new PageBreak()] }));
    for (const line of table.titleLines) children.push(...lines(line, { bold: true, center: true }));
    children.push(new Paragraph({ children: [] }), wordTable(table), new Paragraph({ children: [] }));
  }
  const document = new Document({
    creator: "Chỉ Tiêu corpus",
    title: plan.document.title,
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
  const bytes = await Packer.toBuffer(document);
  // Stable bytes: the package's own dates are the plan's date, not the time of the build.
  const zip = await JSZip.loadAsync(bytes);
  const when = new Date(`${plan.document.issuedOn}T00:00:00Z`);
  const core = zip.file("docProps/core.xml");
  if (core) {
    const xml = (await core.async("string")).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, `$1${when.toISOString().replace(/\.\d+Z$/, "Z")}`);
    zip.file("docProps/core.xml", xml);
  }
  for (const f of Object.values(zip.files)) f.date = when;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

export function readCorpusPlan(file: string): CorpusPlan {
  return CorpusPlanSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}

async function main(): Promise<void> {
  const root = path.resolve(__dirname, "..");
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(name);
    return path.resolve(i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback);
  };
  const plans = arg("--plans", path.join(root, "tests/corpus/plans"));
  const out = arg("--out", path.join(root, "tests/corpus/docs"));
  const files = fs.existsSync(plans) ? fs.readdirSync(plans).filter((f) => f.endsWith(".json")).sort() : [];
  if (files.length === 0) {
    console.log(`No plan in ${path.relative(process.cwd(), plans) || plans}`);
    return;
  }
  fs.mkdirSync(out, { recursive: true });
  let changed = 0;
  for (const f of files) {
    const plan = readCorpusPlan(path.join(plans, f));
    const bytes = await corpusDocument(plan);
    const target = path.join(out, `${plan.id}.docx`);
    const same = fs.existsSync(target) && Buffer.compare(fs.readFileSync(target), Buffer.from(bytes)) === 0;
    if (!same) {
      fs.writeFileSync(target, bytes);
      changed++;
    }
    console.log(`${same ? "unchanged" : "written  "} ${path.relative(process.cwd(), target)} (${plan.tables.length} tables)`);
  }
  console.log(`${files.length} documents, ${changed} written`);
}

// Run as a script (scripts/run-ts.cjs puts the entry in argv[1]), not when a test imports it.
if (path.resolve(process.argv[1] ?? "") === __filename) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}
