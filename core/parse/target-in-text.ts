/**
 * targetInText: the target a sentence states at its end, for tables with no target column
 * ("Tỷ lệ xã đạt chuẩn nông thôn mới đạt 60%", "… đạt tối thiểu 95% số hộ"). The target is the
 * longest phrase that ends the sentence and reads as a target expression; numbers of the subject
 * are never taken ("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi dưới 10%" → "dưới 10%",
 * and "Số trẻ em dưới 5 tuổi" states none). Heuristic by nature, so the result says how the
 * phrase was introduced (`cue`) for the caller to ask for confirmation.
 */
import type { ParsedTarget } from "../model";
import { collapseSpaces, nfc } from "../text";
import type { NumberLocale } from "./number-read";
import { fromExpression, qualitative, withItems } from "./target-build";
import { parseExpression, type Cue, type Expression } from "./target-expression";
import { alternation, containsWord, foldAligned, foldWord, listMatcher, wordMatcher } from "./word-match";
import {
  PREFIXES, RATE_SUBJECTS, REFERENCE_WORDS, SCALES, STOP_WORDS, SUB_CLAUSE_WORDS, SUBJECT_UNITS, SUFFIXES, TIME_PHRASE_WORDS,
  UNITS_BEFORE,
} from "./words";

export interface TargetInText {
  /**
   * The target read from the phrase (its `text` is the phrase). When a target word introduces a
   * number the rules refuse ("đạt 5,500 USD": ambiguous), kind "qualitative" with that error.
   */
  target: ParsedTarget;
  /** The phrase as written, and where it is in the (NFC) text: text.slice(start, end). */
  phrase: string;
  start: number;
  end: number;
  /** "verb" ("đạt 60%"), "comparator" ("dưới 10%") or "bare" ("95%"): how surely it is a target. */
  cue: Cue;
  /** A year stated after the target ("… đạt 60% vào năm 2025"), or null. */
  year: number | null;
}

export interface TargetInTextOptions {
  locale?: NumberLocale;
  /** The indicator's unit when the table has one: a phrase in another unit is not its target. */
  unit?: string | null;
}

/** Phrases longer than this many words before the end are not searched. */
const MAX_WORDS = 16;

const SPACE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/g;
const DASH = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;

