import type { OpOf, PrintLine, PrintTextPart } from "./ops";

/** A4 in millimetres, portrait. */
export const A4_MM = { width: 210, height: 297 } as const;

const MM_PER_PX = 25.4 / 96;

/** Excel's limit on a header or footer, codes included. */
const EXCEL_HF_LIMIT = 255;

function encodePart(part: PrintTextPart): string {
  if ("field" in part) return part.field === "page" ? "&P" : part.field === "pages" ? "&N" : "&A";
  // "&" starts a code in Excel headers: a literal one is doubled; line ends are not allowed.
  return part.text.replace(/[\r\n]+/g, " ").replace(/&/g, "&&");
}

/**
 * A header or footer line in Excel's syntax, as its left, centre and right parts ("Kế hoạch
 * 328/KH-UBND", "", "Trang &P/&N"). Text is escaped, so a plan name with "&" prints as written;
 * long literal text is shortened with "…" so the whole line stays within Excel's 255 characters.
 */
export function excelHeaderFooterSections(line: PrintLine | undefined): [string, string, string] {
  if (!line) return ["", "", ""];
  const copy: PrintLine = JSON.parse(JSON.stringify(line)) as PrintLine;
  const encode = (parts: readonly PrintTextPart[] | undefined): string => (parts ?? []).map(encodePart).join("");
  const build = (): [string, string, string] => [encode(copy.left), encode(copy.center), encode(copy.right)];
  const length = (s: [string, string, string]): number => s.reduce((n, part) => n + (part ? part.length + 2 : 0), 0);
  let out = build();
  const texts = [copy.left, copy.center, copy.right].flatMap((parts) => (parts ?? []).filter((p): p is { text: string } => "text" in p));
  while (length(out) > EXCEL_HF_LIMIT && texts.length > 0) {
    const longest = texts.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    if (longest.text.length <= 1) break;
    const chars = [...longest.text.replace(/…$/, "")];
    longest.text = `${chars.slice(0, Math.max(1, chars.length - (length(out) - EXCEL_HF_LIMIT) - 1)).join("").trimEnd()}…`;
    out = build();
  }
  return out;
}

/** The same line as one string with its section codes ("&L…&C…&R…"), as .xlsx stores it. */
export function excelHeaderFooter(line: PrintLine | undefined): string {
  const [l, c, r] = excelHeaderFooterSections(line);
  return (l ? `&L${l}` : "") + (c ? `&C${c}` : "") + (r ? `&R${r}` : "");
}

/**
 * The height of one printed page in sheet pixels when a sheet `widthPx` wide is fitted to one page
 * wide: what a chart must stay under to print whole on a page.
 */
export function printedPageHeightPx(widthPx: number, setup: Pick<OpOf<"setPageSetup">, "orientation" | "margins">): number {
  const paperW = setup.orientation === "landscape" ? A4_MM.height : A4_MM.width;
  const paperH = setup.orientation === "landscape" ? A4_MM.width : A4_MM.height;
  const m = setup.margins;
  // Screen pixels at 96 dpi; fitting shrinks a wide sheet, never enlarges a narrow one.
  const printableW = (paperW - m.left - m.right) / MM_PER_PX;
  const printableH = (paperH - m.top - m.bottom) / MM_PER_PX;
  const scale = Math.min(1, printableW / Math.max(1, widthPx));
  return Math.floor(printableH / scale);
}
