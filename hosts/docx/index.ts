/**
 * The .docx host for Node and the browser (the CLI, the Excel task pane's Word chunk): unzips
 * with JSZip under the core's limits and hands the parts to the core's reader.
 */
export { readDocxBytes } from "./read";
export { decodeXml } from "./decode";
