import { msg, type Lang } from "../i18n";
import type { HexColour } from "../patch";
import type { ConflictData } from "./conflicts-sheet";
import { displayValue } from "./row-structure";

/** The fill of a master cell with an open conflict (orange: neither a finding's red nor a warning's yellow). */
export const CONFLICT_FILL: HexColour = "#F9CB9C";

/** Our conflict lines in a cell note, in either language; the rest of the note is kept as it is. */
const LINE = /^⚠ (?:Xung đột|Conflict) #(\d+):/;

const shown = (v: ConflictData["value"], lang: Lang) => (v === null ? msg("share.change.empty")[lang] : displayValue(v));

/** "⚠ Xung đột #3: Sở Y tế gửi «1,60» (khi chia gói: «1,62»; gói lập 2027-11-01 08:00). …" */
export function conflictLine(d: ConflictData, lang: Lang): string {
  return msg("share.mark.line", {
    id: d.id,
    agency: d.agencyName,
    value: shown(d.value, lang),
    base: shown(d.base, lang),
    master: shown(d.master, lang),
    createdAt: d.createdAt,
  })[lang];
}

/** The note with conflict lines `remove` taken out and `add` appended; null when nothing is left. */
export function noteWithConflicts(note: string | null, add: readonly string[], remove: ReadonlySet<number> = new Set()): string | null {
  const kept = (note ?? "")
    .split("\n")
    .filter((line) => {
      const m = LINE.exec(line);
      return m === null || !remove.has(Number(m[1]));
    })
    .filter((line) => !add.includes(line));
  const text = [...kept, ...add].join("\n").replace(/^\s+|\s+$/g, "");
  return text === "" ? null : text;
}

/** Conflict numbers still marked in a note. */
export function conflictIdsIn(note: string | null): number[] {
  const out: number[] = [];
  for (const line of (note ?? "").split("\n")) {
    const m = LINE.exec(line);
    if (m) out.push(Number(m[1]));
  }
  return out;
}
