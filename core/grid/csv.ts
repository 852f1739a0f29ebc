import type { Grid } from "./cell";

/**
 * Delimited text (CSV, or Excel's tab-separated "Unicode text") to a grid of strings.
 * RFC 4180 quoting: a quoted field may hold delimiters, newlines and doubled quotes. Total: any
 * text gives a grid; an unterminated quote runs to the end of the text (nothing is dropped).
 */
export type Delimiter = "," | ";" | "\t";

/**
 * The delimiter, from the first lines outside quotes (a title line above the table has none):
 * tab first (Excel's "Unicode text"), then semicolon (vi-VN Excel, whose decimal mark is the
 * comma), then comma.
 */
export function detectDelimiter(text: string): Delimiter {
  let inQuotes = false;
  let lines = 0;
  const counts = { ",": 0, ";": 0, "\t": 0 };
  for (let i = 0; i < text.length && lines < 50; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && ch === "\n") lines++;
    else if (!inQuotes && (ch === "," || ch === ";" || ch === "\t")) counts[ch]++;
  }
  if (counts["\t"] > 0) return "\t";
  // A tie goes to ";": a vi-VN Excel writes it because the comma is the decimal mark.
  if (counts[";"] > 0 && counts[";"] >= counts[","]) return ";";
  return ",";
}

export function parseDelimited(input: string, delimiter: Delimiter = detectDelimiter(input)): Grid {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let fieldStarted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
    } else if (ch === delimiter) {
      row.push(field);
      field = "";
      fieldStarted = false;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      fieldStarted = false;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (fieldStarted || field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.map((r) => r.map((v) => (v === "" ? null : v.normalize("NFC"))));
}

/** Grid to CSV text (quotes where needed); the inverse of parseDelimited for string grids. */
export function formatDelimited(grid: ReadonlyArray<ReadonlyArray<string | null>>, delimiter: Delimiter = ","): string {
  const needsQuotes = new RegExp(`["\\r\\n${delimiter === "\t" ? "\\t" : delimiter}]`);
  return grid
    .map((row) =>
      row
        .map((v) => {
          const s = v ?? "";
          return needsQuotes.test(s) || (s === "" && row.length === 1) ? `"${s.replace(/"/g, '""')}"` : s;
        })
        .join(delimiter),
    )
    .join("\r\n");
}
