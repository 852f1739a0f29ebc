import { msg, msgText, type Lang } from "../i18n";
import { formatNumber, formatQuantity, type Note } from "./format";
import type { Goal } from "./goal";

/** The level a value is compared with: "<3%", "≥95%", "28–30%", "19,04%". */
export function describeLevel(goal: Goal, lang: Lang): string {
  const q = (x: number | null): string => formatQuantity(x ?? Number.NaN, goal.unit, lang);
  switch (goal.kind) {
    case "exact":
      return q(goal.lo);
    case "min":
      return (goal.loStrict ? ">" : "≥") + q(goal.lo);
    case "max":
      return (goal.hiStrict ? "<" : "≤") + q(goal.hi);
    case "range":
      return `${formatNumber(goal.lo ?? Number.NaN, lang)}–${q(goal.hi)}`;
  }
}

/** The target as explained to a person; a change target also shows the baseline it starts from. */
export function describeGoal(goal: Goal, lang: Lang): string {
  const level = describeLevel(goal, lang);
  if (!goal.change) return level;
  const { text, baseline, baselineYear } = goal.change;
  return msg("status.target.change", {
    text,
    baseline: formatQuantity(baseline, goal.unit, lang),
    baselineYear,
    level,
  })[lang];
}


/** A one-line explanation with "Lưu ý: a; b." appended when there are notes. */
export function noted(line: string, notes: Note[], lang: Lang): string {
  if (notes.length === 0) return line;
  const texts = notes.map((n) => msgText(n.code, n.params(lang), lang));
  // Joined, not concatenated: a flat string, not a rope (these texts are kept per status).
  return [line, msgText("status.notes", { notes: texts.join("; ") }, lang)].join(" ");
}
