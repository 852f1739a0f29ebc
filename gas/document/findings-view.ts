import { z } from "zod";
import { a1 } from "../../core/patch";
import type { WorkbookMeta } from "../../core/layout";
import { FindingSchema, MessageSchema, type Finding } from "../../core/model";

/** A finding as the sidebar shows it: where to click, how bad, what and how to fix. */
export const FindingViewSchema = z.object({
  sheet: z.string(),
  /** 1-based, as Apps Script counts. */
  row: z.number().int().min(1),
  col: z.number().int().min(1),
  a1: z.string(),
  severity: FindingSchema.shape.severity,
  code: z.string(),
  message: MessageSchema,
  suggestion: MessageSchema.nullable(),
});

export type FindingView = z.infer<typeof FindingViewSchema>;

/** Findings placed on cells (a key the layout lacks points at the row's first column). */
export function findingViews(meta: WorkbookMeta, findings: readonly Finding[]): FindingView[] {
  const layouts = [meta.indicatorLayout, meta.taskLayout];
  return findings.map((f) => {
    const layout = layouts.find((l) => l.sheet === f.sheet);
    const cols = layout?.columns ?? [];
    const col = cols.find((c) => c.key === f.column)?.col ?? Math.min(...cols.map((c) => c.col), 0);
    const row = Math.max(f.row, 0);
    return {
      sheet: f.sheet,
      row: row + 1,
      col: col + 1,
      a1: a1({ row, col, rows: 1, cols: 1 }),
      severity: f.severity,
      code: f.code,
      message: { code: f.message.code, vi: f.message.vi, en: f.message.en },
      suggestion: f.suggestion ? { code: f.suggestion.code, vi: f.suggestion.vi, en: f.suggestion.en } : null,
    };
  });
}
