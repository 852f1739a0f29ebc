/**
 * The three-way decision for one reporting cell, on value identities (`valueKey`: null for
 * empty). base: what the package held when it left the master (or what the master last took
 * from it); sent: what it holds now; master: what the master holds now. Pure: every rule of the
 * merge about a single cell is here, and nothing else is.
 */
export interface CellState {
  base: string | null;
  sent: string | null;
  master: string | null;
  /** May this package write this cell, by the master's own assignment and layout? */
  access: "write" | "readOnlyRow" | "noColumn";
  /** The package cell holds a formula with no computed value (it reads as empty, but is not). */
  uncomputed: boolean;
  /** The package cell holds a spreadsheet error (#DIV/0!, #REF!...). */
  errorValue: boolean;
}

export type CellVerdict =
  /** The package left the cell as it was: nothing to do. */
  | { kind: "same" }
  /** The package left it, the master changed it since: the master's newer value stands. */
  | { kind: "masterNewer" }
  /** Only the package changed it: its value is taken. */
  | { kind: "take" }
  /** Both changed it to the same value: nothing to write. */
  | { kind: "agree" }
  /** Both changed it, differently: a conflict, the master's value stays. */
  | { kind: "conflict" }
  /** Changed, but not something the master accepts as a value: held back and returned. */
  | { kind: "held"; reason: "readOnly" | "noColumn" | "uncomputed" | "errorValue" };

export function classifyCell(s: CellState): CellVerdict {
  if (s.uncomputed) return { kind: "held", reason: "uncomputed" };
  if (s.sent === s.base) return s.master === s.base ? { kind: "same" } : { kind: "masterNewer" };
  if (s.access === "readOnlyRow") return { kind: "held", reason: "readOnly" };
  if (s.access === "noColumn") return { kind: "held", reason: "noColumn" };
  if (s.errorValue) return { kind: "held", reason: "errorValue" };
  if (s.master === s.base) return { kind: "take" };
  if (s.master === s.sent) return { kind: "agree" };
  return { kind: "conflict" };
}

/** Spreadsheet error values as Sheets, Excel and the xlsx reader hand them over. */
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|ERROR!)$/;

export const isErrorValue = (value: unknown): boolean => typeof value === "string" && ERROR_VALUE.test(value.trim());
