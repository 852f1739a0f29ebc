export { recognizeSheet, recognizeTables, recognizeTable } from "./recognize";
export { planFromRecognized } from "./plan";
export { inferDirection } from "./direction";
export type { DirectionBasis } from "./direction";
export { matchHeaderWord, headerKey } from "./header-words";
export type { HeaderWord } from "./header-words";
export type {
  ColumnRole,
  ColumnMapping,
  RowKind,
  InheritedField,
  Inheritance,
  RecognizedRow,
  RecognizedTable,
  RecognizedSheet,
  RecognizeOptions,
  PlanMeta,
} from "./types";
export { documentSheet, documentHead, recognizeDocument } from "./document";
export type { DocumentSheet, DocumentPlace, DocumentSegment, RecognizedDocument } from "./document";
export { readIdentity, missingIdentity, withIdentity, planIdOf, readDate, sentenceCase, EMPTY_IDENTITY, IDENTITY_FIELDS } from "./identity";
export type { PlanIdentity, IdentityField } from "./identity";
