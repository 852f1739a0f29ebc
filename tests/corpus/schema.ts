/**
 * The corpus of real appendix tables (issue #10): one JSON file per plan under `plans/`, written by
 * hand from the published document. Each table is transcribed as a Word → spreadsheet paste gives
 * it (title lines, one- or two-row merged header, merged group rows and agency/time cells), with
 * the rows a person reads in it (`expected`), never taken from our reader's output.
 */
import { z } from "zod";

/** A cell as transcribed: text ("\n" = a new paragraph or line break inside the cell), "" empty, "^" covered by a merge from above, "<" from the left. */
export const CorpusCellSchema = z.string();

/** How a person reads a timeframe cell. */
export const TimeframeReadingSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("annual") }), // Hằng năm
  z.object({ kind: z.literal("ongoing") }), // Thường xuyên (also "Thường xuyên, định kỳ ... báo cáo ...")
  z.object({ kind: z.literal("period"), from: z.number().int(), to: z.number().int() }), // Giai đoạn 2024-2030
  z.object({ kind: z.literal("years"), years: z.array(z.number().int()).min(1) }), // Năm 2025; 2025, 2026
  z.object({ kind: z.literal("month"), year: z.number().int(), month: z.number().int().min(1).max(12) }), // Tháng 12/2025
  z.object({ kind: z.literal("quarter"), year: z.number().int(), quarter: z.number().int().min(1).max(4) }), // Quý IV/2025
  z.object({ kind: z.literal("half"), year: z.number().int(), half: z.union([z.literal(1), z.literal(2)]) }), // 6 tháng đầu năm 2026
  z.object({ kind: z.literal("deadline"), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }), // Trước 30/6/2026 (the last day allowed)
  z.object({ kind: z.literal("annualFrom"), from: z.number().int() }), // Năm 2025 và hằng năm
  z.object({ kind: z.literal("recurring"), every: z.enum(["month", "quarter", "half", "year"]) }), // Định kỳ hằng quý
  z.object({ kind: z.literal("onOccurrence") }), // Khi có phát sinh, Theo yêu cầu
  z.object({ kind: z.literal("conditional") }), // Sau khi ... được ban hành
  z.object({ kind: z.literal("milestoneEvent") }), // Sơ kết, tổng kết
]);

/** Bodies named in an agency cell, one string each, as written (without role words such as "chủ trì"). */
const Bodies = z.array(z.string().min(1));

/** A value printed in a non-target column of an indicator table: "Thực hiện 2020", "Năm gốc", "ƯTH năm 2025". */
export const ReferenceValueSchema = z.object({
  kind: z.enum(["baseline", "estimate", "actual"]),
  year: z.number().int().nullable(),
  raw: z.string(),
});

const common = {
  /** 0-based index into the table's `rows` (the header starts at 0). */
  at: z.number().int().min(0),
  /** As printed ("I", "1.2", "a)", "-", ""), without trailing spaces. */
  code: z.string(),
};

export const ExpectedIndicatorRowSchema = z.discriminatedUnion("kind", [
  /** A group row; `level` 1 for the top level (A, I), 2 under it (I under A, 1 under I). */
  z.object({
    ...common,
    kind: z.literal("area"),
    name: z.string(),
    level: z.number().int().min(1).max(3).default(1),
    lead: Bodies.optional(),
    partners: Bodies.optional(),
  }),
  z.object({
    ...common,
    kind: z.enum(["indicator", "subrow"]),
    name: z.string(),
    unit: z.string(),
    /** Target per year, the cell text as printed ("≥ 95", "-", "Đạt chuẩn"); a year with an empty cell is left out. */
    targets: z.record(z.string().regex(/^\d{4}$/), z.string()),
    /** The target was read out of the indicator's own text ("... đạt 60%"), for the plan's end year. */
    targetFromText: z.boolean().optional(),
    references: z.array(ReferenceValueSchema).optional(),
    lead: Bodies,
    partners: Bodies,
  }),
]);

export const ExpectedTaskRowSchema = z.discriminatedUnion("kind", [
  z.object({ ...common, kind: z.literal("section"), name: z.string(), level: z.number().int().min(1).max(3).default(1) }),
  z.object({
    ...common,
    kind: z.literal("task"),
    text: z.string(),
    lead: Bodies,
    partners: Bodies,
    /** The timeframe cell as printed ("" when the table has no such column or the cell is empty). */
    timeframe: z.string(),
    timeframeReading: TimeframeReadingSchema.nullable(),
    /** "Kết quả / sản phẩm đầu ra" as printed, null when the table has no such column. */
    output: z.string().nullable(),
    /** "Cấp trình" as printed, null when the table has no such column. */
    approvalLevel: z.string().nullable(),
  }),
]);

export const CorpusTableSchema = z.object({
  /** Short label: "Phụ lục I", "Phụ lục 02". */
  name: z.string(),
  /** Lines printed above the table (appendix number, table title, "(Kèm theo ...)"), as printed. */
  titleLines: z.array(z.string()),
  /** The table, row by row, as many cells per row as the table has columns. */
  rows: z.array(z.array(CorpusCellSchema)).min(2),
  expected: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("indicators"), rows: z.array(ExpectedIndicatorRowSchema).min(1) }),
    z.object({ kind: z.literal("tasks"), rows: z.array(ExpectedTaskRowSchema).min(1) }),
  ]),
});

export const CorpusPlanSchema = z.object({
  /** kebab-case, e.g. "thanh-hoa-4216-2020". */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Where the text was taken from: a public repository file (repo, path, commit) and/or the portal address. */
  source: z.object({
    repo: z.string().optional(),
    path: z.string().optional(),
    commit: z.string().optional(),
    url: z.string().optional(),
    /** What had to be reconstructed (merges not visible in the source, a cut table...). */
    note: z.string().optional(),
  }),
  fields: z.array(z.enum(["health", "education", "labour", "social", "digital", "agriculture", "environment", "planning", "economy", "culture", "security", "administration", "science", "transport", "construction", "other"])).min(1),
  document: z.object({
    /** "Kế hoạch", "Quyết định", "Chương trình", "Nghị quyết". */
    type: z.string(),
    /** "4216/QĐ-UBND" as printed after "Số:". */
    number: z.string(),
    issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** The issuing body in full: "Ủy ban nhân dân tỉnh Thanh Hóa", "Thủ tướng Chính phủ", "Bộ Y tế". */
    issuer: z.string(),
    /** Province or city for a local body, null for a central one. */
    province: z.string().nullable(),
    /** The document's title as one line, in sentence case as a person would cite it. */
    title: z.string(),
    /** The head as printed, for the Word version of the document. */
    head: z.object({
      issuerLines: z.array(z.string()).min(1),
      numberLine: z.string(),
      placeDateLine: z.string(),
      titleLines: z.array(z.string()).min(1),
    }),
  }),
  tables: z.array(CorpusTableSchema).min(1),
});

export type CorpusPlan = z.infer<typeof CorpusPlanSchema>;
export type CorpusTable = z.infer<typeof CorpusTableSchema>;
export type ExpectedIndicatorRow = z.infer<typeof ExpectedIndicatorRowSchema>;
export type ExpectedTaskRow = z.infer<typeof ExpectedTaskRowSchema>;
export type TimeframeReading = z.infer<typeof TimeframeReadingSchema>;
