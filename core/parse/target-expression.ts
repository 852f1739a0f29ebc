/**
 * One target expression (no list, no label): "<3", "> 80", "28-30", "từ 28 đến 30", "98% trở lên",
 * "11%+", "% ≥ 95", "khoảng 30", "ổn định ở mức 42%", "giảm còn dưới 1,8%", "tăng gấp 4 lần",
 * "2%/năm", "30 giường bệnh/1 vạn dân", "$7,900". Read in four steps, one file each: the words
 * before the value (target-prefix), the value or range (target-values), what follows (target-tail)
 * and the bounds (target-bounds); this file puts them together.
 */
import { msg, type Message } from "../i18n";
import type { NumberLocale } from "./number-read";
import { combineComparators, openRangeBounds, rangeBounds, singleBounds, type Bounds } from "./target-bounds";
import { readPrefix, type Prefix } from "./target-prefix";
import { readTail, type Tail } from "./target-tail";
import { readValues, type NumberToken, type Values } from "./target-values";
import { currencyOf, type PerPopulation } from "./unit-read";
import { foldAligned } from "./word-match";
import type { Way } from "./words";

/** The numeric part of a ParsedTarget, before it is assembled. */
export interface Expression extends Bounds {
  unit: string | null;
  perYear: boolean;
  approx: boolean;
  steady: boolean;
  change: "increase" | "decrease" | "multiply" | null;
  directionHint: Way | null;
  currency: string | null;
  per: PerPopulation | null;
  warnings: Message[];
  suggestion: Message | null;
}

/**
 * How the expression begins: with a verb-like word ("đạt", "giảm", "khoảng"), a comparator
 * ("trên", "≥", "từ") or the value itself (or its unit). Tells how surely a phrase in a sentence
 * is a target (target-in-text).
 */
export type Cue = "verb" | "comparator" | "bare";

export type ExpressionResult =
  | { ok: true; expression: Expression; cue: Cue }
  | { ok: false; error: Message; suggestion: Message | null; noNumber?: true; cue?: Cue };

type Failure = Extract<ExpressionResult, { ok: false }>;

const notUnderstood = (text: string): Failure => ({ ok: false, error: msg("target.notUnderstood", { text }), suggestion: msg("target.howToWrite") });
const conflict = (text: string): Failure => ({ ok: false, error: msg("target.conflict", { text }), suggestion: msg("target.howToWrite") });

function cueOf(p: Prefix): Cue {
  if (p.first === null || p.first === "unit") return "bare";
  return p.first === "compare" || p.first === "from" ? "comparator" : "verb";
}

type UnitParts = Pick<Expression, "unit" | "currency" | "per">;

/** The unit, written before the value, after it, or on both ends of a range: they must agree. */
function unitOf(p: Prefix, v: Values, t: Tail, clean: string): UnitParts | Failure {
  const after = t.unit.unit;
  if (v.unitLo && after && v.unitLo !== after) {
    return { ok: false, error: msg("target.unitMismatch", { text: clean, a: v.unitLo, b: after }), suggestion: msg("target.howToWrite") };
  }
  const before = p.unitBefore?.text ?? null;
  const unit = after ?? v.unitLo ?? before;
  if (before && unit !== before) return notUnderstood(clean);
  return { unit, currency: t.unit.currency ?? (before ? currencyOf(before) : null), per: t.unit.per };
}

