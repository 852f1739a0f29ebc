/**
 * The annual report ("Báo cáo kết quả thực hiện Kế hoạch … năm Y") as a writer-neutral document
 * in the layout of Nghị định 30/2020/NĐ-CP, built from the status and summary jobs' outcome.
 * Hosts render it with their writer (hosts/report: the docx library; hosts/wordml: Apps Script).
 */
export { buildReport, reportText } from "./build";
export type { ReportInput } from "./input";
export { A4, MARGINS_MM, REPORT_FONT, BODY_PT, TABLE_PT, textWidthMm } from "./model";
export type {
  Align,
  ReportRun,
  ReportParagraph,
  ReportCell,
  ReportRow,
  ReportTable,
  ReportBlock,
  ReportSection,
  ReportDocument,
} from "./model";
export { cleanText } from "./text";
export { partiesOf as reportParties } from "./parties";
export type { Parties as ReportParties } from "./parties";
