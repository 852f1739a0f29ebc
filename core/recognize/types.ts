import type { AgencyRegistry, Area, Finding, Indicator, Section, Task } from "../model";
import type { ReferenceKind } from "./header-words";
import type { PlanIdentity } from "./identity";

/** What a column of a pasted appendix table holds. Extra columns are kept as "ignored". */
export type ColumnRole =
  | "code"
  | "name"
  | "unit"
  | "target"
  /** A value that is not a target: "Thực hiện 2020", "Năm gốc", "ƯTH năm 2025". */
  | "reference"
  | "lead"
  | "partners"
  /** One "Đơn vị thực hiện" column naming every body: the one marked "chủ trì" (else the first) leads. */
  | "assignment"
  | "timeframe"
  | "approvalLevel"
  | "expectedOutput"
  | "ignored";

export interface ColumnMapping {
  col: number;
  role: ColumnRole;
  /** Year of a target or reference column, null otherwise (or when the header names no year). */
  year: number | null;
  /** What a reference column holds. */
  ref?: ReferenceKind;
  /** Header text as found (the most specific header cell over the column). */
  header: string;
}

export type RowKind =
  | "header"
  | "repeatedHeader"
  | "area"
  | "section"
  | "subarea"
  | "indicator"
  | "subrow"
  | "task"
  | "blank"
  /** "Trong đó:", "Bao gồm:": introduces the rows under it, holds nothing. */
  | "note"
  | "unreadable";

/** Fields whose blank or merged cells mean "same as above". */
export type InheritedField = "lead" | "partners" | "timeframe";

/** Where an inherited value came from: a merged cell or a blank "same as above" cell. */
export interface Inheritance {
  fromRow: number;
  via: "merge" | "blank";
}

export interface RecognizedRow {
  row: number;
  kind: RowKind;
  id: string | null;
  /** Present when a lead/partners/timeframe value was taken from a row above (the model has no field for it). */
  inherited?: Partial<Record<InheritedField, Inheritance>>;
}

export interface RecognizedTable {
  kind: "indicators" | "tasks";
  /** 0-based grid rows of the header (1 or 2). */
  headerRows: number[];
  /** Data rows span (lastRow < firstRow when the table has no data rows). */
  firstRow: number;
  lastRow: number;
  columns: ColumnMapping[];
  milestoneYears: number[];
  /** Indicator tables: group rows. */
  areas: Area[];
  /** Task tables: sections (I, II) and sub-areas (1 under VI). */
  sections: Section[];
  /** In table order: indicators and their sub-rows. */
  indicators: Indicator[];
  tasks: Task[];
  rows: RecognizedRow[];
  /** Every row that could not be read and why, plus target/agency/timeframe parse problems. */
  findings: Finding[];
}

export interface RecognizeOptions {
  /** Sheet name written into findings. */
  sheet?: string;
  /** Agency registry for matching lead/partner cells (default: the built-in registry). */
  registry?: AgencyRegistry;
  /** Reserved for callers that track which plan a sheet belongs to; not used for ids. */
  planId?: string;
}

/** Result of scanning a whole sheet: the tables and the findings that belong to no table. */
export interface RecognizedSheet {
  tables: RecognizedTable[];
  /** What the title lines say about the plan ("(Kèm theo Kế hoạch số ... ngày ... của ...)"). */
  identity: PlanIdentity;
  /** Header-like rows that could not start a table (no name column). */
  findings: Finding[];
}

export interface PlanMeta {
  id: string;
  number?: string;
  issuer?: string;
  province?: string;
  title?: string;
  issuedOn?: string;
}
