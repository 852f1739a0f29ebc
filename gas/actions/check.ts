import { findingsPatch } from "../../core/layout";
import type { Finding } from "../../core/model";
import { validateAll } from "../../core/validate";
import type { Env } from "../env";
import { baseFillOf } from "../document/workbook";
import { applyOnRead } from "../document/write";
import type { FullRead } from "./full-read";

export interface CheckOutcome {
  rows: number;
  findings: Finding[];
}

/**
 * "Check everything": every row rule and every sheet rule over both sheets (pastes can bypass
 * live checks), then marks written per sheet as one fill rectangle and one note rectangle.
 * Needs a read with notes.
 */
export function checkEverything(env: Env, all: FullRead): CheckOutcome {
  const { view, opened } = all;
  const lang = opened.settings.lang;
  const findings = [...all.view.planFindings, ...validateAll({ indicators: all.indicators, tasks: all.tasks }, view.ctx)];
  let rows = 0;
  for (const read of all.reads) {
    const list: number[] = [];
    for (let r = read.first; r <= read.last; r++) list.push(r);
    rows += read.records.length;
    const fill = baseFillOf(read);
    const keyAt = new Map(read.layout.columns.map((c) => [c.key, c.col]));
    const notes = list.map((r) => read.notes?.[r - read.first] ?? []);
    const marks = findingsPatch(read.layout, list, findings, notes, lang, (row, key) => fill(row, keyAt.get(key) ?? -1));
    applyOnRead(env, read, marks, lang);
  }
  return { rows, findings };
}
