import { msg, type Lang } from "../i18n";
import { formatDay } from "../summary";
import { HEAD_PT, BODY_PT, textWidthMm, type ReportBlock, type ReportParagraph } from "./model";
import type { Parties } from "./parties";
import type { ReportInput } from "./input";
import { para, run, upper } from "./text";

/** Widths of the head block's two columns (issuing body | national motto), millimetres. */
const LEFT_MM = 68;

/** A short centred line under a heading: `lineMm` long inside a column `widthMm` wide. */
function rule(widthMm: number, lineMm: number): ReportParagraph {
  const side = Math.max(0, Math.round(((widthMm - lineMm) / 2) * 10) / 10);
  return para("", { align: "center", size: 4, leftMm: side, rightMm: side, borderBottom: true, after: 6 });
}

/** The reporter's name as the head prints it: upper case, or the choice left to the department. */
function reporterHead(parties: Parties, lang: Lang): ReportParagraph {
  if (parties.reporter !== null) return para(upper(parties.reporter), { align: "center", size: HEAD_PT, bold: true });
  const text =
    parties.candidates.length > 0
      ? msg("report.head.reporterToChoose", { names: parties.candidates.map(upper).join(" / ") })[lang]
      : msg("report.head.reporterUnknown")[lang];
  return para(text, { align: "center", size: HEAD_PT, bold: true, highlight: true });
}

/**
 * The head of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I, ô 1–4): a
 * borderless two-column table, the issuing body and its number on the left, the national name and
 * motto with the place and date on the right; then the type and subject, and the addressee.
 */
export function headBlocks(input: ReportInput, parties: Parties, lang: Lang): ReportBlock[] {
  const rightMm = textWidthMm("portrait") - LEFT_MM;
  const left: ReportParagraph[] = [];
  if (parties.parent !== null) left.push(para(upper(parties.parent), { align: "center", size: HEAD_PT }));
  left.push(reporterHead(parties, lang), rule(LEFT_MM, 24), para(msg("report.head.number")[lang], { align: "center", size: HEAD_PT }));
  const nation = msg("report.head.nation")[lang];
  const motto = msg("report.head.motto")[lang];
  const right: ReportParagraph[] = [
    para(nation, { align: "center", size: 12, bold: true }),
    para(motto, { align: "center", size: HEAD_PT, bold: true }),
    // The line under the motto is as long as the motto (about 2.2 mm a character at 13 pt bold).
    rule(rightMm, Math.min(rightMm, Math.round([...motto].length * 2.2))),
    para(msg("report.head.placeDate", { place: parties.place, year: Number(input.today.slice(0, 4)) || input.asOf })[lang], {
      align: "center",
      size: BODY_PT,
      italic: true,
    }),
  ];
  const issuer = parties.issuer ?? msg("report.head.issuerUnknown")[lang];
  const subject = msg("report.subject", {
    number: input.plan.number,
    date: formatDay(input.plan.issuedOn, lang),
    issuer,
    year: input.asOf,
  })[lang];
  const recipient = parties.issuer === null ? [run(msg("report.recipient", { recipient: issuer })[lang], { highlight: true })] : msg("report.recipient", { recipient: issuer })[lang];
  return [
    { kind: "table", widthsMm: [LEFT_MM, rightMm], borders: false, rows: [{ cells: [{ paragraphs: left }, { paragraphs: right }] }] },
    para(msg("report.title")[lang], { align: "center", size: BODY_PT, bold: true, before: 18 }),
    para(subject, { align: "center", size: BODY_PT, bold: true }),
    rule(textWidthMm("portrait"), 40),
    para(recipient, { align: "center", size: BODY_PT, before: 6, after: 12 }),
  ];
}
