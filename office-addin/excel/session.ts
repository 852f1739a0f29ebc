import type { Lang } from "../../core/i18n";
import type { Finding } from "../../core/model";
import type { TrackingWorkbook } from "../../core/workbook";
import { AnnotationIndex } from "./annotations";
import type { Capabilities } from "./capabilities";
import { selfWrites, type SelfWrites } from "./self-writes";

/**
 * What the task pane keeps between actions: the host's capabilities, the note index, the UI
 * language, the opened workbook (so a live edit re-reads only its rows) and the findings shown.
 */
export interface Session {
  caps: Capabilities;
  notes: AnnotationIndex;
  lang: Lang;
  /** The host's clock, `Date.now()` (tests fix it): the core says what day it is in Viet Nam. */
  now: () => number;
  wb: TrackingWorkbook | null;
  /** Findings listed in the task pane, by sheet and row. */
  findings: Finding[];
  journal: SelfWrites;
  /** Request budget override (tests of the 5 MB chunking). */
  budget?: number;
}

export function createSession(caps: Capabilities, options: { lang?: Lang; now?: () => number; budget?: number } = {}): Session {
  return {
    caps,
    notes: AnnotationIndex.for(caps),
    lang: options.lang ?? "vi",
    now: options.now ?? (() => Date.now()),
    wb: null,
    findings: [],
    journal: selfWrites,
    budget: options.budget,
  };
}

/** Replaces the listed findings of some rows of a sheet (live edits) or of whole sheets. */
export function replaceFindings(session: Session, sheet: string, rows: readonly number[] | "all", found: readonly Finding[]): void {
  const wanted = rows === "all" ? null : new Set(rows);
  session.findings = [
    ...session.findings.filter((f) => f.sheet !== sheet || (wanted !== null && !wanted.has(f.row))),
    ...found.filter((f) => f.sheet === sheet),
  ].sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : a.sheet < b.sheet ? -1 : 1));
}
