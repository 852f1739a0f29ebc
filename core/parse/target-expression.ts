/**
 * One target expression (no list, no label): "<3", "> 80", "28-30", "từ 28 đến 30",
 * "98% trở lên", "khoảng 30", "giảm còn dưới 1,8%", "tăng gấp 4 lần", "2%/năm".
 */
import { msg, type Message } from "../i18n";
import { NUMERAL, readNumeral, type NumberLocale } from "./number-read";
import { isPerYearUnit, isUnitText } from "./number-unit";
import {
  APPROX, CHANGE, COMPARATOR_WORDS, FILLER, FROM, LEVEL_DOWN, LEVEL_UP, MULTIPLY, PER_YEAR_PREFIX, RANGE_SEP,
  SUFFIX_GE, SUFFIX_LE, SUFFIX_PER_YEAR, UNIT_BEFORE, foldAligned, matchAt, type Comparator,
} from "./target-words";

type Direction = "increase" | "decrease";

/** The numeric part of a ParsedTarget, before it is assembled. */
export interface Expression {
  kind: "exact" | "min" | "max" | "range";
  lo: number | null;
  hi: number | null;
  loInclusive: boolean;
  hiInclusive: boolean;
  unit: string | null;
  perYear: boolean;
  approx: boolean;
  change: "increase" | "decrease" | "multiply" | null;
  directionHint: Direction | null;
  warnings: Message[];
  suggestion: Message | null;
}

export type ExpressionResult =
  | { ok: true; expression: Expression }
  | { ok: false; error: Message; suggestion: Message | null };

/** Words that make the text after a value more than a unit ("5% xuống", "20% so với năm..."). */
const UNIT_STOPWORDS = /(?:^|[^\p{L}])(?:tren|duoi|tro|len|xuong|giam|tang|khoang|den|toi|so voi|hon|va|hoac)(?![\p{L}])/u;

const NUMBER = new RegExp(`([+-])?(${NUMERAL})`, "y");

interface NumberToken {
  value: number;
  start: number;
  end: number;
  /** The number rewritten in the sheet's convention when it was read with a warning. */
  rewrite: string | null;
  warnings: Message[];
  suggestion: Message | null;
}

function notUnderstood(text: string): ExpressionResult {
  return { ok: false, error: msg("target.notUnderstood", { text }), suggestion: msg("target.howToWrite") };
}

function conflict(text: string): ExpressionResult {
  return { ok: false, error: msg("target.conflict", { text }), suggestion: msg("target.howToWrite") };
}

function family(op: Comparator): "ge" | "le" | "eq" {
  return op === "gt" || op === "ge" ? "ge" : op === "lt" || op === "le" ? "le" : "eq";
}

