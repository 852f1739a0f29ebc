import { msg, type Lang } from "../i18n";
import type { Plan } from "../model";
import type { OpOf, PrintMargins, PrintTextPart } from "../patch";
import { formatDay } from "./format";

/** Margins of every printed sheet (mm): room for the footer line, narrow sides for wide tables. */
export const SHEET_MARGINS_MM: PrintMargins = { top: 15, bottom: 18, left: 12, right: 12, header: 7, footer: 8 };

/** A catalogue text with `{page}`, `{pages}`, `{sheet}` as print fields, the rest literal. */
function withFields(template: string): PrintTextPart[] {
  const parts: PrintTextPart[] = [];
  let last = 0;
  for (const m of template.matchAll(/\{(page|pages|sheet)\}/g)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ text: template.slice(last, at) });
    parts.push({ field: m[1] as "page" | "pages" | "sheet" });
    last = at + m[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/**
 * How a sheet of the tracking workbook prints: A4 landscape, one page wide and as many tall as
 * needed, `titleRows` repeated at the top of every page, the plan's number and date on the left
 * of the footer, the sheet's name and the page number on the right.
 */
export function sheetPrintSetup(
  sheet: string,
  plan: Pick<Plan, "number" | "issuedOn" | "province">,
  titleRows: { from: number; to: number } | null,
  lang: Lang,
): OpOf<"setPageSetup"> {
  const planLine = msg("report.print.plan", { number: plan.number, date: formatDay(plan.issuedOn, lang), province: plan.province })[lang];
  const page = msg("report.print.page", { sheet: "{sheet}", page: "{page}", pages: "{pages}" })[lang];
  return {
    op: "setPageSetup",
    sheet,
    paper: "A4",
    orientation: "landscape",
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { ...SHEET_MARGINS_MM },
    titleRows,
    footer: { left: [{ text: planLine }], right: withFields(page) },
    centerHorizontally: true,
  };
}
