import { msg, type Lang } from "../i18n";
import { indicatorAppendix, taskAppendix } from "./appendix";
import { bodyBlocks } from "./body";
import { headBlocks } from "./head";
import type { ReportInput } from "./input";
import { A4, BODY_PT, MARGINS_MM, REPORT_FONT, SMALL_PT, textWidthMm, type ReportBlock, type ReportDocument } from "./model";
import { partiesOf, type Parties } from "./parties";
import { para } from "./text";

const SIGN_LEFT_MM = 75;

/**
 * Receiving list and signature block (Nghị định 30, Phụ lục I, ô 7–9): a borderless table, the
 * "Nơi nhận" list on the left (to complete), authority, position and name of the signatory on the
 * right, left for the department to fill in (highlighted).
 */
function closingBlocks(lang: Lang): ReportBlock[] {
  const right = textWidthMm("portrait") - SIGN_LEFT_MM;
  return [
    {
      kind: "table",
      widthsMm: [SIGN_LEFT_MM, right],
      borders: false,
      rows: [
        {
          cells: [
            {
              paragraphs: [
                para(msg("report.recipients.title")[lang], { size: 12, bold: true, italic: true, before: 12 }),
                para(msg("report.recipients.above")[lang], { size: SMALL_PT }),
                para(msg("report.recipients.more")[lang], { size: SMALL_PT }),
                para(msg("report.recipients.archive")[lang], { size: SMALL_PT }),
              ],
            },
            {
              paragraphs: [
                para(msg("report.signature.position")[lang], { align: "center", bold: true, highlight: true, before: 12 }),
                para(msg("report.signature.sign")[lang], { align: "center", italic: true, after: 60 }),
                para(msg("report.signature.name")[lang], { align: "center", bold: true, highlight: true }),
              ],
            },
          ],
        },
      ],
    },
  ];
}

function fileNameOf(input: ReportInput, lang: Lang): string {
  const plan = input.plan.number.replace(/[^0-9A-Za-z]+/g, "-").replace(/^-+|-+$/g, "") || input.plan.id;
  return msg("report.fileName", { plan, year: input.asOf })[lang];
}

/**
 * The annual report of a plan for the reporting year, as a writer-neutral document: the body in
 * an A4 portrait section (head block, title, addressee, sections I–III, receiving list and
 * signature), then Phụ lục I (indicators) and Phụ lục II (tasks) each in its own A4 landscape
 * section. Built from the outcome of the status and summary jobs; nothing is judged here.
 */
export function buildReport(input: ReportInput): ReportDocument {
  const lang = input.lang;
  const parties: Parties = partiesOf(input, lang);
  const sections: ReportDocument["sections"] = [
    { orientation: "portrait", pageNumbers: true, blocks: [...headBlocks(input, parties, lang), ...bodyBlocks(input, parties, lang), ...closingBlocks(lang)] },
  ];
  if (input.plan.indicators.length > 0) sections.push({ orientation: "landscape", pageNumbers: true, blocks: indicatorAppendix(input, parties, lang) });
  if (input.plan.tasks.length > 0) sections.push({ orientation: "landscape", pageNumbers: true, blocks: taskAppendix(input, parties, lang) });
  return {
    lang,
    title: msg("report.docTitle", { number: input.plan.number, year: input.asOf })[lang],
    fileName: fileNameOf(input, lang),
    font: REPORT_FONT,
    size: BODY_PT,
    paper: { ...A4 },
    marginsMm: { ...MARGINS_MM },
    sections,
  };
}

/** Every paragraph of the document as plain text lines, tables row by row (cells joined by " | "). */
export function reportText(doc: ReportDocument): string[] {
  const lines: string[] = [];
  const text = (runs: readonly { text: string }[]) => runs.map((r) => r.text).join("");
  const walk = (blocks: readonly ReportBlock[]) => {
    for (const b of blocks) {
      if (b.kind === "paragraph") lines.push(text(b.runs));
      else for (const row of b.rows) lines.push(row.cells.map((c) => c.paragraphs.map((p) => text(p.runs)).join("\n")).join(" | "));
    }
  };
  for (const s of doc.sections) walk(s.blocks);
  return lines;
}
