/**
 * A small WordprocessingML writer for the annual report, for Apps Script: the package's parts as
 * text, zipped by the host (`Utilities.zip`). The CLI and the task pane use hosts/report instead.
 */
export { reportParts, DOCX_MIME } from "./parts";
export type { PackagePart } from "./parts";