const subClause = new RegExp(`[,;.(]\\s*(?:${alternation(SUB_CLAUSE_WORDS)})`, "u");
// Word boundaries before a word are a consumed group (no lookbehind: see word-match.ts).
const timePhrase = new RegExp(
  `(^|[^\\p{L}])((?:(?:${alternation(TIME_PHRASE_WORDS)})\\s+)?(?:nam|giai\\s+doan)\\s+(\\d{4})(?:\\s*-\\s*(\\d{4}))?)$`,
  "u",
);
const referenceBefore = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(REFERENCE_WORDS)})\\s*$`, "u");
const rateSubject = new RegExp(`^\\s*(?:${alternation(RATE_SUBJECTS)})`, "u");
const subjectUnits = new Set(SUBJECT_UNITS.map(foldWord));
const leadingScale = new RegExp(`^(?:${alternation(SCALES.flatMap((s) => s.words))})\\s+`, "u");

const prefixWords = wordMatcher(PREFIXES);
const unitsBefore = listMatcher(UNITS_BEFORE);

/** A phrase starts with a target word, a unit written first or the value itself. */
const mayStart = (key: string, at: number): boolean =>
  /[\d+\-<>=≤≥~≈]/.test(key[at]) || prefixWords.at(key, at) !== null || unitsBefore.at(key, at) !== null;

/** "tuổi", "vạn dân", "nghìn dân": a unit that describes the subject (a scale word aside). */
const isSubjectUnit = (unit: string): boolean => subjectUnits.has(foldWord(unit).replace(leadingScale, ""));
const suffixWords = wordMatcher(SUFFIXES);
const hasStopWord = containsWord(STOP_WORDS);

/** The text with every space and dash as one plain character each: indices stay those of the text. */
function plain(text: string): string {
  return text.replace(SPACE, " ").replace(DASH, "-");
}

interface Scope {
  end: number;
  year: number | null;
}

/**
 * Where the sentence's own statement ends: before a sub-clause ("…, trong đó …"), without final
 * punctuation, a remark in brackets or a time phrase ("vào năm 2025", kept as `year`).
 */
function scopeOf(key: string): Scope {
  const sub = subClause.exec(key);
  let end = sub ? sub.index : key.length;
  let year: number | null = null;
  for (let changed = true; changed; ) {
    changed = false;
    const before = end;
    while (end > 0 && /[\s.;:,!]/.test(key[end - 1])) end--;
    const slice = key.slice(0, end);
    const bracket = /\([^()]*\)$/.exec(slice);
    if (bracket) end = bracket.index;
    else {
      const time = timePhrase.exec(slice);
      if (time) {
        year ??= Number(time[4] ?? time[3]);
        end = time.index + time[1].length;
      }
    }
    changed = end !== before;
  }
  return { end, year };
}

/**
 * Word starts from which a phrase may begin (after a space or an opening bracket: "5,500" and
 * "sĩ/10.000" hold none), the last MAX_WORDS of them before `end`.
 */
function starts(w: string, end: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < end; i++) {
    if (w[i] !== " " && (i === 0 || w[i - 1] === " " || w[i - 1] === "(")) out.push(i);
  }
  return out.slice(-MAX_WORDS);
}

/**
 * "… 95% số hộ": plain words after the percent sign name what it is a share of. Words that say
 * more ("5% xuống", "20% so với", "98% trở lên") are left to the grammar.
 */
function percentEnd(key: string, end: number): number | null {
  const m = /[%‰](\s+\p{L}[\p{L} ]*)$/u.exec(key.slice(0, end));
  if (!m || suffixWords.atEnd(m[1]) !== null || hasStopWord(m[1])) return null;
  return m.index + 1;
}

const unitKey = (u: string): string => foldAligned(u).replace(/\s+/g, "");

function sameUnit(a: string, b: string): boolean {
  const [x, y] = [unitKey(a), unitKey(b)];
  return x.startsWith(y) || y.startsWith(x);
}

/** Whether a phrase that reads as a target is one here (see the module comment). */
function accepted(e: Expression, cue: Cue, key: string, start: number, options: TargetInTextOptions): boolean {
  if (referenceBefore.test(key.slice(0, start))) return false;
  const unit = e.unit;
  const share = unit !== null && /^[%‰]/.test(unit);
  const value = e.lo ?? e.hi ?? 0;
  if (unit === null && cue !== "verb" && Number.isInteger(value) && value >= 1900 && value <= 2100) return false;
  if (cue === "bare" && !share && e.per === null && e.currency === null) return false;
  if (unit !== null && isSubjectUnit(unit) && cue !== "verb") return false;
  if (rateSubject.test(key) && unit !== null && !share && e.per === null) return false;
  if (options.unit && unit !== null && !sameUnit(unit, options.unit)) return false;
  return true;
}

/**
 * The target stated at the end of `text`, or null when it states none. Never throws: anything
 * unreadable is no target.
 */
export function targetInText(text: string, options: TargetInTextOptions = {}): TargetInText | null {
  try {
    return find(nfc(text), options);
  } catch {
    return null;
  }
}

function find(text: string, options: TargetInTextOptions): TargetInText | null {
  const w = plain(text);
  const key = foldAligned(w);
  const scope = scopeOf(key);
  if (!/\d/.test(w.slice(0, scope.end))) return null;
  const ends = [percentEnd(key, scope.end), scope.end].filter((e): e is number => e !== null);
  // A target word before a number the rules refuse ("đạt 5,500 USD"): said, if nothing else reads.
  let refused: TargetInText | null = null;
  for (const start of starts(w, scope.end)) {
    if (!mayStart(key, start)) continue;
    for (const end of ends) {
      if (end <= start || !/\d/.test(w.slice(start, end))) continue;
      const phrase = text.slice(start, end).trim();
      const found = (target: ParsedTarget, cue: Cue): TargetInText => ({ target, phrase, start, end: start + phrase.length, cue, year: scope.year });
      const r = parseExpression(collapseSpaces(w.slice(start, end)), options.locale ?? "vi-VN");
      if (r.ok) {
        if (accepted(r.expression, r.cue, key, start, options)) return found(withItems(fromExpression(phrase, r.expression), null), r.cue);
      } else if (!refused && r.cue && r.cue !== "bare" && r.error.code.startsWith("number.")) {
        const core = qualitative(phrase, phrase, [], r.error, r.suggestion);
        refused = found(withItems(core, null), r.cue);
      }
    }
  }
  return refused;
}
