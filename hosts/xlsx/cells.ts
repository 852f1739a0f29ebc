import type ExcelJS from "exceljs";
import type { Cell } from "../../core/grid";

/** An ExcelJS cell value as a core cell: rich text flattened, formulas by their cached result. */
export function toCoreCell(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && result !== null && "error" in result) return null;
      return toCoreCell(result as ExcelJS.CellValue);
    }
    if ("text" in value && typeof (value as { text: unknown }).text === "string") return (value as { text: string }).text;
    if ("error" in value) return null;
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