/** Bounds from the values and the comparators before and after them (or a conflict). */
function boundsOf(p: Prefix, v: Values, t: Tail, clean: string, warnings: Message[]): { bounds: Bounds; suggestion: Message | null } | Failure {
  const before = combineComparators(p.comparators);
  const all = combineComparators(t.comparator ? [...p.comparators, t.comparator] : p.comparators);
  if (before === "conflict" || all === "conflict") return conflict(clean);
  if (!v.second) {
    const cmp = all ?? (p.from ? "ge" : null);
    const level = p.movement?.kind === "level" ? p.movement.way : null;
    return { bounds: singleBounds(v.first.value, cmp, level), suggestion: null };
  }
  // "<28-30", "trên 28-30": a bound on a range says two things at once.
  if (before !== null && before !== "eq") return conflict(clean);
  let [lo, hi] = [v.first, v.second];
  let suggestion: Message | null = null;
  if (lo.value > hi.value) {
    [lo, hi] = [hi, lo];
    const loText = clean.slice(lo.start, lo.end);
    const hiText = clean.slice(hi.start, hi.end);
    warnings.push(msg("target.reversedRange", { text: clean, lo: loText, hi: hiText }));
    const unit = v.unitLo ?? t.unit.unit;
    suggestion = msg("target.write", { suggested: `${loText}-${hiText}${unit && unit !== "%" ? " " : ""}${unit ?? ""}` });
  }
  if (!t.comparator) return { bounds: rangeBounds(lo.value, hi.value), suggestion };
  const unit = v.unitLo ?? t.unit.unit;
  const withUnit = (x: NumberToken): string => clean.slice(x.start, x.end) + (unit === null ? "" : unit === "%" || unit === "‰" ? unit : ` ${unit}`);
  const [loText, hiText] = [withUnit(lo), withUnit(hi)];
  const min = t.comparator === "ge";
  warnings.push(msg(min ? "target.openRangeMin" : "target.openRangeMax", { text: clean, lo: loText, hi: hiText }));
  const fix = msg(min ? "target.openRangeMinFix" : "target.openRangeMaxFix", { lo: loText, hi: hiText });
  return { bounds: openRangeBounds(lo.value, hi.value, t.comparator), suggestion: suggestion ?? fix };
}

/** The whole target rewritten in the sheet's convention, when a number was read with a warning (">1.5" → ">1,5"). */
function rewriteSuggestion(clean: string, tokens: NumberToken[]): Message | null {
  const rewrites = tokens.filter((t) => t.rewrite !== null);
  if (rewrites.length === 0) return null;
  let rewritten = clean;
  for (const t of [...rewrites].reverse()) rewritten = rewritten.slice(0, t.start) + (t.rewrite ?? "") + rewritten.slice(t.end);
  return msg("target.write", { suggested: rewritten });
}

function changeOf(p: Prefix, unit: string | null): Expression["change"] {
  if (p.movement?.kind !== "change") return null;
  // "tăng 2 lần" is "tăng gấp 2 lần".
  if (p.movement.change === "increase" && unit !== null && foldAligned(unit).trim() === "lan") return "multiply";
  return p.movement.change;
}

function directionOf(change: Expression["change"], p: Prefix, kind: Bounds["kind"]): Way | null {
  if (change === "decrease") return "decrease";
  if (change === "increase" || change === "multiply") return "increase";
  if (p.movement?.kind === "level") return p.movement.way;
  return kind === "min" ? "increase" : kind === "max" ? "decrease" : null;
}

/** Parses one expression from cleaned text (NFC, one dash, single spaces). */
export function parseExpression(clean: string, locale: NumberLocale): ExpressionResult {
  const key = foldAligned(clean);
  const prefix = readPrefix(clean, key, 0);
  if (!prefix.ok) return conflict(clean);
  const p = prefix.prefix;
  const values = readValues(clean, key, p.end, locale, p.unitBefore?.english ?? false);
  // The cue stays known when the value itself is refused ("đạt 5,500 USD": 5,500 is ambiguous).
  if (!values.ok) return { ...values, cue: cueOf(p) };
  const v = values.values;
  const tail = readTail(clean, key, v.end, locale);
  if (!tail.ok) return tail.reason === "conflict" ? conflict(clean) : notUnderstood(clean);
  const t = tail.tail;

  const unit = unitOf(p, v, t, clean);
  if ("ok" in unit) return unit;
  const tokens = v.second ? [v.first, v.second] : [v.first];
  const warnings = tokens.flatMap((x) => x.warnings);
  const b = boundsOf(p, v, t, clean, warnings);
  if ("ok" in b) return b;
  const change = changeOf(p, unit.unit);
  return {
    ok: true,
    cue: cueOf(p),
    // Fields written out: spreading the parts here made every parse several times slower.
    expression: {
      kind: b.bounds.kind,
      lo: b.bounds.lo,
      hi: b.bounds.hi,
      loInclusive: b.bounds.loInclusive,
      hiInclusive: b.bounds.hiInclusive,
      unit: unit.unit,
      currency: unit.currency,
      per: unit.per,
      perYear: p.perYear || t.perYear,
      approx: p.approx || p.estimate,
      steady: p.steady,
      change,
      directionHint: directionOf(change, p, b.bounds.kind),
      warnings,
      suggestion: b.suggestion ?? rewriteSuggestion(clean, tokens),
    },
  };
}