/** Parses one expression from cleaned text (NFC, one dash, single spaces). */
export function parseExpression(clean: string, locale: NumberLocale): ExpressionResult {
  const key = foldAligned(clean);
  let at = 0;
  const skip = () => {
    while (clean[at] === " ") at++;
  };

  let approx = false;
  let perYear = false;
  let change: Expression["change"] = null;
  let level: Direction | null = null;
  let op: Comparator | null = null;
  let from = false;

  // Prefix words, in any order ("mỗi năm giảm ít nhất 2%", "đạt khoảng 30").
  for (let progressed = true; progressed; ) {
    progressed = false;
    skip();
    const tryEat = (re: RegExp): boolean => {
      const m = matchAt(re, key, at);
      if (!m) return false;
      at = m.end;
      progressed = true;
      return true;
    };
    if (tryEat(PER_YEAR_PREFIX)) perYear = true;
    else if (tryEat(MULTIPLY)) {
      if (change) return conflict(clean);
      change = "multiply";
    } else if (tryEat(LEVEL_DOWN)) {
      if (level || change) return conflict(clean);
      level = "decrease";
    } else if (tryEat(LEVEL_UP)) {
      if (level || change) return conflict(clean);
      level = "increase";
    } else if (tryEat(CHANGE)) {
      if (change || level) return conflict(clean);
      change = /giam(?:\s+them)?$/.test(key.slice(0, at)) ? "decrease" : "increase";
    } else if (tryEat(APPROX)) approx = true;
    else if (tryEat(FILLER)) {
      // "đạt", "duy trì", "bình quân": no meaning for the bounds
    } else if (!from && tryEat(FROM)) from = true;
    else {
      for (const [re, cmp] of COMPARATOR_WORDS) {
        if (tryEat(re)) {
          if (op) return conflict(clean);
          op = cmp;
          break;
        }
      }
    }
  }

  const unitBefore = matchAt(UNIT_BEFORE, key, at);
  let unitBeforeText: string | null = null;
  if (unitBefore && /^[+-]?\d/.test(clean.slice(unitBefore.end))) {
    unitBeforeText = clean.slice(at, unitBefore.end).trim();
    at = unitBefore.end;
  }

  const readNumber = (pos: number): NumberToken | { error: Message; suggestion: Message | null } | null => {
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(clean);
    if (!m) return null;
    const token = m[0];
    const reading = readNumeral(m[2], m[1] === "-", locale, token);
    if (reading.value === null) return { error: reading.error ?? msg("target.notUnderstood", { text: clean }), suggestion: reading.suggestion };
    const rewrite = reading.rewritten;
    return { value: reading.value, start: pos, end: pos + token.length, rewrite, warnings: reading.warnings, suggestion: reading.suggestion };
  };

  const first = readNumber(at);
  if (!first) return notUnderstood(clean);
  if ("error" in first) return { ok: false, error: first.error, suggestion: first.suggestion };
  at = first.end;
  const tokens: NumberToken[] = [first];

  // A range: "28-30", "28 - 30", "28% - 30%", "từ 28 đến 30".
  let unitLo: string | null = null;
  let second: NumberToken | null = null;
  {
    let p = at;
    const pct = /\s*([%‰])/y;
    pct.lastIndex = p;
    const pm = pct.exec(clean);
    if (pm) p += pm[0].length;
    const sep = matchAt(RANGE_SEP, key, p);
    if (sep) {
      const n = readNumber(sep.end);
      if (n && "error" in n) return { ok: false, error: n.error, suggestion: n.suggestion };
      if (n) {
        second = n;
        tokens.push(n);
        unitLo = pm ? pm[1] : null;
        at = n.end;
      }
    }
  }

  // The tail: unit, then "trở lên"/"trở xuống", "mỗi năm" at the very end.
  let tailKey = key.slice(at);
  let tail = clean.slice(at);
  let suffixOp: Comparator | null = null;
  for (let changed = true; changed; ) {
    changed = false;
    for (const [re, what] of [
      [SUFFIX_GE, "ge"],
      [SUFFIX_LE, "le"],
      [SUFFIX_PER_YEAR, "year"],
    ] as const) {
      const m = re.exec(tailKey);
      if (!m) continue;
      tailKey = tailKey.slice(0, m.index);
      tail = tail.slice(0, m.index);
      if (what === "year") perYear = true;
      else {
        if (suffixOp) return conflict(clean);
        suffixOp = what;
      }
      changed = true;
    }
  }
  const unitAfter = tail.trim();
  if (unitAfter !== "" && (!isUnitText(unitAfter) || UNIT_STOPWORDS.test(foldAligned(unitAfter)))) {
    return notUnderstood(clean);
  }

  // Units: before or after the value, and on both ends of a range they must agree.
  let unit: string | null = unitAfter || unitLo || unitBeforeText;
  if (unitLo && unitAfter && unitLo !== unitAfter) {
    return { ok: false, error: msg("target.unitMismatch", { text: clean, a: unitLo, b: unitAfter }), suggestion: msg("target.howToWrite") };
  }
  if (unitBeforeText && (unitAfter || unitLo) && unitBeforeText !== unit) return notUnderstood(clean);
  if (unit === "") unit = null;
  if (unit && isPerYearUnit(unit)) perYear = true;

  // Comparators: one from the words before, one from "trở lên"/"trở xuống" after; "từ 90% trở
  // lên" is fine, "dưới 3% trở lên" is not.
  if (op && suffixOp && family(op) !== suffixOp) return conflict(clean);
  let cmp: Comparator | null = op ?? suffixOp;
  if (from && !second && !cmp) cmp = "ge";
  if (second && cmp) return conflict(clean);
  if (change === "increase" && unit && /^lan$/.test(foldAligned(unit))) change = "multiply";

  const warnings = tokens.flatMap((t) => t.warnings);
  const rewrites = tokens.filter((t) => t.rewrite !== null);
  let suggestion: Message | null = null;
  let lo: number | null;
  let hi: number | null;
  let kind: Expression["kind"];
  let loInclusive = false;
  let hiInclusive = false;

  if (second) {
    kind = "range";
    lo = first.value;
    hi = second.value;
    loInclusive = hiInclusive = true;
    if (lo > hi) {
      [lo, hi] = [hi, lo];
      const loText = clean.slice(second.start, second.end);
      const hiText = clean.slice(first.start, first.end);
      warnings.push(msg("target.reversedRange", { text: clean, lo: loText, hi: hiText }));
      suggestion = msg("target.write", { suggested: `${loText}-${hiText}${unit && unit !== "%" ? " " : ""}${unit ?? ""}` });
    }
  } else {
    const v = first.value;
    const effective: Comparator | null = cmp ?? (level === "decrease" ? "le" : level === "increase" ? "ge" : null);
    switch (effective) {
      case "gt":
      case "ge":
        kind = "min";
        lo = v;
        hi = null;
        loInclusive = effective === "ge";
        break;
      case "lt":
      case "le":
        kind = "max";
        lo = null;
        hi = v;
        hiInclusive = effective === "le";
        break;
      default:
        kind = "exact";
        lo = hi = v;
        loInclusive = hiInclusive = true;
    }
  }

  if (!suggestion && rewrites.length > 0) {
    // Show the whole target rewritten in the sheet's convention, e.g. ">1.5" → ">1,5".
    let rewritten = clean;
    for (const t of [...rewrites].reverse()) {
      rewritten = rewritten.slice(0, t.start) + (t.rewrite ?? "") + rewritten.slice(t.end);
    }
    suggestion = msg("target.write", { suggested: rewritten });
  }

  const directionHint: Direction | null =
    change === "decrease"
      ? "decrease"
      : change === "increase" || change === "multiply"
        ? "increase"
        : level ?? (kind === "min" ? "increase" : kind === "max" ? "decrease" : null);

  return {
    ok: true,
    expression: {
      kind, lo, hi, loInclusive, hiInclusive, unit, perYear, approx, change, directionHint, warnings, suggestion,
    },
  };
}
