import { text, type Lang } from "../core/i18n";
import type { Finding, ParsedTarget, TargetItem } from "../core/model";
import { columnLetter } from "../core/patch";
import type { TrackingWorkbook } from "../core/workbook";

/** Plain-text table for the terminal; long cells are cut with "…". */
export function table(rows: string[][], maxWidths: number[] = []): string {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const cut = (s: string, max: number | undefined) => (max && [...s].length > max ? `${[...s].slice(0, max - 1).join("")}…` : s);
  const cells = rows.map((r) => Array.from({ length: width }, (_, c) => cut(r[c] ?? "", maxWidths[c])));
  const widths = Array.from({ length: width }, (_, c) => Math.max(...cells.map((r) => [...r[c]].length)));
  return cells
    .map((r, i) => {
      const line = r.map((v, c) => v + " ".repeat(widths[c] - [...v].length)).join("  ").trimEnd();
      return i === 0 ? `${line}\n${widths.map((w) => "─".repeat(w)).join("  ")}` : line;
    })
    .join("\n");
}

const SEVERITY: Record<Finding["severity"], { vi: string; en: string }> = {
  error: { vi: "lỗi", en: "error" },
  warning: { vi: "cảnh báo", en: "warning" },
  info: { vi: "lưu ý", en: "note" },
};

export const severityLabel = (s: Finding["severity"], lang: Lang): string => SEVERITY[s][lang];

/** "Chỉ tiêu!H12": where a finding is, as the user finds it in the spreadsheet. */
export function cellRef(finding: Finding, wb: TrackingWorkbook | null): string {
  const layout = wb
    ? [wb.meta.indicatorLayout, wb.meta.taskLayout].find((l) => l.sheet === finding.sheet && l.columns.some((c) => c.key === finding.column))
    : undefined;
  const col = layout?.columns.find((c) => c.key === finding.column)?.col;
  return `${finding.sheet}!${col === undefined ? "" : columnLetter(col)}${finding.row + 1}`;
}

export function findingLine(f: Finding, wb: TrackingWorkbook | null, lang: Lang, at: string = cellRef(f, wb)): string {
  const hint = f.suggestion ? ` → ${text(f.suggestion, lang)}` : "";
  return `${at} [${severityLabel(f.severity, lang)}] ${text(f.message, lang)}${hint}`;
}

/** A finding for --json: 1-based sheet row, column key, A1 cell when known. */
export function findingJson(f: Finding, wb: TrackingWorkbook | null, lang: Lang): Record<string, unknown> {
  return {
    sheet: f.sheet,
    row: f.row + 1,
    column: f.column,
    cell: cellRef(f, wb),
    severity: f.severity,
    code: f.code,
    message: text(f.message, lang),
    suggestion: f.suggestion ? text(f.suggestion, lang) : null,
  };
}

export function counts(findings: readonly Finding[]): Record<Finding["severity"], number> {
  const out = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/**
 * A parsed target as the CLI prints it (`parse-target`, and each target of `import --json`): the
 * documented fields first, messages in the chosen language.
 */
export function targetJson(t: ParsedTarget | TargetItem, lang: Lang): Record<string, unknown> {
  const say = (m: { vi: string; en: string } | null) => (m ? text(m, lang) : null);
  return {
    text: t.text,
    kind: t.kind,
    lo: t.lo,
    hi: t.hi,
    loInclusive: t.loInclusive,
    hiInclusive: t.hiInclusive,
    unit: t.unit,
    perYear: t.perYear,
    approx: t.approx,
    items: "items" in t && t.items ? t.items.map((i) => ({ label: i.label, ...targetJson(i, lang) })) : null,
    error: say(t.error),
    change: t.change,
    directionHint: t.directionHint,
    qualitative: t.qualitative,
    warnings: t.warnings.map((w) => text(w, lang)),
    suggestion: say(t.suggestion),
    steady: t.steady ?? false,
    currency: t.currency ?? null,
    per: t.per ?? null,
  };
}
