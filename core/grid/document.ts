import { z } from "zod";
import type { MergedRange } from "./cell";

/**
 * A word-processing document as the core reads it: its blocks in reading order, each a paragraph
 * or a table. A table is the grid a Word → spreadsheet paste gives (the text of a merged cell in
 * its top-left cell, the other cells of the range empty) with its merged ranges, 0-based within
 * the table. Text keeps what was printed: "\n" between the paragraphs and line breaks of a cell,
 * "\t" for a tab.
 */
export interface DocParagraph {
  kind: "paragraph";
  text: string;
  /** Horizontal alignment as the document states it (left when it says nothing). */
  align: "left" | "center" | "right" | "justify";
  /** A page (or next-page section) break comes before this paragraph. */
  pageBreakBefore: boolean;
}

export interface DocTable {
  kind: "table";
  grid: string[][];
  merges: MergedRange[];
  /** No visible border on the table or its cells: a layout table (the head of a plan), not a data table. */
  borderless: boolean;
  pageBreakBefore: boolean;
}

export type DocBlock = DocParagraph | DocTable;

export interface DocumentModel {
  blocks: DocBlock[];
}

const MergedRangeSchema = z
  .object({ top: z.number().int().min(0), left: z.number().int().min(0), bottom: z.number().int().min(0), right: z.number().int().min(0) })
  .refine((m) => m.bottom >= m.top && m.right >= m.left, "a merged range ends before it starts");

/** For a document model that crossed a boundary (a worker, a stored file): the same shape, checked. */
export const DocumentModelSchema = z.object({
  blocks: z.array(
    z.discriminatedUnion("kind", [
      z.object({
        kind: z.literal("paragraph"),
        text: z.string(),
        align: z.enum(["left", "center", "right", "justify"]),
        pageBreakBefore: z.boolean(),
      }),
      z.object({
        kind: z.literal("table"),
        grid: z.array(z.array(z.string())),
        merges: z.array(MergedRangeSchema),
        borderless: z.boolean(),
        pageBreakBefore: z.boolean(),
      }),
    ]),
  ),
});
