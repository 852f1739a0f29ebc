/**
 * Reading a plan's Word document (.docx): the package checked before anything is expanded
 * (limits, what the file really is), the parts it needs located through the relationships, and
 * WordprocessingML read into the core's document model. Pure: hosts unzip and decode the parts.
 */
export { readDocxParts } from "./read";
export type { DocxParts, DocxPartNames, DocxNote, DocxRead } from "./read";
export type { DocxNoteCode } from "./notes";
export {
  DOCX_LIMITS,
  DEFAULT_DOCUMENT,
  ROOT_RELS,
  openDocxPackage,
  checkedEntry,
  expandedPastDeclared,
  mainDocumentName,
  relationships,
  relsNameOf,
  formatBytes,
} from "./package";
export type { DocxPackage, DocxLimits } from "./package";
export { readZipDirectory, zipSubset, crc32 } from "./zip";
export type { ZipEntry, ZipDirectory } from "./zip";
export { formatNumber } from "./numbering";
