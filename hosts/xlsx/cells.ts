import type ExcelJS from "exceljs";
import type { Cell } from "../../core/grid";

/**
 * An ExcelJS cell value as a core cell: rich text flattened, formulas by their cached result, an
 * error value ("#DIV/0!") as its text, as Apps Script and the Office JavaScript API give it, so a
 * rule or the merge sees it instead of an empty cell. A formula with no cached result reads as
 * empty here; `sheetData` lists it apart (`uncomputed`).
 */
export function toCoreCell(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && result !== null && "error" in result) return errorText(result);
      return toCoreCell(result as ExcelJS.CellValue);
    }
    if ("text" in value && typeof (value as { text: unknown }).text === "string") return (value as { text: string }).text;
    if ("error" in value) return errorText(value);
  }
  return null;
}

/** Note text of a cell (ExcelJS keeps either a string or rich-text "texts"). */
export function noteText(note: ExcelJS.Comment | string | undefined): string | null {
  if (note === undefined || note === null) return null;
  if (typeof note === "string") return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join("") : null;
}

function errorText(value: object): Cell {
  const e = (value as { error?: unknown }).error;
  return typeof e === "string" && e.startsWith("#") ? e : null;
}

/** The formula of a formula cell that holds no cached result (a file written by a script), else null. */
export function uncomputedFormula(value: ExcelJS.CellValue | undefined): string | null {
  if (value === null || value === undefined || typeof value !== "object" || value instanceof Date) return null;
  if (!("formula" in value) && !("sharedFormula" in value)) return null;
  const result = (value as { result?: unknown }).result;
  if (result !== undefined && result !== null) return null;
  const f = (value as { formula?: string; sharedFormula?: string }).formula ?? (value as { sharedFormula?: string }).sharedFormula ?? "";
  return f.startsWith("=") ? f : `=${f}`;
}
