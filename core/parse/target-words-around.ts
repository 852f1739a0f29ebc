/**
 * A target cell holding words around its target: a sentence ending in the target ("Phấn đấu đến
 * năm 2025 đạt tối thiểu 95%") or a target followed by a remark ("≥ 3% và tăng dần theo yêu cầu
 * phát triển"). The target is read with a warning that quotes what was read and what was not;
 * words that hold another number are never dropped.
 */
import { msg } from "../i18n";
import type { NumberLocale } from "./number-read";
import { emptyTarget, fromExpression, type TargetCore } from "./target-build";
import { parseExpression } from "./target-expression";
import { targetInText } from "./target-in-text";
import { foldAligned, wordMatcher } from "./word-match";
import { SUFFIXES } from "./words";

const suffixWords = wordMatcher(SUFFIXES);

/** "năm 2025", "giai đoạn 2021-2025": numbers that date a sentence, not other targets. */
const DATES = /(?:nam|giai doan)\s+\d{4}(?:\s*-\s*\d{4})?/g;

function otherNumbers(words: string): boolean {
  return /\d/.test(foldAligned(words).replace(DATES, ""));
}

/**
 * The phrase ending the sentence, when a target word introduces it and the words before it hold
 * no other number (a date aside). A bare value at the end ("Hoàn thành 100% kế hoạch") is not taken.
 */
export function fromSentence(text: string, clean: string, locale: NumberLocale): TargetCore | null {
  const found = targetInText(clean, { locale });
  if (!found || found.cue === "bare" || otherNumbers(clean.slice(0, found.start))) return null;
  const t = found.target;
  // "… đạt 5,500 USD": the number's own message says what is wrong with the cell.
  if (t.error) {
    return { ...emptyTarget(text, "qualitative"), qualitative: { text: clean, scale: null, rank: null }, error: t.error, suggestion: t.suggestion };
  }
  return {
    ...t,
    text,
    warnings: [...t.warnings, msg("target.fromSentence", { phrase: found.phrase })],
    suggestion: t.suggestion ?? msg("target.fromSentenceFix", { phrase: found.phrase }),
  };
}

/** Where a remark may begin after a target: ", ", " và ", " (", " trong đó", " nhưng", " đồng thời". */
const REMARK_START = /,\s|\s(?:va|nhung|dong thoi|trong do)\s|\s\(/g;

/** The target the cell starts with, when the rest is a remark without numbers. */
export function fromLeadingTarget(text: string, clean: string, locale: NumberLocale): TargetCore | null {
  const key = foldAligned(clean);
  for (const m of key.matchAll(REMARK_START)) {
    const remark = clean.slice(m.index).replace(/^[,\s]+/, "");
    if (otherNumbers(remark)) return null;
    const head = clean.slice(0, m.index).trim();
    // "100% (trở lên)": a suffix in brackets is the suffix, not a remark.
    const inner = remark.replace(/^\((.*)\)$/, "$1").trim();
    const suffix = suffixWords.atEnd(foldAligned(inner));
    if (suffix && suffix.start === 0) {
      const r = parseExpression(`${head} ${inner}`, locale);
      return r.ok ? fromExpression(text, r.expression) : null;
    }
    const r = parseExpression(head, locale);
    if (!r.ok) continue;
    const e = r.expression;
    return {
      ...fromExpression(text, e),
      warnings: [...e.warnings, msg("target.remark", { target: head, remark })],
      suggestion: e.suggestion ?? msg("target.remarkFix", { target: head }),
    };
  }
  return null;
}
