export { isEmptyCell, cellText } from "./cell";
export type { Cell, Grid, MergedRange } from "./cell";
export { parseDelimited, formatDelimited, detectDelimiter } from "./csv";
export type { Delimiter } from "./csv";
export { DocumentModelSchema } from "./document";
export type { DocBlock, DocParagraph, DocTable, DocumentModel } from "./document";
